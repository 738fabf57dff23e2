import type { TimeRef } from "../../../model/index.js";
import { COUNT, countOf } from "../numbers.js";
import { ref, type TimeRule } from "../types.js";

/** The TimeML unit letter of each unit word (`TH`: hours, written `PT…H`). */
const UNIT: Record<string, string> = {
  minute: "TM",
  hour: "TH",
  day: "D",
  week: "W",
  month: "M",
  quarter: "Q",
  year: "Y",
  decade: "Y",
  session: "D",
};
/** A count, or a vague one ("a few", "several"); "a couple of" is two ("the past couple of years": `P2Y`). */
const WORD = `${COUNT}|a few|few|several|(?:a\\s+)?couple(?:\\s+of)?`;
/** "the past nine days", "the next four years", "the last 12 months" (a stretch of time ending or starting now). */
const SPAN = new RegExp(
  `\\b(?:the\\s+)?(?:past|last|previous|next|coming|first|final)\\s+(${WORD})\\s+(?:straight\\s+|consecutive\\s+|trading\\s+|business\\s+|working\\s+)?(hour|day|week|month|year|decade|session)s?\\b`,
  "gi",
);
/** "six straight days", "two consecutive quarters" are lengths too (quarters: `P2Q`). */
const STREAK = new RegExp(
  `\\b(${WORD})\\s+(?:straight|consecutive|successive)\\s+(?:trading\\s+)?(hour|day|week|month|quarter|year|session)s\\b`,
  "gi",
);
/** The adjective of STREAK (the pattern ignores case). */
const STREAK_WORD = /straight|consecutive|successive/i;
/** Compound adjectives: "single-day decline", "five-year high" (not ages: "a 20-year-old"). */
const COMPOUND = new RegExp(`\\b(${WORD})-(hour|day|week|month|year|decade)\\b(?!-old)`, "gi");

/**
 * Bare lengths after a preposition, an approximation or a verb of duration: "in over a decade", "for two years",
 * "within 48 hours", "in a single day", "it took 74 days", "lasted a week". Not "two years ago/later" (dates) nor rates ("once a year", "$5 a day").
 */
const BARE = new RegExp(
  `(?<=\\b(?:in|for|over|within|than|nearly|almost|about|around|roughly|some|least|after|during|lasting|spanning|just|only|by)\\s+)(${WORD}|a|an)(?:\\s+and\\s+a\\s+half)?\\s+(?:full\\s+|single\\s+)?(hour|day|week|month|year|decade)s?\\b(?!\\s+(?:ago|later|earlier|before|after|old|from now|behind|since|of age|running|in a row)\\b|-)`,
  "gi",
);

/** "a year and a half", "the past year and a half", "two days and a half" (not "a year and a half ago": a date). */
const AND_HALF = new RegExp(
  `\\b(?:the\\s+(?:past|last|previous|next|coming|first)\\s+|(${COUNT}|a|an)\\s+)(hour|day|week|month|year|decade)s?\\s+and\\s+a\\s+half\\b(?!\\s+(?:ago|later|earlier|before|after|old)\\b|-)`,
  "gi",
);

/** After a verb of duration: "it took 74 days", "would take 24 hours", "lasted a week", "spent nine years". */
const VERB = /\b(?:t(?:ook|akes?|aking)|last(?:ed|s)|spen(?:t|ds?))\s+/g;
const AFTER_VERB = new RegExp(
  `^(${WORD}|a|an)\\s+(?:full\\s+)?(hour|day|week|month|year|decade)s?\\b(?!\\s+(?:ago|later|earlier|old|from now)\\b|-)`,
  "i",
);

/**
 * Lengths without a preposition: "two weeks of protests", and "two weeks before the deadline" (TimeML marks
 * the length; the date it points to needs the event).
 */
const OF_OR_BEFORE = new RegExp(
  `\\b(${COUNT})\\s+(hour|day|week|month|year|decade)s?(?=\\s+(?:of|before|after)\\b)(?!\\s+of\\s+age\\b)`,
  "gi",
);

/**
 * Lengths with no count, after a preposition or verb of duration: "for years", "over the years", "for decades",
 * "within minutes", "in months", "the lowest in years", "lasted decades", "after months of talks", "ending decades
 * of conflict" (TimeML `PXY`, `PXM`, `PTXM`). Not "in the years after the war" (a period), "years-long", "years old",
 * "years ago/later", "days of the week".
 */
const PLURAL =
  /\b(?:years|decades|months|weeks|days|hours|minutes)\b(?!-|\s+\d|\s+(?:ago|later|earlier|before|old|of\s+age|of\s+the|in\s+which|when|that|since|after|following|between)\b)/gi;
