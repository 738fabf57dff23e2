/**
 * The fallback lexicon: the Phoenix CAMEO.2.0 verb dictionary (data/codebooks/cameo-verbs.json). A verb
 * not covered by our pattern families is coded by its dictionary family: the pattern whose words (before
 * and after the verb, in order, within the clause) match best, else the family's own code.
 */
import { readFileSync } from "node:fs";
import type { ActorMention } from "../actors/mention.js";
import type { Tok } from "../text/tokens.js";
import type { PatternItem, VerbDictionary, VerbFamily, VerbPattern } from "./types.js";

let dict: VerbDictionary | null = null;
/** When false (default), a verb with no matching pattern and no code of its own is not coded. */
let strictFamilies = false;

/**
 * Dictionary mode (the PETRARCH2 unit tests): accept a family's own code without a pattern, and code
 * what the dictionary codes, statements (01, 02) included.
 */
export function setFamilyCodes(on: boolean): void {
  strictFamilies = on;
}

/** In dictionary mode the dictionary's statement codes (01x, 02x) are events too. */
export function codesStatements(): boolean {
  return strictFamilies;
}
let maxWords = 1;
/** The dictionary's words match whole words only (PETRARCH2), not as stems (TABARI). */
let exactWords = false;
/**
 * The dictionary's forms as a tree of their words in lower case (the dictionary writes them in upper case;
 * tokens carry their lower-case word, so every token is looked up as it is, without a case conversion).
 */
interface FormNode {
  /** [family, own code] of the form that ends here. */
  form?: [string, string | null];
  next: Map<string, FormNode>;
}
let formTree = new Map<string, FormNode>();

/** Use another dictionary (the PETRARCH2 unit tests bring their own). */
export function setVerbDictionary(d: VerbDictionary): void {
  dict = d;
  exactWords = d.exactWords === true;
  synsetWords.clear();
  for (const [name, members] of Object.entries(d.synsets)) synsetWords.set(name, synsetIndex(members.map(phraseWords)));
  itemWords = new WeakMap();
  for (const fam of Object.values(d.families))
    for (const p of fam.patterns) for (const it of [...p.pre, ...p.post]) if ("w" in it) itemWords.set(it, phraseWords(it.w));
  maxWords = 1;
  formTree = new Map();
  for (const [f, v] of Object.entries(d.forms)) {
    const ws = f.toLowerCase().split(" ");
    maxWords = Math.max(maxWords, ws.length);
    let level = formTree;
    let node: FormNode | undefined;
    for (const w of ws) {
      node = level.get(w) ?? { next: new Map() };
      level.set(w, node);
      level = node.next;
    }
    (node as FormNode).form = v;
  }
}

function load(): VerbDictionary {
  if (!dict)
    setVerbDictionary(
      JSON.parse(readFileSync(new URL("../../../data/codebooks/cameo-verbs.json", import.meta.url), "utf8")) as VerbDictionary,
    );
  return dict!;
}

/** Dictionary spellings follow the Penn Treebank, which splits "can't" and "won't" as "ca n't", "wo n't". */
/** Words the dictionary spells as two pieces. A Map: a word of the text ("constructor") must never reach Object.prototype. */
const PIECES = new Map<string, string[]>([
  ["can't", ["ca", "n't"]],
  ["won't", ["wo", "n't"]],
  ["cannot", ["can", "not"]],
]);

/** Lower-case words of each pattern word item and synset member, split once when the dictionary is set. */
let itemWords = new WeakMap<object, string[]>();
/** A synset's members (their words, in dictionary order) and, by first word, which members start with it. */
interface Synset {
  members: string[][];
  byFirst: Map<string, number[]>;
}
const synsetWords = new Map<string, Synset>();
function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().split(" ");
}
function synsetIndex(members: string[][]): Synset {
  const byFirst = new Map<string, number[]>();
  members.forEach((ws, k) => {
    const list = byFirst.get(ws[0]!);
    if (list) list.push(k);
    else byFirst.set(ws[0]!, [k]);
  });
  return { members, byFirst };
}

/**
 * A dictionary word matches a token's word exactly or, in a TABARI-style dictionary (Phoenix), as its stem
 * (up to two more letters: "effort" → "efforts"). PETRARCH2 dictionaries match whole words only.
 */
function wordEq(got: string, w: string): boolean {
  return got === w || (!exactWords && got.length - w.length <= 2 && got.length > w.length && got.startsWith(w));
}

