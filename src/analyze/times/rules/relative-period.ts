import { addDays, isoMonth, isoWeek } from "../dates.js";
import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(?:(earlier|later)\s+)?(?:(last|this|next|past|previous|coming|the\s+same|the\s+previous|the\s+following)\s+)(week|month|year|weekend|quarter)\b/gi;

/** "last week" is a week, "earlier this month" a month, "last year" a year, "next weekend" a weekend. */
export const relativePeriod: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  const a = ctx.anchor;
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const rel = m[2]!.toLowerCase().replace(/\s+/g, " ");
    const unit = m[3]!.toLowerCase();
    const step =
      rel === "last" || rel === "past" || rel === "previous" || rel === "the previous"
        ? -1
        : rel === "next" || rel === "coming" || rel === "the following"
          ? 1
          : 0;
    let value: string;
    let precision: "week" | "month" | "year" | "quarter";
    const y = a.getUTCFullYear();
    const mo = a.getUTCMonth() + 1;
    if (unit === "week" || unit === "weekend") {
      value = isoWeek(addDays(a, 7 * step));
      if (unit === "weekend") value += "-WE";
      precision = "week";
    } else if (unit === "month") {
      value = isoMonth(y, mo + step);
      precision = "month";
    } else if (unit === "quarter") {
      const q = Math.floor((mo - 1) / 3) + step;
      const yy = y + Math.floor(q / 4);
      value = `${yy}-Q${(((q % 4) + 4) % 4) + 1}`;
      precision = "quarter";
    } else {
      value = String(y + step);
      precision = "year";
    }
    const mod = m[1]?.toLowerCase() === "earlier" ? "start" : m[1]?.toLowerCase() === "later" ? "end" : undefined;
    out.push(ref(ctx, m.index, m.index + m[0].length, value, precision, "relative-period", mod));
  }
  return out;
};
