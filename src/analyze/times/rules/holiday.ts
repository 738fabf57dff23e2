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
  "international women's day": [3, 8],
  "women's day": [3, 8],
  "australia day": [1, 26],
  "canada day": [7, 1],
};
/** Holidays on the nth weekday of a month (month, weekday 0 = Sunday, n; n = -1 is the last one): US federal and common ones. */
const NTH: Record<string, [number, number, number]> = {
  "martin luther king jr. day": [1, 1, 3],
  "martin luther king day": [1, 1, 3],
  "presidents' day": [2, 1, 3],
  "presidents day": [2, 1, 3],
  "mother's day": [5, 0, 2],
  "memorial day": [5, 1, -1],
  "father's day": [6, 0, 3],
  "labor day": [9, 1, 1],
  "columbus day": [10, 1, 2],
};
/** Days counted from Easter Sunday. */
const EASTER: Record<string, number> = {
  "ash wednesday": -46,
  "palm sunday": -7,
  "maundy thursday": -3,
  "good friday": -2,
  "holy saturday": -1,
  easter: 0,
  "easter sunday": 0,
  "easter monday": 1,
};
const RE =
  /\b(New Year's Day|New Year's Eve|Valentine's Day|St\.? Patrick's Day|May Day|Bastille Day|Halloween|Armistice Day|Veterans Day|Remembrance Day|Christmas Eve|Christmas Day|Christmas|Boxing Day|Thanksgiving(?: Day)?|Black Friday|(?:International )?Women's Day|Australia Day|Canada Day|Martin Luther King(?: Jr\.)? Day|Presidents'? Day|Mother's Day|Memorial Day|Father's Day|Labor Day|Columbus Day|Cyber Monday|Election Day|Ash Wednesday|Palm Sunday|Maundy Thursday|Good Friday|Holy Saturday|Easter(?: Sunday| Monday)?(?! Island| Rising))(?:,?\s+((?:19|20)\d\d))?\b/g;

const ELECTION_DAY = /\belection day\b/g;

const PAST = /\b(?:was|were|had|did|said|died|took place|(?!(?:schedul|plann|expect|propos)ed\b)\w{3,}ed)\b/i;

/** The day of the month of the nth weekday (n = -1: the last) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

/** Easter Sunday (Gregorian, the anonymous algorithm) as [month, day]. */
function easter(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return [Math.floor(n / 31), (n % 31) + 1];
}

/** A holiday's [month, day] in a year (the day may run past the month's end: Date.UTC carries it over). */
function dayOf(name: string, y: number): [number, number] {
  if (name.startsWith("thanksgiving")) return [11, thanksgiving(y)];
  if (name === "black friday") return [11, thanksgiving(y) + 1];
  if (name === "cyber monday") return [11, thanksgiving(y) + 4];
  // US Election Day: the Tuesday after the first Monday of November.
  if (name === "election day") return [11, nthWeekday(y, 11, 1, 1) + 1];
  const nth = NTH[name];
  if (nth) return [nth[0], nthWeekday(y, nth[0], nth[1], nth[2])];
  if (name in EASTER) {
    const [mo, d] = easter(y);
    const t = new Date(Date.UTC(y, mo - 1, d + EASTER[name]!));
    return [t.getUTCMonth() + 1, t.getUTCDate()];
  }
  return FIXED[name]!;
}

/** US Thanksgiving: the fourth Thursday of November. */
function thanksgiving(year: number): number {
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  return 1 + ((4 - first + 7) % 7) + 21;
}

/**
 * Named holidays as days: "Christmas Day 2007" → 2007-12-25, "on Thanksgiving" → the fourth Thursday of
 * November, "on Labor Day" → the first Monday of September, "on Easter Sunday" by the Gregorian computus.
 * Without a year, the one nearest the anchor (the last one in a past clause, the next in a future one), and
 * only after a preposition ("since Christmas Eve", "ahead of International Women's Day", "in time for Christmas."; "Christmas
 * sales", "for Christmas lights", "Halloween-themed", "Easter Island" are not dates) or as the subject of a verb of time
 * ("Election Day is quickly approaching").
 */