/** Tokens matched by a phrase of dictionary words at token i (whole tokens only; 0 = no match). */
function wordsMatch(ws: string[], toks: Tok[], i: number): number {
  let k = i;
  let buf: string[] | null = null;
  let b = 0;
  for (const w of ws) {
    let got: string;
    if (buf && b < buf.length) got = buf[b++]!;
    else {
      const t = toks[k++];
      if (!t) return 0;
      buf = PIECES.get(t.low) ?? null;
      b = 0;
      got = buf ? buf[b++]! : t.low;
    }
    if (!wordEq(got, w)) return 0;
  }
  return buf && b < buf.length ? 0 : k - i;
}

/** A pattern item's words, or its synset; null for a slot. Looked up once per item and match, not per token. */
type Resolved = string[] | Synset | null;
function resolveItem(d: VerbDictionary, item: PatternItem): Resolved {
  if ("w" in item) {
    let ws = itemWords.get(item);
    if (!ws) {
      ws = phraseWords(item.w);
      itemWords.set(item, ws);
    }
    return ws;
  }
  if ("s" in item) {
    let set = synsetWords.get(item.s);
    if (!set) {
      set = synsetIndex((d.synsets[item.s] ?? []).map(phraseWords));
      synsetWords.set(item.s, set);
    }
    return set;
  }
  return null;
}

/**
 * Per sentence (its token array), the first word wordsMatch() compares at each token (its first piece: "can't"
 * → "ca") and, as stems, that word less its last one and two letters (undefined when too short): built once
 * per sentence, not once per verb.
 */
interface SentenceWords {
  firsts: (string | undefined)[];
  less1: (string | undefined)[];
  less2: (string | undefined)[];
}
const sentenceWords = new WeakMap<Tok[], SentenceWords>();
function wordsOf(toks: Tok[]): SentenceWords {
  let sw = sentenceWords.get(toks);
  if (!sw) {
    const firsts = toks.map((t) => {
      const buf = PIECES.get(t.low) ?? null;
      return buf ? buf[0] : t.low;
    });
    sw = {
      firsts,
      less1: firsts.map((w) => (w !== undefined && w.length >= 1 ? w.slice(0, -1) : undefined)),
      less2: firsts.map((w) => (w !== undefined && w.length >= 2 ? w.slice(0, -2) : undefined)),
    };
    sentenceWords.set(toks, sw);
  }
  return sw;
}

/**
 * Every dictionary first word that wordEq() takes for a token of [from, to): the token's first piece and, as
 * a stem, that less its last one or two letters. Null (no filter) when a token has no plain first piece.
 */
function wordsIn(sw: SentenceWords, from: number, to: number): Set<string> | null {
  const out = new Set<string>();
  const { firsts, less1, less2 } = sw;
  for (let i = Math.max(0, from); i < Math.min(to, firsts.length); i++) {
    const got = firsts[i];
    if (got === undefined) return null;
    out.add(got);
    if (exactWords) continue;
    if (less1[i] !== undefined) out.add(less1[i]!);
    if (less2[i] !== undefined) out.add(less2[i]!);
  }
  return out;
}

/**
 * Whether each word item of a pattern side can match somewhere in its stretch (`words` from wordsIn): a
 * pattern with a word found nowhere there fails anyway (every word item must match), so it is not tried.
 * `firsts`: the first dictionary word of each word item of the side (see sideFirsts).
 */
function mayMatch(firsts: (string | undefined)[], words: Set<string> | null): boolean {
  if (!words) return true;
  for (const w of firsts) if (!words.has(w as string)) return false;
  return true;
}

/** The first dictionary word of each word item of a pattern, before and after the verb. */
interface PatternFirsts {
  pre: (string | undefined)[];
  post: (string | undefined)[];
  /** The pattern's items, before and after the verb. */
  items: number;
  /** Its preposition when it is made of one preposition only (lonePreposition). */
  prep: string | null;
}
/** Per family: the PatternFirsts of each of its patterns, in order. */
const familyFirsts = new WeakMap<VerbFamily, PatternFirsts[]>();
function patternFirsts(d: VerbDictionary, fam: VerbFamily): PatternFirsts[] {
  let out = familyFirsts.get(fam);
  if (!out) {
    const side = (items: PatternItem[]) =>
      items.filter((it) => !("slot" in it) && "w" in it).map((it) => (resolveItem(d, it) as string[])[0]);
    out = fam.patterns.map((p: VerbPattern) => ({
      pre: side(p.pre),
      post: side(p.post),
      items: p.pre.length + p.post.length,
      prep: lonePreposition(p),
    }));
    familyFirsts.set(fam, out);
  }
  return out;
}

