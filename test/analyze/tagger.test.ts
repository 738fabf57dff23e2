import { describe, expect, it } from "vitest";
import { makeView, RUN_TEMPLATES, tokenFeatures } from "../../src/analyze/entities/features.js";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { Tagger } from "../../src/analyze/entities/tagger.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { corpusRecords } from "../corpus.js";

describe("the tagger's context scores (Wikinews, CC BY 2.5)", () => {
  it("sum the weights of exactly the word and context features that tokenFeatures builds as strings", () => {
    const tags = ["O", "B-PER", "I-PER"];
    for (const { text } of corpusRecords().slice(0, 3)) {
      const p = prepare(text, splitSentences(text));
      const view = makeView(p.tokens, p.sentenceStart);
      const run = new Set<string>(RUN_TEMPLATES);
      const feats = p.tokens.map((_, i) =>
        tokenFeatures(view, i, p.sentenceStart, p.stats).filter((f) => !run.has(f.slice(0, f.indexOf("=")))),
      );
      // Every feature the article has gets its own weights, so a feature read wrong or left out shows.
      const weights: Record<string, number[]> = {};
      let k = 0;
      for (const f of feats.flat()) weights[f] ??= tags.map((_, t) => ((++k * 7919 + t * 104729) % 1000) / 7);
      for (const t of tags) weights[`pt=${t}`] = [0, 0, 0];
      const tagger = new Tagger({ tags, weights });
      feats.forEach((fs, i) => {
        const want = tags.map((_, t) => fs.reduce((sum, f) => sum + (weights[f]?.[t] ?? 0), 0));
        const got = Array.from(tagger.contextScores(p.tokens, p.sentenceStart, p.stats, i));
        for (const [t, x] of got.entries()) expect(x).toBeCloseTo(want[t] as number, 6);
      });
    }
  });
});
