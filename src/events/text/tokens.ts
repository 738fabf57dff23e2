import { ASCII, asciiTokenEnd, NON_ASCII, SPACE } from "../../analyze/ascii-scan.js";

/** Word tokens with offsets, for the event coder (self-contained: the coder runs on any Analysis). */
export interface Tok {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  low: string;
  start: number;
  end: number;
}

// Dotted acronyms; words (a hyphen joins only a lower-case continuation: "cease-fire", not "Russia-U.S.");
// numbers; any other character.
export const WORD =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’&][\p{L}\p{M}\p{N}]+)*(?:-[\p{Ll}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|\S/gu;

const NEGATION = /^(\p{L}+)n't$/iu;

/** Tokens of text[from, to), offsets into text. "didn't" → "did", "n't". "Russia's" → "Russia", "'s". */
export function tokens(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  const n = slice.length;
  // WORD's matches one after the other (as exec with the g flag finds them): ASCII by character codes.
  for (let p = 0; p < n; ) {
    const c = slice.charCodeAt(p);
    if (c < 128 && ASCII[c] === SPACE) {
      p++;
      continue;
    }
    let start = p;
    let end = c < 128 ? asciiTokenEnd(slice, p, n, true) : NON_ASCII;
    if (end === NON_ASCII) {
      WORD.lastIndex = p;
      const m = WORD.exec(slice);
      if (m === null) break;
      start = m.index;
      end = start + m[0].length;
    }
    p = end;
    pushWord(out, slice.slice(start, end), from + start);
  }
  return out;
}

/** Pushes the tokens of one word at offset s: "didn't" → "did", "n't"; "Russia's" → "Russia", "'s". */
export function pushWord(out: Tok[], w: string, s: number): void {
  const norm = w.includes("’") ? w.replace(/’/g, "'") : w;
  // The two patterns only where the word ends like them ("…n't", "…'s"): most words end otherwise.
  const tail = norm.length > 2 && norm.charCodeAt(norm.length - 2) === 39 /* ' */;
  const neg = tail && /t/i.test(norm[norm.length - 1]!) ? NEGATION.exec(norm) : null;
  const pos = tail && /s/i.test(norm[norm.length - 1]!) ? /^(.+)'s$/i.exec(norm) : null;
  if (neg && !/^(can|won)$/i.test(neg[1]!)) {
    const k = neg[1]!.length;
    out.push({ text: w.slice(0, k), low: neg[1]!.toLowerCase(), start: s, end: s + k });
    out.push({ text: w.slice(k), low: "n't", start: s + k, end: s + w.length });
  } else if (pos && pos[1]!.length > 0) {
    const k = pos[1]!.length;
    out.push({ text: w.slice(0, k), low: pos[1]!.toLowerCase(), start: s, end: s + k });
    out.push({ text: w.slice(k), low: "'s", start: s + k, end: s + w.length });
  } else out.push({ text: w, low: norm.toLowerCase(), start: s, end: s + w.length });
}

/** Index of the first token that starts at or after offset. */
export function tokenAt(toks: Tok[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
