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
const WORD =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’&][\p{L}\p{M}\p{N}]+)*(?:-[\p{Ll}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|\S/gu;

/** ASCII character classes for the scanner below: bit 1 letter, bit 2 lower-case letter, bit 4 digit; 8 white space. */
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 3;
for (let c = 48; c <= 57; c++) ASCII[c] = 4;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = 8;
const SPACE = 8;
/** What the scanner returns when a character outside ASCII decides the token: WORD reads it. */
const NON_ASCII = -1;

/** The class of s[q]: 0 past the end (or ASCII punctuation), NON_ASCII outside ASCII, else its ASCII bits. */
function cls(s: string, q: number, n: number): number {
  if (q >= n) return 0;
  const c = s.charCodeAt(q);
  return c < 128 ? (ASCII[c] as number) : NON_ASCII;
}

/**
 * Where WORD's match at p (a non-space ASCII character) ends, read by character codes (WORD's Unicode classes
 * made the coder's tokenizer about twice as slow), or NON_ASCII when a character outside ASCII would decide
 * it. Letters and digits are \p{L}/\p{N} in ASCII; ASCII has no \p{M}.
 */
function asciiWordEnd(s: string, p: number, n: number): number {
  const c0 = cls(s, p, n);
  if (c0 & 1) {
    // (?:\p{L}\.){2,}
    let q = p;
    let pairs = 0;
    for (;;) {
      const c = cls(s, q, n);
      if (c === NON_ASCII) return NON_ASCII;
      if (!(c & 1) || q + 1 >= n || s.charCodeAt(q + 1) !== 46) break;
      pairs++;
      q += 2;
    }
    if (pairs >= 2) return q;
    // \p{L}[\p{L}\p{M}\p{N}]*
    q = p + 1;
    let c = cls(s, q, n);
    while (c > 0 && c & 5) c = cls(s, ++q, n);
    if (c === NON_ASCII) return NON_ASCII;
    // (?:['’&][\p{L}\p{M}\p{N}]+)*
    for (;;) {
      const a = q < n ? s.charCodeAt(q) : 0;
      if (a === 8217) return NON_ASCII;
      if (a !== 39 && a !== 38) break;
      let b = cls(s, q + 1, n);
      if (b === NON_ASCII) return NON_ASCII;
      if (!(b > 0 && b & 5)) break;
      q += 2;
      b = cls(s, q, n);
      while (b > 0 && b & 5) b = cls(s, ++q, n);
      if (b === NON_ASCII) return NON_ASCII;
    }
    // (?:-[\p{Ll}\p{N}][\p{L}\p{M}\p{N}]*)*
    while (q < n && s.charCodeAt(q) === 45) {
      let b = cls(s, q + 1, n);
      if (b === NON_ASCII) return NON_ASCII;
      if (b !== 3 && b !== 4) break;
      q += 2;
      b = cls(s, q, n);
      while (b > 0 && b & 5) b = cls(s, ++q, n);
      if (b === NON_ASCII) return NON_ASCII;
    }
    return q;
  }
  if (c0 === 4) {
    // \p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?
    let q = p + 1;
    let c = cls(s, q, n);
    while (c === 4) c = cls(s, ++q, n);
    if (c === NON_ASCII) return NON_ASCII;
    for (;;) {
      const a = q < n ? s.charCodeAt(q) : 0;
      if (a !== 46 && a !== 44 && a !== 58 && a !== 47) break;
      let b = cls(s, q + 1, n);
      if (b === NON_ASCII) return NON_ASCII;
      if (b !== 4) break;
      q += 2;
      b = cls(s, q, n);
      while (b === 4) b = cls(s, ++q, n);
      if (b === NON_ASCII) return NON_ASCII;
    }
    c = cls(s, q, n);
    while (c > 0 && c & 1) c = cls(s, ++q, n);
    if (c === NON_ASCII) return NON_ASCII;
    return q;
  }
  // \S: any other ASCII character alone.
  return p + 1;
}

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
    let end = c < 128 ? asciiWordEnd(slice, p, n) : NON_ASCII;
    if (end === NON_ASCII) {
      WORD.lastIndex = p;
      const m = WORD.exec(slice);
      if (m === null) break;
      start = m.index;
      end = start + m[0].length;
    }
    p = end;
    const w = slice.slice(start, end);
    const s = from + start;
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
  return out;
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
