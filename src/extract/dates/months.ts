/**
 * Month names and abbreviations → month number: English, plus the forms pages in other languages print
 * in their date lines (French, German, Spanish, Portuguese, Italian, Dutch, Indonesian, Polish and
 * Russian genitives, Turkish).
 */
const TABLE: Record<string, number> = {};
const NAMES: [number, string[]][] = [
  [
    1,
    ["january", "jan", "janvier", "janv", "januar", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "stycznia", "января", "ocak"],
  ],
  [
    2,
    [
      "february",
      "feb",
      "febr",
      "février",
      "fevrier",
      "févr",
      "februar",
      "febrero",
      "fevereiro",
      "fev",
      "febbraio",
      "februari",
      "lutego",
      "февраля",
      "şubat",
    ],
  ],
  [3, ["march", "mar", "mars", "märz", "marz", "marzo", "março", "maart", "maret", "marca", "марта", "mart"]],
  [4, ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "апреля", "nisan"]],
  [5, ["may", "mai", "mayo", "maio", "maggio", "mag", "mei", "maja", "мая", "mayıs"]],
  [6, ["june", "jun", "juin", "juni", "junio", "junho", "giugno", "giu", "czerwca", "июня", "haziran"]],
  [7, ["july", "jul", "juillet", "juil", "juli", "julio", "julho", "luglio", "lug", "lipca", "июля", "temmuz"]],
  [8, ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "agustus", "sierpnia", "августа", "ağustos"]],
  [
    9,
    ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "setembro", "settembre", "set", "września", "сентября", "eylül"],
  ],
  [10, ["october", "oct", "octobre", "oktober", "octubre", "outubro", "ottobre", "ott", "października", "октября", "ekim"]],
  [11, ["november", "nov", "novembre", "noviembre", "novembro", "listopada", "ноября", "kasım"]],
  [
    12,
    [
      "december",
      "dec",
      "décembre",
      "decembre",
      "déc",
      "dezember",
      "diciembre",
      "dic",
      "dezembro",
      "dez",
      "dicembre",
      "desember",
      "grudnia",
      "декабря",
      "aralık",
    ],
  ],
];
for (const [n, names] of NAMES) for (const name of names) TABLE[name] = n;

/** Month number for a name such as `March`, `Mar.`, `Sept`, `janeiro`, `сентября`; undefined when not a month. */
export function monthNumber(word: string): number | undefined {
  const key = word.toLowerCase().replace(/\.$/, "");
  return Object.hasOwn(TABLE, key) ? TABLE[key] : undefined;
}

/** A regex source matching an English month name or abbreviation (no dot). */
export const MONTH_NAME_RE =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/** A regex source matching an English month name or abbreviation (with optional dot). */
export const MONTH_RE = `${MONTH_NAME_RE}\\.?`;

/** A regex source matching any month name of the table, longest first (for the `u` and `i` flags). */
export const ANY_MONTH_RE = `(?:${Object.keys(TABLE)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
