/** A token with its offsets into the analysed text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Words that take a period as part of themselves (titles, months, company suffixes, Latin).
 * Lower-cased, without the period.
 */
export const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "rev",
  "fr",
  "st",
  "mt",
  "ft",
  "jr",
  "sr",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "amb",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thurs",
  "fri",
  "sat",
  "sun",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "bros",
  "dept",
  "univ",
  "assn",
  "est",
  "no",
  "nos",
  "vol",
  "pp",
  "approx",
  "vs",
  "etc",
  "al",
  "cf",
  "ca",
  "fig",
  "ave",
  "blvd",
  "rd",
  "hwy",
  "ala",
  "ariz",
  "ark",
  "calif",
  "colo",
  "conn",
  "del",
  "fla",
  "ga",
  "ill",
  "ind",
  "kan",
  "ky",
  "la",
  "md",
  "mass",
  "mich",
  "minn",
  "miss",
  "mo",
  "mont",
  "neb",
  "nev",
  "okla",
  "ore",
  "pa",
  "tenn",
  "tex",
  "va",
  "vt",
  "wash",
  "wis",
  "wyo",
]);

/** Abbreviations that stand before a name or number: never the end of a sentence. */
export const PREFIX_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "cpt",
  "sgt",
  "adm",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "rev",
  "fr",
  "st",
  "mt",
  "hon",
  "pres",
  "supt",
  "insp",
  "det",
  "amb",
  "no",
  "nos",
  "vol",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "pp",
  "cf",
  "fig",
]);

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LETTER_FIRST = /^\p{L}/u;

// Dotted acronyms (U.S., U.N.), words with inner apostrophes/hyphens/ampersands, numbers with separators,
// then any other single non-space character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’&]|-(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|\S/gu;

/** ASCII character classes for the scanner below: bit 1 letter, bit 2 lower-case letter, bit 4 digit; 8 white space. */
const ASCII = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII[c] = 1;
for (let c = 97; c <= 122; c++) ASCII[c] = 3;
for (let c = 48; c <= 57; c++) ASCII[c] = 4;
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = 8;
const SPACE = 8;
/** What the scanner returns when a character outside ASCII decides the token: TOKEN reads it. */
const NON_ASCII = -1;

/** The class of s[q]: 0 past the end (or ASCII punctuation), NON_ASCII outside ASCII, else its ASCII bits. */
function cls(s: string, q: number, n: number): number {
  if (q >= n) return 0;
  const c = s.charCodeAt(q);
  return c < 128 ? (ASCII[c] as number) : NON_ASCII;
}

/**
 * Where TOKEN's match at p (a non-space ASCII character) ends, read by character codes (TOKEN's Unicode
 * classes are slow on every token), or NON_ASCII when a character outside ASCII would decide it. Letters and
 * digits are \p{L}/\p{N} in ASCII; ASCII has no \p{M}.
 */
function asciiTokenEnd(s: string, p: number, n: number): number {
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
    // (?:(?:['’&]|-(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*
    for (;;) {
      const a = q < n ? s.charCodeAt(q) : 0;
      if (a === 8217) return NON_ASCII;
      if (a !== 39 && a !== 38 && a !== 45) break;
      let b = cls(s, q + 1, n);
      if (b === NON_ASCII) return NON_ASCII;
      if (a === 45 && b === 1) break;
      if (!(b > 0 && b & 5)) break;
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

/** Splits text into tokens. Periods of known abbreviations and initials ("J.") stay with their word. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = to === text.length ? text : text.slice(0, to);
  const n = slice.length;
  // TOKEN's matches one after the other (as exec with the g flag finds them): ASCII by character codes.
  for (let p = from; p < n; ) {
    const c = slice.charCodeAt(p);
    if (c < 128 && ASCII[c] === SPACE) {
      p++;
      continue;
    }
    let index = p;
    let end = c < 128 ? asciiTokenEnd(slice, p, n) : NON_ASCII;
    if (end === NON_ASCII) {
      TOKEN.lastIndex = p;
      const m = TOKEN.exec(slice);
      if (m === null) break;
      index = m.index;
      end = index + m[0].length;
    }
    const w = slice.slice(index, end);
    if (slice.charCodeAt(end) === 46 /* . */ && LETTER_FIRST.test(w) && !w.endsWith(".")) {
      const lw = w.toLowerCase();
      const initial = w.length === 1 && w === w.toUpperCase();
      if (initial || ABBREVIATIONS.has(lw)) end += 1;
    }
    p = end;
    // /['’][sS]$/ by character codes (it runs on every token): s/S after ' (39) or ’ (8217).
    const last = w.charCodeAt(w.length - 1);
    const quote = w.charCodeAt(w.length - 2);
    const poss = (last === 115 || last === 83) && (quote === 39 || quote === 8217) && w.length > 2 && end === index + w.length;
    if (poss) {
      out.push({ text: w.slice(0, -2), start: index, end: end - 2 });
      out.push({ text: w.slice(-2), start: end - 2, end });
    } else out.push({ text: slice.slice(index, end), start: index, end });
  }
  return out;
}
