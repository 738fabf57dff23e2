/**
 * Session 17 (lead), on bundled Wikinews (CC BY 2.5): a work named after 'entitled'/'titled' without quotation marks;
 * degrees written with inner full stops ('Ph.D.') as one token.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { tokenize } from "../../src/analyze/tokenize.js";
import { wikinewsArticle } from "./helpers.js";

const named = (idPart: string, needle: string) =>
  analyze(wikinewsArticle(idPart))
    .entities.filter((e) => e.text.includes(needle))
    .map((e) => `${e.text}/${e.type}`);

describe("a title after 'entitled' or 'titled' is a work, MISC", () => {
  it("reads 'an artwork entitled America' as the work, not the country (gold toilet theft)", () => {
    // Was "America" GPE (United States), which counted for the USA as the story's home.
    expect(named("Arrests_made_in_theft_of_gold_toilet", "America").filter((s) => s.startsWith("America/"))).toEqual(["America/MISC"]);
  });

  it("takes a subtitle into the title ('A 2018 documentary film titled Bob Lazar: Area 51 & Flying Saucers')", () => {
    const article = wikinewsArticle("storm%27_US_airbase");
    const titles = analyze(article).entities.filter((e) => e.method === "entitled-title");
    expect(titles.map((e) => e.text)).toEqual(["Bob Lazar: Area 51 & Flying Saucers"]);
  });

  it("leaves 'entitled to' alone, and a quoted title to the quoted-title rule (guards, same corpus)", () => {
    // "they are not entitled to free medical at St Vincent even with a medical insurance": St Vincent stays a place.
    const melbourne = analyze(wikinewsArticle("Melbourne_Lord_Mayor_Candi")).entities;
    expect(melbourne.some((e) => e.method === "entitled-title")).toBe(false);
    // 'a special retrospective about Boseman entitled "A Tribute For a King"'.
    const boseman = analyze(wikinewsArticle("Chadwic")).entities.filter((e) => e.text.includes("Tribute"));
    expect([...new Set(boseman.map((e) => e.method))]).toEqual(["quoted-title"]);
  });
});

describe("a degree written with inner full stops is one token ('a Ph.D. candidate')", () => {
  it("keeps the sentence whole, so the quote is the named author's (frog skulls study)", () => {
    // "Lead author Daniel Paluh, a Ph.D. candidate at the University of Florida, said, \"Superficially, …\"": the
    // sentence was cut after "Ph." and the quote went to the University of Florida.
    const quotes = analyze(wikinewsArticle("frog")).quotes.filter((q) => q.text.startsWith("Superficially"));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(["Daniel Paluh"]);
  });

  it("tokenizes Ph.D., M.Sc. and LL.M. whole, and leaves initials and 'U.S.' as they were (guard)", () => {
    const text = "a Ph.D. student, an M.Sc. and LL.M., M. Dupont, U.S. troops";
    expect(tokenize(text).map((t) => t.text)).toEqual([
      "a",
      "Ph.D.",
      "student",
      ",",
      "an",
      "M.Sc.",
      "and",
      "LL.M.",
      ",",
      "M.",
      "Dupont",
      ",",
      "U.S.",
      "troops",
    ]);
  });
});
