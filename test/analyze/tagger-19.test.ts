import { describe, expect, it } from "vitest";
import { wordFeatures } from "../../src/analyze/entities/features.js";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { Tagger } from "../../src/analyze/entities/tagger.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { corpusRecords } from "../corpus.js";

describe("the tagger's transition scores at a word (Wikinews, CC BY 2.5)", () => {
  it("are `pt=` plus the word's `pt+w=` weights, to the last bit, for words with and without such weights", () => {
    const tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"];
    const T = tags.length;
    const prev = [...tags, "<S>"];
    const { text } = corpusRecords()[0] as { text: string };
    const words = [...new Set(prepare(text, splitSentences(text)).tokens.map((t) => t.text))];
    expect(words).toContain("Magnitogorsk");
    const weights: Record<string, number[]> = {};
    let k = 0;
    const next = () => tags.map((_, t) => ((++k * 7919 + t * 104729) % 1000) / 7 - 70);
    for (const p of prev) weights[`pt=${p}`] = next();
    // Every other word of the article gets `pt+w=` weights, some after only a few of the previous tags.
    words.forEach((w, j) => {
      if (j % 2) return;
      prev.forEach((p, q) => {
        if ((j + q) % 3) weights[`pt+w=${p}|w=${w.toLowerCase()}`] = next();
      });
    });
    const tagger = new Tagger({ tags, weights });
    for (const w of words) {
      // The reference: the keys built as strings and added row by row, as the tagger was trained.
      const want = new Float64Array((T + 1) * T);
      prev.forEach((p, q) => {
        for (let t = 0; t < T; t++) want[q * T + t] = weights[`pt=${p}`]?.[t] ?? 0;
      });
      prev.forEach((p, q) => {
        const x = weights[`pt+w=${p}|w=${w.toLowerCase()}`];
        if (x) for (let t = 0; t < T; t++) want[q * T + t] = (want[q * T + t] as number) + (x[t] as number);
      });
      expect(Array.from(tagger.transitionScores(w))).toEqual(Array.from(want));
    }
  });

  it("of a word's own features are the weights of wordFeatures' strings summed in their order, to the last bit", () => {
    const tags = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"];
    const { text } = corpusRecords()[1] as { text: string };
    const p = prepare(text, splitSentences(text));
    const words = p.tokens.map((t) => t.text);
    expect(words).toContain("Pelosi");
    // Only word features carry weights (every other one of them), so a token's context scores are its own.
    const weights: Record<string, number[]> = {};
    let k = 0;
    for (const w of words)
      for (const f of wordFeatures(w))
        if (!(f in weights) && k++ % 2 === 0) weights[f] = tags.map((_, t) => ((k * 7919 + t * 104729) % 1000) / 7 - 70);
    const tagger = new Tagger({ tags, weights });
    words.forEach((w, i) => {
      const want = new Float64Array(tags.length);
      for (const f of wordFeatures(w)) {
        const x = weights[f];
        if (x) for (let t = 0; t < tags.length; t++) want[t] = (want[t] as number) + (x[t] as number);
      }
      expect(Array.from(tagger.contextScores(p.tokens, p.sentenceStart, p.stats, i))).toEqual(Array.from(want));
    });
  });
});