/** The words before a plural length (tested on the text before a match only: a look-behind tried everywhere is slow). */
const PLURAL_BEFORE =
  /(?:\b(?:for|in|within|after|lasted|lasting|spanning|took|take|takes|spent|spend|ending|ended|end)|\bover\s+the)\s+$/i;
/**
 * "three days later than originally planned", "two weeks earlier than expected": the length of a delay (the
 * refiner in times/index.ts gives it the date it stands beside: "arrives on November 11, three days later than
 * originally planned" is November 11).
 */
const LATER_THAN = new RegExp(
  `\\b(${COUNT})\\s+(minute|hour|day|week|month|year)s?\\s+(?:later|earlier|sooner)\\s+than\\s+(?:(?:originally|initially|first|previously)\\s+)?(?:planned|expected|scheduled|anticipated|forecast|intended|promised|announced)\\b`,
  "gi",
);
/** "an undetermined period of time", "an indefinite period": a length MEANTIME writes `PXD`. */
const INDEFINITE = /\ban?\s+(?:undetermined|indefinite|unspecified|unknown|undisclosed)\s+(?:period|length)(?:\s+of\s+time)?\b/gi;

function value(n: string, unit: string, half = false): string {
  const k = n.toLowerCase();
  const q = countOf(k);
  const code = UNIT[unit.toLowerCase()]!;
  const count = q === undefined ? "X" : String((unit.toLowerCase() === "decade" ? q * 10 : q) + (half ? 0.5 : 0));
  return code === "TH" ? `PT${count}H` : code === "TM" ? `PT${count}M` : `P${count}${code}`;
}

/**
 * Durations as TimeML values (`P9D`, `P4Y`, `PT12H`, `PXY` for "several years"): the stretch of time itself,
 * not a calendar date (the events stage only takes calendar values).
 */
export const duration: TimeRule = (ctx) => {
  const out: TimeRef[] = [];
  if (!/(?:minute|hour|day|week|month|quarter|year|decade|session|period|length)/i.test(ctx.sentence)) return out;
  // A streak needs its adjective and a compound its hyphen (cheap tests before the patterns, which ignore case).
  const streak = STREAK_WORD.test(ctx.sentence);
  const hyphen = ctx.sentence.includes("-");
  for (const re of [SPAN, STREAK, COMPOUND, BARE, OF_OR_BEFORE]) {
    if ((re === STREAK && !streak) || (re === COMPOUND && !hyphen)) continue;
    for (const m of ctx.sentence.matchAll(re)) {
      const half = /\sand\s+a\s+half\s/i.test(m[0]);
      out.push(ref(ctx, m.index, m.index + m[0].length, value(m[1]!, m[2]!, half), "duration", "duration"));
    }
  }
  if (ctx.sentence.includes(" and a half"))
    for (const m of ctx.sentence.matchAll(AND_HALF))
      out.push(ref(ctx, m.index, m.index + m[0].length, value(m[1] ?? "1", m[2]!, true), "duration", "duration"));
  if (ctx.sentence.includes(" than "))
    for (const m of ctx.sentence.matchAll(LATER_THAN))
      out.push(ref(ctx, m.index, m.index + m[0].length, value(m[1]!, m[2]!), "duration", "later-than"));
  for (const m of ctx.sentence.matchAll(PLURAL)) {
    if (!PLURAL_BEFORE.test(ctx.sentence.slice(Math.max(0, m.index - 16), m.index))) continue;
    // "slid $19.37 in after hours trading": the market's after-hours session, no length.
    if (
      /^hours$/i.test(m[0]) &&
      /\bafter\s+$/i.test(ctx.sentence.slice(0, m.index)) &&
      /^\s+trad(?:ing|e)\b/i.test(ctx.sentence.slice(m.index + 5))
    )
      continue;
    const unit = m[0].slice(0, -1).toLowerCase();
    out.push(ref(ctx, m.index, m.index + m[0].length, value("X", unit), "duration", "duration"));
  }
  if (ctx.sentence.includes(" period") || ctx.sentence.includes(" length"))
    for (const m of ctx.sentence.matchAll(INDEFINITE)) out.push(ref(ctx, m.index, m.index + m[0].length, "PXD", "duration", "duration"));
  for (const v of ctx.sentence.matchAll(VERB)) {
    const at = v.index + v[0].length;
    const m = AFTER_VERB.exec(ctx.sentence.slice(at));
    if (m) out.push(ref(ctx, at, at + m[0].length, value(m[1]!, m[2]!), "duration", "duration"));
  }
  return out;
};
