/** Token features for the NER tagger (shared by training in bench/nlp and by inference). */
import { loadActors } from "../../dict/actors.js";
import { lookupPlace, placeKind } from "../../dict/places.js";
import type { Token } from "../tokenize.js";
import { CAP_COUNTS, FIRST_NAMES, NAME_HEADS, ORG_WORDS, PERSON_TITLES, WORD_CLUSTERS, WORLD_REGIONS } from "./gazetteer.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_LOWER_FIRST = /^\p{Lu}\p{Ll}/u;

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
  /**
   * For each word of a capitalised run, the cues around all of its runs in the document ("in X", "the X",
   * "X said", "President X", "X, the band"), so every mention of a name sees the evidence of the others.
   */
  cues: Map<string, string[]>;
}

function isCap(w: string): boolean {
  const code = w.charCodeAt(0);
  // ASCII first (most tokens): only A-Z changes when lower-cased.
  if (code < 128) return code >= 65 && code <= 90;
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const CUE_BEFORE: Record<string, string> = {
  in: "in",
  at: "in",
  from: "in",
  near: "in",
  to: "in",
  into: "in",
  across: "in",
  outside: "in",
  throughout: "in",
  the: "the",
  by: "by",
  with: "with",
};
const CUE_AFTER: Record<string, string> = { said: "said", says: "said", told: "said", added: "said", "'s": "poss", "’s": "poss" };

export function docStats(tokens: Token[], sentenceStart: boolean[]): DocStats {
  const lower = new Set<string>();
  const midCap = new Set<string>();
  const cues = new Map<string, string[]>();
  const n = tokens.length;
  const cap = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const w = (tokens[i] as Token).text;
    const c = w.charCodeAt(0);
    if (c >= 97 && c <= 122) lower.add(w);
    else if (isCap(w)) {
      cap[i] = 1;
      if (!sentenceStart[i]) midCap.add(w);
    }
  }
  for (let i = 0; i < n; ) {
    if (!cap[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !sentenceStart[j + 1] && cap[j + 1]) j++;
    const found: string[] = [];
    if (i > 0 && !sentenceStart[i]) {
      const b = (tokens[i - 1] as Token).text;
      const cue = CUE_BEFORE[b.toLowerCase()];
      if (cue) found.push(cue);
      if (PERSON_TITLES.has(b)) found.push("title");
    }
    if (j + 1 < n && !sentenceStart[j + 1]) {
      const a = (tokens[j + 1] as Token).text;
      const cue = CUE_AFTER[a];
      if (cue) found.push(cue);
      else if (a === "," && j + 2 < n && !sentenceStart[j + 2] && /^(?:the|a|an)$/.test((tokens[j + 2] as Token).text)) found.push("appos");
    }
    if (found.length)
      for (let k = i; k <= j; k++) {
        const w = (tokens[k] as Token).text;
        const list = cues.get(w);
        if (!list) cues.set(w, [...found]);
        else for (const f of found) if (!list.includes(f)) list.push(f);
      }
    i = j + 1;
  }
  return { lower, midCap, cues };
}

/** Words of the actor dictionary's names: surnames of people, words of organisation names. */
const SURNAMES = new Set<string>();
const ORG_NAME_WORDS = new Set<string>();
for (const e of loadActors().entries) {
  for (const n of [e.name, ...e.aliases]) {
    const words = n.split(/\s+/).filter((w) => UPPER_LOWER_FIRST.test(w) && w.length > 2);
    if (e.type === "PER") {
      const last = words[words.length - 1];
      if (words.length > 1 && last) SURNAMES.add(last);
    } else for (const w of words) ORG_NAME_WORDS.add(w);
  }
}
for (const w of FIRST_NAMES) SURNAMES.delete(w);

/**
 * How the word is written mid-sentence in unannotated news (data/ner/cap-ratio.tsv): never, rarely, half the
 * time, mostly or always capitalised (`0`…`4`), seen often (`f`) or rarely (`r`), or not seen (`unk`).
 */
export function capRatio(lw: string): string {
  const c = CAP_COUNTS.get(lw);
  if (!c) return "unk";
  const n = c[0] + c[1];
  const r = c[0] / n;
  return `${n < 3 ? "r" : "f"}${r === 0 ? 0 : r < 0.2 ? 1 : r < 0.8 ? 2 : r < 1 ? 3 : 4}`;
}

const gazCache = new Map<string, string>();
export function gaz(w: string): string {
  const hit = gazCache.get(w);
  if (hit !== undefined) return hit;
  let g = "";
  if (FIRST_NAMES.has(w)) g = "fn";
  else {
    const k = placeKind(w);
    if (k) g = k;
    else if (WORLD_REGIONS.has(w)) g = "geo";
    else if (ORG_WORDS.has(w)) g = "org";
    else if (PERSON_TITLES.has(w)) g = "title";
    else if (SURNAMES.has(w)) g = "surname";
    else if (ORG_NAME_WORDS.has(w)) g = "orgword";
  }
  if (gazCache.size < 200000) gazCache.set(w, g);
  return g;
}

const runGazCache = new Map<string, string>();
/**
 * What the place dictionary says of a whole capitalised run ("New York" → city, "South Korea" → country), or
 * nothing: the word-level gazetteer feature only sees "New" and "York".
 */
export function runGaz(words: string[]): string {
  const key = words.join(" ");
  const hit = runGazCache.get(key);
  if (hit !== undefined) return hit;
  const g = lookupPlace(key)?.kind ?? "";
  if (runGazCache.size < 200000) runGazCache.set(key, g);
  return g;
}

/** Per-token values of one document, computed on first use (most tokens are never looked at). */
export interface TokenView {
  w: string[];
  cap: boolean[];
  /** The run of adjacent capitalised tokens (same sentence) each token is in: first and last index, or -1. */
  runFirst: Int32Array;
  runLast: Int32Array;
  lw(i: number): string;
  sh(i: number): string;
  gz(i: number): string;
}

export function makeView(tokens: Token[], sentenceStart: boolean[]): TokenView {
  const w = tokens.map((t) => t.text);
  const cap = w.map(isCap);
  const n = w.length;
  const runFirst = new Int32Array(n).fill(-1);
  const runLast = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (!cap[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && cap[j + 1] && !sentenceStart[j + 1]) j++;
    for (let k = i; k <= j; k++) {
      runFirst[k] = i;
      runLast[k] = j;
    }
    i = j + 1;
  }
  const lw: (string | undefined)[] = new Array(n);
  const sh: (string | undefined)[] = new Array(n);
  const gz: (string | undefined)[] = new Array(n);
  return {
    w,
    cap,
    runFirst,
    runLast,
    lw: (i) => (lw[i] ??= (w[i] as string).toLowerCase()),
    sh: (i) => (sh[i] ??= shape(w[i] as string)),
    gz: (i) => (gz[i] ??= gaz(w[i] as string)),
  };
}

/** Lengths of the cluster path prefixes used as features (Ratinov and Roth 2009 use 4, 6, 10 and 20). */
const CLUSTER_PREFIXES = [4, 6, 10];

/** The word-form feature templates, by number (see wordValues): a weight key is `template=value`, or the template alone. */
export const WORD_TEMPLATES = ["w", "b", "sh", "p3", "s3", "s2", "g", "allcaps", "cr", "bc4", "bc6", "bc10", "bc"] as const;
const W = Object.fromEntries(WORD_TEMPLATES.map((t, k) => [t, k])) as Record<(typeof WORD_TEMPLATES)[number], number>;
const CLUSTER_TEMPLATES = CLUSTER_PREFIXES.map((k) => W[`bc${k}` as "bc4" | "bc6" | "bc10"]);

/**
 * Features of the word form alone, given to `emit` one by one as a template number (WORD_TEMPLATES) and a value
 * (undefined: the template alone). Training reads them as strings (wordFeatures); the tagger looks the values up in
 * one weight map per template, so that it builds no key strings, and sums the weights in this order.
 */
export function wordValues(w: string, emit: (template: number, value?: string) => void): void {
  const lw = w.toLowerCase();
  emit(W.w, lw);
  emit(W.b);
  emit(W.sh, shape(w));
  emit(W.p3, lw.slice(0, 3));
  emit(W.s3, lw.slice(-3));
  emit(W.s2, lw.slice(-2));
  emit(W.g, gaz(w));
  if (w.length > 1 && w === w.toUpperCase() && w !== lw) emit(W.allcaps);
  emit(W.cr, capRatio(lw));
  // The word's Brown cluster: prefixes of its bit path (coarse to fine) and the whole path.
  const path = WORD_CLUSTERS.get(w);
  if (path === undefined) emit(W.bc, "none");
  else {
    for (let j = 0; j < CLUSTER_PREFIXES.length; j++) {
      const k = CLUSTER_PREFIXES[j] as number;
      if (path.length >= k) emit(CLUSTER_TEMPLATES[j] as number, path.slice(0, k));
    }
    emit(W.bc, path);
  }
}

/**
 * Features of the word form alone, as strings (the tagger caches their summed weights per word). The first is `w=`.
 */
export function wordFeatures(w: string): string[] {
  const f: string[] = [];
  wordValues(w, (t, x) => {
    const name = WORD_TEMPLATES[t] as string;
    f.push(x === undefined ? name : `${name}=${x}`);
  });
  return f;
}

/**
 * The context feature templates (a weight key is `template=value`, or the template alone), by number: the
 * tagger keeps one weight map per template, so that it never builds the key strings.
 */
export const CONTEXT_TEMPLATES = [
  "pw",
  "nw",
  "p2w",
  "n2w",
  "psh",
  "nsh",
  "sh3",
  "pg",
  "ng",
  "pw+w",
  "w+nw",
  "first",
  "first+g",
  "first+cr",
  "run",
  "rpos",
  "dc",
  "lowSeen",
  "lowUnseen",
  "midCap",
  "first+midCap",
  "first+noMidCap",
] as const;
/** The templates whose value joins two or three parts with `|` (see Emit). */
export const JOINED_PARTS: Partial<Record<(typeof CONTEXT_TEMPLATES)[number], number>> = { sh3: 3, "pw+w": 2, "w+nw": 2 };
/** Template numbers by name. */
export const TEMPLATE = Object.fromEntries(CONTEXT_TEMPLATES.map((t, k) => [t, k])) as Record<(typeof CONTEXT_TEMPLATES)[number], number>;
const C = TEMPLATE;

/**
 * Receives one feature: its template's number in CONTEXT_TEMPLATES and its value, which is `a`, or
 * `a|b` / `a|b|c` for the templates that join two or three parts (given apart so that the tagger can skip
 * values the model cannot have before joining them); `a` undefined: the template alone.
 */
export type Emit = (template: number, a?: string, b?: string, c?: string) => void;

/** Values of `run` (the token, the one before and the one after capitalised: 1) and `rpos`, built once. */
export const RUN = ["000", "001", "010", "011", "100", "101", "110", "111"];
export const RPOS = ["S", "B", "E", "I"].map((p) => [1, 2, 3, 4].map((n) => `${p}${n}`));

/**
 * Features of token i in its context (without the previous-tag features, which the decoder adds), given to
 * `emit` one by one. Training reads them here; the tagger reads the same features, in the same order, from
 * its per-word weights (Tagger.addContext): a change here goes there too (test/analyze/tagger.test.ts checks).
 */
export function contextFeatures(v: TokenView, i: number, sentenceStart: boolean[], stats: DocStats, emit: Emit): void {
  const n = v.w.length;
  const hasP1 = i > 0 && !sentenceStart[i];
  const hasP2 = hasP1 && i > 1 && !sentenceStart[i - 1];
  const hasN1 = i + 1 < n && !sentenceStart[i + 1];
  const hasN2 = hasN1 && i + 2 < n && !sentenceStart[i + 2];
  const lw = v.lw(i);
  const w = v.w[i] as string;
  const p1 = hasP1 ? v.lw(i - 1) : "<s>";
  const n1 = hasN1 ? v.lw(i + 1) : "</s>";
  const sh = v.sh(i);
  const psh = hasP1 ? v.sh(i - 1) : "<S>";
  const nsh = hasN1 ? v.sh(i + 1) : "</S>";
  const cap = v.cap[i] as boolean;
  emit(C.pw, p1);
  emit(C.nw, n1);
  emit(C.p2w, hasP2 ? v.lw(i - 2) : "<s>");
  emit(C.n2w, hasN2 ? v.lw(i + 2) : "</s>");
  emit(C.psh, psh);
  emit(C.nsh, nsh);
  emit(C.sh3, psh, sh, nsh);
  emit(C.pg, hasP1 ? v.gz(i - 1) : "");
  emit(C.ng, hasN1 ? v.gz(i + 1) : "");
  emit(C["pw+w"], p1, lw);
  emit(C["w+nw"], lw, n1);
  if (sentenceStart[i]) {
    emit(C.first);
    emit(C["first+g"], v.gz(i));
    emit(C["first+cr"], capRatio(lw));
  }
  emit(C.run, RUN[(cap ? 4 : 0) + (hasP1 && v.cap[i - 1] ? 2 : 0) + (hasN1 && v.cap[i + 1] ? 1 : 0)]);
  const a = v.runFirst[i] as number;
  if (a >= 0) {
    const b = v.runLast[i] as number;
    emit(C.rpos, (RPOS[a === b ? 0 : i === a ? 1 : i === b ? 2 : 3] as string[])[Math.min(b - a + 1, 4) - 1]);
  }
  if (cap) {
    const cues = stats.cues.get(w);
    if (cues) for (const c of cues) emit(C.dc, c);
    emit(stats.lower.has(lw) ? C.lowSeen : C.lowUnseen);
    if (stats.midCap.has(w)) emit(C.midCap);
    if (sentenceStart[i]) emit(stats.midCap.has(w) ? C["first+midCap"] : C["first+noMidCap"]);
  }
}

/**
 * Features of the capitalised run [a, b] shared by all its tokens (the tagger caches them per run): a name's
 * type mostly shows at its head (last word: "Records", "Falcons", "County") and at the words just outside it
 * ("the band X", "X football team").
 */
export function runFeatures(v: TokenView, a: number, b: number, sentenceStart: boolean[]): string[] {
  return runValues(v, a, b, sentenceStart).map((x, k) => `${RUN_TEMPLATES[k]}=${x}`);
}

/** The run feature templates, in the order of runValues. */
export const RUN_TEMPLATES = ["rlast", "rls3", "rlg", "rh", "rfg", "rbefore", "rafter", "rd"] as const;

/** The values of the run features (see runFeatures), one per template of RUN_TEMPLATES. */
export function runValues(v: TokenView, a: number, b: number, sentenceStart: boolean[]): string[] {
  const last = v.lw(b);
  const before = a > 0 && !sentenceStart[a] ? v.lw(a - 1) : "<s>";
  const after = b + 1 < v.w.length && !sentenceStart[b + 1] ? v.lw(b + 1) : "</s>";
  return [last, last.slice(-3), v.gz(b), NAME_HEADS.get(v.w[b] as string) ?? "", v.gz(a), before, after, runGaz(v.w.slice(a, b + 1))];
}

/** All features of token i: the word's, the context's and its run's. */
export function tokenFeatures(v: TokenView, i: number, sentenceStart: boolean[], stats: DocStats): string[] {
  const a = v.runFirst[i] as number;
  const f = wordFeatures(v.w[i] as string);
  contextFeatures(v, i, sentenceStart, stats, (t, x, y, z) => {
    const name = CONTEXT_TEMPLATES[t] as string;
    f.push(x === undefined ? name : `${name}=${y === undefined ? x : z === undefined ? `${x}|${y}` : `${x}|${y}|${z}`}`);
  });
  if (a >= 0) f.push(...runFeatures(v, a, v.runLast[i] as number, sentenceStart));
  return f;
}
