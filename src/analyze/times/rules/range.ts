import type { TimeRef } from "../../../model/index.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";

const MONTH =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
const TO = "\\s*(?:-|–|—|and|to|or|until|till|through)\\s*";
const ORD = "(?:st|nd|rd|th)?";
/** "17-18 May 2008", "17 and 18 May", "3 to 5 March 2019". */
const DAYS_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+((?:19|20)\\d\\d))?\\b`, "g");
/** "May 17-18, 2008", "May 17 and 18", "March 3 to 5". */
const MONTH_DAYS = new RegExp(
  `\\b(${MONTH})\\s+(\\d{1,2})${ORD}${TO}(\\d{1,2})${ORD}(?:,?\\s+((?:19|20)\\d\\d))?\\b(?![%:]|\\s*(?:percent|per cent))`,
  "g",
);
/** Across two months with the year at the end: "January 31-February 4, 2026", "31 January – 4 February 2026". */
const ACROSS = new RegExp(
  `\\b(?:(${MONTH})\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${MONTH}))\\s*[-–—]\\s*(?:(${MONTH})\\s+(\\d{1,2})${ORD}|(\\d{1,2})${ORD}\\s+(${MONTH})),?\\s+((?:19|20)\\d\\d)\\b`,
  "g",
);
/** Either form, for other rules to leave such text alone. */
export const DAY_RANGE = new RegExp(`${DAYS_MONTH.source}|${MONTH_DAYS.source}`);

function monthIndex(name: string): number {
  return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** The year of a month-day without one: the occurrence nearest the anchor. */
function yearOf(ctx: TimeContext, month: number, day: number, given?: string): number | null {
  if (given) return Number(given);
  if (!ctx.anchor) return null;
  const y = ctx.anchor.getUTCFullYear();
  const diff = (Date.UTC(y, month - 1, day) - ctx.anchor.getTime()) / 86400000;
  return diff > 183 ? y - 1 : diff < -183 ? y + 1 : y;
}

function day(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? t.toISOString().slice(0, 10) : null;
}

/**
 * Day ranges in one month: each end becomes its own day ("17-18 May 2008" → 17 May and 18 May 2008), as
 * TimeML marks them; the start keeps the span of its number (with the month when it leads).
 */
export const dayRange: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/\d\s*(?:[-–—]|and|to|or|until|till|through)\s*\d|\d\s*[-–—]\s*[A-Z]/.test(ctx.sentence)) return out;
  const push = (
    m: RegExpMatchArray,
    month: string,
    d1: string,
    d2: string,
    year: string | undefined,
    firstEnd: number,
    secondStart: number,
  ) => {
    const mo = monthIndex(month);
    const y = yearOf(ctx, mo, Number(d1), year);
    if (y === null || Number(d1) >= Number(d2)) return;
    const a = day(y, mo, Number(d1));
    const b = day(y, mo, Number(d2));
    if (!a || !b) return;
    out.push(ref(ctx, m.index!, m.index! + firstEnd, a, "day", "range"));
    out.push(ref(ctx, m.index! + secondStart, m.index! + m[0].length, b, "day", "range"));
  };
  for (const m of ctx.sentence.matchAll(DAYS_MONTH)) {
    const second = m[0].lastIndexOf(m[2]!, m[0].indexOf(m[3]!));
    push(m, m[3]!, m[1]!, m[2]!, m[4], m[1]!.length, second);
  }
  for (const m of ctx.sentence.matchAll(ACROSS)) {
    const m1 = monthIndex(m[1] ?? m[4]!);
    const m2 = monthIndex(m[5] ?? m[8]!);
    const y2 = Number(m[9]);
    // "December 28-January 3, 2020": the first end in the year before.
    const y1 = m1 > m2 ? y2 - 1 : y2;
    const a = day(y1, m1, Number(m[2] ?? m[3]));
    const b = day(y2, m2, Number(m[6] ?? m[7]));
    if (!a || !b || a >= b) continue;
    const dash = m[0].search(/\s*[-–—]\s*/);
    const second = m[0].slice(dash).search(/[^\s\-–—]/) + dash;
    out.push(ref(ctx, m.index, m.index + dash, a, "day", "range"));
    out.push(ref(ctx, m.index + second, m.index + m[0].length, b, "day", "range"));
  }
  for (const m of ctx.sentence.matchAll(MONTH_DAYS)) {
    const firstEnd = m[0].indexOf(m[2]!, m[1]!.length) + m[2]!.length;
    const second = m[0].indexOf(m[3]!, firstEnd);
    push(m, m[1]!, m[2]!, m[3]!, m[4], firstEnd, second);
  }
  return out;
};
