/** Token features for the NER tagger (shared by training in bench/nlp and by inference). */
import { placeKind } from "../../dict/places.js";
import type { Token } from "../tokenize.js";
import { FIRST_NAMES, ORG_WORDS, PERSON_TITLES } from "./gazetteer.js";

export function shape(w: string): string {
  let s = "";
  let last = "";
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last) s += c;
    last = c;
  }
  return s;
}

/** What the document says about a word: seen lower-case elsewhere, seen capitalised mid-sentence. */
export interface DocStats {
  lower: Set<string>;
  midCap: Set<string>;
}

export function docStats(tokens: Token[], sentenceStart: boolean[]): DocStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].text;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lower.add(w);
    else if (!sentenceStart[i] && /^\p{Lu}/u.test(w)) midCap.add(w);
  }
  return { lower, midCap };
}

function gaz(w: string): string {
  if (FIRST_NAMES.has(w)) return "fn";
  const k = placeKind(w);
  if (k) return k;
  if (ORG_WORDS.has(w)) return "org";
  if (PERSON_TITLES.has(w)) return "title";
  return "";
}

/** Features of token i (without the previous-tag features, which the decoder adds). */
export function tokenFeatures(tokens: Token[], i: number, sentenceStart: boolean[], stats: DocStats): string[] {
  const w = tokens[i].text;
  const lw = w.toLowerCase();
  const p1 = i > 0 && !sentenceStart[i] ? tokens[i - 1].text : "<S>";
  const p2 = i > 1 && !sentenceStart[i] && !sentenceStart[i - 1] ? tokens[i - 2].text : "<S>";
  const n1 = i + 1 < tokens.length && !sentenceStart[i + 1] ? tokens[i + 1].text : "</S>";
  const n2 = n1 !== "</S>" && i + 2 < tokens.length && !sentenceStart[i + 2] ? tokens[i + 2].text : "</S>";
  const sh = shape(w);
  const cap = /^\p{Lu}/u.test(w);
  const f = [
    "b",
    `w=${lw}`,
    `sh=${sh}`,
    `p3=${lw.slice(0, 3)}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `pw=${p1.toLowerCase()}`,
    `nw=${n1.toLowerCase()}`,
    `p2w=${p2.toLowerCase()}`,
    `n2w=${n2.toLowerCase()}`,
    `psh=${shape(p1)}`,
    `nsh=${shape(n1)}`,
    `sh3=${shape(p1)}|${sh}|${shape(n1)}`,
    `g=${gaz(w)}`,
    `pg=${gaz(p1)}`,
    `ng=${gaz(n1)}`,
    `pw+w=${p1.toLowerCase()}|${lw}`,
    `w+nw=${lw}|${n1.toLowerCase()}`,
  ];
  if (sentenceStart[i]) f.push("first", `first+g=${gaz(w)}`);
  // Position in a run of capitalised tokens.
  const capAt = (k: number) => k >= 0 && k < tokens.length && /^\p{Lu}/u.test(tokens[k].text);
  const runL = capAt(i - 1) && !sentenceStart[i] ? 1 : 0;
  const runR = capAt(i + 1) && !sentenceStart[i + 1] ? 1 : 0;
  f.push(`run=${cap ? 1 : 0}${runL}${runR}`);
  if (w.length > 1 && w === w.toUpperCase() && /\p{Lu}/u.test(w)) f.push("allcaps");
  if (cap) {
    f.push(stats.lower.has(lw) ? "lowSeen" : "lowUnseen");
    if (stats.midCap.has(w)) f.push("midCap");
    if (sentenceStart[i]) f.push(stats.midCap.has(w) ? "first+midCap" : "first+noMidCap");
  }
  return f;
}
