import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { seedArticle, wikinewsArticle } from "./helpers.js";

describe("quotes on the seed", () => {
  const r = analyze(seedArticle());
  const q = (start: string) => r.quotes.find((x) => x.text.startsWith(start));

  it("finds the direct quotes with speaker, cue and date", () => {
    expect(q("Let's not talk")).toMatchObject({ kind: "direct", cue: "told", date: "2018-03-22", speaker: { name: "Dmitry Peskov" } });
    expect(q("Let's not talk")?.text).toContain("There is a long way before making a breakthrough");
    expect(q("Getting along with Russia")).toMatchObject({
      kind: "direct",
      cue: "tweeted",
      date: "2018-03-21",
      speaker: { name: "Donald Trump", text: "Trump" },
    });
  });

  it("finds the indirect quotes, resolving the surname", () => {
    expect(q("it is too early")).toMatchObject({ kind: "indirect", cue: "said", speaker: { name: "Kremlin" }, date: "2018-03-22" });
    expect(q("the date and place")).toMatchObject({ speaker: { name: "Dmitry Peskov", text: "Peskov" }, cue: "said" });
    expect(q("it would sanction")?.speaker?.name).toBe("United States Department of the Treasury");
  });

  it("does not make a free-standing direct quote of 'as soon as possible.' nor list a quote twice", () => {
    expect(r.quotes.some((x) => x.text.startsWith("as soon as possible"))).toBe(false);
    const texts = r.quotes.map((x) => x.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(r.quotes).toHaveLength(5);
  });
});

describe("quotes in a Wikinews article (CC BY 2.5)", () => {
  const r = analyze(wikinewsArticle("Hong_Kong_leader_announces_withdrawal"));
  const q = (start: string) => r.quotes.find((x) => x.text.startsWith(start));
  it("attributes quotes with the speaker after the cue and continues multi-sentence quotes", () => {
    expect(q("The government will fully withdraw")).toMatchObject({ kind: "direct", speaker: { name: "Carrie Lam" } });
    expect(q("She's just doing this")?.speaker?.name).toBe("Katya");
    expect(q("The situation has escalated")?.speaker?.name).toBe("Katya");
    expect(q("More than 1000 people")).toMatchObject({ cue: "according to" });
    expect(q("More than 1000 people")?.speaker?.name).toMatch(/Guardian/);
  });
  it("finds reported speech with 'announced that'", () => {
    expect(q("her government will officially withdraw")).toMatchObject({
      kind: "indirect",
      cue: "announced",
      speaker: { name: "Carrie Lam" },
    });
  });
});
