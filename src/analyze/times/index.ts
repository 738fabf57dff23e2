/** Times: every date expression resolved against the anchor (dateline date, else publication date). */
import type { Sentence, TimeRef } from "../../model/index.js";
import { addDays, isoDay, parseDay } from "./dates.js";
import { linkRanges } from "./ranges.js";
import { ago } from "./rules/ago.js";
import { bareYear } from "./rules/bare-year.js";
import { century } from "./rules/century.js";
import { chronoDates } from "./rules/chrono.js";
import { clock } from "./rules/clock.js";
import { counted, shifted, shiftOf } from "./rules/counted.js";
import { duration } from "./rules/duration.js";
import { fiscalYear } from "./rules/fiscal-year.js";
import { holiday } from "./rules/holiday.js";
import { ordinalDay } from "./rules/ordinal-day.js";
import { periodPart } from "./rules/period-part.js";
import { quarter } from "./rules/quarter.js";
import { dayRange } from "./rules/range.js";
import { referenceWords } from "./rules/reference-words.js";
import { relativePeriod } from "./rules/relative-period.js";
import { sameDay } from "./rules/same-day.js";
import { samePeriod } from "./rules/same-period.js";
import { season } from "./rules/season.js";
import { streak } from "./rules/streak.js";
import { periodOf, thatPeriod } from "./rules/that-period.js";
import { weekOf } from "./rules/week-of.js";
import { weekday } from "./rules/weekday.js";
import { isFuture } from "./tense.js";
import type { TimeContext, TimeRule } from "./types.js";

/** The rules in priority order: on equal spans the earlier rule wins; longer spans always win. */
export const TIME_RULES: TimeRule[] = [
  weekday,
  dayRange,
  holiday,
  weekOf,
  relativePeriod,
  periodPart,
  thatPeriod,
  samePeriod,
  streak,
  ago,
  counted,
  duration,
  quarter,
  season,
  chronoDates,
  ordinalDay,
  clock,
  sameDay,
  bareYear,
  century,
  fiscalYear,
  referenceWords,
];

/** Cheap test so that chrono only runs on sentences that can hold a date. */
const MAYBE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|noon|midday|midnight|morning|evening|night|afternoon|week|month|year|quarter|half|day|spring|summer|autumn|fall|winter|now|current|present|recent|previous|past|future|soon|formerly|term|being|decade|century|hour|later|lately|moment|these|ahead|run|christmas|easter|halloween|thanksgiving|eve|era\b|session|once|histor|forward|due course|shortly|before long|this time|that time|the time|to date|earlier|period|(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b)|\d/i;

/**
 * A clock time without a date of its own takes the day named in the same sentence ("Tuesday … at 18:00 UTC"),
 * keeping the day its zone conversion moved it by ("8:30 p.m. (0030 UTC)" is the next day in UTC).
 */
function attachClock(text: string, times: TimeRef[], anchor: Date, before: TimeRef | undefined): void {
  // Not a day that bounds a span back ("the first time below 4,000 points since July 3, 2002 -- … at 1045 GMT").
  const days = times.filter(
    (t) =>
      t.precision === "day" &&
      /^\d{4}-\d\d-\d\d$/.test(t.value ?? "") &&
      !/\b(?:since|until|till)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)),
  );
  if (!days.length && !before) return;
  for (const t of times) {
    if (t.method !== "clock" || !t.value) continue;
    // The day nearest the clock time ("on Tuesday at 18:00", "at 9 a.m. on 3 May"), not the first in the sentence;
    // with no day in the sentence, the day the last sentences named ("… on Friday. The first attack was at about 13:40").
    const gap = (d: TimeRef) => (d.end <= t.start ? t.start - d.end : d.start - t.end);
    const day = days.length ? days.reduce((best, d) => (gap(d) < gap(best) ? d : best)) : before;
    if (!day?.value) continue;
    const shift = Math.round((parseDay(t.value).getTime() - anchor.getTime()) / 86400000);
    t.value = isoDay(addDays(parseDay(day.value), shift)) + t.value.slice(10);
    if (!days.length) t.method = "clock-context";
  }
}

/**
 * The day (day precision) the story named last in the few sentences before `at`, outside quotations, and not
 * a day after the anchor (a court date ahead is not when the told act happened).
 */
function dayBefore(text: string, out: TimeRef[], at: number, anchor: Date): TimeRef | undefined {
  const latest = isoDay(anchor);
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i]!;
    if (x.start < at - 400) return undefined;
    if (x.precision === "day" && /^\d{4}-\d\d-\d\d$/.test(x.value ?? "") && x.value! <= latest && !inQuote(text, x.start)) return x;
  }
  return undefined;
}

/** Words that make "a year earlier" the other side of a comparison ("up 5% from a year earlier", "compared with a year before"). */
const COMPARED = /\b(?:from|than|compared\s+(?:with|to)|over|versus|vs\.?|against)\s+$/i;