/**
 * Length in tokens of a word or synset item at token i (0 = no match); `firsts` from wordsOf(toks).
 * Only dictionary words whose first word wordEq() takes for the token's can match; of a synset's members,
 * the first in dictionary order that matches wins.
 */
function itemAt(r: Resolved, toks: Tok[], firsts: (string | undefined)[], i: number): number {
  if (r === null) return 0;
  const got = firsts[i];
  if (Array.isArray(r)) return got !== undefined && !wordEq(got, r[0]!) ? 0 : wordsMatch(r, toks, i);
  if (got === undefined) return toks[i] ? firstMember(r.members, toks, i) : 0;
  // The members starting with the word itself or, as a stem, the word less its last one or two letters.
  const a = r.byFirst.get(got);
  const b = exactWords || got.length < 1 ? undefined : r.byFirst.get(got.slice(0, -1));
  const c = exactWords || got.length < 2 ? undefined : r.byFirst.get(got.slice(0, -2));
  if (!b && !c) return a ? firstMember(r.members, toks, i, a) : 0;
  const order = [...(a ?? []), ...(b ?? []), ...(c ?? [])].sort((x, y) => x - y);
  return firstMember(r.members, toks, i, order);
}

/** Tokens matched at token i by the first of the members (those at `which`, else all) that matches; 0 = none. */
function firstMember(members: string[][], toks: Tok[], i: number, which?: number[]): number {
  if (!which) {
    for (const ws of members) {
      const n = wordsMatch(ws, toks, i);
      if (n > 0) return n;
    }
    return 0;
  }
  for (const k of which) {
    const n = wordsMatch(members[k]!, toks, i);
    if (n > 0) return n;
  }
  return 0;
}

/** An actor slot of a matched pattern: the mention found there and on which side of the verb. */
export interface SlotFill {
  slot: "$" | "+" | "%";
  mention: ActorMention;
  side: "pre" | "post";
}

interface Match {
  /** Words and synsets matched (slots count one, "^" none). */
  score: number;
  slots: SlotFill[];
  /** First token of the pre-verb match (ti when there is none). */
  from: number;
}

function slotScore(item: PatternItem): number {
  return "slot" in item ? (item.slot === "^" ? 0 : 1) : 1;
}

/**
 * Post-verb items in order from token tj up to rb: a blank allows words in between, `adj` does not. A
 * slot takes the next actor mention (a "^" takes one if there is one).
 */
function matchPost(
  d: VerbDictionary,
  items: PatternItem[],
  toks: Tok[],
  tj: number,
  rb: number,
  ms: ActorMention[] | null,
  m: Match,
  firsts: (string | undefined)[],
): boolean {
  let pos = tj;
  for (const item of items) {
    if ("slot" in item) {
      // "^" skips one noun phrase: an actor only if one starts here (after a determiner or modifier).
      const near = item.slot === "^" ? 2 : Number.POSITIVE_INFINITY;
      const next = ms?.find((x) => x.ti >= pos && x.ti - pos <= near && x.tj <= rb && (!item.adj || x.ti === pos));
      if (!next) {
        if (item.slot === "^") continue;
        return false;
      }
      if (item.slot !== "^") m.slots.push({ slot: item.slot, mention: next, side: "post" });
      pos = next.tj;
      m.score += slotScore(item);
      continue;
    }
    let found = -1;
    let n = 0;
    const r = resolveItem(d, item);
    for (let i = pos; i < rb && found < 0; i++) {
      n = itemAt(r, toks, firsts, i);
      if (n > 0) found = i;
      if (item.adj) break;
    }
    if (found < 0) return false;
    pos = found + n;
    m.score += 1;
  }
  return true;
}

