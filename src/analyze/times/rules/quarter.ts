import type { TimeRef } from "../../../model/index.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
};
const RE =
  /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?!ly\b|[\s-]?finals?\b)(?:\s+(?:of\s+)?((?:19|20)\d\d)|\s+of\s+(last|this|next)\s+year)?|\b(Q[1-4])(?:(?:,\s*|\s+(?:of\s+)?)((?:19|20)\d\d))?\b(?![-–.]?\d)/gi;
/** "the first half of 2009", "the second half of next year", "the latter half of 2022", "the first half" (TimeML `2009-H1`). */
const HALF =
  /\b(?:the\s+)?(first|second|1st|2nd|latter)[\s-]+half(?:\s+of\s+(?:((?:19|20)\d\d)|(?:the|this)\s+year|(last|next)\s+year))?\b(?!\s+of\b|[\s-]+(?:time|hour|century|decade|goal|point|inning|season|game|match|round))/gi;
const RESULTS =
  /\b(?:profits?|revenues?|sales|earnings|loss(?:es)?|growth|output|production|deliveries|orders|shares|economy|GDP|income|prices|inflation|percent|billion|million)\b|%|[$€£]/i;
/** A year just before a bare quarter: "2009's first quarter", "the 2008 fourth quarter". */
const YEAR_BEFORE = /\b((?:19|20)\d\d)(?:['’]s)?\s+$/;
/** "the first three months of 2008", "the last three months of the year", "the final quarter of 2008". */
const MONTHS3 =
  /\b(?:the\s+)?(first|last|final)\s+(?:three\s+months|quarter)\s+of\s+(?:((?:19|20)\d\d)|(?:the|this)\s+year|(last|next)\s+year)\b/gi;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/**
 * A quarter named by its months: "the April-June quarter", "the October-December quarter of 2016", "the January to
 * March quarter", "the October-December period".
 */
const MONTH_SPAN =
  /\b(?:the\s+)?(?:((?:19|20)\d\d)\s+)?(Jan(?:uary)?|Apr(?:il)?|Jul(?:y)?|Oct(?:ober)?)\.?\s*(?:[-–/]|\s+to\s+|\s+through\s+)\s*(Mar(?:ch)?|June?|Sep(?:t(?:ember)?)?|Dec(?:ember)?)\.?\s+(?:quarter|period)\b(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?/g;
/** A past verb in the clause before the quarter ("profit rose in"); announcements and plans do not count. */
const PAST =
  /\b(?:was|were|had|rose|fell|grew|lost|earned|made|saw|sold|posted|reported|(?!(?:announc|plann|schedul|expect|propos|intend|aim|decid)ed\b)\w{3,}ed)\b/i;

/**
 * Quarters: "the first quarter of 2008", "third-quarter" (anchor year), "Q3 2019", "in Q3", "the first three months of
 * 2008". A bare quarter that has not begun at the anchor, told in the past tense, is last year's ("profit
 * fell in the fourth quarter" in a January story).
 */
export const quarter: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/quarter|Q[1-4]|three months|half|H[12]|[12]H/i.test(ctx.sentence)) return out;
  const current = ctx.anchor ? Math.floor(ctx.anchor.getUTCMonth() / 3) + 1 : 0;
  for (const m of ctx.sentence.matchAll(RE)) {
    const q = ORD[(m[1] ?? m[4] ?? "").toLowerCase()] ?? 1;
    const rel = m[3]?.toLowerCase();
    let base = ctx.anchor ? ctx.anchor.getUTCFullYear() + (rel === "last" ? -1 : rel === "next" ? 1 : 0) : null;
    const end = m.index + m[0].length;
    // A quarter not yet begun is last year's when the clause is in the past tense, or when the last one lies nearer
    // than the next and the clause is not about the future ("The fourth quarter is worse than it looks", in January).
    if (
      base !== null &&
      !rel &&
      !m[2] &&
      !m[5] &&
      q > current &&
      !isFuture(ctx.sentence, m.index, end) &&
      (pastClause(ctx.sentence, m.index) || current + 4 - q < q - current)
    )
      base -= 1;
    // "near the end of Q1 or beginning of Q2 2021": the year of the quarter it is paired with.
    const paired = m[4] && !m[5] ? /^[^.;]{0,40}?\bQ[1-4]\s+((?:19|20)\d\d)\b/.exec(ctx.sentence.slice(end))?.[1] : undefined;
    const year =
      m[2] ??
      m[5] ??
      paired ??
      (rel ? null : YEAR_BEFORE.exec(ctx.sentence.slice(Math.max(0, m.index - 8), m.index))?.[1]) ??
      (base === null ? null : String(base));
    out.push(ref(ctx, m.index, end, year ? `${year}-Q${q}` : null, "quarter", "quarter"));
  }
  for (const m of ctx.sentence.matchAll(HALF)) {
    // A bare "first half" is the year's in a report of results ("profit rose in the first half"); in a
    // match report it is the match's.
    if (!m[2] && !m[3] && !/\byear\b/i.test(m[0]) && !RESULTS.test(ctx.sentence)) continue;
    const h = /^(?:first|1st)$/i.test(m[1]!) ? 1 : 2;
    const rel = m[3]?.toLowerCase();
    let base = ctx.anchor ? ctx.anchor.getUTCFullYear() + (rel === "last" ? -1 : rel === "next" ? 1 : 0) : null;
    const end = m.index + m[0].length;
    // As for quarters: a half not yet begun, told in the past tense, is last year's.
    if (
      base !== null &&
      !rel &&
      !m[2] &&
      h === 2 &&
      current <= 2 &&
      !isFuture(ctx.sentence, m.index, end) &&
      pastClause(ctx.sentence, m.index)
    )
      base -= 1;
    const year =
      m[2] ??
      (rel ? null : YEAR_BEFORE.exec(ctx.sentence.slice(Math.max(0, m.index - 8), m.index))?.[1]) ??
      (base === null ? null : String(base));
    out.push(ref(ctx, m.index, end, year ? `${year}-H${h}` : null, "quarter", "half-year"));
  }
  for (const m of ctx.sentence.matchAll(MONTH_SPAN)) {
    const first = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (MONTHS.indexOf(m[3]!.slice(0, 3).toLowerCase()) !== first + 2) continue;
    const q = first / 3 + 1;
    let year = m[1] ?? m[4] ?? null;
    if (!year && ctx.anchor) {
      let y = ctx.anchor.getUTCFullYear();
      const end = m.index + m[0].length;
      // As for "the fourth quarter": one not yet begun, told in the past tense, is last year's.
      if (q > current && !isFuture(ctx.sentence, m.index, end) && pastClause(ctx.sentence, m.index)) y -= 1;
      year = String(y);
    }
    out.push(ref(ctx, m.index, m.index + m[0].length, year ? `${year}-Q${q}` : null, "quarter", "quarter"));
  }
  // "H1 2009", "1H19", "H2 2021": a half with its year.
  if (/\bH[12]\b|\b[12]H\d/.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(/\b(?:H([12])\s+((?:19|20)\d\d)|([12])H\s?((?:19|20)?\d\d))\b/g)) {
      const y = m[2] ?? (m[4]!.length === 2 ? `20${m[4]}` : m[4]!);
      out.push(ref(ctx, m.index, m.index + m[0].length, `${y}-H${m[1] ?? m[3]}`, "quarter", "half-year"));
    }
  for (const m of ctx.sentence.matchAll(MONTHS3)) {
    const q = m[1]!.toLowerCase() === "first" ? 1 : 4;
    const year = m[2] ?? (ctx.anchor ? String(ctx.anchor.getUTCFullYear() + (m[3]?.toLowerCase() === "last" ? -1 : m[3] ? 1 : 0)) : null);
    out.push(ref(ctx, m.index, m.index + m[0].length, year ? `${year}-Q${q}` : null, "quarter", "quarter"));
  }
  return out;
};

/** Is the clause before `at` (up to 80 characters, back to a comma, colon or "that") told in the past tense? */
function pastClause(sentence: string, at: number): boolean {
  return PAST.test(
    sentence
      .slice(Math.max(0, at - 80), at)
      .split(/[,;:]|\bthat\b/)
      .pop() ?? "",
  );
}