/** Is the offset inside a quotation in its paragraph (an odd number of straight quotes, or an open curly one)? */
function inQuote(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf("\n", at) + 1, at);
  const straight = para.split('"').length - 1;
  const open = para.split("\u201c").length - para.split("\u201d").length;
  return straight % 2 === 1 || open > 0;
}

/**
 * A bare month listed with the month before it ("through July or August", "in May and June") is in that month's
 * year (the next year when it comes earlier in the calendar: "December or January"), whatever its own clause's tense
 * would have said; one before a month with its year ("between September and October of 2007") is in that year.
 */
function sameYearAsSibling(text: string, taken: TimeRef[]): void {
  // "between September and October of 2007": a bare month before a month with its year takes that year.
  for (let i = taken.length - 2; i >= 0; i--) {
    const t = taken[i]!;
    const x = taken[i + 1]!;
    if (t.method !== "chrono" || t.precision !== "month" || /\d/.test(t.text) || !/^\d{4}-\d\d$/.test(t.value ?? "")) continue;
    if (!/^\d{4}-\d\d$/.test(x.value ?? "") || !/(?:19|20)\d\d/.test(x.text)) continue;
    if (!/^\s*(?:and|or|to|through|until|till|-|–|—)\s*$/.test(text.slice(t.end, x.start))) continue;
    const year = Number(x.value!.slice(0, 4)) - (t.value!.slice(5) > x.value!.slice(5) ? 1 : 0);
    t.value = `${year}${t.value!.slice(4)}`;
  }
  for (let i = 1; i < taken.length; i++) {
    const t = taken[i]!;
    const x = taken[i - 1]!;
    if (t.method !== "chrono" || t.precision !== "month" || /\d/.test(t.text) || !/^\d{4}-\d\d$/.test(t.value ?? "")) continue;
    if (!/^\d{4}-\d\d$/.test(x.value ?? "") || !/^\s*(?:,|and|or|,\s*or|,\s*and)\s*$/.test(text.slice(x.end, t.start))) continue;
    const year = Number(x.value!.slice(0, 4)) + (t.value!.slice(5) < x.value!.slice(5) ? 1 : 0);
    t.value = `${year}${t.value!.slice(4)}`;
  }
}