/** Pre-verb items matched backwards from the verb (nearest last), over the sentence before it. */
function matchPre(
  d: VerbDictionary,
  items: PatternItem[],
  toks: Tok[],
  ti: number,
  ms: ActorMention[] | null,
  m: Match,
  firsts: (string | undefined)[],
): boolean {
  let pos = ti;
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    if ("slot" in item) {
      const near = item.slot === "^" ? 2 : Number.POSITIVE_INFINITY;
      const before = ms?.filter((x) => x.tj <= pos && pos - x.tj <= near && (!item.adj || x.tj === pos)) ?? [];
      const prev = before[before.length - 1];
      if (!prev) {
        if (item.slot === "^") continue;
        return false;
      }
      if (item.slot !== "^") m.slots.push({ slot: item.slot, mention: prev, side: "pre" });
      pos = prev.ti;
      m.score += slotScore(item);
      continue;
    }
    let found = -1;
    const r = resolveItem(d, item);
    for (let i = pos - 1; i >= 0; i--) {
      const n = itemAt(r, toks, firsts, i);
      if (n > 0 && i + n <= pos && (!item.adj || i + n === pos)) {
        found = i;
        break;
      }
      if (item.adj && i + 3 < pos) break;
    }
    if (found < 0) return false;
    pos = found;
    m.score += 1;
  }
  m.from = pos;
  return true;
}

export interface LexiconHit {
  ti: number;
  tj: number;
  family: string;
  code: string;
  /** Number of pattern items matched (0 = the family's own code). */
  specificity: number;
  /** The paired event's code ("032:033": the target answers with 033), if any. */
  paired?: string;
  /** Actors the pattern places ($ source, + target, % compound of both). */
  slots?: SlotFill[];
  /** First token of the pattern's pre-verb words (ti when none). */
  from?: number;
  /** The pattern matched words before the verb ("hosting … to celebrate", "begun to question"). */
  pre?: boolean;
}

/**
 * "is about to restore", "has begun to question": an imminent or begun act is coded as the act; the verb
 * phrase starts at "about" / "begun" (the coder reads a bare "to V" as a purpose, not an act).
 */
function aspectual(toks: Tok[], i: number): boolean {
  if (toks[i + 1]?.low !== "to" || !toks[i + 2]) return false;
  const w = toks[i]!.low;
  if (w === "about") return /^(is|are|was|were|be|been|being|'s|'re)$/.test(toks[i - 1]?.low ?? "");
  return /^(begin|begins|began|begun|beginning|start|starts|started|continue|continues|continued|resume|resumes|resumed)$/.test(w);
}

/** The lexicon verb starting at token i, if any (vi: the verb itself, after an aspectual "about to"). */
export function lexiconVerbAt(toks: Tok[], i: number): { family: string; own: string | null; tj: number; vi: number } | null {
  if (aspectual(toks, i)) return lexiconVerbAt(toks, i + 2);
  load();
  // The longest form that starts at token i: down the word tree as far as the tokens follow it.
  let hit: { family: string; own: string | null; tj: number; vi: number } | null = null;
  let node = formTree.get(toks[i]!.low);
  for (let k = i + 1; node; k++) {
    if (node.form) hit = { family: node.form[0], own: node.form[1], tj: k, vi: i };
    const t = toks[k];
    node = t ? node.next.get(t.low) : undefined;
  }
  return hit;
}

/** The last full match per sentence and verb (findArgs computes it with the mentions; the coder asks again). */
const memo = new WeakMap<Tok[], Map<number, LexiconHit | null>>();

/**
 * Code a lexicon verb in its clause (post-verb words up to rb): the most specific pattern of its family
 * whose words and actor slots match, else the verb's own code. With the sentence's mentions, slots are
 * filled and the result is kept for later calls without them.
 */
export function lexiconCode(toks: Tok[], ti: number, tj: number, _lb: number, rb: number, ms?: ActorMention[]): LexiconHit | null {
  if (!ms) {
    const known = memo.get(toks)?.get(ti);
    if (known !== undefined) return known;
  }
  const hit = computeCode(toks, ti, tj, rb, ms ?? null);
  if (ms) {
    const perSentence = memo.get(toks) ?? new Map<number, LexiconHit | null>();
    memo.set(toks, perSentence);
    perSentence.set(ti, hit);
  }
  return hit;
}

/** Conjunctions that open a clause of their own (before an -ing form or a subject). */
const SUBORDINATORS = new Set(["before", "after", "while", "because", "although", "though", "whereas", "unless"]);

/** The right bound rb cut at a subordinating conjunction followed by an -ing form, after at least one word. */
function subordinateBound(toks: Tok[], from: number, rb: number): number {
  for (let k = from + 1; k < rb - 1; k++) if (SUBORDINATORS.has(toks[k]!.low) && /ing$/.test(toks[k + 1]!.low)) return k;
  return rb;
}

