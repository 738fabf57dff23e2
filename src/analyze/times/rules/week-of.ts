import { addDays, isoWeek } from "../dates.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };
/** "the last weekend of July", "the first week of April 2019". */
const NTH_OF = new RegExp(
  `\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+(week|weekend)\\s+(?:of|in)\\s+(${MONTH})(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  "gi",
);
/** "the week of October 21", "the week of 21 October 2019". */
const WEEK_OF = new RegExp(
  `\\b(?:the\\s+)?week\\s+of\\s+(?:(${MONTH})\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH}))(?:st|nd|rd|th)?(?:,?\\s+((?:19|20)\\d\\d))?\\b`,
  "gi",
);

/** The year of a month without one: the occurrence nearest the anchor. */
function yearOf(ctx: TimeContext, month: number, given?: string): number | null {
  if (given) return Number(given);
  if (!ctx.anchor) return null;
  const y = ctx.anchor.getUTCFullYear();
  const diff = month - 1 - ctx.anchor.getUTCMonth();
  return diff > 6 ? y - 1 : diff < -6 ? y + 1 : y;
}

/**
 * The n-th (or last) Saturday or Thursday of a month: a weekend is named by its Saturday, a week by its
 * Thursday (the day that puts an ISO week in a month).
 */
function nthDay(y: number, month: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = new Date(Date.UTC(y, month - 1, 1, 12));
    return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  }
  const last = new Date(Date.UTC(y, month, 0, 12));
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** Weeks named by their place in a month or by a day in them, as ISO weeks (`2019-W30`, `2019-W30-WE`). */
export const weekOf: TimeRule = (ctx) => {
  if (!/\bweek/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(NTH_OF)) {
    const mo = MONTHS.indexOf(m[3]!.toLowerCase()) + 1;
    const y = yearOf(ctx, mo, m[4]);
    if (y === null) continue;
    const weekend = m[2]!.toLowerCase() === "weekend";
    const day = nthDay(y, mo, weekend ? 6 : 4, NTH[m[1]!.toLowerCase()]!);
    out.push(ref(ctx, m.index, m.index + m[0].length, isoWeek(day) + (weekend ? "-WE" : ""), "week", "week-of"));
  }
  for (const m of ctx.sentence.matchAll(WEEK_OF)) {
    const mo = MONTHS.indexOf((m[1] ?? m[4])!.toLowerCase()) + 1;
    const y = yearOf(ctx, mo, m[5]);
    if (y === null) continue;
    const day = new Date(Date.UTC(y, mo - 1, Number(m[2] ?? m[3]), 12));
    if (day.getUTCMonth() !== mo - 1) continue;
    out.push(ref(ctx, m.index, m.index + m[0].length, isoWeek(day), "week", "week-of"));
  }
  return out;
};
