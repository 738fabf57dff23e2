/**
 * Whitespace normalisation shared by the text and HTML paths: non-breaking and other Unicode spaces
 * become plain spaces, zero-width characters go, runs of spaces collapse, lines are trimmed.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Anything normalizeSpaces would change besides the trim (tested first: most strings need only the trim). */
const UNTIDY = /[\u00a0\u1680\u2000-\u200d\u202f\u205f\u3000\t\f\v\u2060\ufeff\u00ad]| {2}/;

export function normalizeSpaces(s: string): string {
  if (!UNTIDY.test(s)) return s.trim();
  return s.replace(ZERO_WIDTH, "").replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/** Normalises a whole multi-line text: line endings to `\n`, spaces per line. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => normalizeSpaces(l))
    .join("\n");
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** Class test of one UTF-16 unit, remembered (0 unknown, 1 yes, 2 no): no string per character on non-Latin text. */
const UNIT_CLASS = new Uint8Array(65536);
function letterOrDigit(c: number): boolean {
  let k = UNIT_CLASS[c]!;
  if (k === 0) UNIT_CLASS[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/**
 * Comparison key for a block: lower case, runs of letters and digits joined by one space. A
 * character loop (ASCII decided inline, the rest by a Unicode class test): it runs on every block.
 */
export function blockKey(s: string): string {
  const low = s.toLowerCase();
  let out = "";
  let run = -1;
  for (let i = 0; i < low.length; i++) {
    const c = low.charCodeAt(i);
    let keep: boolean;
    let width = 1;
    if (c < 128) keep = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < low.length) {
        width = 2;
        keep = LETTER_OR_DIGIT.test(low.slice(i, i + 2));
      } else keep = letterOrDigit(c);
    }
    if (keep) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += out ? ` ${low.slice(run, i)}` : low.slice(run, i);
      run = -1;
    }
    i += width - 1;
  }
  if (run >= 0) out += out ? ` ${low.slice(run)}` : low.slice(run);
  return out;
}