function computeCode(toks: Tok[], ti: number, tj: number, clauseEnd: number, ms: ActorMention[] | null): LexiconHit | null {
  const d = load();
  const v = lexiconVerbAt(toks, ti);
  if (!v) return null;
  const fam = d.families[v.family];
  if (!fam) return null;
  let best: VerbPattern | null = null;
  let bestMatch: Match | null = null;
  const sw = wordsOf(toks);
  const firsts = sw.firsts;
  const preWords = wordsIn(sw, 0, v.vi);
  // "sketches the scene before calling the police": a subordinate clause opened after the verb's object has verbs
  // and words of its own; the verb's pattern does not reach into it (outside dictionary mode).
  const rb = strictFamilies ? clauseEnd : subordinateBound(toks, v.tj, clauseEnd);
  const postWords = wordsIn(sw, v.tj, Math.max(rb, v.tj));
  const itemFirsts = patternFirsts(d, fam);
  const patterns = fam.patterns;
  for (let k = 0; k < patterns.length; k++) {
    const p = patterns[k]!;
    const f = itemFirsts[k]!;
    // Outside dictionary mode a lone preposition counts only right after the verb ("called for", "probed
    // into"), not further on in the clause ("went on to serve … for twenty three years", "gathered outside
    // the Congress with slogans", "defeats President Trump with an electoral count of …").
    // "with" and "between" introduce the other side and may come later, but only before an actor ("mediated
    // a peace agreement between Japan and Russia"; not "gathered … with slogans").
    // A pattern cannot beat the best so far with fewer items.
    if (bestMatch && f.items <= bestMatch.score) continue;
    if (!mayMatch(f.pre, preWords) || !mayMatch(f.post, postWords)) continue;
    const prep = strictFamilies ? null : f.prep;
    if (prep && toks[v.tj]?.low !== prep && !((prep === "with" || prep === "between") && sideAfter(toks, prep, v.tj, rb, ms))) continue;
    const m: Match = { score: 0, slots: [], from: v.vi };
    if (p.pre.length > 0 && !matchPre(d, p.pre, toks, v.vi, ms, m, firsts)) continue;
    if (p.post.length > 0 && !matchPost(d, p.post, toks, v.tj, Math.max(rb, v.tj), ms, m, firsts)) continue;
    if (m.score > (bestMatch?.score ?? 0)) {
      best = p;
      bestMatch = m;
    }
  }
  // A bare family code is too weak a reading ("expect", "face"): only patterns or the verb's own code count.
  if (!best && !v.own && !strictFamilies) return null;
  const raw = best ? best.code : (v.own ?? fam.code);
  const [first, second] = raw.split(":").map((x) => x.trim());
  const code = first ?? "";
  if (!code || code === "---" || !CODE.test(code)) return null;
  const hit: LexiconHit = { ti, tj, family: v.family, code, specificity: bestMatch?.score ?? 0 };
  if (second && CODE.test(second)) hit.paired = second;
  if (best?.pre.some((it) => !("slot" in it))) hit.pre = true;
  if (bestMatch && bestMatch.slots.length > 0) {
    hit.slots = bestMatch.slots;
    hit.from = bestMatch.from;
  }
  return hit;
}

/** Prepositions: a pattern of one of these alone ("CALL FOR", "PROBE INTO", "SPEAK WITH") reads the verb's
 * sense only from the word right after the verb. */
const PREPOSITION =
  /^(WITH|BETWEEN|FOR|FROM|INTO|ONTO|TO|IN|ON|AT|BY|OF|AGAINST|AMONG|UNDER|ABOUT|AS|THROUGH|AFTER|BEFORE|AROUND|ACROSS|TOWARD|TOWARDS)$/;

/** Is there an actor right after the first `prep` in tj..rb ("with Erdogan", "between the two Koreas")? */
function sideAfter(toks: Tok[], prep: string, tj: number, rb: number, ms: ActorMention[] | null): boolean {
  if (!ms) return false;
  for (let i = tj; i < Math.min(rb, toks.length); i++)
    if (toks[i]!.low === prep) return ms.some((m) => m.ti > i && m.ti <= i + 2 && m.kind !== "pronoun");
  return false;
}

/** The preposition of a pattern made of one preposition only (no synset, no actor slot), else null. */
function lonePreposition(p: VerbPattern): string | null {
  if (p.pre.length > 0 || p.post.length !== 1) return null;
  const it = p.post[0]!;
  return "w" in it && PREPOSITION.test(it.w) ? it.w.toLowerCase() : null;
}

/** A CAMEO code, possibly with a dictionary's sub-variant letter ("174L"). */
const CODE = /^\d{2,4}[A-Za-z]?$/;
