/**
 * Session 18 quote rules, each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5, read whole through `wikinewsArticle`) and news pages of
 * the extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first
 * 12 characters of the page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley, "wcxb-NNNN" page NNNN), quoted
 * verbatim. Found with `bench/nlp/quote-web.ts` and by reading the bundled articles' quotes.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { wikinewsArticle } from "./helpers.js";

const inArticle = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a person, then a prepositional phrase naming an organisation, before the cue: the person speaks", () => {
  it("'Mike Ryan of the World Health Organization (WHO) told the press the new drugs …' (Wikinews)", () => {
    const qs = inArticle("Scientists_report_two_life-saving_treatments_for_Ebola");
    expect(find(qs, "the new drugs were only part")?.speaker?.name).toBe("Mike Ryan");
    expect(find(qs, "What will stop Ebola")?.speaker?.name).toBe("Mike Ryan");
  });

  it("'Director Anthony Fauci of the United States National Institute of … (NIAID), announced …' (Wikinews)", () => {
    const q = find(inArticle("Scientists_report_two_life-saving_treatments_for_Ebola"), "a trial of four possible Ebola drugs");
    expect(q?.speaker?.name).toBe("Anthony Fauci");
  });

  it("'Peter Iseley of worldwide victim group Ending Clergy Abuse said, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("Pope_Francis_instructs_reporting_of_sexual_abuse"), "The church should establish");
    expect(q?.speaker?.name).toBe("Peter Iseley");
  });

  it("'Jennifer Lu of Marriage Equality Coalition Taiwan said, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("Taiwan%27s_legislature_first_in_Asia"), "[I]t's still not full marriage rights");
    expect(q?.speaker?.name).toBe("Jennifer Lu");
  });

  it("'Jennifer Daskal of American University and contributor to Slate wrote, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("European_Court_of_Justice_says_Facebook_must_remove"), "a single EU country");
    expect(q?.speaker?.name).toBe("Jennifer Daskal");
  });

  it("not across a comma: 'Fernando Dallorso, the general manager of Cipriani Dolci, said his roommates said …' (Wikinews)", () => {
    const q = find(inArticle("Missing_New_York_City_chef_Andrea_Zamperoni"), "they last saw him");
    expect(q?.speaker?.name).toBe("his roommates");
  });
});

describe("an apposition of capitalised modifiers and a common noun between commas does not speak", () => {
  it("'On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and Gianna were …' (Wikinews)", () => {
    const q = find(inArticle("Kobe_Bryant_dies_in_helicopter_crash"), "Bryant and Gianna were on their way");
    expect(q?.speaker?.name).toBe("Adrian Wojnarowski");
  });

  it("not a list of names: 'Hawkins, Blankenship, and Carroll all argued they should not be mandatory' (Wikinews)", () => {
    const q = find(inArticle("On_the_campaign_trail_in_the_USA,_October_2020"), "they should not be mandatory");
    expect(q?.speaker?.name).toBe("Brian Carroll");
  });
});
