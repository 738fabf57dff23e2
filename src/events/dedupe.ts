/** One real-world event mentioned twice in an article is one event with `mentions`.
 *
 * Two coded events are one act only when nothing tells them apart: the same actors and recipients (by country
 * and, where both name someone, by the one named), compatible CAMEO codes (the same, or one a more general code
 * of the other), compatible dates (the same day, or a coarser date containing the act's day — a month does not
 * join two acts of different days), the same modes and no contradicting place. A later mention whose sentence
 * names no recipient ("Marrero rejected this argument") may join an act that has one. */
import { periodDays } from "../analyze/times/dates.js";
import type { Actor, Event, EventDate } from "../model/index.js";
import { NAME_WORDS, placeAt } from "./actors/places.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

const countries = (as: Actor[]) => [...new Set(as.map((a) => a.country ?? "?"))].sort().join("+");

type Who = { kind: "named"; ref?: string; words: string[] } | { kind: "state" } | { kind: "generic"; number: GroupNumber };

/** Whether a generic actor is one person ("a police officer", "one person"), a group ("protesters", "people") or
 * either (a collective: "police", "the government"). */
type GroupNumber = "one" | "many" | "either";

/** Collective nouns: one body or many people, as the sentence has it. */
const COLLECTIVE =
  /^(police|military|army|navy|government|administration|regime|junta|militia|jury|court|crowd|public|staff|personnel|media|opposition|cabinet|parliament|congress|senate|house|ministry|leadership|family|team|force|guard|company|party|committee|council|prosecution|defence|defense|agency)$/;

function groupNumber(name: string): GroupNumber {
  const last = words(name).at(-1) ?? "";
  if (COLLECTIVE.test(last)) return "either";
  if (last === "people" || (/s$/.test(last) && !/ss$/.test(last))) return "many";
  return "one";
}

/** A named actor (a person, a party, a named body or place), the state itself ("the United States", "USA"),
 * or a generic one ("police", "authorities", "protesters"), who is known only by country. */
function who(a: Actor): Who {
  if (a.ref) return { kind: "named", ref: a.ref, words: words(a.name) };
  if (a.name === a.country) return { kind: "state" };
  if (!UPPER_FIRST.test(a.name)) return { kind: "generic", number: groupNumber(a.name) };
  const ws = a.name.match(NAME_WORDS) ?? [];
  const place = ws.length > 0 ? placeAt(ws, 0) : null;
  if (place && place.kind === "country" && place.length === ws.length) return { kind: "state" };
  return { kind: "named", words: words(a.name) };
}

const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The same actor, as far as the names tell: two named ones are the same entity, or one name's words are all
 * in the other's ("Trump", "Donald Trump"); a generic one ("police", "the jury") may be anyone of its country;
 * the state itself is not a named person or body. */
function sameWho(x: Who, y: Who): boolean {
  if (x.kind === "named" && y.kind === "named") {
    if (x.ref && y.ref) return x.ref === y.ref;
    const [short, long] = x.words.length <= y.words.length ? [x.words, y.words] : [y.words, x.words];
    return short.length > 0 && short.every((w) => long.includes(w));
  }
  // … but one person is not a crowd ("a police officer … shot at one person" is not "the police used water
  // cannons … against protesters").
  if (x.kind === "generic" && y.kind === "generic") return x.number === y.number || x.number === "either" || y.number === "either";
  if (x.kind === "generic" || y.kind === "generic") return true;
  return x.kind === y.kind;
}

function sameSide(a: Actor[], b: Actor[]): boolean {
  if (countries(a) !== countries(b)) return false;
  const [few, many] = a.length <= b.length ? [a.map(who), b.map(who)] : [b.map(who), a.map(who)];
  return few.every((x) => many.some((y) => sameWho(x, y)));
}

function sameParties(first: Event, e: Event): boolean {
  const recipientOk = e.recipient.length === 0 || sameSide(first.recipient, e.recipient);
  if (sameSide(first.actor, e.actor) && recipientOk) return true;
  // Both sides act in a reciprocal event: "A met B" and "B met A" are one meeting.
  return !!(
    first.reciprocal &&
    e.reciprocal &&
    e.recipient.length > 0 &&
    sameSide(first.actor, e.recipient) &&
    sameSide(first.recipient, e.actor)
  );
}

