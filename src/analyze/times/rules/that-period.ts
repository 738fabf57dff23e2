import { isoMonth, isoWeek } from "../dates.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

/**
 * "that year", "later that month", "that same week", "by that time": the period of the date named last (for
 * "that time", a date of this or the sentence before).
 */
const THAT =
  /\b(?:(?:earlier|later)\s+(?:in\s+)?)?that\s+(?:same\s+|very\s+)?(week|month|year)\b|(?<=\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Ss]ince)\s+)that\s+(time)\b(?!\s+(?:of|when|in|on|off)\b)|(?<=\b[Aa]t\s+)the\s+(time)\b(?=\s*[,;.)]|\s+(?:he|she|it|they|we|I|you|there|the|a|an|his|her|its|their|this|that|was|were|had|is|are|said|and|but|as)\b)/gi;
/**
 * "over the course of the week", "during the month", "for the year", "throughout the year", "ended the week down 3%",
 * "started the month visiting Kenosha", "first two months of the year", "up 20% on the year": the period of the date
 * named last, as "that year", or in a clause about the future the anchor's (not "the week leading up to …", "for the year ended June 30", "the year it was first
 * detected", "the month of July", "the year-ago quarter").
 */
const THE_PERIOD =
  /(?<=\b(?:[Oo]ver|[Dd]uring|[Ff]or|[Tt]hroughout|[Aa]cross|on|(?:end|clos|finish|start|open)(?:e?d|e?s|ing|e)?|began|begin|months|weeks|days)\s+(?:the\s+course\s+of\s+|of\s+)?)the\s+(week|month|year)\b(?![-'’]|\s+(?:of|before|after|ahead|earlier|ago|later|that|when|which|it|he|she|they|we|I|you|in|to|leading|following|ended|ending|end|starting|beginning|since|\d)\b)/g;
/** "Early in the month", "late in the year": the start or end of the period named last, as "that month". */
const EARLY_IN = /\b(early|late)\s+in\s+the\s+(week|month|year)\b/gi;
/** "earlier in the month", "later in the year": a part of the anchor's own period. */
const IN_THE = /\b(earlier|later)\s+in\s+the\s+(week|month|year)\b/gi;

/** A value cut down to a unit: `2019-03-15` → `2019-03` (month), `2019-W11` (week), `2019` (year); null when too coarse. */
export function periodOf(value: string, unit: string): string | null {
  const day = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  if (unit === "time") return /^\d{4}/.test(value) ? value.replace(/T.*$/, "") : null;
  if (unit === "year") return /^\d{4}(?![\d])/.test(value) ? value.slice(0, 4) : null;
  if (unit === "month") return /^\d{4}-\d\d(?![\d])/.test(value) ? value.slice(0, 7) : null;
  if (/^\d{4}-W\d\d/.test(value)) return value.slice(0, 8);
  return day ? isoWeek(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12))) : null;
}

/** The anchor's own year, month or week. */
function ownPeriod(a: Date, unit: string): string {
  return unit === "year" ? String(a.getUTCFullYear()) : unit === "month" ? isoMonth(a.getUTCFullYear(), a.getUTCMonth() + 1) : isoWeek(a);
}

/** The precision of a period's unit. */
function precisionOf(unit: string): "year" | "month" | "week" | "day" {
  return unit === "year" ? "year" : unit === "month" ? "month" : unit === "week" ? "week" : "day";
}

/** "earlier that year": its start; "later that year": its end. */
function edgeOf(w: string): "start" | "end" | undefined {
  return /^earlier/i.test(w) ? "start" : /^later/i.test(w) ? "end" : undefined;
}

/**
 * Periods named by reference: "that year" is the year of the date the story named last (the refiner in
 * times/index.ts fills it in; the rule gives the anchor's period, none for "that time"); "earlier in the month" is the anchor's month.
 */
export const thatPeriod: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\b(?:that|in\s+the|the\s+(?:week|month|year|time))\b/i.test(ctx.sentence)) return [];
  const a = ctx.anchor;
  const out = [];
  for (const m of ctx.sentence.matchAll(THAT)) {
    const unit = (m[1] ?? m[2] ?? m[3]!).toLowerCase();
    const value = unit === "time" ? null : ownPeriod(a, unit);
    out.push(ref(ctx, m.index, m.index + m[0].length, value, precisionOf(unit), "that-period", edgeOf(m[0])));
  }
  if (/\bthe\s+(?:week|month|year)\b/.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(THE_PERIOD)) {
      const unit = m[1]!;
      // "is scheduled to remain at the station during the week": the anchor's week, not the last day's.
      const ahead = isFuture(ctx.sentence, m.index, m.index + m[0].length);
      out.push(ref(ctx, m.index, m.index + m[0].length, ownPeriod(a, unit), precisionOf(unit), ahead ? "in-the-period" : "that-period"));
    }
  for (const m of ctx.sentence.matchAll(EARLY_IN)) {
    const unit = m[2]!.toLowerCase();
    const ahead = isFuture(ctx.sentence, m.index, m.index + m[0].length);
    const edge = /^early/i.test(m[1]!) ? "start" : "end";
    out.push(
      ref(ctx, m.index, m.index + m[0].length, ownPeriod(a, unit), precisionOf(unit), ahead ? "in-the-period" : "that-period", edge),
    );
  }
  for (const m of ctx.sentence.matchAll(IN_THE)) {
    const unit = m[2]!.toLowerCase();
    out.push(ref(ctx, m.index, m.index + m[0].length, ownPeriod(a, unit), precisionOf(unit), "in-the-period", edgeOf(m[1]!)));
  }
  return out;
};
