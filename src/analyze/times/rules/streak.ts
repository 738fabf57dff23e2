import { isoWeek } from "../dates.js";
import { ref, type TimeRule } from "../types.js";

const ORD = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)";
const RE = new RegExp(
  `\\b(?:(?:a|the|its|their)\\s+)?(?:${ORD})\\s+(?:(?:consecutive|straight)\\s+(?:trading\\s+)?(day|session|week)|(day|session|week)\\s+in\\s+a\\s+row)\\b`,
  "gi",
);

/**
 * The latest step of a streak: "fell for a second consecutive day", "gains for fourth week in a row". The
 * day is the story's day (filled in like "that day" by the refiner in times/index.ts); the week the anchor's.
 */
export const streak: TimeRule = (ctx) => {
  if (!ctx.anchor || !/consecutive|straight|in a row/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const unit = (m[1] ?? m[2] ?? "").toLowerCase();
    const end = m.index + m[0].length;
    if (unit === "week") out.push(ref(ctx, m.index, end, isoWeek(ctx.anchor), "week", "streak"));
    else out.push(ref(ctx, m.index, end, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
  }
  return out;
};
