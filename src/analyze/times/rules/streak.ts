import { isoWeek } from "../dates.js";
import { ref, type TimeRule } from "../types.js";

const ORD = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th)";
const RE = new RegExp(
  `\\b(?:(?:a|the|its|their)\\s+)?(?:${ORD})\\s+(?:(?:consecutive|straight)\\s+(?:trading\\s+)?(day|session|week)|(day|session|week)\\s+in\\s+a\\s+row)\\b`,
  "gi",
);

/** "fell for a fifth day", "rose for the third week": the latest step of a streak told without "straight". */
const FOR_NTH = new RegExp(
  `\\bfor\\s+(?:a|the)\\s+(?:${ORD})\\s+(day|session|week)\\b(?!\\s+(?:of|in\\s+(?:the|his|her|its|their)|at)\\b)`,
  "gi",
);

/** "their best week since November", "its worst day since 1987": the story's own day or week, as a record. */
const RECORD =
  /\b(?:best|worst|biggest|largest|strongest|weakest|sharpest|steepest)\s+(day|session|week)(?=\s+(?:since|in|on\s+record|ever)\b)/gi;

/**
 * The latest step of a streak: "fell for a second consecutive day", "gains for fourth week in a row"; a record
 * ("the worst day since 1987"). The
 * day is the story's day (filled in like "that day" by the refiner in times/index.ts); the week the anchor's.
 */
export const streak: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  const out = [];
  const s = ctx.sentence;
  // Every superlative of RECORD ends in "st": a cheap test before the full pattern.
  const record = /st (?:day|session|week)\b/.test(s);
  for (const m of record ? s.matchAll(RECORD) : []) {
    // TimeML marks the noun alone ("best week").
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (m[1]!.toLowerCase() === "week") out.push(ref(ctx, start, end, isoWeek(ctx.anchor), "week", "streak"));
    else out.push(ref(ctx, start, end, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
  }
  if (/\bfor (?:a|the) \w+ (?:day|session|week)\b/.test(s))
    for (const m of s.matchAll(FOR_NTH)) {
      const start = m.index + 4;
      const end = m.index + m[0].length;
      if (m[1]!.toLowerCase() === "week") out.push(ref(ctx, start, end, isoWeek(ctx.anchor), "week", "streak"));
      else out.push(ref(ctx, start, end, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
    }
  if (!/consecutive|straight|in a row/i.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(RE)) {
    const unit = (m[1] ?? m[2] ?? "").toLowerCase();
    const end = m.index + m[0].length;
    if (unit === "week") out.push(ref(ctx, m.index, end, isoWeek(ctx.anchor), "week", "streak"));
    else out.push(ref(ctx, m.index, end, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
  }
  return out;
};
