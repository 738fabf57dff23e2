import { ANY_MONTH_RE, MONTH_NAME_RE, MONTH_RE, monthNumber } from "./months.js";

/** A date (and maybe a time) read from text. `year` is absent when the text does not print one. */
export interface ParsedDate {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** `+08:00`, `Z`, or undefined when the text carries no zone. */
  offset?: string;
  /** The matched text and where it starts in the input. */
  text: string;
  index: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

function valid(y: number | undefined, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  if (y !== undefined && (y < 1900 || y > 2100)) return false;
  if (y !== undefined) {
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCDate() === d;
  }
  return true;
}

function normOffset(z: string | undefined): string | undefined {
  if (!z) return undefined;
  if (z === "Z" || z === "z") return "Z";
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  return `${m[1]}${m[2]}:${m[3] ?? "00"}`;
}

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const SLASH_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const MDY = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4})(?!\\d)|\\b)`, "i");
const DMY = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+(\\d{4})(?!\\d)|\\b)`, "i");
/** `25.Jun.2019`, `20-Nov-2019`, `Mar-12-2023`, `2019-Nov-20`: a month name between numbers, the same separator twice. */
const SEP_DMY = new RegExp(`\\b(\\d{1,2})([-./])(${MONTH_NAME_RE})\\2(\\d{4})(?!\\d)`, "i");
const SEP_MDY = new RegExp(`\\b(${MONTH_NAME_RE})([-./])(\\d{1,2})\\2(\\d{4})(?!\\d)`, "i");
const SEP_YMD = new RegExp(`\\b(\\d{4})([-./])(${MONTH_NAME_RE})\\2(\\d{1,2})(?!\\d)`, "i");
/** `2023 Jan 7` (PubMed and other citation styles). */
const YMD_NAME = new RegExp(`\\b(\\d{4})\\s+(${MONTH_RE})\\s+(\\d{1,2})\\b`, "i");
/** A letter and a digit joined by a separator: the only texts the forms above can match. */
const SEP_HINT = /[a-z][-./]\d|\d[-./][a-z]/i;
/** Each form with the groups of its year, month and day. */
const SEP_FORMS: [RegExp, number, number, number][] = [
  [SEP_DMY, 4, 3, 1],
  [SEP_MDY, 4, 1, 3],
  [SEP_YMD, 1, 3, 4],
];
const TIME = /(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i;
const DIGIT = /\d/;
const ZONE_AFTER = /^(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})(?!\d)/;
const NUMERIC_DMY = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
/**
 * Dates in other languages, with a year: `22 de janeiro de 2018`, `24 сентября 2018`, `02 Ago 2017`,
 * `28. November 2026`, `Maret 30, 2015`; `2018年8月16日`, `2018년 9월 28일`.
 */
const LOCAL_DMY = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s*(?:de\\s+)?(${ANY_MONTH_RE})\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, "iu");
const LOCAL_MDY = new RegExp(`(?<![\\p{L}\\d])(${ANY_MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})(?!\\d)`, "iu");
const CJK_YMD = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/;

/** A date in another language's form (see LOCAL_DMY), or null. */
function localDate(text: string): ParsedDate | null {
  let best: ParsedDate | null = null;
  const consider = (y: number, mo: number | undefined, d: number, m: RegExpExecArray) => {
    if (mo && valid(y, mo, d) && (!best || m.index < best.index)) best = { year: y, month: mo, day: d, text: m[0], index: m.index };
  };
  let m = LOCAL_DMY.exec(text);
  if (m) consider(+m[3]!, monthNumber(m[2]!), +m[1]!, m);
  m = LOCAL_MDY.exec(text);
  if (m) consider(+m[3]!, monthNumber(m[1]!), +m[2]!, m);
  m = CJK_YMD.exec(text);
  if (m) consider(+m[1]!, +m[2]!, +m[3]!, m);
  return best;
}

/**
 * Finds the first date in a piece of text: ISO forms, `March 22, 2018`, `22 March 2018`, `March 22`
 * (no year), `2018/03/22`. Numeric `dd/mm/yyyy` is read only when unambiguous (day > 12) or `dayFirst`.
 */
