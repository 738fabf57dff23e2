/**
 * A greedy averaged-perceptron BIO tagger over tokens (the statistical part of the entity finder).
 * Weights are data (data/ner/model.json), trained by bench/nlp/train-ner.ts on the training split of
 * WikiGold and MEANTIME (CC BY 4.0).
 */
import type { Token } from "../tokenize.js";
import { type DocStats, tokenFeatures } from "./features.js";

export interface TaggerModel {
  tags: string[];
  /** feature → weights per tag. */
  weights: Record<string, number[]>;
}

export class Tagger {
  readonly tags: string[];
  private readonly w: Map<string, Float64Array>;
  constructor(model: TaggerModel) {
    this.tags = model.tags;
    this.w = new Map(Object.entries(model.weights).map(([k, v]) => [k, Float64Array.from(v)]));
  }

  scores(feats: string[], prev: string, prev2: string, out: Float64Array): void {
    out.fill(0);
    const add = (f: string) => {
      const v = this.w.get(f);
      if (v) for (let t = 0; t < out.length; t++) out[t] += v[t];
    };
    for (const f of feats) add(f);
    add(`pt=${prev}`);
    add(`pt2=${prev2}|${prev}`);
    add(`pt+w=${prev}|${feats[1]}`);
  }

  /** Tags each token; a tag's I- may only follow its own B-/I-. */
  tag(tokens: Token[], sentenceStart: boolean[], stats: DocStats): string[] {
    const out: string[] = [];
    const s = new Float64Array(this.tags.length);
    for (let i = 0; i < tokens.length; i++) {
      const prev = sentenceStart[i] ? "<S>" : (out[i - 1] ?? "<S>");
      const prev2 = sentenceStart[i] || i < 2 || sentenceStart[i - 1] ? "<S>" : out[i - 2];
      this.scores(tokenFeatures(tokens, i, sentenceStart, stats), prev, prev2, s);
      let best = -1;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < this.tags.length; t++) {
        const tag = this.tags[t];
        if (tag.startsWith("I-") && prev.slice(2) !== tag.slice(2)) continue;
        if (s[t] > bestScore) {
          bestScore = s[t];
          best = t;
        }
      }
      out.push(this.tags[best]);
    }
    return out;
  }
}
