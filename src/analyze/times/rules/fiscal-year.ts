import type { TimeRef } from "../../../model/index.js";
import { ref, type TimeRule } from "../types.js";
import { century } from "./bare-year.js";

/** "fiscal 2008", "fiscal year 2008", "financial year 2008", "FY2008", "FY 08", "the 2019/20 fiscal year" (by its first year). */
const FISCAL =
  /\b(?:(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d\d)|FY\s?((?:19|20)?\d\d)|((?:19|20)\d\d)(?:[/–-]\d\d)?\s+(?:fiscal|financial)\s+year)\b/gi;
/** "this financial year", "the current fiscal year", "last fiscal year". */
const FISCAL_REL = /\b(?:(this|last|next|the\s+current|the\s+previous|the)\s+)(?:fiscal|financial)\s+year\b(?!\s+(?:19|20)\d\d)/gi;

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
  if (!ctx.anchor) return out;
  for (const m of ctx.sentence.matchAll(FISCAL_REL)) {
    const rel = m[1]!.toLowerCase();
    const step = rel === "last" || rel.endsWith("previous") ? -1 : rel === "next" ? 1 : 0;
    out.push(ref(ctx, m.index, m.index + m[0].length, `FY${ctx.anchor.getUTCFullYear() + step}`, "year", "fiscal-year"));
  }
  return out;
};
