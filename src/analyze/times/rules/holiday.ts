import type { TimeRef } from "../../../model/index.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

/** Holidays on a fixed day of the year (month, day). */
const FIXED: Record<string, [number, number]> = {
  "new year's day": [1, 1],
  "new year's eve": [12, 31],
  "valentine's day": [2, 14],
  "st. patrick's day": [3, 17],
  "st patrick's day": [3, 17],
  "may day": [5, 1],
  "bastille day": [7, 14],
  halloween: [10, 31],
  "armistice day": [11, 11],
  "veterans day": [11, 11],
  "remembrance day": [11, 11],
  "christmas eve": [12, 24],
  "christmas day": [12, 25],
  christmas: [12, 25],
  "boxing day": [12, 26],
};
const RE =
  /\b(New Year's Day|New Year's Eve|Valentine's Day|St\.? Patrick's Day|May Day|Bastille Day|Halloween|Armistice Day|Veterans Day|Remembrance Day|Christmas Eve|Christmas Day|Christmas|Boxing Day|Thanksgiving(?: Day)?|Black Friday)(?:,?\s+((?:19|20)\d\d))?\b/g;

const PAST = /\b(?:was|were|had|did|said|died|took place|(?!(?:schedul|plann|expect|propos)ed\b)\w{3,}ed)\b/i;

/** US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return 1 + ((4 - first + 7) % 7) + 21;
}

/**
 * Named holidays as days: "Christmas Day 2007" → 2007-12-25, "on Thanksgiving" → the fourth Thursday of
 * November. Without a year, the one nearest the anchor, and only after a preposition ("since Christmas Eve";
 * "Christmas sales", "Halloween-themed" are not dates).
 */
export const holiday: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/Christmas|Year's|Day\b|Eve\b|Halloween|Thanksgiving|Black Friday/.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(RE)) {
    const name = m[1]!.toLowerCase();
    if (!m[2] && !/\b(?:on|at|by|until|till|before|after|since|over|during|this|last|next)\s+$/i.test(ctx.sentence.slice(0, m.index)))
      continue;
    const at = (y: number): [number, number] =>
      name.startsWith("thanksgiving") ? [11, thanksgiving(y)] : name === "black friday" ? [11, thanksgiving(y) + 1] : FIXED[name]!;
    let year = m[2] ? Number(m[2]) : ctx.anchor?.getUTCFullYear();
    if (year === undefined) continue;
    if (!m[2] && ctx.anchor) {
      // The nearest one, then the tense: "died on New Year's Eve" in October is last year's.
      const [mo, d] = at(year);
      const diff = (Date.UTC(year, mo - 1, d) - ctx.anchor.getTime()) / 86400000;
      const end = m.index + m[0].length;
      const future = isFuture(ctx.sentence, m.index, end);
      const past = PAST.test(ctx.sentence.slice(Math.max(0, m.index - 60), end + 30));
      if (diff > 183 || (diff > 0 && past && !future)) year -= 1;
      else if (diff < -183 || (diff < 0 && future)) year += 1;
    }
    const [mo, d] = at(year);
    const value = `${year}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    out.push(ref(ctx, m.index, m.index + m[0].length, value, "day", "holiday"));
  }
  return out;
};
