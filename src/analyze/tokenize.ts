import { ASCII, asciiTokenEnd, NON_ASCII, SPACE } from "./ascii-scan.js";
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

/** Degrees written with inner full stops ("a Ph.D. candidate", "M.Sc.", "LL.M."): one token, as a dotted acronym is. */
export const DEGREE_HEADS = new Set(["ph", "m", "b", "d", "ll", "ed", "psy", "pharm"]);
export const DEGREE_TAIL = /^\.(?:D|Sc|Phil|Ed|Eng|M|B)\./;

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
    let end = c < 128 ? asciiTokenEnd(slice, p, n, false) : NON_ASCII;
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
      const degree = DEGREE_HEADS.has(lw) ? DEGREE_TAIL.exec(slice.slice(end, end + 7)) : null;
      if (degree) end += degree[0].length;
      else if (initial || ABBREVIATIONS.has(lw)) end += 1;
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
