import { ref, type TimeRule } from "../types.js";

const ORD: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
  q1: 1,
  q2: 2,
  q3: 3,
  q4: 4,
};
const RE =
  /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+(?:of\s+)?((?:19|20)\d\d)|\s+of\s+(last|this|next)\s+year)?|\b(Q[1-4])\s+((?:19|20)\d\d)\b/gi;

/** Quarters: "the first quarter of 2008", "third-quarter" (anchor year), "Q3 2019". */
export const quarter: TimeRule = (ctx) => {
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const q = ORD[(m[1] ?? m[4] ?? "").toLowerCase()];
    const rel = m[3]?.toLowerCase();
    const base = ctx.anchor ? ctx.anchor.getUTCFullYear() + (rel === "last" ? -1 : rel === "next" ? 1 : 0) : null;
    const year = m[2] ?? m[5] ?? (base === null ? null : String(base));
    out.push(ref(ctx, m.index, m.index + m[0].length, year ? `${year}-Q${q}` : null, "quarter", "quarter"));
  }
  return out;
};
