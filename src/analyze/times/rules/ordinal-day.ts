import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

/**
 * "on the 15th", "by the 3rd of this month": a day of the anchor's month, or of the month before (after) it
 * when the day is still ahead (already past) and the tense says otherwise. Not "the 15th century/floor".
 */
const RE =
  /\b(?:on|by|until|since|from|before|after)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\s+(this|last|next|the)\s+month\b)?(?=\s*(?:[,.;:)]|$|\s(?:and|to|when|at|in|as|with|but|after|before)\b)|\s+of\s+(?:this|last|next|the)\s+month)/g;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

export const ordinalDay: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\d(?:st|nd|rd|th)\b/.test(ctx.sentence)) return [];
  const a = ctx.anchor;
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const d = Number(m[1]);
    if (d < 1 || d > 31) continue;
    const start = m.index + m[0].indexOf("the");
    const end = m.index + m[0].length;
    let step = m[2] === "last" ? -1 : m[2] === "next" ? 1 : 0;
    if (!m[2] || m[2] === "the") {
      const future = isFuture(ctx.sentence, start, end);
      if (future && d < a.getUTCDate()) step = 1;
      else if (!future && d > a.getUTCDate()) step = -1;
    }
    const day = new Date(Date.UTC(a.getUTCFullYear(), a.getUTCMonth() + step, d, 12));
    if (day.getUTCDate() !== d) continue;
    out.push(ref(ctx, start, end, `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(d)}`, "day", "ordinal-day"));
  }
  return out;
};
