import * as chrono from "chrono-node";
import type { TimeRef } from "../../../model/index.js";
import { addDays, isoDay } from "../dates.js";
import { isFuture } from "../tense.js";
import { ref, type TimeContext, type TimeRule } from "../types.js";
import { DAY_RANGE } from "./range.js";
import { weekdayDelta } from "./weekday.js";

const casual = chrono.casual.clone();

/**
 * What each of chrono's casual parsers cannot match without (its pattern, case-insensitive, holds these words or
 * digits): a sentence runs only the parsers it can feed. A parser that finds nothing adds nothing to chrono's
 * results, so the results are the same; most sentences here hold a month or a weekday and no clock, slash or
 * "ago", and half of the parsers' patterns are then tried at every position for nothing. A parser not named here
 * always runs.
 */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: /[0-9]{4}[-./\s]/,
  ISOFormatParser: /[0-9]{4}-[0-9]/,
  SlashDateFormatParser: /[0-9][/.-][0-9]/,
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  ENSlashMonthFormatParser: /[0-9]\/[0-9]{4}/,
  ENTimeExpressionParser: /[0-9]/,
  ENTimeUnitAgoFormatParser: /ago|before|earlier/i,
  ENTimeUnitLaterFormatParser: /later|after|from now|henceforth|forward|out/i,
  ENYearMonthNameParser: MONTH_WORD,
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
  ENCasualTimeParser: /morning|afternoon|evening|night|midnight|midday|noon/i,
  ENEndOfCurrentMonthParser: /month/i,
  ENMonthNameParser: MONTH_WORD,
  ENRelativeDateFormatParser: /this|last|past|next|after/i,
  ENTimeUnitCasualRelativeFormatParser: /this|last|past|next|after|\+|-/i,
};
const PARSERS = casual.parsers.map((p) => ({
  parser: p,
  needs: Object.hasOwn(NEEDS, p.constructor.name) ? NEEDS[p.constructor.name] : undefined,
}));
/** chrono with only some of the casual parsers (in their order) and all its refiners, by the bit mask of the parsers kept. */
const bySubset = new Map<number, chrono.Chrono>();

/** chrono's casual parse of the text, running only the parsers that can match something in it (see NEEDS). */
export function chronoParse(text: string, instant: Date): chrono.ParsedResult[] {
  let mask = 0;
  for (let k = 0; k < PARSERS.length; k++) if (PARSERS[k]!.needs?.test(text) !== false) mask |= 1 << k;
  let parser = bySubset.get(mask);
  if (!parser) {
    parser = new chrono.Chrono({ parsers: PARSERS.filter((_, k) => mask & (1 << k)).map((p) => p.parser), refiners: casual.refiners });
    bySubset.set(mask, parser);
  }
  return parser.parse(text, { instant, timezone: 0 }, { forwardDate: false });
}
// Expressions other rules own (weekdays, periods, present/past references) or that are not times.
const SKIP =
  /^(?:(?:on|since|by|until|from|last|next|this|past|coming|early|late)\s+)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?$|^(?:(?:earlier|later)\s+)?(?:last|this|next|past|the\s+same|coming)\s+(?:week|month|year|weekend|quarter)$|^now$|^(?:a|one|the)$|^(?:the\s+)?weekend$|^(?:may|march)$|^(?:sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)\.?\)?$/i;
