import { ref, type TimeRule } from "../types.js";

const RE =
  /\bthe\s+same\s+(?:period|month|quarter|week|time)\s+(?:of\s+)?(?:(?:the\s+)?(?:last|previous|prior)\s+year|a\s+year\s+(?:ago|earlier|before))\b|\bthe\s+(?:year[-\s](?:ago|earlier|before)|prior[-\s]year)\s+(?:period|quarter|month)\b/gi;

/**
 * "the same period last year", "the same month a year ago", "the year-ago quarter": the period the sentence just named, a year
 * earlier. The rule gives the anchor's previous year; the refiner in times/index.ts moves it to the month
 * or quarter named before it ("in February compared to the same period last year" → February last year).
 */
export const samePeriod: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\bsame\b|year[-\s](?:ago|earlier|before)\s|prior[-\s]year/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE))
    out.push(ref(ctx, m.index, m.index + m[0].length, String(ctx.anchor.getUTCFullYear() - 1), "year", "same-period"));
  return out;
};
