import type { TimeRef } from "../../../model/index.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";

const RE =
  /\b(?:(?:in|since|by|until|of|from|during|before|after|early|late|mid-?)\s+)?((?:1[89]|20)\d\d)(s|['’]s)?\b(?![-–]\d|\s*(?:(?:or|to|and)\s+\d[\d,]*\s+)?(?:%|percent|people|persons|km|kilometres|miles|troops|votes|members|cases|deaths|aftershocks|likes|dollars|euros|\$))/g;
/** "2001-2005", "2001–2005": both ends are years (the bare-year pattern leaves a year before a dash alone). */
const YEARS = /\b((?:1[89]|20)\d\d)\s?[-–]\s?((?:1[89]|20)\d\d)\b/g;
/** "2012–13", "(1919–33)", "by 2024-25": a year and the two last digits of a later one in its century. */
const YEAR_SHORT = /\b((?:19|20)\d\d)[-–](\d\d)\b(?![-–/.:]?\d)/g;
/** "the seventies", "the late eighties" (not "a man in his forties": only after "the"). */
const WORDS =
  /\b[Tt]he\s+(?:(?:early|late|mid)[\s-]+)?(?:nineteen[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/g;
const TENS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
/** Two-digit years and decades: "since '82", "the '80s", "the 70s and 80s" (not ages: "in their 70s"). */
const SHORT =
  /(?<=\b(?:in|since|of|from|until|by|before|after|the|and|or|to|early|late|mid-?)\s+|mid-)['’]?(\d\d)(['’]?s)?\b(?![%'’.,]?\d)/gi;

/** "1780s", "1700s", "1500s" (before the years the year pattern takes). */
const OLD_DECADE = /\b(1[0-7]\d0)['’]?s\b/g;

/**
 * A decade as TimeML writes it ("the 1990s" → `199`); a round hundred before 2000 is the century ("the 1800s",
 * "the 1700s" → `18`, `17`: the 19th and 18th centuries), while "the 2000s" is the decade (`200`).
 */
function decade(ctx: TimeContext, start: number, end: number, year: string): TimeRef {
  if (year.endsWith("00") && Number(year) < 2000) return ref(ctx, start, end, year.slice(0, 2), "century", "decade");
  return ref(ctx, start, end, year.slice(0, 3), "decade", "decade");
}

/** The century of a two-digit year: the latest one not after the anchor's year (1900s without an anchor). */
export function century(yy: number, anchor: Date | null): number {
  const now = anchor?.getUTCFullYear() ?? 1999;
  const y = Math.floor(now / 100) * 100 + yy;
  return y > now ? y - 100 : y;
}

/** Bare years ("in 2016", "the 2016 election"), spans of years ("2012–13"), decades ("the 1990s"), two-digit ones ("since '82"). */
export const bareYear: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/\d\d|ties\b/.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(RE)) {
    const start = m.index + m[0].length - m[1]!.length - (m[2]?.length ?? 0);
    const end = m.index + m[0].length;
    const before = ctx.sentence.slice(Math.max(0, start - 12), start);
    if (/[$€£]\s*$|\bNo\.\s*$|#\s*$/.test(before)) continue;
    // "At 4:42 local time on Saturday (2024 Friday, UTC)": a clock time in the bracket, not a year.
    if (/\(\s*$/.test(before) && /^[^()]{0,30}\b(?:UTC|GMT)\b/.test(ctx.sentence.slice(end))) continue;
    // "the late 1980's" is a decade; "2010's first quarter", "1990's recession" a year's.
    if (m[2] && m[2] !== "s" && !(m[1]!.endsWith("0") && /\bthe\s+(?:(?:early|late|mid)[\s-]+)?$/i.test(ctx.sentence.slice(0, start)))) {
      out.push(ref(ctx, start, start + 4, m[1]!, "year", "bare-year"));
      continue;
    }
    if (m[2]) out.push(decade(ctx, start, end, m[1]!));
    else out.push(ref(ctx, start, end, m[1]!, "year", "bare-year"));
  }
  // Older decades and centuries ("in the 1700s", "the late 1500s", "1650s Cairo"): only with the "s".
  if (/1[0-7]\d0['’]?s\b/.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(OLD_DECADE)) out.push(decade(ctx, m.index, m.index + m[0].length, m[1]!));
  for (const m of ctx.sentence.matchAll(YEARS)) {
    if (Number(m[2]) <= Number(m[1])) continue;
    out.push(ref(ctx, m.index, m.index + 4, m[1]!, "year", "bare-year"));
  }
  for (const m of ctx.sentence.matchAll(YEAR_SHORT)) {
    const first = Number(m[1]);
    const last = first - (first % 100) + Number(m[2]);
    if (last <= first) continue;
    const r = ref(ctx, m.index, m.index + m[0].length, m[1]!, "year", "bare-year");
    r.rangeEnd = String(last);
    out.push(r);
  }
  if (/ties\b/.test(ctx.sentence))
    for (const m of ctx.sentence.matchAll(WORDS)) {
      const y = century(10 * (TENS.indexOf(m[1]!) + 2), ctx.anchor);
      // The span without "the", as MEANTIME marks "the 70s" ("70s").
      const start = m.index + (m[0].match(/^the\s+/i)?.[0].length ?? 0);
      out.push(ref(ctx, start, m.index + m[0].length, String(y).slice(0, 3), "decade", "decade"));
    }
  if (!/['’]\d\d|\d0['’]?s\b/.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(SHORT)) {
    const apostrophe = /^['’]/.test(m[0]);
    const yy = Number(m[1]);
    // A decade ends in 0 ("80s"); a year needs its apostrophe ("'82"): bare "82" is a number.
    if (m[2] ? yy % 10 !== 0 : !apostrophe) continue;
    const before = ctx.sentence.slice(0, m.index);
    if (/\b(?:their|his|her|its|my|our|your|high|low|mid|upper|lower)\s+$/i.test(before)) continue;
    // Bare decades only as "the 70s", "the early 80s" or in a list of them ("the 70s and 80s"); never temperatures or shares.
    if (m[2] && !apostrophe && !/\bthe\s+(?:(?:early|late|mid)[\s-]+)?$|['’]?\d0['’]?s\s+(?:and|or|to)\s+$/i.test(before)) continue;
    if (/^\s*(?:degrees|°|percent|%|mph|km)/i.test(ctx.sentence.slice(m.index + m[0].length))) continue;
    const y = century(yy, ctx.anchor);
    const end = m.index + m[0].length;
    if (m[2]) out.push(ref(ctx, m.index, end, String(y).slice(0, 3), "decade", "decade"));
    else out.push(ref(ctx, m.index, end, String(y), "year", "bare-year"));
  }
  return out;
};
