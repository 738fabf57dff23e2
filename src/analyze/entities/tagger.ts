/**
 * A greedy averaged-perceptron BIO tagger over tokens (the statistical part of the entity finder).
 * Weights are data (data/ner/model.json), trained by bench/nlp/train-ner.ts on the train and dev splits of
 * WikiGold and MEANTIME (CC BY 4.0).
 */
import type { Token } from "../tokenize.js";
import { contextFeatures, type DocStats, makeView, runFeatures, type TokenView, wordFeatures } from "./features.js";

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

/**
 * Whether token i can be part of a name: capitalised words, digits next to them, connectors inside a running
 * name. Every other token is O without scoring (most of a news text), which keeps the tagger fast; training
 * skips the same tokens.
 */
export function isCandidate(view: TokenView, i: number, prev: string): boolean {
  if (view.cap[i]) return true;
  const w = view.w[i] as string;
  if (prev !== "O" && prev !== "<S>" && CONNECTORS.has(w)) return true;
  const c0 = w.charCodeAt(0);
  return c0 >= 48 && c0 <= 57 && (!!view.cap[i + 1] || !!view.cap[i - 1]);
}

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
    // Weights of the previous-tag features, by (tag before previous, previous tag); index T stands for <S>.
    const T = this.tags.length;
    this.o = this.tags.indexOf("O");
    const name = (k: number) => (k === T ? "<S>" : (this.tags[k] as string));
    this.prevScores = [];
    for (let p2 = 0; p2 <= T; p2++)
      for (let p1 = 0; p1 <= T; p1++) {
        const v = new Float64Array(T);
        this.add(`pt=${name(p1)}`, v);
        this.add(`pt2=${name(p2)}|${name(p1)}`, v);
        this.prevScores.push(v);
      }
  }

  private readonly prevScores: Float64Array[];
  private readonly o: number;

  /** Summed weights of each word form's own features (shared by all its occurrences). */
  private readonly words = new Map<string, Float64Array>();
  private wordScores(w: string): Float64Array {
    let v = this.words.get(w);
    if (!v) {
      v = new Float64Array(this.tags.length);
      for (const f of wordFeatures(w)) this.add(f, v);
      if (this.words.size > 100000) this.words.clear();
      this.words.set(w, v);
    }
    return v;
  }

  /** Weights by feature template and value (null: not in the model), so that keys are built once. */
  private readonly byTemplate = new Map<string, Map<string, Float64Array | null>>();
  private weightsOf(name: string, value: string | undefined): Float64Array | null {
    if (value === undefined) return this.w.get(name) ?? null;
    let m = this.byTemplate.get(name);
    if (!m) {
      m = new Map();
      this.byTemplate.set(name, m);
    }
    let v = m.get(value);
    if (v === undefined) {
      v = this.w.get(`${name}=${value}`) ?? null;
      if (m.size > 50000) m.clear();
      m.set(value, v);
    }
    return v;
  }

  private add(f: string, out: Float64Array): void {
    const v = this.w.get(f);
    if (v) for (let t = 0; t < out.length; t++) out[t] = (out[t] as number) + (v[t] as number);
  }

  /** Tags each token; a tag's I- may only follow its own B-/I-. */
  tag(tokens: Token[], sentenceStart: boolean[], stats: DocStats): string[] {
    const T = this.tags.length;
    const out: string[] = [];
    const idx: number[] = [];
    const s = new Float64Array(T);
    const run = new Float64Array(T);
    let runStart = -1;
    const view = makeView(tokens, sentenceStart);
    const emit = (name: string, value?: string) => {
      const v = this.weightsOf(name, value);
      if (v) for (let t = 0; t < T; t++) s[t] = (s[t] as number) + (v[t] as number);
    };
    const seen = new Map<string, Set<string>>();
    for (let i = 0; i < tokens.length; i++) {
      const p1 = sentenceStart[i] || i === 0 ? T : (idx[i - 1] as number);
      const p2 = sentenceStart[i] || i < 2 || sentenceStart[i - 1] ? T : (idx[i - 2] as number);
      const prev = p1 === T ? "<S>" : (this.tags[p1] as string);
      if (!isCandidate(view, i, prev)) {
        out.push("O");
        idx.push(this.o);
        continue;
      }
      s.set(this.wordScores(view.w[i] as string));
      contextFeatures(view, i, sentenceStart, stats, emit);
      const a = view.runFirst[i] as number;
      if (a >= 0) {
        if (a !== runStart) {
          run.fill(0);
          for (const f of runFeatures(view, a, view.runLast[i] as number, sentenceStart)) this.add(f, run);
          runStart = a;
        }
        for (let t = 0; t < T; t++) s[t] = (s[t] as number) + (run[t] as number);
      }
      const ps = this.prevScores[p2 * (T + 1) + p1] as Float64Array;
      for (let t = 0; t < T; t++) s[t] = (s[t] as number) + (ps[t] as number);
      this.add(`pt+w=${prev}|w=${view.lw(i)}`, s);
      const word = view.w[i] as string;
      // Prediction history: the types this capitalised word already got in the document.
      const history = view.cap[i] ? seen.get(word) : undefined;
      if (history) for (const t of history) emit("ph", t);
      const prevType = prev.length > 2 ? prev.slice(2) : "";
      let best = 0;
      let bestScore = Number.NEGATIVE_INFINITY;
      for (let t = 0; t < T; t++) {
        const ins = this.inside[t];
        if (ins && ins !== prevType) continue;
        if ((s[t] as number) > bestScore) {
          bestScore = s[t] as number;
          best = t;
        }
      }
      out.push(this.tags[best] as string);
      idx.push(best);
      const tag = this.tags[best] as string;
      if (view.cap[i] && tag !== "O") {
        const set = history ?? new Set<string>();
        set.add(tag.slice(2));
        seen.set(word, set);
      }
    }
    return out;
  }
}
