import type { TimeRef } from "../../../model/index.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";

/** Offsets of common zone abbreviations from UTC, in hours. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  IST: 5.5,
  CST: -6,
  CDT: -5,
  EST: -5,
  EDT: -4,
  ET: -5,
  PST: -8,
  PDT: -7,
  PT: -8,
  MST: -7,
  MDT: -6,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
};
const ZONE = Object.keys(ZONES).join("|");
/** "Today at 10:30 BST": the day word's offset from the anchor. */
const DAY_WORD: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/**
 * "18:00 UTC", "0800 GMT", "10:30 a.m.", "10 a.m. EST", "9:54 a.m. ET (1354 UTC)": a clock time needs
 * minutes after a colon (or a dot before a.m./p.m.: "2.40 PM"), a.m./p.m. or a zone; a UTC time in brackets
 * after a local one is taken instead.
 * One pattern per kind of hour (digits, or the clock words), so the digit one stays fast.
 */
const pattern = (hour: string) =>
  new RegExp(
    `\\b(?:([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\\s+at\\s+|at\\s+)?(?<!\\d[:.])(${hour})(?:(:|\\.(?=\\d\\d\\s*(?:[ap]\\.?m\\b|[AP]\\.?M\\b)))?(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|A\\.M\\.|P\\.M\\.|AM\\b|PM\\b)?(?:\\s*(${ZONE})\\b)?(?:\\s*(?:local time\\s*)?\\((\\d{1,2}):?(\\d{2})\\s*(?:UTC|GMT)\\))?(?![:\\d])`,
    "g",
  );
const RE = pattern("\\d{1,2}");
const WORDS = pattern("noon|midday|midnight");

/** Clock words: "noon", "midday", "midnight" (the start of the day, as chrono reads it). */
const WORD_TIME: Record<string, number> = { noon: 12, midday: 12, midnight: 0 };
const WORD_BEFORE = /\b(?:at|by|until|till|before|after|around|about|from|since|of)\s+$/i;

/** US zone names without standard/daylight ("ET", "PT"): their offset in standard time, an hour more in summer. */
const US_GENERIC = new Set(["ET", "PT"]);

/** The nth (n = -1: last) Sunday of a month (1-12) of a year, as a day of the month. */
function sunday(year: number, month: number, n: number): number {
  if (n < 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  }
  return 1 + ((7 - new Date(Date.UTC(year, month - 1, 1)).getUTCDay()) % 7) + 7 * (n - 1);
}

/** Is US daylight saving time in force on this day (from 2007: second Sunday of March to first of November; before: first of April to last of October)? */
function usSummer(day: Date): boolean {
  const y = day.getUTCFullYear();
  const [from, to] =
    y >= 2007
      ? [Date.UTC(y, 2, sunday(y, 3, 2)), Date.UTC(y, 10, sunday(y, 11, 1))]
      : [Date.UTC(y, 3, sunday(y, 4, 1)), Date.UTC(y, 9, sunday(y, 10, -1))];
  const t = Date.UTC(y, day.getUTCMonth(), day.getUTCDate());
  return t >= from && t < to;
}

/** Minutes since midnight UTC of a local clock time in a zone (may fall outside one day); "ET" follows US summer time. */
function toUtc(h: number, min: number, zone: string, day: Date): number {
  const summer = US_GENERIC.has(zone) && usSummer(day) ? 1 : 0;
  return h * 60 + min - Math.round(((ZONES[zone] ?? 0) + summer) * 60);
}

/** One match of a clock pattern as a time on the anchor's day (or the day word's), or null when it is no clock time. */
function readClock(ctx: TimeContext, anchor: Date, m: RegExpMatchArray & { index: number }): TimeRef | null {
  const [, dayWord, hh, colon, mm, ap = "", zone, uh, um] = m;
  // "at noon", "until midnight local time (0700 UTC)": a clock word after a preposition ("close to midnight" is a figure).
  const word = WORD_TIME[hh!];
  if (word === undefined ? !colon && !ap && !zone : !WORD_BEFORE.test(ctx.sentence.slice(0, m.index + m[0].indexOf(hh!)))) return null;
  let h = word ?? Number(hh);
  const min = Number(mm ?? 0);
  const p = ap.toLowerCase();
  if (p.startsWith("p") && h < 12) h += 12;
  if (p.startsWith("a") && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  let total = h * 60 + min;
  let z = "";
  if (uh !== undefined && um !== undefined) {
    // The bracketed UTC time fixes the zone: its offset from the local time (UTC-12 … UTC+14) moves the day.
    let offset = total - (Number(uh) * 60 + Number(um));
    if (offset > 840) offset -= 1440;
    if (offset < -720) offset += 1440;
    total -= offset;
    z = "Z";
  } else if (zone) {
    total = toUtc(h, min, zone, anchor);
    z = "Z";
  }
  const shift = Math.floor(total / 1440) + (dayWord ? DAY_WORD[dayWord.toLowerCase()]! : 0);
  const t = ((total % 1440) + 1440) % 1440;
  let start = m.index;
  if (!dayWord && /^at\s/i.test(m[0])) start += m[0].match(/^at\s+/i)?.[0].length ?? 0;
  const end = m.index + m[0].trimEnd().length;
  const d = new Date(anchor.getTime() + shift * 86400000).toISOString().slice(0, 10);
  const value = `${d}T${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}${z}`;
  // "Today at 10:30" carries its own day; a bare clock time takes the day named next to it (times/index.ts).
  return ref(ctx, start, end, value, "minute", dayWord ? "clock-day" : "clock");
}

/**
 * Clock times: minute precision on the day of the anchor; the attach refiner moves them to a date named in
 * the same sentence. A named zone is converted to UTC and marked Z (the day may move).
 */
export const clock: TimeRule = (ctx) => {
  const s = ctx.sentence;
  const digits = /\d/.test(s);
  const words = s.includes("noon") || (s.includes("mid") && /mid(?:day|night)/.test(s));
  if (!ctx.anchor || (!digits && !words)) return [];
  const out: TimeRef[] = [];
  for (const m of digits ? s.matchAll(RE) : []) {
    const r = readClock(ctx, ctx.anchor, m);
    if (r) out.push(r);
  }
  for (const m of words ? s.matchAll(WORDS) : []) {
    const r = readClock(ctx, ctx.anchor, m);
    if (r) out.push(r);
  }
  return out;
};
