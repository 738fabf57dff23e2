/**
 * Session 17 quote rules, each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5, read whole through `wikinewsArticle`) and news pages of
 * the extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first
 * 12 characters of the page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley, "wcxb-NNNN" page NNNN), quoted
 * verbatim. Found with `bench/nlp/quote-web.ts` and by reading the bundled articles' quotes.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf, wikinewsArticle } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;
const inArticle = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a verb of thinking inside the complement of a speech verb leaves the quotation to the outer speaker", () => {
  it("'One of the victims said the men thought they were \"nothing but a toy to play with\".' (Wikinews)", () => {
    const q = find(inArticle("Nine_jailed_over_sexual_abuse_in_Bradford"), "nothing but a toy");
    expect(q?.speaker?.name).toBe("One of the victims");
    expect(q?.cue).toBe("said");
  });
});

describe("an -ed cue after a determiner and a word of amount or rank is an adjective, not a report", () => {
  it("'Meanwhile, the total reported casualties increased to 167 …' names no source (Wikinews)", () => {
    const qs = inArticle("Aftershocks_increase_death_toll_of_magnitude_6.3_earthquake");
    expect(qs.find((q) => q.speaker?.name === "the total")).toBeUndefined();
    expect(qs.find((q) => q.text.includes("casualties increased to 167"))).toBeUndefined();
  });
});

describe("'…, say officials.': an inverted plural 'say' before a plural source", () => {
  it("'…, the misses did not exceed the beats and were largely neutral, say experts.' (zyte-65408257dbe4)", () => {
    const q = find(
      quotes(
        "The key positive from the Q2 results season is that even on the operational front (sales and EBITDA), the misses did not exceed the beats and were largely neutral, say experts.",
      ),
      "The key positive",
    );
    expect(q?.speaker?.name).toBe("experts");
    expect(q?.cue).toBe("say");
    expect(q?.text).toMatch(/largely neutral$/);
  });

  it("'The 55-year-old is the third Beijing resident to contract … the Black Death, say officials.' (zyte-8b1945303082)", () => {
    const q = find(
      quotes("The 55-year-old is the third Beijing resident to contract the medieval disease dubbed the Black Death, say officials."),
      "The 55-year-old",
    );
    expect(q?.speaker?.name).toBe("officials");
    expect(q?.cue).toBe("say");
  });

  it("not 'say' as a discourse marker: 'kidneys, say, or hearts' (wcxb-0478)", () => {
    const qs = quotes(
      "It also could play a role in regenerating failing organs—kidneys, say, or hearts—if scientists can crack the bioelectric code that tells cells to start growing in the right patterns.",
    );
    expect(qs.filter((q) => q.cue === "say")).toEqual([]);
  });
});

describe("a capitalised opening phrase of time without a comma is not part of the speaker", () => {
  it("'On Thursday officials reported the number of cases in the outbreak rose to 58.' (Wikinews)", () => {
    const q = find(inArticle("Chilean_authorities_report_first_COVID-19_outbreak"), "the number of cases in the outbreak");
    expect(q?.speaker?.name).toBe("officials");
  });

  it("'At about 5:17 p.m. his daughter reported to the police he \"left home …\"' (Wikinews)", () => {
    const q = find(inArticle("Seoul_city_Mayor_Park_Won-soon_found_dead"), "left home four");
    expect(q?.speaker?.text).toBe("his daughter");
  });
});

describe("an opening sentence adverb ('Still,', 'Now,', 'For example,') is no speaker", () => {
  it("'Still, she points to the high cost …, noting that they’re “very pricey.”': 'she', after the adverb (wcxb-0004)", () => {
    const q = find(
      quotes(
        "A growing number of people also recognize that nutrition isn’t one-size-fits-all, Gans says. Still, she points to the high cost of these services as a potential drawback, noting that they’re “very pricey.”",
      ),
      "they’re",
    );
    expect(q?.speaker?.text).toBe("she");
    expect(q?.speaker?.name).toBe("Gans");
  });

  it("not 'Now, if the people writing the laws had been thinking …' (Wikinews)", () => {
    const qs = inArticle("Wikinews_discusses_DRM_and_DMCA_with_Richard_Stallman");
    expect(qs.find((q) => q.speaker?.name === "Now")).toBeUndefined();
    expect(qs.find((q) => q.text.startsWith("the laws had been thinking"))).toBeUndefined();
  });

  it("not 'For example, say someone was seeking a new pair of running shoes …' (wcxb-0099)", () => {
    const qs = quotes("For example, say someone was seeking a new pair of running shoes for their upcoming marathon.");
    expect(qs).toEqual([]);
  });
});

describe("what no one said is no report", () => {
  it("not '… no candidate mentioned that there are dealers hovering 150 meters away …' (Wikinews)", () => {
    const qs = inArticle("Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne");
    expect(qs.find((q) => q.text.startsWith("there are dealers hovering"))).toBeUndefined();
  });

  it("not 'And never once told me to go work.' (Wikinews)", () => {
    const qs = inArticle("Living_with_HIV_during_COVID-19");
    expect(qs.find((q) => q.speaker?.name === "never once")).toBeUndefined();
    expect(qs.find((q) => q.text === "me to go work")).toBeUndefined();
  });
});

describe("a time adverb after the subject is no part of the speaker", () => {
  it("'Whatever their history, scientists now say that a major role of these receptors is …' (zyte-bdb56ac83513)", () => {
    const q = find(
      quotes(
        "Whatever their history, scientists now say that a major role of these receptors is to monitor the molecules in our body, tasting and smelling them for any sign that they might be from a pathogen.",
      ),
      "a major role",
    );
    expect(q?.speaker?.name).toBe("scientists");
  });
});

describe("opening adverbials of time and concession are no part of the speaker", () => {
  it("'But either way, at some point, Ford’s now-deceased father told Starner that “…”' (zyte-851498a2b9f4)", () => {
    const q = find(
      quotes(
        "But either way, at some point, Ford’s now-deceased father told Starner that “the only way I know he’s alive is because he cashes the checks I send for his birthday.”",
      ),
      "“the only way",
    );
    expect(q?.speaker?.text).toBe("Ford’s now-deceased father");
  });
});
