/**
 * Dates an article's events take from one another and from the story: a killing's victim dated once, a named
 * event's date ("the 2019 election"), an event noun referred back to ("during the rally"), days before or after
 * an event, the story's own day, clock times, and the steps of a criminal case told in order.
 */
import { addDays, isoDay, parseDay, periodDays } from "../analyze/times/dates.js";
import { countOf } from "../analyze/times/numbers.js";
import type { Event, Sentence, TimeRef } from "../model/index.js";
import { placeAt } from "./actors/places.js";
import { isHistorical } from "./modes.js";
import { type Tok, tokenAt, tokens } from "./text/tokens.js";

const UPPER_FIRST = /^\p{Lu}/u;

/** Words that bound a time ("until", "before", "since", "deadline"). */
export const BOUND_BEFORE = /^(until|till|by|before|after|since|deadline)$/;

/** A time inside a relative clause ("elections which were held on June 21") dates that clause's noun, not
 * the story's narrative. */
export function inRelativeClause(toks: Tok[], start: number): boolean {
  let k = toks.findIndex((t) => t.start >= start);
  if (k < 0) k = toks.length;
  for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
    if (/^[,;:]$/.test(toks[i]!.low)) return false;
    if (/^(which|who|whom|whose)$/.test(toks[i]!.low)) return true;
  }
  return false;
}

/** Nouns naming a coded event that a later sentence may refer back to ("the rally", "the talks"). */
export const EVENT_NOUN =
  /^(rally|rallies|protests?|demonstrations?|march|strikes?|talks|meetings?|summit|negotiations|visit|attacks?|raid|clashes|election|airstrikes?|bombings?|shooting|stabbing)$/;

/** Words of killing in a sentence ("murdered", "Khashoggi's killing", "the assassination of"). */
const KILLING = /\b(?:kill(?:ed|ing)?|murder(?:ed|ing)?|assassinat(?:ed|ion|ing)|slain|slaying)\b/i;

/** The named person an event is a killing of (an assault in a sentence of killing with one named recipient that
 * is no place), else null. */
function victimOf(e: Event): string | null {
  if (!/^1[89]/.test(e.cameo.code) || e.recipient.length !== 1 || !KILLING.test(e.evidence.sentence)) return null;
  const name = e.recipient[0]!.name;
  const words = name.split(/\s+/);
  if (!UPPER_FIRST.test(name) || placeAt(words, 0)?.length === words.length) return null;
  return name;
}

/**
 * A person is killed once: a killing of a person named before, told with no time of its own ("The CIA and
 * other intelligence agencies reportedly believe the crown prince ordered Khashoggi's killing" after "Khashoggi
 * was murdered last October …"), is the killing told before and takes its date, not the story's day; a killing
 * told with its own time is remembered for later ones.
 */
export function datedByVictim(
  coded: Event[],
  victims: Map<string, { value: string; precision?: string }>,
  anchorValue: string | null,
): void {
  for (const e of coded) {
    const victim = victimOf(e);
    if (!victim) continue;
    if (e.date.source === "sentence" && e.date.value) {
      if (!victims.has(victim)) victims.set(victim, { value: e.date.value, ...(e.date.precision ? { precision: e.date.precision } : {}) });
      continue;
    }
    const known = victims.get(victim);
    // (A killing believed ordered by someone is still the killing told before: "… reportedly believe the crown
    // prince ordered Khashoggi's killing" stays hypothetical as to who ordered it, and takes its date.)
    if (!known || e.mode.negated || e.mode.future) continue;
    e.date = { value: known.value, ...(known.precision ? { precision: known.precision } : {}), source: "context" };
    if (anchorValue && isHistorical(known.value, anchorValue)) e.mode.historical = true;
  }
}

/** Words a name of an event may hold besides capitalised ones ("Unite the Right"). */
const NAME_GLUE = /^(the|of|and|for|in|on)$/;

/**
 * Events the sentence names with a time before their name ("… attending the August 2017 Unite the Right rally
 * in Charlottesville"): "unite the right rally" → 2017-08. Only a name of capitalised words after a time that
 * follows "the" or a possessive; a bare "the 2016 election" names no one event.
 */