/** One code the same as or a more general code of the other. */
function sameKind(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The days a date value covers, as [first, last] ISO days; null when unknown. */
function span(v: string | null | undefined): [string, string] | null {
  return v ? periodDays(v) : null;
}

/** Compatible dates: the same, or one containing the other. */
function sameTime(a: EventDate, b: EventDate): boolean {
  if (!a.value || !b.value || a.value === b.value) return true;
  const x = span(a.value);
  const y = span(b.value);
  if (!x || !y) return false;
  return (x[0] <= y[0] && y[1] <= x[1]) || (y[0] <= x[0] && x[1] <= y[1]);
}

const finer = (a: EventDate, b: EventDate): EventDate => {
  const x = span(a.value);
  const y = span(b.value);
  if (!x) return b;
  if (!y) return a;
  return y[1] < x[1] || y[0] > x[0] ? b : a;
};

/** A date of a month or more ("2020-09", "2020"): it can hold many acts of the same kind. */
function coarse(d: EventDate): boolean {
  if (!d.value) return false;
  const x = span(d.value);
  return !x || Date.parse(x[1]) - Date.parse(x[0]) > 7 * 86400000;
}

interface Act {
  event: Event;
  /** Where the act's latest mention ends. */
  end: number;
  /** The most specific code and the finest date the act's mentions give. */
  code: string;
  date: EventDate;
}

/** The CAMEO root, or the protest mode (141–145 are different acts). */
const root = (code: string) => (code.startsWith("14") ? code.slice(0, 3) : code.slice(0, 2));

function joins(act: Act, e: Event, text: string | undefined): boolean {
  const f = act.event;
  if (f.mode.negated !== e.mode.negated || f.mode.hypothetical !== e.mode.hypothetical) return false;
  // One sentence coded twice by two of its verbs ("lashed out at her, accusing her of …") is one act when the
  // codes share a root; across sentences the codes must agree.
  const oneSentence = f.evidence.start === e.evidence.start;
  if (oneSentence ? root(f.cameo.code) !== root(e.cameo.code) : !sameKind(act.code, e.cameo.code)) return false;
  if (f.plover && e.plover && f.plover.event !== e.plover.event) return false;
  if (f.location && e.location && f.location !== e.location) return false;
  // A later mention dated only by the day of writing ("released a statement addressing Basilashvili's
  // arrest") says nothing of when it happened: it may be the act told before with its own day.
  if (!sameTime(act.date, e.date) && !(e.date.source === "published" && act.date.source === "sentence")) return false;
  // Two mentions dated only by a month or a year (a month's round-up, "in March") may be acts of different
  // days: they are one act only when told in the same paragraph.
  if (text && coarse(act.date) && coarse(e.date) && text.slice(act.end, e.evidence.start).includes("\n")) return false;
  return sameParties(f, e);
}

/** The name the coder gives the doer of a violent act whose doer the text does not name. */
export const UNKNOWN_ATTACKERS = "unidentified attackers";

const doerUnknown = (e: Event): boolean => e.actor.every((a) => a.name === UNKNOWN_ATTACKERS);

export function mergeMentions(events: Event[], text?: string): Event[] {
  const acts: Act[] = [];
  for (const e of events) {
    const act = acts.find((a) => joins(a, e, text));
    if (!act) {
      acts.push({ event: e, end: e.evidence.end, code: e.cameo.code, date: e.date });
      continue;
    }
    act.end = Math.max(act.end, e.evidence.end);
    const first = act.event;
    if (e.cameo.code.length > act.code.length) act.code = e.cameo.code;
    act.date = finer(act.date, e.date);
    // The same sentence coded twice by two triggers: keep the more specific code.
    if (first.evidence.start === e.evidence.start) {
      if (e.cameo.code.length > first.cameo.code.length) Object.assign(first, { cameo: e.cameo, plover: e.plover });
      // "a Kabul car bombing killed five and wounded 110, another attack ascribed to the Taliban": the trigger that
      // names the doer tells who did what the other left undone by anyone named.
      if (doerUnknown(first) && e.actor.length > 0 && !doerUnknown(e)) first.actor = e.actor;
      continue;
    }
    first.mentions = [...(first.mentions ?? []), e.evidence];
    // "Robert was killed in June 1968 … Sirhan shot him": a later mention that names the doer tells who did it.
    if (doerUnknown(first) && e.actor.length > 0 && !doerUnknown(e)) first.actor = e.actor;
    // "A former advisor for U.S. President Donald Trump was sentenced … Paul Manafort was sentenced by Judge …":
    // a later mention that names whom the act was done to tells who the common noun was.
    if (
      first.recipient.length > 0 &&
      first.recipient.every((a) => who(a).kind === "generic") &&
      e.recipient.length > 0 &&
      e.recipient.every((a) => who(a).kind === "named")
    )
      first.recipient = e.recipient;
    first.confidence = Math.min(1, Math.max(first.confidence, e.confidence) + 0.05);
  }
  return acts.map((a) => a.event);
}
