import type { Sentence } from "../../model/index.js";
import { PREFIX_ABBREVIATIONS, type Token, tokenize } from "../tokenize.js";

const CLOSERS = new Set(['"', "”", "’", "'", ")", "]", "»"]);
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«"]);
/** Words that commonly open a sentence: after "U.S." or "Inc." they signal a new sentence. */
const STARTERS = new Set([
  "The",
  "A",
  "An",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "You",
  "This",
  "That",
  "These",
  "Those",
  "In",
  "On",
  "At",
  "But",
  "And",
  "However",
  "Meanwhile",
  "According",
  "Its",
  "His",
  "Her",
  "Their",
  "There",
  "As",
  "After",
  "Before",
  "When",
  "While",
  "If",
  "Some",
  "Many",
  "Most",
  "Officials",
  "Mr.",
  "Ms.",
  "Mrs.",
  "Dr.",
]);

/** A capital letter or a digit first. */
const UPPER_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;
function isUpperStart(t: Token | undefined): boolean {
  return t !== undefined && UPPER_OR_DIGIT_FIRST.test(t.text);
}

/** A capital letter and a full stop (an initial). */
const INITIAL = /^\p{Lu}\.$/u;
/**
 * Splits one paragraph (text[from, to)) into sentences. Boundaries: . ! ? (with any closing quotes or
 * brackets that follow) before an upper-case word, a digit or an opening quote; never after a title
 * abbreviation (Dr., Gen., Jan.) or an initial; after other abbreviations (U.S., Inc.) only before a typical
 * sentence starter.
 */
export function splitParagraph(text: string, from: number, to: number, paragraph: number, tokensOut?: Token[][]): Sentence[] {
  const toks = tokenize(text, from, to);
  const out: Sentence[] = [];
  let start = toks.length ? toks[0]!.start : from;
  let first = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let boundary = false;
    let last = i;
    if (t!.text === "." || t!.text === "!" || t!.text === "?" || t!.text === "…") {
      // Closing quotes and brackets stick to the punctuation; a spaced straight quote opens the next sentence.
      while (
        last + 1 < toks.length &&
        (CLOSERS.has(toks[last + 1]!.text) || toks[last + 1]!.text === t!.text) &&
        toks[last + 1]!.start === toks[last]!.end
      )
        last++;
      const next = toks[last + 1];
      // After an opening quote the next sentence may begin with an editor's bracket or ellipsis ("[T]he", "[...]").
      const opened = toks[last + 2];
      boundary =
        next === undefined ||
        isUpperStart(next) ||
        (OPENERS.has(next.text) &&
          next.text !== "(" &&
          (isUpperStart(opened) ||
            opened?.text === "[" ||
            opened?.text === "…" ||
            opened?.text === "..." ||
            // A quotation opening with a quoted title: “‘Glasgow’ is a song of belonging.”
            (opened?.text === "‘" && isUpperStart(toks[last + 3]))));
      // A closing quote followed by a lower-case word continues the sentence ("…decided," he said).
    } else if (t!.text.endsWith(".") && t!.text.length > 1) {
      const bare = t!.text.slice(0, -1).toLowerCase();
      const next = toks[i + 1];
      const isInitial = INITIAL.test(t!.text);
      if (next === undefined) boundary = true;
      else if (!isInitial && !PREFIX_ABBREVIATIONS.has(bare) && STARTERS.has(next.text)) boundary = true;
    }
    if (boundary) {
      const end = toks[last]!.end;
      out.push({ start, end, paragraph });
      tokensOut?.push(toks.slice(first, last + 1));
      i = last;
      first = i + 1;
      start = toks[i + 1]?.start ?? end;
    }
  }
  if (toks.length && start < toks[toks.length - 1]!.end) {
    out.push({ start, end: toks[toks.length - 1]!.end, paragraph });
    tokensOut?.push(toks.slice(first));
  }
  return out;
}

/**
 * The tokens of each sentence splitSentences() returned, as it found them (the entity tagger's prepare()
 * takes them instead of tokenizing every sentence again). A sentence's tokens are the same either way: it
 * starts and ends on token boundaries of its paragraph, and no token reaches past its end.
 */
const sentenceTokens = new WeakMap<Sentence[], { text: string; bounds: Int32Array; tokens: Token[][] }>();

/** The tokens of each of `sentences` if splitSentences(text) returned them unchanged, else null. */
export function tokensOfSentences(text: string, sentences: Sentence[]): Token[][] | null {
  const kept = sentenceTokens.get(sentences);
  if (!kept || kept.text !== text || kept.tokens.length !== sentences.length) return null;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k]!;
    if (s.start !== kept.bounds[2 * k] || s.end !== kept.bounds[2 * k + 1]) return null;
  }
  return kept.tokens;
}

const LOWER = /\p{Ll}/u;
const LETTER_DIGIT_COMMA = /[\p{L}\p{N},]/u;

/** Whether the line break at k (inside block [a, b)) only wraps a running sentence. */
function isSoftWrap(text: string, k: number, a: number, b: number): boolean {
  let n = k + 1;
  while (n < b && (text[n] === " " || text[n] === "\t")) n++;
  let p = k - 1;
  while (p >= a && (text[p] === " " || text[p] === "\t" || text[p] === "\r")) p--;
  if (n >= b || p < a) return false;
  return LOWER.test(text[n]!) && LETTER_DIGIT_COMMA.test(text[p]!);
}

/** Splits the whole text: paragraphs at blank lines (and single line breaks), then sentences. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const re = /\n\s*\n/g;
  let from = 0;
  const blocks: [number, number][] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    blocks.push([from, m.index]);
    from = m.index + m[0].length;
  }
  blocks.push([from, text.length]);
  const tokens: Token[][] = [];
  for (const [a, b] of blocks) {
    // Single line breaks inside a block also end a sentence (headlines, lists), except a soft wrap: a line
    // that does not end in punctuation followed by one that goes on in lower case ("like a year\nago").
    let s = a;
    for (let k = a; k <= b; k++) {
      if (k === b || (text.charCodeAt(k) === 10 && !isSoftWrap(text, k, a, b))) {
        if (/\S/.test(text.slice(s, k))) out.push(...splitParagraph(text, s, k, paragraph, tokens));
        s = k + 1;
      }
    }
    if (/\S/.test(text.slice(a, b))) paragraph++;
  }
  const bounds = new Int32Array(2 * out.length);
  out.forEach((x, k) => {
    bounds[2 * k] = x.start;
    bounds[2 * k + 1] = x.end;
  });
  sentenceTokens.set(out, { text, bounds, tokens });
  return out;
}