export function datedNames(toks: Tok[], times: TimeRef[]): { name: string; date: { value: string; precision?: string } }[] {
  const out: { name: string; date: { value: string; precision?: string } }[] = [];
  for (const t of times) {
    if (!t.value || t.mod || !/^\d{4}(-\d{2})?$/.test(t.value)) continue;
    const i = tokenAt(toks, t.start);
    if (!/^(the|its|his|her|their)$/.test(toks[i - 1]?.low ?? "")) continue;
    let k = tokenAt(toks, t.end);
    const from = k;
    while (k < toks.length && k - from < 6 && (UPPER_FIRST.test(toks[k]!.text) || (k > from && NAME_GLUE.test(toks[k]!.text)))) k++;
    if (k === from || !UPPER_FIRST.test(toks[k - 1]!.text) || !EVENT_NOUN.test(toks[k]?.low ?? "")) continue;
    const name = toks
      .slice(from, k + 1)
      .map((x) => x.low)
      .join(" ");
    out.push({ name, date: { value: t.value, precision: t.precision ?? (t.value.length === 4 ? "year" : "month") } });
  }
  return out;
}

/** An event whose trigger is the noun of an event named before with its time ("The Unite the Right rally drew
 * national attention …" after "the August 2017 Unite the Right rally") is that event, dated with it. */
export function datedByName(coded: Event[], name: string, date: { value: string; precision?: string }, anchorValue: string | null): void {
  const noun = name.split(" ").pop()!;
  for (const e of coded) {
    const trig = e.evidence.trigger?.text.toLowerCase().split(/\s+/).pop();
    if (e.date.source === "sentence" || trig !== noun || !e.evidence.sentence.toLowerCase().includes(`the ${name}`)) continue;
    e.date = { value: date.value, ...(date.precision ? { precision: date.precision } : {}), source: "context" };
    if (anchorValue && isHistorical(date.value, anchorValue)) e.mode.historical = true;
  }
}

/** The key under which an event noun is remembered: its singular, and one key for the nouns of a protest
 * ("the largest climate change demonstration … on September 20 of this year. An estimated four million people
 * overall took part in the protests."). */
export function eventNounKey(w: string): string {
  const one = w
    .replace(/ies$/, "y")
    .replace(/(ch|sh)es$/, "$1")
    .replace(/s$/, "");
  return /^(protest|demonstration|rally|march)$/.test(one) ? "protest" : one;
}

/** Words before "the <event noun>" that refer back to an act told before: "during the rally", "carried out
 * the airstrike", "ordered the attack", "claimed responsibility for the bombing". */
const REFERRING = /^(during|at|in|out|conducted|launched|ordered|authori[sz]ed|for)$/;

/** The date of an earlier event referred to as "during the <noun>", "carried out the <noun>" … in this sentence, if any. */

export function referredDate(toks: Tok[], nouns: Map<string, string>, last: string | null): string | null {
  for (let i = 2; i < toks.length; i++) {
    // "In that event, Fields … killed a woman": the event the story dated last.
    if (last && /^(event|incident)$/.test(toks[i]!.low) && toks[i - 1]!.low === "that" && /^(in|during|at)$/.test(toks[i - 2]!.low))
      return last;
    if (toks[i - 1]!.low !== "the" || !REFERRING.test(toks[i - 2]!.low)) continue;
    const v = nouns.get(eventNounKey(toks[i]!.low));
    if (v) return v;
  }
  return null;
}

const DAYS_BEFORE_AFTER = /days?\s+(?:before|after)\s/i;

/** "a day before the event", "two days after the rally", "the day before the attack" in a sentence, when
 * the noun names an event already dated (a generic "event"/"incident" the last one): that day, if past. */
export function relativeToEvent(
  text: string,
  s: Sentence,
  nouns: Map<string, string>,
  last: string | null,
  anchorValue: string | null,
): TimeRef | null {
  const re = /\b(a|an|one|the|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(before|after)\s+the\s+([a-z]+)/gi;
  const sentence = text.slice(s.start, s.end);
  // Most sentences name no "day(s) before/after": a search for that core alone rules them out.
  if (!DAYS_BEFORE_AFTER.test(sentence)) return null;
  for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
    const noun = m[3]!.toLowerCase();
    const base = /^(event|incident)$/.test(noun) ? last : nouns.get(eventNounKey(noun));
    if (base?.length !== 10) continue;
    const the = m[1]!.toLowerCase() === "the";
    if (the && /^days$/i.test(m[0].split(/\s+/)[1]!)) continue;
    const n = the ? 1 : (countOf(m[1]!) ?? 1);
    const day = isoDay(addDays(parseDay(base), m[2]!.toLowerCase() === "before" ? -n : n));
    if (anchorValue && day > anchorValue.slice(0, 10)) continue;
    const start = s.start + m.index;
    return { start, end: start + m[0].length, text: m[0], value: day, precision: "day" } as TimeRef;
  }
  return null;
}

