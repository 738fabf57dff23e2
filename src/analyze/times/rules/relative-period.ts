import { addDays, isoMonth, isoWeek } from "../dates.js";
import { isFuture } from "../tense.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";

const period = (units: string) =>
  new RegExp(
    `\\b(?:(earlier|later)\\s+)?(?:(last|this|next|past|previous|prior|current|coming|upcoming|the\\s+same|the\\s+previous|the\\s+prior|the\\s+following|the\\s+upcoming)\\s+)(${units})\\b`,
    "gi",
  );
const RE = period("week|month|year|weekend|quarter|decade");
/** A unit word of RE in a lower-cased sentence. */
const UNIT_WORD = /week|month|year|quarter|decade/;
/** "the latest quarter", "its most recent quarter", "the last financial quarter": only where "quarter" is there. */
const QUARTER =
  /\b(?:(last|this|next|past|previous|prior|current|coming|latest|most\s+recent|the\s+previous|the\s+prior|the\s+following)\s+)(?:fiscal\s+|financial\s+)?(quarter)\b/gi;
/** Centuries apart, only where the word is there ("century" in the pattern above makes it far slower). */
const CENTURY = period("century");

/** "in the new year", "early in the new year": the coming year late in a year, else the anchor's. */
const NEW_YEAR = /(?<=\b(?:in|into|after|until|by|since|before|for)\s+)the\s+new\s+year\b(?!['’]s\s+(?:day|eve)\b)/gi;

/** "over the weekend", "during the weekend", "by the weekend": the weekend nearest the anchor (which one, by the tense). */
const THE_WEEKEND = /(?<=\b(?:over|during|on|at|for|by|until|before|after|since|through|throughout)\s+)the\s+weekend\b/gi;
const PAST = /\b(?:was|were|had|did|said|\w{3,}ed)\b/i;

/**
 * "this weekend" / "the weekend" in a Monday–Friday story: the one just past when the clause is in the past
 * tense ("became public this weekend"), else the coming one; on a Saturday or Sunday, that weekend.
 */
function weekend(ctx: TimeContext, a: Date, start: number, end: number): string {
  const day = a.getUTCDay();
  const past =
    day !== 0 && day !== 6 && !isFuture(ctx.sentence, start, end) && PAST.test(ctx.sentence.slice(Math.max(0, start - 60), end + 40));
  return `${isoWeek(addDays(a, past ? -7 : 0))}-WE`;
}

/** "last week" is a week, "earlier this month" a month, "last year" a year, "next weekend" a weekend, "the last century" a century. */
export const relativePeriod: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  const a = ctx.anchor;
  const out = [];
  const s = ctx.sentence;
  const quarters = s.includes("quarter") ? [...s.matchAll(QUARTER)].filter((m) => /latest|recent|fiscal|financial/i.test(m[0])) : [];
  // The patterns only run where their unit words are (cheap tests; the patterns ignore case).
  const low = s.toLowerCase();
  const units = UNIT_WORD.test(low);
  const found = s.includes("century") ? [...(units ? s.matchAll(RE) : []), ...s.matchAll(CENTURY)] : units ? [...s.matchAll(RE)] : [];
  for (const m of quarters.length ? [...found, ...quarters] : found) {
    const q = m.length === 3;
    const rel = (q ? m[1]! : m[2]!).toLowerCase().replace(/\s+/g, " ");
    const unit = (q ? m[2]! : m[3]!).toLowerCase();
    // "the latest quarter", "its most recent quarter": the last one reported, the quarter before the anchor's.
    // "the following year" counts from the date named last (the counted rule), not from the anchor.
    if (rel === "the following" && unit !== "quarter" && unit !== "weekend" && unit !== "century") continue;
    // "told Kamloops This Week", "ABC's This Week": a capitalised period after a name is a title.
    if (/^This\s+[WMY]/.test(m[0]) && /(?:[A-Z][\w.&]*|['’]s)\s+$/.test(s.slice(0, m.index))) continue;
    const latest = rel === "latest" || rel === "most recent";
    if (latest && unit !== "quarter") continue;
    const step =
      rel === "last" || latest || rel === "past" || rel === "previous" || rel === "the previous" || rel === "prior" || rel === "the prior"
        ? -1
        : rel === "next" || rel === "coming" || rel === "upcoming" || rel === "the upcoming" || rel === "the following"
          ? 1
          : 0;
    let value: string;
    let precision: "week" | "month" | "year" | "quarter" | "decade" | "century";
    const y = a.getUTCFullYear();
    const mo = a.getUTCMonth() + 1;
    if (unit === "weekend" && rel === "this") {
      value = weekend(ctx, a, m.index, m.index + m[0].length);
      precision = "week";
    } else if (unit === "week" || unit === "weekend") {
      value = isoWeek(addDays(a, 7 * step));
      if (unit === "weekend") value += "-WE";
      precision = "week";
    } else if (unit === "month") {
      value = isoMonth(y, mo + step);
      precision = "month";
    } else if (unit === "quarter") {
      const q = Math.floor((mo - 1) / 3) + step;
      const yy = y + Math.floor(q / 4);
      value = `${yy}-Q${(((q % 4) + 4) % 4) + 1}`;
      precision = "quarter";
    } else if (unit === "decade") {
      // "the past decade": the calendar decade holding most of the last ten years (2011 → the 2000s).
      value = String(y + (step < 0 ? -5 : step > 0 ? 5 : 0)).slice(0, 3);
      precision = "decade";
    } else if (unit === "century") {
      // "over the last century" (2019): the century holding most of the last hundred years, the 20th (`19`).
      value = String(y + (step < 0 ? -50 : step > 0 ? 50 : 0)).slice(0, 2);
      precision = "century";
    } else {
      // "The upcoming year is set to witness …" written in early January is the year just begun.
      value = String(y + (/upcoming/.test(rel) && mo === 1 ? 0 : step));
      precision = "year";
    }
    const mod = q ? undefined : m[1]?.toLowerCase() === "earlier" ? "start" : m[1]?.toLowerCase() === "later" ? "end" : undefined;
    out.push(ref(ctx, m.index, m.index + m[0].length, value, precision, "relative-period", mod));
  }
  if (s.includes("ew year"))
    for (const m of s.matchAll(NEW_YEAR)) {
      // "since the new year" looks back at the year begun; "in the new year" late in a year looks ahead.
      const back = /\bsince\s+$/i.test(s.slice(0, m.index));
      const year = a.getUTCFullYear() + (a.getUTCMonth() >= 9 && !back ? 1 : 0);
      out.push(ref(ctx, m.index, m.index + m[0].length, String(year), "year", "relative-period"));
    }
  if (low.includes("weekend"))
    for (const m of ctx.sentence.matchAll(THE_WEEKEND))
      out.push(ref(ctx, m.index, m.index + m[0].length, weekend(ctx, a, m.index, m.index + m[0].length), "week", "relative-period"));
  return out;
};
