/**
 * A greedy averaged-perceptron BIO tagger over tokens (the statistical part of the entity finder).
 * Weights are data (data/ner/model.json), trained by bench/nlp/train-ner.ts on the training split of
 * WikiGold and MEANTIME (CC BY 4.0).
 */
import type { Token } from "../tokenize.js";
import { type DocStats, makeView, tokenFeatures } from "./features.js";

const CONNECTORS = new Set([
  "of",
  "the",
  "and",
  "&",
  "de",
  "da",
  "del",
  "der",
  "van",
  "von",
  "for",
  "on",
  "upon",
  "la",
  "le",
  "du",
  "al",
  "bin",
  "y",
  "-",
  "'s",
  "’s",
  ".",
  "in",
  "at",
]);

export interface TaggerModel {
  tags: string[];
  /** feature → weights per tag. */
  weights: Record<string, number[]>;
}

export class Tagger {
  readonly tags: string[];
  private readonly w: Map<string, Float64Array>;
  /** For each tag, the tag type it continues (I-X → X), or null. */
  private readonly inside: (string | null)[];
  constructor(model: TaggerModel) {
    this.tags = model.tags;
    this.w = new Map(Object.entries(model.weights).map(([k, v]) => [k, Float64Array.from(v)]));
    this.inside = this.tags.map((t) => (t.startsWith("I-") ? t.slice(2) : null));
  }

  private add(f: string, out: Float64Array): void {
    const v = this.w.get(f);
    if (v) for (let t = 0; t < out.length; t++) out[t] = (out[t] as number) + (v[t] as number);
  }

  /** Tags each token; a tag's I- may only follow its own B-/I-. */
  tag(tokens: Token[], sentenceStart: boolean[], stats: DocStats): string[] {
    const out: string[] = [];
    const s = new Float64Array(this.tags.length);
    const view = makeView(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const prev = sentenceStart[i] ? "<S>" : (out[i - 1] ?? "<S>");
      const prev2 = sentenceStart[i] || i < 2 || sentenceStart[i - 1] ? "<S>" : (out[i - 2] as string);
      // Names hold capitalised words, digits next to them, or connectors inside a running name; every other
      // token is O without scoring (most of a news text), which keeps the tagger fast.
      const w = view.w[i] as string;
      const inName = prev !== "O" && prev !== "<S>";
      const c0 = w.charCodeAt(0);
      const digit = c0 >= 48 && c0 <= 57;
      if (!view.cap[i] && !(inName && CONNECTORS.has(w)) && !(digit && (view.cap[i + 1] || view.cap[i - 1]))) {
        out.push("O");
        continue;
      }
      const feats = tokenFeatures(view, i, sentenceStart, stats);
      s.fill(0);
      for (const f of feats) this.add(f, s);
      this.add(`pt=${prev}`, s);
      this.add(`pt2=${prev2}|${prev}`, s);
      this.add(`pt+w=${prev}|${feats[1]}`, s);
      const prevType = prev.length > 2 ? prev.slice(2) : "";
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < this.tags.length; t++) {
        const ins = this.inside[t];
        if (ins && ins !== prevType) continue;
        if ((s[t] as number) > bestScore) {
          bestScore = s[t] as number;
          best = t;
        }
      }
      out.push(this.tags[best] as string);
    }
    return out;
  }
}