/**
 * "This comes a week after he attended a summit …", "The move came two days after the World Health Organization
 * declared …": the story's act placed by counted days or weeks after another; that other act lies that far
 * before the story's day. A day of its own for the clause after "after". (Not "before": "The rallies happened two
 * days before the formal vote" names an occasion, not an act the sentence tells.)
 */
export function shiftedFromStory(text: string, s: Sentence, storyDay: string | null): TimeRef | null {
  if (!storyDay || !/^\d{4}-\d{2}-\d{2}$/.test(storyDay)) return null;
  const m =
    /\b(?:comes|came|happened|occurred)\s+(?:just\s+)?(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(days?|weeks?)\s+(after)\b/i.exec(
      text.slice(s.start, s.end),
    );
  if (!m) return null;
  const n = (/^(a|an)$/i.test(m[1]!) ? 1 : countOf(m[1]!)) ?? null;
  if (!n) return null;
  const days = n * (/^week/i.test(m[2]!) ? 7 : 1);
  const day = isoDay(addDays(parseDay(storyDay), -days));
  const start = s.start + m.index + m[0].indexOf(m[1]!, m[0].search(/\s/));
  return {
    start,
    end: s.start + m.index + m[0].length,
    text: text.slice(start, s.start + m.index + m[0].length),
    value: day,
    precision: "day",
  } as TimeRef;
}

export function isIsoValue(v: string | null): boolean {
  return v !== null && /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2})?$/.test(v);
}

/** The last day of a month ("2020-07") or ISO week ("2020-W42"), as "YYYY-MM-DD". */
function periodEnd(v: string): string | null {
  return /^\d{4}-(?:\d{2}|W\d{2})$/.test(v) ? (periodDays(v)?.[1] ?? null) : null;
}

/** The story's time: the first day named in the article's first paragraph, on or before the anchor (not a
 * bound, not in a relative clause), if any; else a month or week it names that is over before the anchor
 * and ended at most two months before it ("material compiled throughout the previous month", "last week"):
 * a round-up of a past period tells its acts in that period, not on the day it was published. */
