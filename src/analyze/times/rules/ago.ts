import { addDays, isoDay, isoMonth } from "../dates.js";
import { COUNT, countOf } from "../numbers.js";
import { ref, type TimeRule } from "../types.js";

/**
 * "fifteen years ago", "two decades ago", "a week ago": a date counted back from the anchor, at the unit's
 * precision (weeks and days give the day, as MEANTIME annotates "a week ago"; "a year and a half ago" the month;
 * "a century ago" the century). Vague counts ("some years
 * ago", "years ago", "a few months ago", "a while ago") are TimeML's PAST_REF; "a year ago today" is a day.
 */
const RE = new RegExp(
  `\\b(?:(${COUNT})|(some|several|a\\s+few|few|many|a\\s+number\\s+of|a\\s+couple\\s+of|\\w+s\\s+of|quite\\s+a\\s+few))?(?:[\\s-]+(and[\\s-]+a[\\s-]+half))?\\s*\\b(day|week|month|year|decade|centur(?:y|ie))s?(?:[\\s-]+(and[\\s-]+a[\\s-]+half))?\\s+ago(\\s+today)?\\b`,
  "gi",
);
/** "some time ago", "a while ago", "not long ago". */
const VAGUE = /\b(?:(?:some|a\s+short|a\s+long)\s+time|(?:a\s+(?:little\s+|short\s+)?)?while|(?:not\s+(?:so\s+|too\s+)?)?long)\s+ago\b/gi;

export const ago: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\bago\b/i.test(ctx.sentence)) return [];
  const a = ctx.anchor;
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const unit = m[4]!.toLowerCase().replace(/^centurie$/, "century");
    const n = m[1] ? countOf(m[1]) : undefined;
    const half = !!(m[3] || m[5]);
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    if (n === undefined) {
      out.push(ref(ctx, start, end, "PAST_REF", "instant", "ago"));
      continue;
    }
    const y = a.getUTCFullYear();
    if (half && unit === "year" && n !== undefined) {
      // "a year and a half ago", "two and a half years ago": the month, eighteen or thirty months back.
      out.push(ref(ctx, start, end, isoMonth(y, a.getUTCMonth() + 1 - 12 * n - 6), "month", "ago"));
    } else if (m[6] && (unit === "year" || unit === "month")) {
      // "a year ago today": that day, a year back.
      const d = new Date(Date.UTC(y - (unit === "year" ? n : 0), a.getUTCMonth() - (unit === "month" ? n : 0), a.getUTCDate(), 12));
      out.push(ref(ctx, start, end, isoDay(d), "day", "ago"));
    } else if (unit === "day" || unit === "week")
      out.push(ref(ctx, start, end, isoDay(addDays(a, -n * (unit === "week" ? 7 : 1))), "day", "ago"));
    else if (unit === "month") out.push(ref(ctx, start, end, isoMonth(y, a.getUTCMonth() + 1 - n), "month", "ago"));
    else if (unit === "year") out.push(ref(ctx, start, end, String(y - n), "year", "ago"));
    else if (unit === "century") out.push(ref(ctx, start, end, String(y - 100 * n).slice(0, 2), "century", "ago"));
    else out.push(ref(ctx, start, end, String(y - 10 * n).slice(0, 3), "decade", "ago"));
  }
  for (const m of ctx.sentence.matchAll(VAGUE)) out.push(ref(ctx, m.index, m.index + m[0].length, "PAST_REF", "instant", "ago"));
  return out;
};
