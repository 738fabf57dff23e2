import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Doc, VARIANT_KINDS, variant } from "./variants.js";

export const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/dedupe/wikinews.jsonl");

export interface Labelled extends Doc {
  /** Gold story: the original article's id. */
  story: string;
  kind: "original" | (typeof VARIANT_KINDS)[number];
}

/** The real Wikinews articles (CC BY 2.5) with a non-empty body. */
export function originals(path = FIXTURE): Doc[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc)
    .filter((d) => d.text.trim().length > 0);
}

/** Dev / held-out split by a hash of the id (stable, not chosen by looking at the articles). */
export function split(id: string): "dev" | "heldout" {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (Math.imul(h, 33) + id.charCodeAt(i)) >>> 0;
  return h % 2 === 0 ? "dev" : "heldout";
}

/**
 * The labelled set: every original (each its own story, so every pair of different articles —
 * including the many same-topic pairs in a year of news — is a negative) plus its syndicated copies.
 */
export function labelledSet(which: "dev" | "heldout" | "all" = "all"): Labelled[] {
  const out: Labelled[] = [];
  for (const d of originals()) {
    if (which !== "all" && split(d.id) !== which) continue;
    out.push({ ...d, story: d.id, kind: "original" });
    for (const k of VARIANT_KINDS) out.push({ ...variant(d, k), story: d.id, kind: k });
  }
  return out;
}

/** Pairwise precision and recall of a clustering against the gold stories. */
export function pairwise(
  gold: string[],
  predicted: (string | number)[],
): { precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    for (let j = i + 1; j < gold.length; j++) {
      const g = gold[i] === gold[j];
      const p = predicted[i] === predicted[j];
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
  }
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, tp, fp, fn };
}
