import type { TimeRef } from "../../../model/index.js";
import { addDays, isoDay, isoMonth, isoWeek } from "../dates.js";
import { COUNT, countOf } from "../numbers.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

/** "four years later", "two days earlier", "two months prior", "the year before" (not "three days later than planned", "two days prior to the vote"). */
const RE = new RegExp(
  `\\b(${COUNT}|the)\\s+(day|week|month|year|decade)s?\\s+(later|earlier|before|after|prior)\\b(?!\\s+than\\b|\\s+to\\b)`,
  "gi",
);
/**
 * "in 2001 the iPod and the following year Mac OS X", "Bayes withdrew in March 2019. The next month, …": one step
 * on from the date named last (TimeML's anaphoric "the following year"), not from the anchor as "next month" is.
 */
const FOLLOWING = /\b[Tt]he\s+(?:following|next|subsequent)\s+(week|month|year|decade)\b(?![-'’]|\s+(?:of|after|before|to|that|when)\b)/g;
/** "over the next year", "for the following week": a length ahead, not the period after a date. */
const SPAN_BEFORE = /\b(?:for|over|within|during|throughout|in|into)\s+$/i;
/** "the year before", "the month after" stand alone; "the year before the election" counts from an event. */
const EVENT_AFTER = /^\s+(?:the|a|an|his|her|its|their|that|this|last|[A-Z0-9])/;

export interface Shift {
  n: number;
  unit: "day" | "week" | "month" | "year" | "decade";
  /** "the week before" names the whole week; "two weeks later" a day. */
  whole?: boolean;
}

/** The signed length an expression of this rule counts ("two days earlier" → -2 days). */
export function shiftOf(text: string): Shift | null {
  const f = /^the\s+(?:following|next|subsequent)\s+(week|month|year|decade)$/i.exec(text);
  if (f) return { n: 1, unit: f[1]!.toLowerCase() as Shift["unit"], whole: true };
  const m = new RegExp(RE.source, "i").exec(text);
  if (!m) return null;
  const the = m[1]!.toLowerCase() === "the";
  const n = the ? 1 : countOf(m[1]!);
  // Only "the year before" counts with before/after: "two days before the vote" is a length (duration rule).
  if (n === undefined || (!the && /^(?:before|after)$/i.test(m[3]!))) return null;
  const shift: Shift = { n: /later|after/i.test(m[3]!) ? n : -n, unit: m[2]!.toLowerCase() as Shift["unit"] };
  if (the) shift.whole = true;
  return shift;
}

/** A calendar value moved by a shift, at the shift's precision; null when the value is too coarse for it. */
export function shifted(value: string, s: Shift): { value: string; precision: TimeRef["precision"] } | null {
  const day = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  const month = /^(\d{4})-(\d\d)/.exec(value);
  const year = /^(\d{4})/.exec(value);
  if (s.unit === "day" || s.unit === "week") {
    if (!day) return null;
    const d = addDays(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)), s.n * (s.unit === "week" ? 7 : 1));
    if (s.unit === "week" && s.whole) return { value: isoWeek(d), precision: "week" };
    return { value: isoDay(d), precision: "day" };
  }
  if (s.unit === "month") return month ? { value: isoMonth(Number(month[1]), Number(month[2]) + s.n), precision: "month" } : null;
  if (!year) return null;
  // "sales fell 30% in November from a year earlier": the month, quarter or half a year back, not the whole year.
  const part = s.unit === "year" && !s.whole ? /^(\d{4})-(\d\d|Q[1-4]|H[12])$/.exec(value) : null;
  if (part) {
    const precision = /^[QH]/.test(part[2]!) ? "quarter" : "month";
    return { value: `${Number(part[1]) + s.n}-${part[2]}`, precision };
  }
  return { value: String(Number(year[1]) + s.n * (s.unit === "decade" ? 10 : 1)), precision: "year" };
}

/**
 * Counted steps from the story's last date: "Four years later" after "in 2016" is 2020. The rule counts
 * from the anchor; the refiner in times/index.ts counts from the date named last before it.
 */
export const counted: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\b(?:later|earlier|before|after|prior|following|next|subsequent)\b/i.test(ctx.sentence)) return [];
  const out: TimeRef[] = [];
  for (const m of ctx.sentence.matchAll(FOLLOWING)) {
    // "the next year" in a clause about the future ("In the next year, this must be given priority") is the
    // coming year; "in the following year" after a date is that year's successor.
    const next = !/following|subsequent/i.test(m[0]);
    if (SPAN_BEFORE.test(ctx.sentence.slice(0, m.index)) && (next || !/\bin\s+$/i.test(ctx.sentence.slice(0, m.index)))) continue;
    if (next && isFuture(ctx.sentence, m.index, m.index + m[0].length)) continue;
    const s = shiftOf(m[0]);
    const r = s && shifted(isoDay(ctx.anchor), s);
    if (r) out.push(ref(ctx, m.index, m.index + m[0].length, r.value, r.precision, "counted"));
  }
  for (const m of ctx.sentence.matchAll(RE)) {
    // "the day before" is the same-day rule's; "the year before the election" needs the event.
    if (/^the\s+day/i.test(m[0]) || (/^the\s/i.test(m[0]) && EVENT_AFTER.test(ctx.sentence.slice(m.index + m[0].length)))) continue;
    const s = shiftOf(m[0]);
    const r = s && shifted(isoDay(ctx.anchor), s);
    if (r) out.push(ref(ctx, m.index, m.index + m[0].length, r.value, r.precision, "counted"));
  }
  return out;
};