/** A past verb near the date; participles of plans ("scheduled", "expected") are not past events. */
const PAST_VERB =
  /\b(?:[Ww]as|[Ww]ere|had|did|said|announced|reported|took place|held|died|left|fell|rose|grew|lost|won(?!['’]t)|began|ran|saw|shot|kept|felt|stood|knew|thought|sought|built|became|came|went|took|gave|made|met|sold|bought|told|spoke|wrote|led|fled|flew|sank|fought|paid|struck|brought|sent|spent|caught|drew|threw|broke|chose|stole|froze|withdrew|(?!(?:schedul|plann|expect|slat|propos|intend|aim)ed\b|[a-z]*eed\b)[a-z]{3,}ed)\b/;
/** Words that put a clause ahead, anywhere before the date ("will", "plans to", "is expected to"). */
const FUTURE_CUE =
  /\b(?:will|won['’]t|would|shall|going\s+to|plans?|planned|expect(?:s|ed)?|scheduled|due|set\s+to|is\s+to|are\s+to|to\s+be)\b|'ll\b/i;
/** "until October 14" is an end still ahead, unless the clause is in the past perfect ("had been closed until"). */
const UNTIL = /\b(?:until|till|through)\s+$/i;
/**
 * "extended the city lockdown to May 1", "had extended its stay-at-home order until May 1", "postponed the vote
 * to June 3": the new end or date lies after the act, whatever the tense.
 */
const MOVED_TO =
  /\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|postpone(?:s|d)?|reschedule(?:s|d)?|delay(?:s|ed)?|pushed back|moved)\b[^.;,]{0,60}\b(?:to|until|till|through)\s+$/i;

/**
 * A plan told in the past ("was expected to end on December 15", "had been scheduled for March 3"): the date
 * may lie on either side of the anchor, so the nearest one is meant.
 */
const PLAN_IN_PAST =
  /\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|previously\s+|first\s+)?(?:expected|scheduled|slated|set|due|planned|supposed|meant|to)\b[^.;:]{0,50}$/i;

/** The words around [start, end) inside the quotation that holds it in the sentence (up to 60/40 characters), if any. */
function quoted(sentence: string, start: number, end: number): string | null {
  const open = Math.max(sentence.lastIndexOf('"', start), sentence.lastIndexOf("\u201c", start));
  if (open < 0 || (sentence.slice(0, start).match(/["\u201c\u201d]/g)?.length ?? 0) % 2 === 0) return null;
  const close = sentence.slice(end).search(/["\u201d]/);
  if (close < 0) return null;
  return sentence.slice(Math.max(open + 1, start - 60), Math.min(end + close, end + 40));
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A local clock time on a day; with a zone offset (minutes east of UTC) it becomes UTC, marked Z. */
function clockValue(y: number, mo: number, d: number, h: number, min: number, offset: number | null): string {
  if (offset === null) return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(min)}`;
  return `${new Date(Date.UTC(y, mo - 1, d, h, min) - offset * 60000).toISOString().slice(0, 16)}Z`;
}

/**
 * Absolute and relative dates via chrono-node (casual English, never forwardDate), with news rules: a
 * month/day without a year that chrono puts on the wrong side of the anchor is moved by a year when the
 * sentence's tense says so ("was held on June 3" in a March story is last June).
 */
/**
 * chrono-node only runs where it can find something (it is the slow part of the time stage). Month and
 * weekday names count when capitalised, as English writes them ("may" and "march" are mostly verbs).
 */
const WORTH =
  /\b(?:J(?:an(?:uary)?|AN(?:UARY)?)|F(?:eb(?:ruary)?|EB(?:RUARY)?)|M(?:ar(?:ch)?|AR(?:CH)?|ay|AY)|A(?:pr(?:il)?|PR(?:IL)?|ug(?:ust)?|UG(?:UST)?)|J(?:une?|UNE?|uly?|ULY?)|S(?:ep(?:t(?:ember)?)?|EP(?:T(?:EMBER)?)?)|O(?:ct(?:ober)?|CT(?:OBER)?)|N(?:ov(?:ember)?|OV(?:EMBER)?)|D(?:ec(?:ember)?|EC(?:EMBER)?))\b|\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|ago|noon|midnight|[Tt]his (?:morning|afternoon|evening))\b|\d:\d\d|\b\d{1,2}\/\d{1,2}\b|\b\d{4}-\d\d-\d\d\b/;

/**
 * chrono reads "May" only after "in" ("expected in late May", "until May"): the modifier is read as "in"
 * (not before a verb or "'s": "by May's government", "after May said" are Theresa May).
 */
const MAY_LEAD =
  /\b(?:early|late|mid|until|till|since|before|after|through|throughout|around|into|as|by|(?:half|end|beginning|start|middle|rest|month)\s+of)(\s+)(?=May\b(?!['’]s|\s+(?:said|says|has|had|was|is|will|would|told)\b))/g;

export const chronoDates: TimeRule = (ctx: TimeContext) => {
  const out: TimeRef[] = [];
  if (!WORTH.test(ctx.sentence)) return out;
  const instant = ctx.anchor ?? new Date(Date.UTC(2000, 0, 1, 12));
  // Decades ("the 1990s") are the bare-year rule's; chrono would read them as clock times.
  // Dashes end a phrase: "on 11 December -- four years behind schedule", "until October - two years late".
  // "the morning of October 10" is that day: chrono reads the part of the day and drops the date.
  // "mid-March" is March (chrono reads no month after the hyphen).
  let masked = ctx.sentence
    .replace(/\b(?:1[89]|20)\d0s\b|\b(?:morning|afternoon|evening|night)\s+of\s+(?=[A-Z0-9])|\b[Mm]id-(?=[A-Z])/g, (m) =>
      " ".repeat(m.length),
    )
    .replace(/--/g, "; ")
    // "on February 1 Amazon said": chrono takes "1 Am" for a clock time and then drops the date.
    .replace(/(\d) (?=[AaPp]m[a-z])/g, "$1,")
    // A count after a date is no clock hour or year: "on October 15, 2007, 18 months behind schedule", "As of late
    // Tuesday, 20 bodies had been recovered", "On June 5, 12 people died" (chrono reads 18:00, 20:00, 2012).
    .replace(/,(?=\s+\d{1,2}\s+(?![AaPp]\.?[Mm]\b|o'clock\b)[a-z])/g, ";")
    .replace(
      /\b((?:1[89]|20)\d\d)\s(?=\s*\d{1,2}\b(?![:.]\d|\s*(?:[AaPp]\.?[Mm]\b|o'clock|GMT|UTC)))/g,
      (m, y: string) => `${y};${" ".repeat(m.length - y.length - 1)}`,
    )
    // "rose US $5.41 yesterday", "€3.20 on Monday": an amount of money is no clock time.
    .replace(/[$€£]\s?\d+(?:[.,]\d+)*/g, (m) => " ".repeat(m.length))
    // "to see the midnight sun": the star, not Sunday (chrono reads weekday abbreviations in any case).
    .replace(/\bsun\b/g, "   ")
    // "from October [2018] to March [2019]", "on June 27 [2019]": the year an editor added in brackets is the date's.
    .replace(/(?<=[a-z]\s+(?:\d{1,2}\s+)?)\[((?:19|20)\d\d)\]/g, " $1 ")
    // "treatment for COVID-19 on July 1", "filed for Chapter 11 on June 1": a number in a name is no clock hour.
    .replace(
      /(?<=[A-Za-z]-|\b(?:Chapter|Category|Stage|Phase|Level|Game|Round|Flight|Apollo|Article|Section|Title|Amendment|Proposition|Route|Highway|Interstate|Gate|Terminal|Platform|Room|Unit|Reactor|Block|Windows|Channel|Version|Episode|Volume|Model|Mark|Type|Class|Division|Ward|District|Precinct|Track|Lane|Pier|Camp|Group|Team|Squad|Grade|Form|Year|Week|Day|No\.)\s)\d{1,2}\b(?![:.]\d)/g,
      (m) => " ".repeat(m.length),
    );
  if (masked.includes(" - ") || masked.includes("–") || masked.includes("—"))
    masked = masked.replace(/\s[-–—](?=\s+[a-z])/g, (m) => `${m[0]};`);
  if (masked.includes("May")) masked = masked.replace(MAY_LEAD, (m, sp: string) => `in${" ".repeat(m.length - 2 - sp.length)}${sp}`);
  for (const r of chronoParse(masked, instant)) {
    let text = r.text.replace(/(?:[\s,;:]+|\s+of)+$/, "");
    let start = r.index;
    const lead = text.match(/^(?:on|in|at|by|from|since|until|during)\s+/i);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // "May"/"March" alone are months only after a preposition or modifier ("in March", "by May", "last March", "as early as March").
    // So are a capitalised "March"/"May" after "throughout", "around", "into", "between" ("crashed throughout March"),
    // and one paired with another month ("from January to March", "July or May").
    const prep =
      lead ||
      /\b(?:in|on|by|since|until|from|during|of|before|after|through|early|late|mid|last|this|next|past|as)\s+$|\bmid-$/i.test(
        ctx.sentence.slice(0, start),
      ) ||
      (/^[A-Z]/.test(text) &&
        /\b(?:throughout|around|into|between)\s+$|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:and|or|to)\s+$/.test(
          ctx.sentence.slice(0, start),
        ));
    if (SKIP.test(text) && !(prep && /^(?:may|march)$/i.test(text))) continue;
    if (/^\d{1,2}$/.test(text)) continue;
    // A fraction is no date: "2 1/2 years behind schedule", "1/2 cup".
    if (
      /^\d\/\d{1,2}$/.test(text) &&
      (/\d\s+$/.test(ctx.sentence.slice(0, start)) ||
        /^\s*(?:of\s+)?(?:an?\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|miles?|inch(?:es)?|cups?|pounds?|percent|points?|teaspoons?|tablespoons?)\b/i.test(
          ctx.sentence.slice(start + text.length),
        ))
    )
      continue;
    // "operating 24/7" (round the clock), "COVID-19, may spread" (the verb): no dates.
    if (/^24\/7$/.test(text) || /\b(?:may|march)$/.test(text)) continue;
    // "today's world", "today's GM": the present in general (the reference-word rule's PRESENT_REF).
    if (
      /^today$/i.test(text) &&
      /^['’]s\s+(?:[A-Z]|(?:world|society|economy|markets?|generation|youth|standards|terms|dollars|money|prices|technology|culture)\b)/.test(
        masked.slice(start + text.length),
      )
    )
      continue;
    // "USA Today", "the Today programme": a capitalised "Today" inside a name is no date.
    if (text === "Today" && /(?:\b[A-Z][\w.&]*|\bthe)\s+$/.test(ctx.sentence.slice(0, start))) continue;
    // "a few days later", "several weeks earlier": counted from an event the text does not date (chrono counts from the anchor).
    // So are "six minutes later", "two hours earlier" (chrono counts from the anchor's noon).
    if (
      /\b(?:few|several|some|many|couple\s+of)\s+(?:minute|hour|day|week|month|year|decade)s?\s+(?:later|earlier|after|before)$/i.test(
        text,
      ) ||
      /\b(?:second|minute|hour)s?\s+(?:later|earlier|after|before)$/i.test(text)
    )
      continue;
    // "a year on K2-18b lasts 33 Earth days": chrono reads "last s(econd)".
    if (/^lasts$/i.test(text)) continue;
    // Day ranges ("17-18 May 2008") are the range rule's: chrono gives one end or none.
    if (DAY_RANGE.test(masked.slice(r.index, r.index + r.text.length + 12))) continue;
    // "for twelve years" is a length (the duration rule's), not a date twelve years ahead; so is "two weeks
    // before the deadline" (counted from an event, not from the anchor); "the week" alone is no date.
    if (/^(?:for|within|over)\s/i.test(r.text)) continue;
    // "After two days of high-level negotiations": counted from an event, not two days after the anchor.
    if (/^after\s+(?:\w+\s+)?(?:minute|hour|day|week|month|year)s?$/i.test(text)) continue;
    // Counted dates ("around 20 years ago") are the ago rule's: chrono misreads some of them.
    if (/\b(?:day|week|month|year|decade)s?\s+ago$/i.test(text)) continue;
    if (/\b(?:minute|hour|day|week|month|year)s?\s+(?:before|after)$/i.test(text) || /^the\s+(?:week|month|year|day)$/i.test(text))
      continue;
    const s = r.start;
    // Without an anchor only dates that carry their own year can be resolved.
    if (!ctx.anchor && !/\b\d{4}\b/.test(text)) continue;
    // A bare clock time is the clock rule's (it takes the day named in the sentence); "this morning" is a day.
    const partOfDay = /^(?:(?:early|late)\s+)?this\s+(?:morning|afternoon|evening)$/i.test(text);
    if (s.isCertain("hour") && !s.isCertain("day") && !s.isCertain("weekday") && !s.isCertain("month") && !partOfDay) continue;
    let y = s.get("year") ?? 0;
    let mo = s.get("month") ?? 1;
    let d = s.get("day") ?? 1;
    // "the 9/11 attacks", "the September 11th terrorist attacks": the day in 2001, whatever the anchor.
    const nineEleven =
      !s.isCertain("year") &&
      mo === 9 &&
      d === 11 &&
      /^\W*(?:terror\w*\s+)?(?:attacks?|hijack\w*)\b/i.test(ctx.sentence.slice(start + text.length));
    if (nineEleven) y = 2001;
    // The closing bracket of an editor's year ("June 27 [2019]") belongs to the date.
    const end =
      start +
      text.length +
      (/\[\d{4}$/.test(ctx.sentence.slice(start, start + text.length)) && ctx.sentence[start + text.length] === "]" ? 1 : 0);
    if (ctx.anchor && s.isCertain("weekday") && !s.isCertain("day")) {
      // "Friday at 10 a.m.": chrono picks the weekday of the reference week; news weekdays lean to the past.
      const mod = (text.match(/^(last|next|this|coming|past)\b/i)?.[1] ?? "").toLowerCase();
      const future = mod === "next" || mod === "coming" || (mod !== "last" && isFuture(ctx.sentence, start, end));
      const day = addDays(ctx.anchor, weekdayDelta(ctx.anchor.getUTCDay(), s.get("weekday") ?? 0, mod, future));
      y = day.getUTCFullYear();
      mo = day.getUTCMonth() + 1;
      d = day.getUTCDate();
    }
    // "Tuesday, January 21" without a year: the year (next to the anchor's) in which that day is that weekday.
    let weekdayYear = false;
    if (ctx.anchor && !nineEleven && !s.isCertain("year") && s.isCertain("weekday") && s.isCertain("day") && s.isCertain("month")) {
      const base = ctx.anchor.getUTCFullYear();
      const fit = [base, base - 1, base + 1].find((yy) => new Date(Date.UTC(yy, mo - 1, d)).getUTCDay() === s.get("weekday"));
      if (fit !== undefined) {
        y = fit;
        weekdayYear = true;
      }
    }
    if (
      !nineEleven &&
      !weekdayYear &&
      !s.isCertain("year") &&
      s.isCertain("month") &&
      ctx.anchor &&
      !/\b(?:ago|yesterday|today|tomorrow|tonight)\b/i.test(text)
    ) {
      const day = `${y}-${pad(mo)}-${pad(s.isCertain("day") ? d : 1)}`;
      const anchor = isoDay(ctx.anchor);
      const future = isFuture(ctx.sentence, start, end);
      // Inside a quotation only the quoted words tell the tense ("'… for American voters in November,' Jorgensen argued").
      const around =
        quoted(ctx.sentence, start, end) ?? ctx.sentence.slice(Math.max(0, start - 60), Math.min(ctx.sentence.length, end + 40));
      // A bound: "until May 1" (chrono's match may hold the "until"), "extended the lockdown to May 1".
      const before = ctx.sentence.slice(0, start);
      const lead = /^(?:until|till|through)\s+/i.exec(r.text)?.[0] ?? "";
      const until = ((UNTIL.test(before) || lead !== "") && !/\bhad\b[^,;]*$/.test(before)) || MOVED_TO.test(before + lead);
      // "since late November" reaches back: the last one before the anchor, whatever the verb.
      // So do "Last April, the State Department designated …" and "heard about it back in February" (chrono takes
      // the nearest one, which may lie ahead of the anchor).
      const since =
        /\b(?:since|last|this\s+past|back\s+in)\s+(?:(?:early|late|mid)[-\s]+)?$/i.test(ctx.sentence.slice(0, start)) ||
        /^since\b/i.test(r.text);
      // A past-tense day later in the anchor's own month is that month (the story was dated before its last
      // update: "As of March 31, … had died" in a story dated March 30), not the year before.
      const sameMonth = day.slice(0, 7) === anchor.slice(0, 7);
      // With no verb at all ("After February 18." answering "When did it start?"), a day more than three months
      // ahead leans to the past like the rest of a news story.
      const verbless =
        !/\b[a-z]{2,}(?:ed|s)\b|\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|may|might|must|should)\b/.test(
          ctx.sentence.slice(0, start) + ctx.sentence.slice(end),
        );
      const farAhead = Date.parse(day) - Date.parse(anchor) > 92 * 86_400_000;
      // A past verb further back in a long clause counts for a day over three months ahead ("had started taking
      // precautions by distributing masks to ticket collectors and guards from as early as March 8").
      const pastBefore = farAhead && PAST_VERB.test(before) && !FUTURE_CUE.test(before);
      if (PLAN_IN_PAST.test(before) && !since) {
        // The nearest of last, this and next year's day.
        const at = (yy: number) => Math.abs(Date.UTC(yy, mo - 1, s.isCertain("day") ? d : 15) - ctx.anchor!.getTime());
        y = [y - 1, y + 1].reduce((best, yy) => (at(yy) < at(best) ? yy : best), y);
      } else if (
        day > anchor &&
        (since || (!future && !until && !sameMonth && (PAST_VERB.test(around) || pastBefore || (verbless && farAhead))))
      )
        y -= 1;
      // "are not due until October" (a March story): an end still ahead unless the clause is in the past.
      else if (!since && day < anchor.slice(0, s.isCertain("day") ? 10 : 7) && (future || (until && !PAST_VERB.test(around)))) y += 1;
    }
    let value: string;
    let precision: "minute" | "hour" | "day" | "month" | "year";
    if (partOfDay) {
      value = isoDay(instant);
      precision = "day";
    } else if (s.isCertain("hour") && (s.isCertain("day") || s.isCertain("weekday") || /today|tonight|yesterday|tomorrow/i.test(text))) {
      value = clockValue(
        y,
        mo,
        d,
        s.get("hour") ?? 0,
        s.get("minute") ?? 0,
        s.isCertain("timezoneOffset") ? s.get("timezoneOffset") : null,
      );
      precision = "minute";
    } else if (s.isCertain("day") || s.isCertain("weekday") || /\b(?:days?|weeks?) ago\b|yesterday|today|tomorrow|tonight/i.test(text)) {
      value = `${y}-${pad(mo)}-${pad(d)}`;
      precision = "day";
    } else if (s.isCertain("month") || /\bmonths? ago\b/i.test(text)) {
      value = `${y}-${pad(mo)}`;
      precision = "month";
    } else {
      // A year chrono only implies ("this week on Wednesday", "evening", "a quarter before 11 a.m.") is a
      // misreading: the weekday, clock and same-day rules read those parts.
      if (!/\b\d{4}\b|\byears?\b/i.test(text)) continue;
      value = String(y);
      precision = "year";
    }
    // "at the end of July" is the month's last part (TimeML: the month, mod END), not July 31 as chrono has it.
    const endOf = precision === "day" && /^end\s+of\s+[A-Z]/.test(text) && !/\d/.test(text.replace(/\b\d{4}$/, ""));
    if (endOf) {
      value = value.slice(0, 7);
      precision = "month";
    }
    const t = ref(ctx, start, end, value, precision, "chrono", endOf ? "end" : undefined);
    if (precision === "minute") {
      // "August 2 at 5 p.m. local time (2100 UTC)": the clock rule's longer span wins, so the day stands alone too.
      const day = text.match(/^(.+?),?\s+at\s+\d/) ?? text.match(/^\d.*?\s+on\s+(.+)$/);
      if (day?.[1]) {
        const at = start + text.indexOf(day[1]);
        out.push(ref(ctx, at, at + day[1].length, `${y}-${pad(mo)}-${pad(d)}`, "day", "chrono"));
      }
    }
    // "March 3 to March 5", "Monday through Friday": the last end, as far from the first as chrono has it.
    if (r.end && precision === "day") {
      const days = Math.round((r.end.date().getTime() - s.date().getTime()) / 86400000);
      if (days > 0) t.rangeEnd = isoDay(addDays(new Date(Date.UTC(y, mo - 1, d, 12)), days));
    } else if (r.end && precision === "month" && r.end.isCertain("month")) {
      const months = (r.end.get("year") ?? y) * 12 + (r.end.get("month") ?? mo) - ((s.get("year") ?? y) * 12 + (s.get("month") ?? mo));
      if (months > 0) t.rangeEnd = `${pad(Math.floor((y * 12 + mo - 1 + months) / 12))}-${pad(((mo - 1 + months) % 12) + 1)}`;
    }
    out.push(t);
  }
  return out;
};
