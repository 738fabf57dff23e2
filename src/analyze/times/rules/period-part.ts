import type { TimeRef } from "../../../model/index.js";
import { addDays, isoMonth, isoWeek } from "../dates.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

const PAST = /\b(?:was|were|had|did|said|\w{3,}ed)\b/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const STEP: Record<string, number> = { last: -1, previous: -1, next: 1, this: 0, current: 0, "": 0 };
/** "the beginning of the year", "the end of this month", "the rest of the week", "the end of the weekend", "the end of 2009". */
const PART =
  /\b(?:the\s+)?(?:very\s+)?(beginning|start|end|middle|rest|remainder|close)\s+of\s+(?:(?:the\s+)?(?:(last|previous|next|this|current)\s+)?(?:(?:fiscal|financial)\s+(?=quarter\b))?(year|month|weekend|week|quarter|decade)|((?:19|20)\d\d))\b/gi;
/** "by year-end", "at year end", "by year's end": the end of the anchor's year (of the last one, told in the past early in a year). */
const YEAR_END =
  /\byear(?:[- ]|['’]s\s+)end\b(?<=\b(?:by|at|before|until|after|around|near|through|since)\s+(?:the\s+)?year(?:[- ]|['’]s\s+)end)/gi;
const YEAR_END_WORD = /ear(?:[- ]|['’]s\s+)end/;
/** "the entire year", "the whole month" (a period of its own, not a length: "a full year" is not matched). */
const WHOLE = /\b(the\s+(?:entire|whole|full))\s+()(year|month|week)\b/gi;
/** "October of next year", "June of this year", "March last year", "on March 20 last year", "December 22, last year". */
const MONTH_OF =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?,?\s+(?:of\s+)?(last|next|this)\s+year\b/g;

/** The year first: "Last year August 8 was …", "last year in March", "next year on June 5". */
const YEAR_MONTH =
  /\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+year,?\s+(?:(?:on|in)\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)(\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?\b/g;

/**
 * Parts of a named period, resolved at the period's precision with a start/end mod. "the year" without
 * "this"/"last" is the year the sentence names before it ("the fourth quarter of 2005 and … for the entire
 * year"), else the anchor's.
 */
export const periodPart: TimeRule = (ctx) => {
  if (
    !ctx.anchor ||
    (!/\b(?:beginning|start|end|middle|rest|remainder|close|entire|whole|full)\s|\b(?:last|next|this)\s+year/i.test(ctx.sentence) &&
      !YEAR_END_WORD.test(ctx.sentence))
  )
    return [];
  const a = ctx.anchor;
  const out: TimeRef[] = [];
  for (const m of [...ctx.sentence.matchAll(PART), ...ctx.sentence.matchAll(WHOLE)]) {
    const part = (m[1] ?? "").toLowerCase();
    const rel = (m[2] ?? "").toLowerCase();
    const unit = (m[3] ?? "year").toLowerCase();
    const step = STEP[rel] ?? 0;
    const mod = part === "beginning" || part === "start" ? "start" : part === "end" || part === "close" ? "end" : undefined;
    let value: string;
    let precision: "week" | "month" | "year" | "quarter" | "decade";
    if (unit === "year") {
      const named = m[4] ?? (rel ? undefined : [...ctx.sentence.slice(0, m.index).matchAll(/\b((?:19|20)\d\d)\b/g)].pop()?.[1]);
      value = named ?? String(a.getUTCFullYear() + step);
      precision = "year";
    } else if (unit === "quarter") {
      const q = Math.floor(a.getUTCMonth() / 3) + step;
      value = `${a.getUTCFullYear() + Math.floor(q / 4)}-Q${(((q % 4) + 4) % 4) + 1}`;
      precision = "quarter";
    } else if (unit === "decade") {
      value = String(a.getUTCFullYear() + 10 * step).slice(0, 3);
      precision = "decade";
    } else if (unit === "month") {
      value = isoMonth(a.getUTCFullYear(), a.getUTCMonth() + 1 + step);
      precision = "month";
    } else {
      // "no later than the end of the weekend": the weekend of the week (`2021-W42-WE`).
      value = isoWeek(addDays(a, 7 * step)) + (unit === "weekend" ? "-WE" : "");
      precision = "week";
    }
    out.push(ref(ctx, m.index, m.index + m[0].length, value, precision, "period-part", mod));
  }
  for (const m of YEAR_END_WORD.test(ctx.sentence) ? ctx.sentence.matchAll(YEAR_END) : []) {
    const before = ctx.sentence.slice(0, m.index);
    const past =
      a.getUTCMonth() < 2 &&
      !isFuture(ctx.sentence, m.index, m.index + m[0].length) &&
      !/\b(?:will|would|expects?|expected|plans?|aims?|hopes?|to)\b/i.test(before) &&
      PAST.test(before);
    out.push(ref(ctx, m.index, m.index + m[0].length, String(a.getUTCFullYear() - (past ? 1 : 0)), "year", "period-part", "end"));
  }
  // TimeML marks "October" and "next year" apart: the month keeps its own span, resolved in the year named.
  const monthDay = (rel: string, name: string, dayText: string | undefined, start: number) => {
    const year = a.getUTCFullYear() + (STEP[rel.toLowerCase()] ?? 0);
    const month = isoMonth(year, MONTHS.indexOf(name.toLowerCase()) + 1);
    const day = dayText ? Number(dayText.match(/\d+/)![0]) : 0;
    const end = start + name.length + (dayText?.length ?? 0);
    if (day >= 1 && day <= 31) out.push(ref(ctx, start, end, `${month}-${String(day).padStart(2, "0")}`, "day", "month-of-year"));
    else if (!dayText) out.push(ref(ctx, start, end, month, "month", "month-of-year"));
  };
  for (const m of ctx.sentence.matchAll(MONTH_OF)) monthDay(m[3]!, m[1]!, m[2], m.index);
  for (const m of ctx.sentence.matchAll(YEAR_MONTH)) {
    const rel = m[0].match(/^\w+/)![0];
    monthDay(rel, m[1]!, m[2], m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0));
  }
  return out;
};
