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

/**
 * Counts one document's errors by kind (for `train-ner.ts --cv 4 --kinds`), over PER/ORG/LOC (GPE as LOC):
 * a predicted span with no gold of its type is `type G->P` (gold of type G has the same span: MISC included, so
 * "MISC names typed ORG" show), `bound-wider`/`bound-narrower`/`bound-cross G->P` (it overlaps gold G), or
 * `spurious P` (it overlaps nothing); a gold span not predicted is `typed P` (the same span predicted as P),
 * `bound` (predictions overlap it) or `missed`.
 */
export function errorKinds(kinds: Map<string, number>, gold: GoldSpan[], pred: GoldSpan[]): void {
  const scored = new Set(["PER", "ORG", "LOC"]);
  const norm = (t: string) => (t === "GPE" ? "LOC" : t);
  const p = pred.map((x) => ({ ...x, type: norm(x.type) }));
  const same = (a: GoldSpan, b: GoldSpan) => a.start === b.start && a.end === b.end;
  const overlap = (a: GoldSpan, b: GoldSpan) => a.start < b.end && b.start < a.end;
  const add = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
  for (const x of p) {
    if (!scored.has(x.type) || gold.some((g) => same(g, x) && g.type === x.type)) continue;
    const exact = gold.find((g) => same(g, x));
    const g = exact ?? gold.find((o) => overlap(o, x));
    if (exact) add(`FP type ${exact.type}->${x.type}`);
    else if (!g) add(`FP spurious ${x.type}`);
    else {
      const rel = x.start <= g.start && x.end >= g.end ? "wider" : x.start >= g.start && x.end <= g.end ? "narrower" : "cross";
      add(`FP bound-${rel} ${g.type}->${x.type}`);
    }
  }
  for (const g of gold) {
    if (!scored.has(g.type) || p.some((x) => same(g, x) && x.type === g.type)) continue;
    const exact = p.find((x) => same(g, x));
    add(`FN ${g.type} ${exact ? `typed ${exact.type}` : p.some((x) => overlap(g, x)) ? "bound" : "missed"}`);
  }
}
