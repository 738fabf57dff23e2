import { ref, type TimeRule } from "../types.js";

const RE = /\b(?:on\s+)?(?:the\s+same\s+day|that\s+(?:same\s+)?day|(?<=\b(?:end|ending|during|for|of|on)\s+)the\s+day)\b/gi;

/**
 * Anaphoric days ("the same day", "that day", "ending the day"): the day the text last named, else the
 * anchor. The value is filled in by the refiner in times/index.ts, which sees the earlier sentences.
 */
export const sameDay: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    let start = m.index;
    if (/^on\s/i.test(m[0])) start += m[0].match(/^on\s+/i)?.[0].length ?? 0;
    out.push(ref(ctx, start, m.index + m[0].length, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
  }
  return out;
};
