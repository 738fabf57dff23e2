/** Month names and abbreviations (English, plus common French/German/Spanish forms) → month number. */
const TABLE: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [1, ["january", "jan", "janvier", "januar", "enero", "janeiro"]],
  [2, ["february", "feb", "febr", "février", "fevrier", "februar", "febrero", "fevereiro"]],
  [3, ["march", "mar", "mars", "märz", "marz", "marzo", "março"]],
  [4, ["april", "apr", "avril", "abril"]],
  [5, ["may", "mai", "mayo", "maio"]],
  [6, ["june", "jun", "juin", "juni", "junio", "junho"]],
  [7, ["july", "jul", "juillet", "juli", "julio", "julho"]],
  [8, ["august", "aug", "août", "aout", "agosto"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre", "setembro"]],
  [10, ["october", "oct", "octobre", "oktober", "octubre", "outubro"]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro"]],
  [12, ["december", "dec", "décembre", "decembre", "dezember", "diciembre", "dezembro"]],
];
for (const [n, names] of NAMES) for (const name of names) TABLE[name] = n;

/** Month number for a name such as `March`, `Mar.`, `Sept`; undefined when not a month. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  return Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
}

/** A regex source matching an English month name or abbreviation (with optional dot). */
export const MONTH_RE =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