export const holiday: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  // "vote at the polls, not before election day": the day of the election the story named (the refiner in
  // times/index.ts finds it; none named, no date). The capitalised US "Election Day" is computed below.
  if (ctx.sentence.includes("election day"))
    for (const m of ctx.sentence.matchAll(ELECTION_DAY)) out.push(ref(ctx, m.index, m.index + m[0].length, null, "day", "election-day"));
  if (
    !/Christmas|Year's|Day\b|Eve\b|Halloween|Thanksgiving|Black Friday|Easter|Good Friday/.test(ctx.sentence) &&
    !/Cyber|Ash W|Palm S|Maundy|Holy S/.test(ctx.sentence)
  )
    return out;
  for (const m of ctx.sentence.matchAll(RE)) {
    const name = m[1]!.toLowerCase();
    // "the Labor Day holiday", "the Easter weekend" name the day too; so does a holiday that is the subject of a
    // verb of time ("Election Day is quickly approaching", "as Election Day drew closer").
    const before = ctx.sentence.slice(0, m.index);
    const after = ctx.sentence.slice(m.index + m[0].length);
    const verbAfter =
      /^\s+(?:is|was|will|would|falls|fell|approaches|approached|draws|drew|nears|neared|comes|came|arrives|arrived)\b/.test(after);
    if (
      !m[2] &&
      !/\b(?:on|at|by|until|till|before|after|since|over|during|this|last|next|ahead\s+of)\s+$/i.test(before) &&
      !(/\bthe\s+$/i.test(before) && /^\s+(?:holiday|weekend)\b/.test(after)) &&
      // "in time for Christmas", "closer to Christmas", "running through Christmas" (not "for Christmas lights").
      !(
        /\b(?:for|to|through|around|near|as)\s+$/i.test(before) &&
        !/^\s+(?!(?:and|or|but|when|while|as|is|was|in|on|at|with|so|because|this|last|next)\b)[a-z]/.test(after)
      ) &&
      !(verbAfter && (/\bas\s+$/i.test(before) || /(?:^|[:;(—–-])\s*$/.test(before)))
    )
      continue;
    const at = (y: number): [number, number] => dayOf(name.replace(/\s+/g, " "), y);
    let year = m[2] ? Number(m[2]) : ctx.anchor?.getUTCFullYear();
    if (year === undefined) continue;
    if (!m[2] && ctx.anchor) {
      // The nearest one, then the tense: "died on New Year's Eve" in October is last year's.
      const [mo, d] = at(year);
      const diff = Math.round((Date.UTC(year, mo - 1, d) - ctx.anchor.getTime()) / 86400000);
      const end = m.index + m[0].length;
      const future = isFuture(ctx.sentence, m.index, end);
      // "launched ahead of Women's Day": the holiday comes after the past event, not a year before it.
      const past =
        !/\b(?:ahead\s+of|before|until|till|for|to|through|around|near)\s+$/i.test(ctx.sentence.slice(0, m.index)) &&
        PAST.test(ctx.sentence.slice(Math.max(0, m.index - 60), end + 30));
      // A holiday that moves (Easter) can lie over half a year back and still be the one a past clause means.
      if ((diff > 183 && !future) || (diff > 0 && past && !future)) year -= 1;
      else if ((diff < -183 && (future || !past)) || (diff < 0 && future)) year += 1;
    }
    const [mo, d] = at(year);
    const day = new Date(Date.UTC(year, mo - 1, d));
    // A past Election Day is one of many elections (the text's, not the calendar's): only the coming or current one.
    if (name === "election day" && !m[2] && ctx.anchor && day.getTime() < ctx.anchor.getTime() - 7 * 86400000) continue;
    const value = day.toISOString().slice(0, 10);
    out.push(ref(ctx, m.index, m.index + m[0].length, value, "day", "holiday"));
  }
  return out;
};
