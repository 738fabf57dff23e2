/** NER scoring: exact-span micro P/R/F1 per type (PER, ORG, LOC; GPE counts as LOC). */
import type { GoldSpan } from "./corpora.js";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<"PER" | "ORG" | "LOC" | "ALL", Counts>;

export function emptyScores(): Scores {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ALL: { tp: 0, fp: 0, fn: 0 } };
}

/** Adds one document's comparison. Types outside PER/ORG/LOC are ignored on both sides. */
export function score(s: Scores, gold: GoldSpan[], pred: GoldSpan[], errors?: string[], text?: string): void {
  const key = (x: GoldSpan) => `${x.start}:${x.end}:${x.type}`;
  const g = new Set(gold.filter((x) => x.type in s && x.type !== "ALL").map(key));
  const p = new Set(pred.filter((x) => x.type in s && x.type !== "ALL").map(key));
  for (const k of p) {
    const type = k.split(":")[2] as keyof Scores;
    if (g.has(k)) {
      s[type].tp++;
      s.ALL.tp++;
    } else {
      s[type].fp++;
      s.ALL.fp++;
      if (errors && text) {
        const [a, b] = k.split(":").map(Number);
        errors.push(`FP ${type} ${JSON.stringify(text.slice(a, b))}  …${JSON.stringify(text.slice(Math.max(0, a! - 30), b! + 30))}`);
      }
    }
  }
  for (const k of g)
    if (!p.has(k)) {
      const type = k.split(":")[2] as keyof Scores;
      s[type].fn++;
      s.ALL.fn++;
      if (errors && text) {
        const [a, b] = k.split(":").map(Number);
        errors.push(`FN ${type} ${JSON.stringify(text.slice(a, b))}  …${JSON.stringify(text.slice(Math.max(0, a! - 30), b! + 30))}`);
      }
    }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p: 100 * p, r: 100 * r, f: p + r ? (200 * p * r) / (p + r) : 0 };
}
