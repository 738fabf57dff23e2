/**
 * The tokenizers' fast path: where a token of their regular expressions ends, read by character codes for
 * ASCII text (the expressions' Unicode classes are slow on every token). Both expressions share dotted
 * acronyms, words, numbers and any other single character; they differ only in how a hyphen joins a word
 * (see `asciiTokenEnd`). A character outside ASCII that would decide the token gives NON_ASCII, and the caller
 * lets its expression read that token. Letters and digits are \p{L}/\p{N} in ASCII; ASCII has no \p{M}.
 */

/** ASCII character classes: bit 1 letter, bit 2 lower-case letter, bit 4 digit; 8 white space. */
export const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 3;
for (let c = 48; c <= 57; c++) ASCII[c] = 4;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = 8;
export const SPACE = 8;
/** What the scanner returns when a character outside ASCII decides the token: the expression reads it. */
export const NON_ASCII = -1;

/** The class of s[q]: 0 past the end (or ASCII punctuation), NON_ASCII outside ASCII, else its ASCII bits. */
function cls(s: string, q: number, n: number): number {
  if (q >= n) return 0;
  const c = s.charCodeAt(q);
  return c < 128 ? (ASCII[c] as number) : NON_ASCII;
}

/**
 * Where the expression's match at p (a non-space ASCII character) ends, or NON_ASCII. `hyphensLast` picks the
 * word shape: false, the analysis tokenizer's `\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’&]|-(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*`
 * (joins in any order); true, the coder's `\p{L}[…]*(?:['’&][…]+)*(?:-[\p{Ll}\p{N}][…]*)*` (hyphened parts
 * after the apostrophe ones: "cease-fire", not "Russia-U.S.").
 */
export function asciiTokenEnd(s: string, p: number, n: number, hyphensLast: boolean): number {
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
    // Joins by ' ’ & (and, joins in any order, by a hyphen before a lower-case letter or digit).
    for (;;) {
      const a = q < n ? s.charCodeAt(q) : 0;
      if (a === 8217) return NON_ASCII;
      const hyphen = a === 45 && !hyphensLast;
      if (a !== 39 && a !== 38 && !hyphen) break;
      let b = cls(s, q + 1, n);
      if (b === NON_ASCII) return NON_ASCII;
      if (hyphen ? b !== 3 && b !== 4 : !(b > 0 && b & 5)) break;
      q += 2;
      b = cls(s, q, n);
      while (b > 0 && b & 5) b = cls(s, ++q, n);
      if (b === NON_ASCII) return NON_ASCII;
    }
    // (?:-[\p{Ll}\p{N}][\p{L}\p{M}\p{N}]*)*
    if (hyphensLast)
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
