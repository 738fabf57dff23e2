/**
 * Modes of an event from the words around its trigger: negated ("did not sign", "have not been
 * decided"), hypothetical ("could impose", "possible meeting", "willingness to meet", "if"), future
 * ("will meet", "said it would sanction"), historical (set later from the date).
 */
import { parseDay, periodDays } from "../analyze/times/dates.js";
import type { EventMode } from "../model/index.js";
import { isSpeechWord } from "./clause.js";
import type { Tok } from "./text/tokens.js";

const NEG = new Set(["not", "n't", "never", "no", "neither", "nor", "cannot", "without"]);
const HYPO_MODAL = new Set(["could", "might", "may", "can", "should", "must"]);
const FUTURE = new Set(["will", "shall", "'ll"]);
const INTENT =
  /^(willingness|willing|ready|readiness|plan|plans|planned|planning|preparations|prepare|prepared|want|wants|wanted|hope|hopes|hoped|seek|seeks|sought|intend|intends|intention|expect|expects|expected|proposal|proposed|offer|offered|possibility|possible|would-be|aim|aims|try|tries|tried|attempt|attempts|attempted|bid|set|going|due|likely|unlikely|threat|threatened|vowed|vow|pledged|promised|agreed|decided|decision|ordered|refused|called|urged|asked|demanded)$/;
const PERFECT = new Set(["has", "have", "had"]);
const TALLY = new Set(["only", "ever", "never", "twice"]);
const COUNT = /^(\d+|two|three|four|five|six|seven|eight|nine|ten|once|twice)$/;
const POSSIBLE = /^(possible|potential|proposed|planned|prospective|hypothetical|expected|upcoming|future)$/;

export function detectModes(toks: Tok[], ti: number, tj: number, lb: number): EventMode {
  const mode: EventMode = { negated: false, hypothetical: false, historical: false, future: false };
  const from = Math.max(lb, ti - 5);
  const window = toks.slice(from, ti).map((t) => t.low);
  if (window.some((w) => NEG.has(w))) mode.negated = true;
  for (const w of toks.slice(ti, tj).map((t) => t.low)) if (NEG.has(w)) mode.negated = true;
  // A modal is written in lower case: a capitalised "May" or "Will" inside a sentence is a name or a month
  // ("after Theresa May stepped down", "Will Hurd said").
  const modal = (set: Set<string>) => toks.slice(from, ti).some((t, k) => set.has(t.low) && (t.text === t.low || from + k === 0));
  // "President Trump and the previous Congress could not reach an agreement": "could not" right before the verb
  // is an inability, an act that did not happen (negated), not a possibility ("could not have" stays one).
  const unable = toks[ti - 1]?.low === "not" && toks[ti - 2]?.low === "could" && toks[ti]?.low !== "have";
  if (modal(HYPO_MODAL) && !unable) mode.hypothetical = true;
  if (modal(FUTURE)) mode.future = true;
  if (window.includes("going") && window.includes("to")) mode.future = true;
  // "Avenatti is to be sentenced in June", "the leaders are to meet": a plan, told as the future.
  const be = toks[ti - 1]?.low === "be" ? ti - 1 : ti;
  if (toks[be - 1]?.low === "to" && /^(is|are|am)$/.test(toks[be - 2]?.low ?? "")) mode.future = true;
  if (window.includes("would")) {
    // "said it would sanction": future in reported speech; otherwise a conditional.
    const speechBefore = toks.slice(0, ti).some((t) => isSpeechWord(t.low));
    if (speechBefore) mode.future = true;
    else mode.hypothetical = true;
  }
  // Infinitive governed by an intention: "willingness to sit down", "preparations for a possible meeting".
  if (toks[ti - 1]?.low === "to") {
    const gov = toks.slice(Math.max(0, ti - 4), ti - 1).map((t) => t.low);
    if (gov.some((w) => INTENT.test(w))) mode.hypothetical = true;
  }
  if (POSSIBLE.test(toks[ti - 1]?.low ?? "")) mode.hypothetical = true;
  // "The House has only impeached two other Presidents": a tally of past acts of a kind is background.
  if (window.some((w) => PERFECT.has(w)) && window.some((w) => TALLY.has(w)) && COUNT.test(toks[tj]?.low ?? "")) mode.historical = true;
  // "Numerous times, over the years, people have been sentenced to death …": a perfect over a span of years is
  // a habit of the past, no one act.
  if (window.some((w) => PERFECT.has(w)) && habitualSpan(toks, ti)) mode.historical = true;
  // "The CIA … reportedly believe the crown prince ordered Khashoggi's killing": an act someone believes done is
  // not told as done.
  if (believedBefore(toks, ti)) mode.hypothetical = true;
  // Conditional clause.
  for (let i = ti - 1; i >= Math.max(0, lb - 1); i--) {
    const w = toks[i]!.low;
    if (w === "if" || w === "unless") mode.hypothetical = true;
  }
  return mode;
}

const BELIEF = /^(believe|believes|believed)$/;

/** Whether a verb of belief governs the clause of the trigger at ti: before it in the sentence, with no
 * semicolon, colon or dash between. */
function believedBefore(toks: Tok[], ti: number): boolean {
  for (let k = ti - 1; k >= 0; k--) {
    const w = toks[k]!.low;
    if (/^[;:—–]$/.test(w)) return false;
    if (BELIEF.test(w)) return true;
  }
  return false;
}

const SPAN_OF_YEARS = /^(over|for|across) (the )?(years|decades|centuries)$|^(numerous|many|countless|several) times$|^time and again$/;

/** Whether a span of years or a count of times stands before the trigger in its sentence. */
function habitualSpan(toks: Tok[], ti: number): boolean {
  for (let k = 0; k < ti; k++) {
    const two = `${toks[k]!.low} ${toks[k + 1]?.low ?? ""}`;
    const three = `${two} ${toks[k + 2]?.low ?? ""}`;
    if (SPAN_OF_YEARS.test(two) || SPAN_OF_YEARS.test(three)) return true;
  }
  return false;
}

/** How far back a day- to month-precise date must lie to be background rather than recent news. */
const RECENT_DAYS = 90;

/**
 * Whether an event dated `value` is background in a story anchored at `anchor`: from an earlier year, and for
 * a date finer than a year also more than about three months back. "On Monday" in a story of Friday
 * 4 January 2019 is 31 December 2018 and is news; "in 2018" or "in March 2018" in that story is background.
 */
export function isHistorical(value: string, anchor: string): boolean {
  if (Number(value.slice(0, 4)) >= Number(anchor.slice(0, 4))) return false;
  if (/^\d{4}$/.test(value)) return true;
  const days = periodDays(value);
  if (!days || !/^\d{4}-\d{2}-\d{2}/.test(anchor)) return true;
  return (parseDay(anchor).getTime() - parseDay(days[1]).getTime()) / 86_400_000 > RECENT_DAYS;
}
