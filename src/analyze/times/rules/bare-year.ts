import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(?:(?:in|since|by|until|of|from|during|before|after|early|late|mid-?)\s+)?((?:1[89]|20)\d\d)(s)?\b(?![-–]\d|\s*(?:%|percent|people|km|kilometres|miles|troops|votes|members|cases|dollars|euros|\$))/g;

/** Bare years ("in 2016", "the 2016 election") and decades ("the 1990s"). */
export const bareYear: TimeRule = (ctx) => {
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const start = m.index + m[0].length - m[1]!.length - (m[2] ? 1 : 0);
    const end = m.index + m[0].length;
    const before = ctx.sentence.slice(Math.max(0, start - 12), start);
    if (/[$€£]\s*$|\bNo\.\s*$|#\s*$/.test(before)) continue;
    if (m[2]) out.push(ref(ctx, start, end, m[1]!.slice(0, 3), "decade", "decade"));
    else out.push(ref(ctx, start, end, m[1]!, "year", "bare-year"));
  }
  return out;
};
