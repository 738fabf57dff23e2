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
