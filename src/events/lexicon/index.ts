/**
 * The fallback lexicon: the Phoenix CAMEO.2.0 verb dictionary (data/codebooks/cameo-verbs.json). A verb
 * not covered by our pattern families is coded by its dictionary family: the pattern whose words (before
 * and after the verb, in order, within the clause) match best, else the family's own code.
 */
import { readFileSync } from "node:fs";
import type { Tok } from "../text/tokens.js";
import type { PatternItem, VerbDictionary, VerbPattern } from "./types.js";

let dict: VerbDictionary | null = null;
/** When false (default), a verb with no matching pattern and no code of its own is not coded. */
let strictFamilies = false;

/** Accept a family's own code without a pattern (the PETRARCH2 unit tests expect that). */
export function setFamilyCodes(on: boolean): void {
  strictFamilies = on;
}
let maxWords = 1;
/** Upper-case first word → longest form length. */
let firstWords = new Map<string, number>();

/** Use another dictionary (the PETRARCH2 unit tests bring their own). */
export function setVerbDictionary(d: VerbDictionary): void {
  dict = d;
  maxWords = 1;
  firstWords = new Map();
  for (const f of Object.keys(d.forms)) {
    const ws = f.split(" ");
    maxWords = Math.max(maxWords, ws.length);
    firstWords.set(ws[0]!, Math.max(firstWords.get(ws[0]!) ?? 0, ws.length));
  }
}

function load(): VerbDictionary {
  if (!dict)
    setVerbDictionary(
      JSON.parse(readFileSync(new URL("../../../data/codebooks/cameo-verbs.json", import.meta.url), "utf8")) as VerbDictionary,
    );
  return dict!;
}

function itemMatches(d: VerbDictionary, item: PatternItem, toks: Tok[], i: number): number {
  if ("s" in item) {
    for (const w of d.synsets[item.s] ?? []) {
      const n = wordsMatch(w, toks, i);
      if (n > 0) return n;
    }
    return 0;
  }
  return wordsMatch(item.w, toks, i);
}

function wordsMatch(phrase: string, toks: Tok[], i: number): number {
  const ws = phrase.split(" ");
  for (let k = 0; k < ws.length; k++) {
    const t = toks[i + k];
    if (!t) return 0;
    const w = ws[k]!.toLowerCase();
    if (t.low !== w && !(t.low.startsWith(w) && t.low.length - w.length <= 2)) return 0;
  }
  return ws.length;
}

/** Do the items occur in order within toks[from, to)? Returns the number of items matched or -1. */
function inOrder(d: VerbDictionary, items: PatternItem[], toks: Tok[], from: number, to: number): number {
  let i = from;
  for (const item of items) {
    let found = -1;
    for (; i < to; i++) {
      const n = itemMatches(d, item, toks, i);
      if (n > 0) {
        found = i;
        i += n;
        break;
      }
    }
    if (found < 0) return -1;
  }
  return items.length;
}

export interface LexiconHit {
  ti: number;
  tj: number;
  family: string;
  code: string;
  /** Number of pattern words matched (0 = the family's own code). */
  specificity: number;
  /** The paired event's code ("032:033": the target answers with 033), if any. */
  paired?: string;
}

/** The lexicon verb starting at token i, if any. */
export function lexiconVerbAt(toks: Tok[], i: number): { family: string; own: string | null; tj: number } | null {
  const d = load();
  const longest = firstWords.get(toks[i]!.low.toUpperCase());
  if (!longest) return null;
  for (let n = Math.min(longest, toks.length - i); n >= 1; n--) {
    const key = toks
      .slice(i, i + n)
      .map((t) => t.low.toUpperCase())
      .join(" ");
    const f = d.forms[key];
    if (f) return { family: f[0], own: f[1], tj: i + n };
  }
  return null;
}

/** Code a lexicon verb in its clause [lb, rb). */
export function lexiconCode(toks: Tok[], ti: number, tj: number, lb: number, rb: number): LexiconHit | null {
  const d = load();
  const v = lexiconVerbAt(toks, ti);
  if (!v) return null;
  const fam = d.families[v.family];
  if (!fam) return null;
  let best: VerbPattern | null = null;
  let bestScore = 0;
  for (const p of fam.patterns) {
    const pre = p.pre.length === 0 ? 0 : inOrder(d, p.pre, toks, lb, ti);
    if (pre < 0) continue;
    const post = p.post.length === 0 ? 0 : inOrder(d, p.post, toks, tj, rb);
    if (post < 0) continue;
    const score = pre + post;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  // A bare family code is too weak a reading ("expect", "face"): only patterns or the verb's own code count.
  if (!best && !v.own && !strictFamilies) return null;
  const raw = best ? best.code : (v.own ?? fam.code);
  const [first, second] = raw.split(":").map((x) => x.trim());
  const code = first ?? "";
  if (!code || code === "---" || !/^\d{2,4}$/.test(code)) return null;
  const hit: LexiconHit = { ti, tj, family: v.family, code, specificity: bestScore };
  if (second && /^\d{2,4}$/.test(second)) hit.paired = second;
  return hit;
}