export function parseDate(text: string, opts: { dayFirst?: boolean } = {}): ParsedDate | null {
  // every form holds a digit
  if (!DIGIT.test(text)) return null;
  let best: ParsedDate | null = null;
  const consider = (p: ParsedDate | null) => {
    if (p && (!best || p.index < best.index)) best = p;
  };
  let m = ISO.exec(text);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) {
    consider({
      year: +m[1]!,
      month: +m[2]!,
      day: +m[3]!,
      hour: m[4] !== undefined ? +m[4] : undefined,
      minute: m[5] !== undefined ? +m[5] : undefined,
      second: m[6] !== undefined ? +m[6] : m[4] !== undefined ? 0 : undefined,
      offset: normOffset(m[7]),
      text: m[0],
      index: m.index,
    });
  }
  const iso = best as ParsedDate | null;
  if (iso && iso.hour !== undefined) {
    const ap = /^\s*([ap])\.?m\b/i.exec(text.slice(iso.index + iso.text.length));
    if (ap) {
      const pm = ap[1]!.toLowerCase() === "p";
      if (pm && iso.hour < 12) iso.hour += 12;
      if (!pm && iso.hour === 12) iso.hour = 0;
    }
  }
  m = SLASH_YMD.exec(text);
  if (m && valid(+m[1]!, +m[2]!, +m[3]!)) consider({ year: +m[1]!, month: +m[2]!, day: +m[3]!, text: m[0], index: m.index });
  m = MDY.exec(text);
  if (m) {
    const mo = monthNumber(m[1]!);
    const y = m[3] ? +m[3] : undefined;
    if (mo && valid(y, mo, +m[2]!)) consider({ year: y, month: mo, day: +m[2]!, text: m[0], index: m.index });
  }
  m = DMY.exec(text);
  if (m) {
    const mo = monthNumber(m[2]!);
    const y = m[3] ? +m[3] : undefined;
    if (mo && valid(y, mo, +m[1]!)) consider({ year: y, month: mo, day: +m[1]!, text: m[0], index: m.index });
  }
  m = YMD_NAME.exec(text);
  if (m) {
    const mo = monthNumber(m[2]!);
    if (mo && valid(+m[1]!, mo, +m[3]!)) consider({ year: +m[1]!, month: mo, day: +m[3]!, text: m[0], index: m.index });
  }
  if (SEP_HINT.test(text))
    for (const [re, y, mo, d] of SEP_FORMS) {
      m = re.exec(text);
      const n = m && monthNumber(m[mo]!);
      if (m && n && valid(+m[y]!, n, +m[d]!)) consider({ year: +m[y]!, month: n, day: +m[d]!, text: m[0], index: m.index });
    }
  m = NUMERIC_DMY.exec(text);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    const y = +m[3]!;
    if (a > 12 || opts.dayFirst) {
      if (valid(y, b, a)) consider({ year: y, month: b, day: a, text: m[0], index: m.index });
    } else if (b > 12 && valid(y, a, b)) consider({ year: y, month: a, day: b, text: m[0], index: m.index });
  }
  // other languages only where no English form is found (and a year is printed)
  if (!best && /\d{4}/.test(text)) best = localDate(text);
  const found = best as ParsedDate | null;
  if (found && found.hour === undefined) {
    const rest = text.slice(found.index + found.text.length, found.index + found.text.length + 40);
    const t = TIME.exec(rest);
    if (t && t.index < 12) {
      let h = +t[1]!;
      const ap = t[4]?.toLowerCase().replace(/\./g, "");
      if (ap === "pm" && h < 12) h += 12;
      if (ap === "am" && h === 12) h = 0;
      if (h < 24 && +t[2]! < 60) {
        found.hour = h;
        found.minute = +t[2]!;
        found.second = t[3] ? +t[3] : 0;
        // an ISO-style zone right after the time (`Oct 01, 2025T10:00:00+03:00`)
        const z = ap ? null : ZONE_AFTER.exec(rest.slice(t.index + t[0].length));
        if (z) found.offset = normOffset(z[1]);
      }
    }
  }
  return found;
}

/** `YYYY-MM-DD` of a parsed date that has a year. */
export function isoDay(p: { year?: number; month: number; day: number }): string | undefined {
  if (p.year === undefined) return undefined;
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DDTHH:MM:SS` (local wall-clock) or the day alone when no time is known. */
export function isoLocal(p: ParsedDate): string | undefined {
  const day = isoDay(p);
  if (!day) return undefined;
  if (p.hour === undefined) return day;
  return `${day}T${pad(p.hour)}:${pad(p.minute ?? 0)}:${pad(p.second ?? 0)}`;
}

/**
 * The year for a month/day printed without one, taken from a reference day (publication date): the
 * latest such date not more than 2 days after the reference (news reports on the past).
 */
export function inferYear(month: number, day: number, reference: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!m) return undefined;
  const ref = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  for (const y of [+m[1]! + 1, +m[1]!, +m[1]! - 1]) {
    if (!valid(y, month, day)) continue;
    const t = Date.UTC(y, month - 1, day);
    if (t <= ref + 2 * 86400_000) return y;
  }
  return undefined;
}