export function findTimes(text: string, sentences: Sentence[], anchor: string | null): TimeRef[] {
  const day = anchor ? parseDay(anchor) : null;
  const a = day && !Number.isNaN(day.getTime()) ? day : null;
  const out: TimeRef[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!MAYBE.test(sentence)) continue;
    const ctx: TimeContext = { text, sentence, offset: s.start, anchor: a };
    const cands: { r: TimeRef; p: number }[] = [];
    TIME_RULES.forEach((rule, p) => {
      for (const r of rule(ctx)) cands.push({ r, p });
    });
    cands.sort((x, y) => y.r.end - y.r.start - (x.r.end - x.r.start) || x.p - y.p);
    const taken: TimeRef[] = [];
    for (const { r } of cands) if (!taken.some((t) => t.start < r.end && r.start < t.end)) taken.push(r);
    taken.sort((x, y) => x.start - y.start);
    if (a) attachClock(text, taken, a, dayBefore(text, out, s.start, a));
    for (const t of taken) {
      if (t.method === "day-after" || t.method === "day-before") {
        // The day the story last named (this sentence first), one day on or back; else the anchor's neighbour.
        const named = [...out, ...taken.filter((x) => x.start < t.start)]
          .reverse()
          .filter((x) => x.method !== t.method && !inQuote(text, x.start));
        const last = named.find((x) => /^\d{4}-\d\d-\d\d$/.test(x.value ?? ""));
        if (last?.value) t.value = isoDay(addDays(parseDay(last.value), t.method === "day-after" ? 1 : -1));
        else {
          // No day named yet, only a month ("October started with … The next day, …"): within that month.
          const month = named.find((x) => /^\d{4}-\d\d$/.test(x.value ?? ""));
          if (month?.value) Object.assign(t, { value: month.value, precision: "month" });
        }
        continue;
      }
      if (t.method === "election-day") {
        // The day last named as an election's ("the presidential election to be held on August 9").
        const named = [...out, ...taken.filter((x) => x.start < t.start)]
          .reverse()
          .find(
            (x) =>
              /^\d{4}-\d\d-\d\d$/.test(x.value ?? "") &&
              !inQuote(text, x.start) &&
              /\b(?:elections?|polls?|vote|voting|ballot|referendum)\b[^.;]*$/i.test(text.slice(Math.max(0, x.start - 80), x.start)),
          );
        t.value = named?.value ?? null;
        continue;
      }
      if (t.method === "day-part") {
        // "died in the morning": the day named in the last few sentences (not in a quotation), else no date.
        const day = [...out, ...taken.filter((x) => x.start < t.start)]
          .reverse()
          .find(
            (x) => x.start > t.start - 500 && /^\d{4}-\d\d-\d\d/.test(x.value ?? "") && x.method !== "day-part" && !inQuote(text, x.start),
          );
        t.value = day?.value?.slice(0, 10) ?? null;
        continue;
      }
      if (t.method !== "same-day") continue;
      // "that day" continues the story's last day, not a day someone named in a quotation; in a clause that is
      // not about the future, not a day still ahead of the anchor ("killing eight people on the same day" after
      // "until his next court appearance on April 5" is the day of the shooting).
      const past = a && !isFuture(sentence, t.start - s.start, t.end - s.start) ? isoDay(a) : null;
      const last = [...out, ...taken.filter((x) => x.start < t.start)]
        .reverse()
        .find(
          (x) =>
            /^\d{4}-\d\d-\d\d$/.test(x.value ?? "") &&
            !x.method?.startsWith("same") &&
            !inQuote(text, x.start) &&
            !(past && x.value! > past),
        );
      if (last?.value) t.value = last.value;
    }
    for (const t of taken) {
      if (t.method !== "later-than") continue;
      // "arrives on November 11, three days later than originally planned": the date it stands beside.
      const beside = taken.find((x) => x.end <= t.start && /^\s*,\s*$/.test(text.slice(x.end, t.start)));
      if (beside?.value && /^\d{4}-/.test(beside.value) && beside.precision !== "duration") {
        t.value = beside.value;
        t.precision = beside.precision;
      }
    }
    for (const t of taken) {
      if (t.method !== "counted" && t.method !== "that-period") continue;
      // "A decade later, in 2008", "Exactly a year later on August 10": the date that follows says when.
      const told =
        t.method === "counted"
          ? taken.find((x) => x.start >= t.end && /^\s*,?\s*(?:on|in|at(?:\s+the)?|by)\s+$/i.test(text.slice(t.end, x.start)))
          : undefined;
      if (told?.value && /^\d{4}(?:-\d\d)?(?:-\d\d)?$/.test(told.value)) {
        const size = t.precision === "year" ? 4 : t.precision === "month" ? 7 : 10;
        if (told.value.length >= size) {
          t.value = told.value.slice(0, size);
          continue;
        }
      }
      // "Four years later", "that year": from the calendar date the story named last (not in a quotation).
      const shift = t.method === "counted" ? shiftOf(t.text) : null;
      const unit = t.text.match(/(week|month|year|time)$/i)?.[1]?.toLowerCase() ?? "";
      // A comparison ("a 32% drop in US sales from a year earlier"): the month or quarter the figures are for
      // (named just before, as for "the same month a year ago"), not a "previous year" named in between.
      const compared =
        shift?.unit === "year" && COMPARED.test(text.slice(Math.max(0, t.start - 30), t.start))
          ? [...out, ...taken.filter((x) => x.start < t.start)]
              .reverse()
              .find(
                (x) =>
                  x.start > t.start - 400 &&
                  (x.precision === "month" || x.precision === "quarter") &&
                  /^\d{4}-/.test(x.value ?? "") &&
                  x.method !== "same-period" &&
                  x.method !== "counted" &&
                  !inQuote(text, x.start),
              )
          : undefined;
      if (shift && compared?.value) {
        const moved = shifted(compared.value, shift);
        if (moved) {
          Object.assign(t, moved);
          continue;
        }
      }
      for (const x of [...out, ...taken.filter((x) => x.start < t.start)].reverse()) {
        if (unit === "time" && x.start < t.start - 300) break;
        if (!/^\d{4}(?:-|$)/.test(x.value ?? "") || inQuote(text, x.start)) continue;
        // "at the time" looks back: not "the upcoming 2020 race" named before it in a 2019 story.
        if (unit === "time" && /^the\b/i.test(t.text) && a && x.value!.slice(0, 10) > isoDay(a)) continue;
        // "Two days later" after "in October" (no day named since): within that month, not days from the anchor.
        const coarse = shift && (shift.unit === "day" || shift.unit === "week") && /^\d{4}-\d\d$/.test(x.value!);
        const moved = coarse ? { value: x.value!, precision: "month" as const } : shift ? shifted(x.value!, shift) : null;
        const period = shift ? null : periodOf(x.value!, unit);
        if (moved) Object.assign(t, moved);
        else if (period) t.value = period;
        else continue;
        // "at the time" after "by 20:21": the day, not the minute.
        if (unit === "time") t.precision = x.value!.includes("T") ? "day" : x.precision;
        break;
      }
    }
    for (const t of taken) {
      if (t.method !== "same-period" || !t.value) continue;
      // The month or quarter named last before it, in this sentence or just before.
      const named = [...out, ...taken.filter((x) => x.start < t.start)]
        .reverse()
        .find((x) => (x.precision === "month" || x.precision === "quarter") && x.start > t.start - 400 && /^\d{4}-/.test(x.value ?? ""));
      if (named?.value) {
        t.value = `${Number(named.value.slice(0, 4)) - 1}${named.value.slice(4)}`;
        t.precision = named.precision;
      }
    }
    sameYearAsSibling(text, taken);
    linkRanges(text, taken);
    // An unresolved "that time" or "in the morning" (no date named just before it) says nothing.
    out.push(
      ...taken.filter((t) => t.value !== null || (t.method !== "that-period" && t.method !== "day-part" && t.method !== "election-day")),
    );
  }
  return out;
}
