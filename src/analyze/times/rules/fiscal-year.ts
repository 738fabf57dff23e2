import type { TimeRef } from "../../../model/index.js";
import { ref, type TimeRule } from "../types.js";
import { century } from "./bare-year.js";

/** "fiscal 2008", "fiscal year 2008", "financial year 2008", "FY2008", "FY 08", "the 2019/20 fiscal year" (by its first year). */
const FISCAL =
  /\b(?:(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d\d)|FY\s?((?:19|20)?\d\d)|((?:19|20)\d\d)(?:[/–-]\d\d)?\s+(?:fiscal|financial)\s+year)\b/gi;
/** "this financial year", "the current fiscal year", "last fiscal year". */
const FISCAL_REL = /\b(?:(this|last|next|the\s+current|the\s+previous|the)\s+)(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)\d\d)/gi;

const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 };
const Q = "(first|second|third|fourth|1st|2nd|3rd|4th)";
/**
 * A quarter of a named fiscal year: "the first fiscal quarter of 2007", "the first quarter of fiscal 2008", "its
 * fiscal 2007 first quarter", "the first quarter of its 2007 fiscal year" (`FY2007-Q1`, as MEANTIME writes fiscal
 * years `FY2006`; the calendar quarter differs when the fiscal year does not start in January).
 */
const FISCAL_QUARTER = new RegExp(
  `\\b(?:the\\s+)?${Q}\\s+(?:fiscal\\s+quarter\\s+of\\s+(?:fiscal\\s+)?|quarter\\s+of\\s+(?:its\\s+|the\\s+)?(?:fiscal|financial)\\s+(?:year\\s+)?)((?:19|20)\\d\\d)\\b|\\b(?:the\\s+)?${Q}\\s+quarter\\s+of\\s+(?:its\\s+|the\\s+)?((?:19|20)\\d\\d)\\s+(?:fiscal|financial)\\s+year\\b|\\b(?:fiscal|financial)\\s+((?:19|20)\\d\\d)\\s+${Q}\\s+quarter\\b`,
  "gi",
);

/** "the first quarter of the financial year", "the second quarter of its current fiscal year". */
const QUARTER_OF_THIS = new RegExp(
  `\\b(?:the\\s+)?${Q}\\s+quarter\\s+of\\s+(?:the|this|its)\\s+(?:current\\s+)?(?:fiscal|financial)\\s+year\\b(?!\\s+(?:19|20)\\d\\d)`,
  "gi",
);

/** Fiscal years as TimeML writes them (`FY2008`); a relative one is the anchor's year, or one before or after. */
export const fiscalYear: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/fiscal|financial|FY/i.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(FISCAL)) {
    // A two-digit fiscal year may lie a little ahead of the anchor ("FY09" in a 2008 story).
    const ahead = ctx.anchor && new Date(Date.UTC(ctx.anchor.getUTCFullYear() + 10, 0, 1));
    const y = m[1] ?? m[3] ?? (m[2]!.length === 2 ? String(century(Number(m[2]), ahead)) : m[2]!);
    out.push(ref(ctx, m.index, m.index + m[0].length, `FY${y}`, "year", "fiscal-year"));
  }
  if (/quarter/i.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(FISCAL_QUARTER)) {
      const q = ORD[(m[1] ?? m[3] ?? m[6]!).toLowerCase()];
      const y = m[2] ?? m[4] ?? m[5]!;
      out.push(ref(ctx, m.index, m.index + m[0].length, `FY${y}-Q${q}`, "quarter", "fiscal-year"));
    }
  if (!ctx.anchor) return out;
  // "During the first quarter of the financial year": a quarter of the anchor's fiscal year (as "the financial year" is).
  if (/quarter/i.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(QUARTER_OF_THIS)) {
      const q = ORD[m[1]!.toLowerCase()];
      out.push(ref(ctx, m.index, m.index + m[0].length, `FY${ctx.anchor.getUTCFullYear()}-Q${q}`, "quarter", "fiscal-year"));
    }
  for (const m of ctx.sentence.matchAll(FISCAL_REL)) {
    const rel = m[1]!.toLowerCase();
    const step = rel === "last" || rel.endsWith("previous") ? -1 : rel === "next" ? 1 : 0;
    out.push(ref(ctx, m.index, m.index + m[0].length, `FY${ctx.anchor.getUTCFullYear() + step}`, "year", "fiscal-year"));
  }
  return out;
};
