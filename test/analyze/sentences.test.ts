import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { tokenize } from "../../src/analyze/tokenize.js";
import { seedArticle, wikinewsArticle } from "./helpers.js";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("sentences", () => {
  it("keeps a quote-ending sentence with its attribution and U.S. inside sentences (seed)", () => {
    const a = seedArticle();
    const s = texts(a.text);
    expect(s).toContain('There is a long way before making a breakthrough," Kremlin spokesman Dmitry Peskov told a daily news briefing.');
    expect(s.find((x) => x.startsWith("Shortly ahead of the election"))).toContain("the U.S. Treasury Department said it would sanction");
    expect(s[0]).toMatch(/^MOSCOW, March 22 \(Xinhua\) -- The Kremlin said Thursday/);
    expect(s.filter((x) => x.startsWith('"Let'))).toHaveLength(1);
    expect(s).toContain("\"Let's not talk about any breakthrough.");
  });

  it("opens a new sentence at a spaced straight quote after a full stop (Wikinews)", () => {
    const a = wikinewsArticle("Hong_Kong_leader_announces_withdrawal");
    const s = texts(a.text);
    expect(s).toContain('"The situation has escalated to a point where not even Beijing knows how to sort this.');
  });

  it("keeps a sentence across a soft line wrap, but still ends one at a line break before a capital (Wikinews interview)", () => {
    const s = texts(wikinewsArticle("Anthony_Boccaletti_discusses").text);
    expect(s.some((x) => /like a year\s+ago; last year/.test(x))).toBe(true);
    expect(s.some((x) => /They disappear\s+into the star\./.test(x))).toBe(true);
    expect(s).not.toContain("ago; last year, basically, we didn't have the data.");
  });

  it("opens a new sentence at a quote that starts with an editor's bracket (Wikinews)", () => {
    const s = texts(wikinewsArticle("Wash_your_hands_or_else_spread_superbug").text);
    expect(s.some((x) => x.endsWith("said Dr. Livermore."))).toBe(true);
    expect(s.some((x) => x.includes("Livermore.") && x.includes("Rather"))).toBe(false);
  });

  it("does not split after titles, initials or months", () => {
    const t = "Former national security advisor John R. Bolton said on Sept. 10 that he resigned.";
    expect(texts(t)).toHaveLength(1);
  });

  it("tokenises possessives, dotted acronyms and hyphenated country pairs", () => {
    const toks = tokenize("Russia-U.S. relations and Boeing's order").map((t) => t.text);
    expect(toks).toEqual(["Russia", "-", "U.S.", "relations", "and", "Boeing", "'s", "order"]);
  });
});