export function storyDay(text: string, times: TimeRef[], anchorValue: string | null): { value: string; source: string } | null {
  const para = text.search(/\n\s*\n/);
  const end = para < 0 ? text.length : para;
  let period: string | null = null;
  for (const t of times) {
    if (t.start >= end || t.inCaption || t.mod || !t.value) continue;
    const toks = tokens(text, Math.max(0, t.start - 60), t.start);
    // ("shortly before midnight Wednesday", "just after dawn on Friday": a time told approximately, not a bound.)
    const near = /^(shortly|just|soon|right|minutes|hours|moments)$/.test(toks[toks.length - 2]?.low ?? "");
    if ((BOUND_BEFORE.test(toks[toks.length - 1]?.low ?? "") && !near) || inRelativeClause(toks, t.start)) continue;
    if (!/^\d{4}-\d{2}-\d{2}/.test(t.value)) {
      const last = periodEnd(t.value);
      if (period === null && last && anchorValue) {
        const gap = (Date.parse(`${anchorValue.slice(0, 10)}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000;
        if (gap > 0 && gap <= 62) period = t.value;
      }
      continue;
    }
    if (anchorValue && t.value.slice(0, 10) > anchorValue.slice(0, 10)) continue;
    return { value: t.value.slice(0, 10), source: "lede" };
  }
  return period ? { value: period, source: "lede" } : null;
}

/** Words by which a time names its day (else a clock time is only an hour of the narrative's day). */
const NAMES_DAY =
  /\b(today|tonight|yesterday|tomorrow|day|night|morning|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\b|\d{1,2}\/\d{1,2}|\d{4}-\d{2}/i;

/**
 * A clock time's day (see code): the story's day for a clock time that names no day, in a sentence that names
 * none, and that the analysis put on the day of writing or on a day named in the sentences before; else its own.
 */
export function clockDay(t: TimeRef, dayNamed: boolean, story: { value: string } | null, anchorValue: string | null): string {
  return story &&
    story.value.length === 10 &&
    !dayNamed &&
    !NAMES_DAY.test(t.text) &&
    anchorValue &&
    (t.value!.slice(0, 10) === anchorValue.slice(0, 10) || t.method === "clock-context")
    ? story.value
    : t.value!.slice(0, 10);
}

/** A clock time as the day it dates (see code): the time of the background act told just before, or its day. */
export function clockOf(
  t: TimeRef,
  dayNamed: boolean,
  story: { value: string } | null,
  anchorValue: string | null,
  pastScene: { value: string; precision: TimeRef["precision"] } | null,
): TimeRef {
  return pastScene && !dayNamed && !NAMES_DAY.test(t.text)
    ? { ...t, value: pastScene.value, precision: pastScene.precision }
    : { ...t, value: clockDay(t, dayNamed, story, anchorValue), precision: "day" as const };
}

/** A value on or before the day of writing `anchorValue` (any value when there is none); false for none. */
export function notAfter(v: string | null | undefined, anchorValue: string | null | undefined): boolean {
  return Boolean(v) && (!anchorValue || v!.slice(0, 10) <= anchorValue.slice(0, 10));
}

/** Steps of a criminal case, in their order: a charge or an arrest, a verdict, a sentence. */
const LEGAL_STEP: [RegExp, number][] = [
  [/^(charged|indicted|prosecuted|arrested|detained)$/, 1],
  [/^(convicted|found guilty|pled guilty|pleaded guilty)$/, 2],
  [/^(sentenced|jailed|imprisoned)$/, 3],
];

/** The step of a criminal case the trigger text names (0 for none). */
function legalStep(trigger: string | undefined): number {
  const t = (trigger ?? "").toLowerCase();
  return LEGAL_STEP.find(([re]) => re.test(t))?.[1] ?? 0;
}

/** "serving eight", "served eight years of a sixteen-year sentence", "after serving almost fourteen years": a time
 * of a sentence served, a year or more, from token `from` on (a bare count stands for years the sentence names), in a
 * sentence that speaks of a prison sentence. */
function timeServed(toks: Tok[], from: number): boolean {
  // (Years served in an office are no sentence: "He then served eight years as the mayor of London".)
  if (!toks.some((t) => /^(sentence|sentenced|prison|jail|jailed|custody|clemency|parole|commuted|released)$/.test(t.low))) return false;
  for (let k = Math.max(0, from); k < toks.length; k++) {
    if (!/^serv(ed|ing)$/.test(toks[k]!.low)) continue;
    let j = k + 1;
    if (/^(almost|nearly|about|over|only|just|some)$/.test(toks[j]?.low ?? "")) j++;
    const n = countOf(toks[j]?.low ?? "");
    if (!n) continue;
    const unit = toks[j + 1]?.low ?? "";
    if (/^years?$/.test(unit) || (!/^(months?|weeks?|days?|hours?|terms?|times)$/.test(unit) && toks.some((t) => /^years?$/.test(t.low))))
      return true;
  }
  return false;
}

/**
 * A step of a criminal case told with no time of its own, in a story of a later step (a pardon, a release), when its
 * sentence or the next one about the same person tells that a sentence was served for years since ("He was sentenced
 * to fourteen years in prison, serving eight before being granted clemency.", "Judith Negron was convicted of … .
 * Negron served eight years of a thirty-five year sentence …"), or the next one tells a later step in an earlier year
 * ("Safavian was charged with making false statements … . He was convicted in 2006."): it lies years back, on no day
 * the story gives, not on the story's day.
 */
export function legalHistory(all: Event[], perSentence: { s: Sentence; toks: Tok[] }[], anchorValue: string | null): void {
  if (!anchorValue) return;
  const index = new Map(perSentence.map((p, i) => [p.s.start, i]));
  for (const e of all) {
    const trigger = e.evidence.trigger;
    const step = legalStep(trigger?.text);
    if (!trigger || step === 0 || e.date.source === "sentence" || !e.date.value || e.mode.negated || e.mode.future || e.mode.hypothetical)
      continue;
    const i = index.get(e.evidence.start);
    if (i === undefined) continue;
    const { toks } = perSentence[i]!;
    let back = timeServed(toks, tokenAt(toks, trigger.end));
    const next = perSentence[i + 1];
    if (!back && next) {
      // The next sentence goes on with the same person: a pronoun or their name first.
      const first = next.toks[0]?.low ?? "";
      const person = e.recipient[0]?.name.toLowerCase().split(/\s+/).pop();
      if (/^(he|she|they)$/.test(first) || (person && first === person)) {
        const later = all.some(
          (x) =>
            x.evidence.start === next.s.start &&
            x.date.source === "sentence" &&
            x.date.value &&
            isHistorical(x.date.value, anchorValue) &&
            legalStep(x.evidence.trigger?.text) > step,
        );
        back = later || timeServed(next.toks, 0);
      }
    }
    if (!back) continue;
    e.date = { value: null, source: "background" };
    e.mode.historical = true;
  }
}
