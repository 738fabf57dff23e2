/** Token features for the NER tagger (shared by training in bench/nlp and by inference). */
import { loadActors } from "../../dict/actors.js";
import { placeKind } from "../../dict/places.js";
import type { Token } from "../tokenize.js";
import { FIRST_NAMES, ORG_WORDS, PERSON_TITLES } from "./gazetteer.js";

const shapeCache = new Map<string, string>();

/** Word shape with repeats collapsed: `Putin` → `Xx`, `U.S.` → `X.X.`, `2018` → `d`. */
export function shape(w: string): string {
  const hit = shapeCache.get(w);
  if (hit !== undefined) return hit;
  let s = "";
  let last = "";
  for (const ch of w) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    const c = lower !== upper ? (ch === upper ? "X" : "x") : ch >= "0" && ch <= "9" ? "d" : ch;
    if (c !== last) s += c;
    last = c;
  }
  if (shapeCache.size < 200000) shapeCache.set(w, s);
  return s;
}

/** What the document says about a word: seen lower-case elsewhere, seen capitalised mid-sentence. */
export interface DocStats {
  lower: Set<string>;
  midCap: Set<string>;
}

function isCap(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function docStats(tokens: Token[], sentenceStart: boolean[]): DocStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const w = (tokens[i] as Token).text;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lower.add(w);
    else if (!sentenceStart[i] && isCap(w)) midCap.add(w);
  }
  return { lower, midCap };
}

/** Words of the actor dictionary's names: surnames of people, words of organisation names. */
const SURNAMES = new Set<string>();
const ORG_NAME_WORDS = new Set<string>();
for (const e of loadActors().entries) {
  for (const n of [e.name, ...e.aliases]) {
    const words = n.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && w.length > 2);
    if (e.type === "PER") {
      const last = words[words.length - 1];
      if (words.length > 1 && last) SURNAMES.add(last);
    } else for (const w of words) ORG_NAME_WORDS.add(w);
  }
}
for (const w of FIRST_NAMES) SURNAMES.delete(w);

const gazCache = new Map<string, string>();
function gaz(w: string): string {
  const hit = gazCache.get(w);
  if (hit !== undefined) return hit;
  let g = "";
  if (FIRST_NAMES.has(w)) g = "fn";
  else {
    const k = placeKind(w);
    if (k) g = k;
    else if (ORG_WORDS.has(w)) g = "org";
    else if (PERSON_TITLES.has(w)) g = "title";
    else if (SURNAMES.has(w)) g = "surname";
    else if (ORG_NAME_WORDS.has(w)) g = "orgword";
  }
  if (gazCache.size < 200000) gazCache.set(w, g);
  return g;
}

/** Per-token values computed once per document. */
export interface TokenView {
  w: string[];
  lw: string[];
  sh: string[];
  gz: string[];
  cap: boolean[];
}

export function makeView(tokens: Token[]): TokenView {
  const w = tokens.map((t) => t.text);
  return { w, lw: w.map((x) => x.toLowerCase()), sh: w.map(shape), gz: w.map(gaz), cap: w.map(isCap) };
}

/** Features of token i (without the previous-tag features, which the decoder adds). */
export function tokenFeatures(v: TokenView, i: number, sentenceStart: boolean[], stats: DocStats): string[] {
  const n = v.w.length;
  const hasP1 = i > 0 && !sentenceStart[i];
  const hasP2 = hasP1 && i > 1 && !sentenceStart[i - 1];
  const hasN1 = i + 1 < n && !sentenceStart[i + 1];
  const hasN2 = hasN1 && i + 2 < n && !sentenceStart[i + 2];
  const lw = v.lw[i] as string;
  const w = v.w[i] as string;
  const p1 = hasP1 ? (v.lw[i - 1] as string) : "<s>";
  const p2 = hasP2 ? (v.lw[i - 2] as string) : "<s>";
  const n1 = hasN1 ? (v.lw[i + 1] as string) : "</s>";
  const n2 = hasN2 ? (v.lw[i + 2] as string) : "</s>";
  const sh = v.sh[i] as string;
  const psh = hasP1 ? (v.sh[i - 1] as string) : "<S>";
  const nsh = hasN1 ? (v.sh[i + 1] as string) : "</S>";
  const g = v.gz[i] as string;
  const pg = hasP1 ? (v.gz[i - 1] as string) : "";
  const ng = hasN1 ? (v.gz[i + 1] as string) : "";
  const cap = v.cap[i] as boolean;
  const f = [
    "b",
    `w=${lw}`,
    `sh=${sh}`,
    `p3=${lw.slice(0, 3)}`,
    `s3=${lw.slice(-3)}`,
    `s2=${lw.slice(-2)}`,
    `pw=${p1}`,
    `nw=${n1}`,
    `p2w=${p2}`,
    `n2w=${n2}`,
    `psh=${psh}`,
    `nsh=${nsh}`,
    `sh3=${psh}|${sh}|${nsh}`,
    `g=${g}`,
    `pg=${pg}`,
    `ng=${ng}`,
    `pw+w=${p1}|${lw}`,
    `w+nw=${lw}|${n1}`,
  ];
  if (sentenceStart[i]) f.push("first", `first+g=${g}`);
  const runL = hasP1 && v.cap[i - 1] ? 1 : 0;
  const runR = hasN1 && v.cap[i + 1] ? 1 : 0;
  f.push(`run=${cap ? 1 : 0}${runL}${runR}`);
  if (w.length > 1 && w === w.toUpperCase() && w !== lw) f.push("allcaps");
  if (cap) {
    f.push(stats.lower.has(lw) ? "lowSeen" : "lowUnseen");
    if (stats.midCap.has(w)) f.push("midCap");
    if (sentenceStart[i]) f.push(stats.midCap.has(w) ? "first+midCap" : "first+noMidCap");
  }
  return f;
}
