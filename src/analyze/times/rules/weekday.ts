import { addDays, isoDay, WEEKDAYS } from "../dates.js";
import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(?:([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Oo]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Ee]arly|[Ll]ate)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:\s+(morning|afternoon|evening|night))?\b(?:,?\s+(?=[A-Z][a-z]+\.? \d))?/g;

/** Words that make a weekday the name of one day ("Black Friday", "Bloody Sunday", "Ash Wednesday"). */
const NAMED_DAY = /\b(?:Black|Cyber|Good|Bloody|Ash|Palm|Holy|Maundy|Shrove|Easter|Whit|Fat|Giving|Blue|Mega|Manic)\s+$/;

/** A future verb group in the past: "was expected to", "were scheduled to", or "would" after a past verb of saying or deciding. */
const FUTURE_IN_PAST =
  /\b(?:was|were)\s+(?:expected|scheduled|set|due|slated|planned|supposed|going)\s+to\s+(?:\w+\s+){0,6}$|\b(?:predicted|agreed|decided|forecast|expected|was|were)\b[^.;]*\bwould\s+(?:\w+\s+){0,6}$/i;

/** A local time in a zone ahead of UTC ("local time (UTC+0900)", "(GMT+8)"). */
const EAST_LOCAL = /\blocal time\b[^.;]{0,20}\b(?:UTC|GMT)\s*\+\s*\d/;

/** Days from the anchor's weekday to the target weekday: back to the latest one, or ahead when future. */
export function weekdayDelta(today: number, target: number, mod: string, future: boolean): number {
  if (future) {
    const d = (target - today + 7) % 7;
    return mod === "next" && d === 0 ? 7 : d;
  }
  const d = -((today - target + 7) % 7);
  return mod === "last" && d === 0 ? -7 : d;
}

/**
 * Weekdays lean to the past: "on Tuesday" in a Thursday story is two days earlier, the story's own
 * weekday is its day. "next"/"coming" or a future verb ("will meet on Sunday") look ahead instead.
 * A weekday followed by a full date ("Monday, March 5") is left to the date rule.
 */
export const weekday: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  // Every weekday name ends in "day": a sentence without it has none (a cheap test before the pattern).
  if (!ctx.sentence.includes("day")) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const after = ctx.sentence.slice(m.index + m[0].length);
    if (
      /^,?\s*(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)/.test(
        after,
      )
    )
      continue;
    // "Black Friday", "Black Monday", "Good Friday": a named day (the holiday rule's), not the weekday nearest the anchor.
    if (!m[1] && NAMED_DAY.test(ctx.sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    const mod = (m[1] ?? "").toLowerCase();
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const today = ctx.anchor.getUTCDay();
    let start = m.index;
    if (mod === "on" || mod === "since" || mod === "by" || mod === "until" || mod === "from" || mod === "early" || mod === "late")
      start += m[1]!.length + 1;
    const end = m.index + m[0].length;
    // "closed until Friday" looks ahead, unless the weekday ends a span ("from Monday until Wednesday") or
    // the clause is in the past perfect ("had given the government until Thursday").
    const until = mod === "until" && !/\bfrom\s+\S+\s*$|\bhad\b[^,;]*$/i.test(ctx.sentence.slice(0, m.index));
    const future = mod === "next" || mod === "coming" || until || (mod !== "last" && mod !== "past" && isFuture(ctx.sentence, start, end));
    // A future seen from the past ("was expected to pass by Bermuda late Wednesday night", "predicted that
    // Humberto would pass … Wednesday night", "it was agreed a partial lockdown would be instated on Saturday"):
    // the nearer of the last and the next such weekday.
    const fromPast =
      future &&
      !until &&
      !["next", "coming", "this"].includes(mod) &&
      FUTURE_IN_PAST.test(ctx.sentence.slice(Math.max(0, start - 80), start));
    const ahead = weekdayDelta(today, target, mod, future);
    const back = weekdayDelta(today, target, mod, false);
    let delta = fromPast && -back < ahead ? back : ahead;
    // "found dead, police reported Friday morning, local time (UTC+0900)" in a Thursday story dated in UTC: a day
    // told in a zone ahead of UTC can be the anchor's next day, not the one six days back.
    if (delta === -6 && EAST_LOCAL.test(ctx.sentence)) delta = 1;
    out.push(ref(ctx, start, end, isoDay(addDays(ctx.anchor, delta)), "day", future ? "weekday-future" : "weekday-past"));
  }
  return out;
};
