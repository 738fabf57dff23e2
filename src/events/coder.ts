/**
 * The event coder: sentences (with entities, times, quotes) → CAMEO + PLOVER events with actor,
 * recipient, date, modes, evidence and confidence. Pure: data files are loaded once at module load.
 */

import type { Actor, Analysis, Article, Entity, Event, Quote, Sentence, TimeRef } from "../model/index.js";
import { placeApposedNames } from "./actors/apposed.js";
import { linkCoreference } from "./actors/coref.js";
import { resolveCountedGroups } from "./actors/group-reference.js";
import { type ActorMention, fullShape } from "./actors/mention.js";
import { findMentions } from "./actors/mentions.js";
import { countryOfPlace } from "./actors/places.js";
import { isStorm, placeMentionsInStory, stormNames } from "./actors/story.js";
import { type Args, findArgs, gerundNoun, relativeAntecedent } from "./args.js";
import {
  BACKGROUND_CUE,
  beforeAdverb,
  cameAfter,
  duringOccasions,
  inherits,
  inLifeSpan,
  mainPastPerfect,
  nounInPastPerfect,
  pastPerfect,
  repeatedPerfect,
  setBack,
  setBackCue,
  spanAfter,
} from "./background.js";
import { cameo, ploverFor } from "./codebook.js";
import { backdropAfter, chooseDate, type DateChoice } from "./date.js";
import { mergeMentions, UNKNOWN_ATTACKERS } from "./dedupe.js";
import { demandCode, enactGovernor, intentCode, intentGovernor, mustBefore, refusalCode, willNot, wishedOfOther } from "./intent.js";
import { codesStatements, lexiconCode } from "./lexicon/index.js";
import { detectModes, isHistorical } from "./modes.js";
import type { Family } from "./patterns/index.js";
import { judgedActor, quotedJudge, quotedPerformer } from "./performative.js";
import { ACT_WINDOW, COMMENT_FAMILIES, type LastAct, referredActDoer, referredActDoerPassive } from "./referred-act.js";
import { toActor } from "./resolve.js";
import {
  BOUND_BEFORE,
  clockOf,
  datedByName,
  datedByVictim,
  datedNames,
  EVENT_NOUN,
  eventNounKey,
  inRelativeClause,
  isIsoValue,
  legalHistory,
  notAfter,
  referredDate,
  relativeToEvent,
  shiftedFromStory,
  storyDay,
} from "./story-dates.js";
import { homeCountry, NOT_A_COUNTRY, placedByStory, placeOfSpeaking, sentencePlaceAt, sharedCountry } from "./story-place.js";
import { IRREGULAR_PAST, isPastForm } from "./text/past.js";
import { type Tok, tokenAt, tokens } from "./text/tokens.js";
import { findTriggers, type Patient, type Trigger } from "./triggers.js";

/** Words of detention after a court's order ("ordered the accused remain in custody until …"). */
const CUSTODY = /^(custody|detention|detained|jail|jailed|prison|remanded)$/;

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_PLURAL = /^\p{Ll}+s$/u;
const LOWER_HYPHENED = /^\p{Ll}[\p{Ll}-]*$/u;
const LOWER_THIRD_PERSON = /^\p{Ll}+[^s]s$/u;
/** An auxiliary or an adverb between a subject and its verb ("has also", "repeatedly"). */
const AUX_OR_ADVERB = /^(has|have|had|also|previously|later|repeatedly|\p{Ll}+ly)$/u;
const LOWER_ING = /^\p{Ll}+ing$/u;
/** Days named from the speaker's now ("today", "tonight", "this morning"). */
const QUOTE_MARK = /["“”]/g;
const DEICTIC_DAY = /^(today|tonight|this (?:morning|afternoon|evening))$/i;
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(ans|ese|is|ers)$/u;

export type AnalysisInput = Omit<Analysis, "events">;

interface Discourse {
  /** Last subject and last object actors, for pronouns in later sentences. */
  lastSubject: ActorMention | null;
  lastObject: ActorMention | null;
  home: string | null;
  /** The home is only the country the story's actors name most (no dateline, no place in the lede). */
  homeByCount?: boolean;
  /** The actor of the last request, demand or appeal coded (for "declined the request"). */
  lastRequest?: Actor;
  /** The last act coded with a country's doer (for "condemned the attack", "criticized the move"). */
  lastAct?: LastAct;
  /** The story's own act: the first act its lede sentence codes with a country's doer (for "the attack" named
   * again paragraphs later, when the last act is too old or of another kind). */
  ledeAct?: LastAct;
  /** The previous sentence named a disaster ("A fire … . Officials said it killed nine"). */
  prevDisaster: boolean;
  /** Countries whose protests the story has told (for "the protests began …", which refers back to them). */
  protested: Set<string>;
  /** The story tells a disaster or accident and no attack anywhere ("A passenger flight … overshot the runway"). */
  storyDisaster?: boolean;
}

function refine(fam: Family, after: string, before: string, sector: string | null, sentenceBefore = before, sentenceAfter = after): string {
  // A family whose default is "---" codes only through its refinements. A "---" before the trigger vetoes
  // (tested on the sentence up to the trigger: "a collision which killed" spans a clause bound), and so
  // does one after it, tested on the sentence's own words after the trigger too: the argument clause may
  // stop at the next verb ("studies have demonstrated increased neurotransmitter expression").
  for (const [re, code] of fam.before ?? []) if (code === "---" && re.test(sentenceBefore)) return code;
  // (A finding read on past the clause stops at the next coordinated clause or finding: "found that it could
  // rule on the prorogation, and found the prorogation to be unlawful" is one finding, by the second verb.)
  const findingAfter = fam.afterInSentence
    ? (sentenceAfter.split(/,\s*(?:and|but|while)\b|\b(?:rules?|ruled|finds?|found)\b/)[0] ?? "")
    : "";
  for (const [re, code] of fam.after ?? [])
    if (re.test(after) || (code === "---" && re.test(sentenceAfter)) || (fam.afterInSentence && re.test(findingAfter))) return code;
  for (const [re, code] of fam.before ?? []) if (re.test(before)) return code;
  if (fam.bySector) {
    const c = fam.bySector[sector ?? ""];
    if (c) return c;
  }
  return fam.code;
}

const PLURAL_HEAD = /^(\p{Ll}+s|people|children|men|women)$/u;

/**
 * "they" after a subject of the same sentence that is no actor ("In August, the parents tried to have Waseem
 * released by saying they forgave him"): the pronoun is that subject, not an actor of the sentences before.
 */
function theyOfOwnSubject(toks: Tok[], ms: ActorMention[], m: ActorMention): boolean {
  if (m.kind !== "pronoun" || m.text.toLowerCase() !== "they") return false;
  const comma = toks.slice(0, 6).findIndex((t) => t.low === ",");
  const k = comma >= 0 && comma < m.ti ? comma + 1 : 0;
  if (toks[k]?.low !== "the") return false;
  const head = [k + 1, k + 2].find((i) => i < m.ti && PLURAL_HEAD.test(toks[i]!.text));
  return head !== undefined && !ms.some((x) => x.kind !== "pronoun" && x.ti <= head && x.tj > k);
}

/** Verbs of saying, writing and believing whose complement clause may open with its subject pronoun. */
const TELLING =
  /^(said|says|wrote|writes|stated|states|added|adds|told|tweeted|posted|claimed|claims|insisted|insists|argued|argues|noted|notes|explained|explains|announced|announces|believed|believes|thought|thinks|felt|feels|admitted|admits|confirmed|confirms|revealed|reveals|recalled|recalls)$/;

/**
 * "… while Interior Minister Joachim Brudziński wrote he had ordered fire safety checks": a subject "he"/"she"
 * opening the complement of a verb of saying is the person named right before that verb, not the first person
 * of the sentence.
 */
function tellerOf(toks: Tok[], ms: ActorMention[], m: ActorMention): ActorMention | undefined {
  if (m.kind !== "pronoun" || !/^(he|she)$/i.test(m.text) || m.antecedent) return undefined;
  let v = m.ti - 1;
  if (toks[v]?.low === "that") v--;
  if (!TELLING.test(toks[v]?.low ?? "")) return undefined;
  return ms.find((x) => x.tj === v && x.kind === "entity" && x.person);
}

/** Verbs of saying after which a subject pronoun is the speaker ("X has said he …", "X says that she …"). */
const SAID_BEFORE_PRONOUN =
  /^(said|says|say|added|adds|insisted|insists|argued|argues|claimed|claims|stated|states|testified|acknowledged|admitted|recalled|confirmed|denied|denies|maintained|maintains)$/;

function resolvePronoun(
  m: ActorMention,
  ms: ActorMention[],
  d: Discourse,
  asObject: boolean,
  doers: string[] = [],
  toks: Tok[] = [],
): ActorMention | null {
  if (m.kind !== "pronoun") return m;
  if (m.antecedent) return m.antecedent;
  const person = /^(he|she|him|her)$/i.test(m.text);
  // "it" and "they" never stand for one person ("It follows repeated failed attempts …" is no envoy's act).
  const fits = (x: ActorMention) => (person ? x.kind === "entity" : !x.person);
  const earlier = ms.filter((x) => x.tj <= m.ti && x.kind !== "pronoun" && !x.weak && fits(x));
  // "Sondland has said he has spoken several times with the president": "he" right after a verb of saying is
  // the person who says it, not the first name of the sentence ("Trump has recently tried to suggest …, but").
  if (person && !asObject) {
    const said = toks[m.ti - 1]?.low === "that" ? m.ti - 2 : m.ti - 1;
    if (SAID_BEFORE_PRONOUN.test(toks[said]?.low ?? "")) {
      let v = said - 1;
      while (v > 0 && AUX_OR_ADVERB.test(toks[v]!.low)) v--;
      const speaker = earlier.find((x) => x.tj === v + 1 && x.person);
      if (speaker) return { ...speaker, start: m.start, end: m.end, ti: m.ti, tj: m.tj };
    }
  }
  // An object "him" with one person named before it in the sentence, not the act's own doer, is that person
  // ("labeled Soleimani as a terrorist and levied sanctions against him"; not "Sirhan shot him").
  // … also the one person among names of bodies ("Jong Woo Son is already in prison …, but yesterday the
  // United States Department of Justice unsealed further charges against him").
  const him = /^him$/i.test(m.text);
  const persons = him ? earlier.filter((x) => x.person && !doers.includes(x.name)) : [];
  if (asObject && persons.length === 1) return { ...persons[0]!, start: m.start, end: m.end, ti: m.ti, tj: m.tj };
  const lone = him && earlier.length === 1 && !doers.includes(earlier[0]!.name);
  if (asObject && (earlier.length >= 2 || lone)) return { ...earlier[earlier.length - 1]!, start: m.start, end: m.end, ti: m.ti, tj: m.tj };
  if (!asObject && earlier.length > 0) return { ...earlier[0]!, start: m.start, end: m.end, ti: m.ti, tj: m.tj };
  const prev = asObject ? (d.lastObject ?? d.lastSubject) : d.lastSubject;
  // "he"/"him" is no group named by a plural noun ("two women were injured … The officers shot him dead").
  const group = prev?.kind === "agent" && PLURAL_HEAD.test(prev.text.split(/\s+/).pop() ?? "");
  // … nor a country ("Police have opened a criminal case against the driver and detained him": no "him" is Russia).
  // … and "them" is no one country told before ("… subjects, capturing them with clarity": not the
  // Netherlands of the sentence before; a state is "it").
  const them = /^them$/i.test(m.text) && prev?.kind === "country";
  return prev && (person ? !group && prev.kind !== "country" : !prev.person && !them)
    ? { ...prev, start: m.start, end: m.end, ti: m.ti, tj: m.tj, text: m.text }
    : null;
}

/**
 * Who underwent an event noun of arrest or expulsion (see Patient in triggers.ts): the name before its
 * possessive, the name after "of", or the person a possessive his/her/their stands for (a person named
 * earlier in the sentence, else the last subject when that is a person).
 */
/**
 * The noun a passive's subject ends with, when it is a common noun in lower case right before the verb's
 * auxiliaries ("The two parents were arrested" → parents; "337 suspected users in 38 countries were arrested"
 * → users, over a prepositional phrase); null for pronouns, names and anything else.
 */
function passiveSubjectNoun(toks: Tok[], ti: number): string | null {
  let k = ti - 1;
  while (
    k > 0 &&
    /^(was|were|been|being|be|is|are|have|has|had|later|also|then|reportedly|allegedly|subsequently|all|both)$/.test(toks[k]!.low)
  )
    k--;
  // ("her son had been convicted": a perfect passive opens with its "had".)
  const first = toks[k + 1]!.low;
  if (k === ti - 1 || !(/^(was|were|been|is|are)$/.test(first) || (/^(has|have|had)$/.test(first) && toks[k + 2]?.low === "been")))
    return null;
  // "… users in 38 countries were arrested": the noun before a prepositional phrase is the head.
  for (let j = k - 1; j > Math.max(0, k - 5); j--)
    if (/^(in|from|of|at|across)$/.test(toks[j]!.low)) {
      if (LOWER_PLURAL.test(toks[j - 1]?.text ?? "")) k = j - 1;
      break;
    }
  // "A former advisor for U.S. President Donald Trump was sentenced": a common noun before "for"/"of"/"to" and
  // a name (only capitalised words between) heads the subject, the name being whom it serves.
  if (UPPER_FIRST.test(toks[k]!.text)) {
    let j = k;
    while (j > k - 6 && j > 1 && UPPER_FIRST.test(toks[j - 1]!.text)) j--;
    if (/^(for|of|to)$/.test(toks[j - 1]?.low ?? "") && j - 2 >= 0) k = j - 2;
  }
  const w = toks[k]!;
  if (!LOWER_HYPHENED.test(w.text) || FUNCTION_WORD.test(w.low)) return null;
  return w.text;
}

/** Ways that a state blocks: crossings, borders, roads, ports and the passage of aid. */
const BLOCKED_WAY =
  /\b(crossings?|crossing points?|borders?|roads?|highways?|ports?|routes?|passages?|convoys?|entry|access|aid deliver(y|ies)|deliver(y|ies) of aid)\b/;
/** Families of a criticism or charge noun (its faced form is read with the subject as the one criticised or charged). */
const CRITICISM_FACED = /^(criticise|accuse)$/;
/** Words before a passive gerund whose doer is left unsaid ("after being shot"). */
const GERUND_OPENER = /^(after|before|following|upon|since|while)$/;

/** The common noun the sentence opens its subject with, before its first "was/were/is/are" ("The alleged shooter was …"). */
function mainSubjectNoun(toks: Tok[]): string | null {
  const k = toks.findIndex((t, i) => i > 0 && i <= 6 && /^(was|were|is|are|has|had)$/.test(t.low));
  if (k < 1 || !/^(the|a|an)$/i.test(toks[0]!.low)) return null;
  const w = toks[k - 1]!;
  return LOWER_HYPHENED.test(w.text) && !FUNCTION_WORD.test(w.low) ? w.text : null;
}

/** Words that are not the head of a noun phrase. */
const FUNCTION_WORD =
  /^(who|which|that|it|they|them|he|she|we|you|i|this|these|those|there|here|what|and|or|but|not|also|who|whom|one|some|many|others|all|both|each|none|several|few|most|more)$/;

/** Frequency over no set time: the act recurs ("at times", "numerous times, over the years"). */
const HABITUAL = /\b(at times|(numerous|many|countless|several) times|sometimes|over the years|from time to time|on occasions?)\b/;

/** Words that open a fronted adverbial phrase ("After his arrest on Friday, …"). */
const FRONTING = /^(after|following|before|since|upon|despite|during|until|on)$/;

function undergonePatient(toks: Tok[], ms: ActorMention[], p: Patient, d: Discourse): ActorMention | null {
  if (p.end !== undefined) {
    const m = ms.find((x) => x.tj === p.end);
    if (m?.kind !== "pronoun") return m ?? null;
    // "as he deflected Republican attacks": a subject pronoun that met the act stands for whom it resolves to.
    if (!/^(he|she|they)$/i.test(m.text)) return null;
    const r = resolvePronoun(m, ms, d, false);
    return r && (/^they$/i.test(m.text) || (r.kind === "entity" && r.person)) ? r : null;
  }
  if (p.start !== undefined) return ms.find((m) => m.ti === p.start && m.kind !== "pronoun") ?? null;
  if (p.pronoun === undefined) return null;
  const t = toks[p.pronoun]!;
  const as = t.low === "their" ? "they" : t.low === "his" ? "he" : "she";
  const surrogate: ActorMention = fullShape({
    start: t.start,
    end: t.end,
    ti: p.pronoun,
    tj: p.pronoun + 1,
    text: as,
    name: as,
    country: null,
    sector: null,
    kind: "pronoun",
  });
  // "After his arrest on Friday, Brenton stayed …": in a fronted phrase it stands for the main clause's subject.
  const comma = toks.findIndex((x, k) => k > p.pronoun! && x.low === ",");
  const main = ms.find((m) => m.ti === comma + 1 && m.kind === "entity" && m.person);
  if (comma > 0 && main && FRONTING.test(toks[0]!.low) && !ms.some((m) => m.tj <= p.pronoun! && m.kind === "entity")) return main;
  const r = resolvePronoun(surrogate, ms, d, false);
  return r && (as === "they" || (r.kind === "entity" && r.person)) ? r : null;
}

function inDirectQuote(quotes: Quote[], start: number): boolean {
  return quotes.some((q) => q.kind === "direct" && q.start <= start && start < q.end);
}

/** Is offset `at` inside quotation marks opened and closed in its sentence (`from` to `to`)? The quoted words
 * of a mixed quote are the speaker's, as a direct quote's are ('Trump said Bolton broke the law and "likes
 * dropping bombs on people, and killing them."'). A quotation that runs on past its sentence is left to the
 * quote analysis. */
function insideQuotationMarks(text: string, from: number, at: number, to: number): boolean {
  let straight = 0;
  let curly = 0;
  for (let i = from; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) straight++;
    else if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
  }
  if (straight % 2 === 0 && curly <= 0) return false;
  for (let i = at; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((straight % 2 === 1 && c === 34) || (curly > 0 && c === 0x201d)) return true;
  }
  return false;
}

/**
 * A claim accuses the actor its complement is about: the complement's subject ("claimed Iran spoofed
 * e-mails", "claimed that Houthis have attacked") or the agent of its passive ("claimed violent protesters
 * were sent by the government"); not an actor named further on ("claimed she made this decision without
 * influence from the White House", "claimed the wall was … America's border security").
 */
function claimTarget(toks: Tok[], m: ActorMention, tj: number): boolean {
  const at = toks[tj]?.low === "that" ? tj + 1 : tj;
  const det = /^(the|a|an)$/.test(toks[at]?.low ?? "") ? at + 1 : at;
  if (m.ti === at || m.ti === det) return true;
  if (toks[m.ti - 1]?.low !== "by" && !(toks[m.ti - 1]?.low === "the" && toks[m.ti - 2]?.low === "by")) return false;
  const by = toks[m.ti - 1]?.low === "by" ? m.ti - 1 : m.ti - 2;
  return toks.slice(Math.max(tj, by - 4), by).some((t) => /^(was|were|been|being|is|are)$/.test(t.low));
}

/** Words of physical violence or armed force. */
const PHYSICAL =
  /\b(kill\w*|injur\w*|wound\w*|dead|died|gunm[ae]n|guns?|gunfire|shot|shooting|bomb\w*|explosi\w*|knife|stabb\w*|troops|soldiers|forces|militants?|rebels?|police|air ?strikes?|missiles?|rockets?|drones?|shell\w*|armed|weapons?|violence|violent)\b/;

/** A named person or party of civil politics (not the military, the police, armed groups or criminals). */
function verbalAttacker(m: ActorMention | undefined, a: Actor | undefined): boolean {
  if (!m || !a || (m.kind !== "entity" && m.kind !== "agent")) return false;
  return a.sector === null || a.sector === undefined ? m.kind === "entity" : /^(GOV|LEG|PTY|ELI|JUD)$/.test(a.sector);
}

/**
 * An attack in words: by a civilian office holder or party, with no weapon, force or casualty told, and not
 * an assault ("an allegation he assaulted Neka Dorokashvili, his ex-wife" is violence whoever the doer is).
 */
function verbalAttack(m: ActorMention | undefined, a: Actor | undefined, sentLow: string, trigger: string): boolean {
  return verbalAttacker(m, a) && !PHYSICAL.test(sentLow) && !/^assault/.test(trigger);
}

/** What is welcomed when a welcome is approval, not hosting: an act, a plan or a statement (after an article
 * or a possessive and up to two words). */
const WELCOMED_ACT =
  /^\s+(?:the|a|an|its|their|his|her|this|that|these|those|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:statements?|decisions?|moves?|news|reports?|plans?|proposals?|agreements?|deals?|steps?|announcements?|initiatives?|offers?|rulings?|verdicts?|releases?|resolutions?|ceasefire|truce|election|results?|outcome|changes?|reforms?)\b/;

/** Sides that can win a game or a match: countries and named bodies with no public role (teams), never
 * people, agents ("police", "protesters") or state organs. */
function isSideOfGame(ms: ActorMention[]): boolean {
  return ms.length > 0 && ms.every((m) => (m.kind === "country" && !m.weak) || (m.kind === "entity" && !m.person && !m.sector));
}

/** An anaphoric request: "the request", "their demand", "this offer". */
const REQUEST_NOUN =
  /^\s+(?:the|this|that|these|those|their|his|her|its)\s+(?:\w+\s+)?(?:requests?|demands?|calls?|appeals?|offers?|proposals?|pleas?|suggestions?)\b/;

/** News outlets and journalists: where words are told ("told Agence France-Presse"), not their target. */
const isMedia = (sector: string | null | undefined): boolean => sector === "MED" || sector === "JRN";

/**
 * Diagnostics for the benches: called with the reason each trigger of a sentence was not coded
 * (a filter's name), and with "sentence:<number of triggers>" and its tokens once per sentence before them. Off (null) by default.
 */
type DropTrace = (reason: string, trigger: Trigger | null, toks?: Tok[]) => void;
let dropTrace: DropTrace | null = null;
export function traceDrops(fn: DropTrace | null): void {
  dropTrace = fn;
}

/** Whether trigger `o` is coordinated with `tr` ("donated and personally delivered goods to …"). */
function coordinatedWith(toks: Tok[], tr: Trigger, o: Trigger): boolean {
  return (
    o.ti > tr.tj &&
    o.ti - tr.tj <= 2 &&
    toks[tr.tj]!.low === "and" &&
    (o.ti - tr.tj === 1 || /ly$/.test(toks[tr.tj + 1]!.low)) &&
    // "declared a state of emergency and deployed the national guard": a phrase that holds its own object
    // shares none with the next verb.
    !(tr.tj - tr.ti >= 2 && !PARTICLE_END.test(toks[tr.tj - 1]!.low))
  );
}
/** Last words of a phrase trigger that still wants its object ("cracked down on", "taken into"). */
const PARTICLE_END = /^(in|on|down|out|up|off|into|to|with|at|for|over|against|from|by|of|away|back|about)$/;

/** The speaker of a speech verb right before a subject pronoun ("Iraq said it would allow …"). */
function speakerOf(speakers: { ti: number; tj: number; m: ActorMention }[], toks: Tok[], m: ActorMention): ActorMention | undefined {
  return m.kind === "pronoun" && !/^(he|she|him|her)$/i.test(m.text)
    ? speakers.find((sp) => sp.tj === m.ti || (sp.tj === m.ti - 1 && toks[sp.tj]!.low === "that"))?.m
    : undefined;
}

/** The actor's own country after a withdrawal ("Trump withdrew the US from a … treaty with Iran"). */
function ownCountry(fam: Family, actors: ActorMention[], tr: Trigger, m: ActorMention): boolean {
  return fam.name === "withdraw" && m.kind === "country" && m.country !== null && m.country === actors[0]?.country && m.ti >= tr.tj;
}

/** The actor's own country or agents ("withdraw its troops from Lebanon"). */
function own(fam: Family, actors: ActorMention[], tr: Trigger, toks: Tok[], m: ActorMention): boolean {
  return (
    ownCountry(fam, actors, tr, m) ||
    (m.kind === "agent" && !m.country && (/^(its|their|his|her|our)$/.test(toks[m.ti - 1]?.low ?? "") || fam.name === "withdraw"))
  );
}

/** "his U.S. counterpart": a counterpart without a sector takes the other side's. */
function mirrorCounterparts(list: Actor[], ml: ActorMention[], other: Actor[]): void {
  list.forEach((a, i) => {
    if (ml[i]?.counterpart && !a.sector) a.sector = other[0]?.sector ?? null;
  });
}

/** An event of sentence `s` (its text `sentence`) with the trigger `tr` as evidence. */
function makeEvent(
  text: string,
  s: Sentence,
  sentence: string,
  toks: Tok[],
  code: string,
  actor: Event["actor"],
  recipient: Event["recipient"],
  date: Event["date"],
  mode: Event["mode"],
  tr: Trigger,
  confidence: number,
  method: string,
): Event {
  const t0 = toks[tr.ti]!;
  const t1 = toks[tr.tj - 1]!;
  return {
    cameo: cameo(code),
    plover: ploverFor(code),
    actor,
    recipient,
    date,
    location: null,
    mode,
    evidence: {
      sentence,
      start: s.start,
      end: s.end,
      trigger: { text: text.slice(t0.start, t1.end), start: t0.start, end: t1.end },
    },
    confidence,
    method,
  };
}

/** What one sentence gives each of its triggers: read-only while they are coded. */
interface SentenceScope {
  text: string;
  s: Sentence;
  toks: Tok[];
  ms: ActorMention[];
  times: TimeRef[];
  quotes: Quote[];
  anchor: { value: string | null; source: string };
  articleAnchor: { value: string | null; source: string };
  d: Discourse;
  /** The country the sentence places itself in, if any. */
  here: string | null;
  /** Where an armed act struck, when no actor is its target: not a place where words about it were said. */
  struck: string | null;
  /** The sentence's place, else the story's home. */
  local: string | null;
  sentenceText: string;
  sentLow: string;
  disasterHere: boolean;
  /** Deaths, damage and emergency measures here are a disaster's or an accident's, not anyone's act. */
  disaster: boolean;
  triggers: Trigger[];
  /** Who speaks in this sentence (for intentions and demands in reported speech). */
  speakers: { ti: number; tj: number; m: ActorMention }[];
}

/** What coding a sentence's triggers in order carries from one trigger to the next. */
interface SentenceState {
  events: Event[];
  claimFloor: number;
  chargeFloor: number;
  codedAfter: number;
  speechTriggers: Trigger[];
  sentenceSubject: ActorMention | null;
  /** The best act without a recipient, coded only when the sentence has no other PLOVER event. */
  fallback: Event | null;
  /** The subject of the last trigger read, coded or not. */
  priorSubject: ActorMention | null;
  /** The named subject of the first trigger read (the main clause's, mostly): undefined before it. */
  mainSubject: ActorMention | null | undefined;
  /** Where the objects of the triggers read so far start (token index). */
  priorObjects: Set<number>;
}

/** The checks every trigger passes before its clause is read: who performs an act told in direct quotation (null: not quoted), or the reason it was dropped. */
function screen(sc: SentenceScope, st: SentenceState, tr: Trigger): Performer | string {
  const { text, s, toks, ms, quotes, disaster } = sc;
  const fam = tr.family;
  if (disaster && NOT_IN_DISASTER.test(fam.name)) {
    return "disaster";
  }
  const trigTok = toks[tr.ti]!;
  if (tr.ti >= st.claimFloor || (tr.ti > st.chargeFloor && /ing$/.test(trigTok.low) && !tr.noun)) {
    return "inside-claim";
  } // inside a claim ("accused them of having meddled")
  if (ms.some((m) => m.ti <= tr.ti && tr.ti < m.tj)) {
    return "inside-mention";
  } // "Serb forces": a noun inside a mention
  // "I strongly reject …", "we warn the Saudis …": an act its speaker performs by saying it (performative.ts).
  let performer: ReturnType<typeof quotedPerformer> = null;
  if (inDirectQuote(quotes, trigTok.start) || insideQuotationMarks(text, s.start, trigTok.start, s.end)) {
    performer = tr.judged !== undefined ? quotedJudge(toks, ms, tr, quotes) : quotedPerformer(toks, ms, tr, quotes);
    if (!performer) {
      return "direct-quote";
    }
  }
  // "Rittenhouse is accused of crossing state lines and shooting and killing two people": the acts a passive's
  // charge names as gerunds are not told, also when the charge itself is not coded (see chargeFloor below).
  if (!tr.noun && /^(is|are|was|were|been|be)$/.test(toks[tr.ti - 1]?.low ?? "") && fam.claimPreps?.includes(toks[tr.tj]?.low ?? ""))
    st.chargeFloor = Math.min(st.chargeFloor, tr.tj);
  if (!fam.speech && !codesStatements() && genericPresent(toks, tr.ti, ms)) {
    return "generic-present";
  }
  if (!codesStatements() && wishedOfOther(toks, tr.ti, (a, b) => ms.some((m) => m.ti >= a && m.tj <= b))) {
    return "wished-of-other";
  }
  // "extradite people accused of crimes", "anyone charged with a crime": a participle with no object
  // before its claim describes the noun before it; no one accuses anyone in this clause.
  if (
    fam.name === "accuse" &&
    /^(accused|charged)$/.test(trigTok.low) &&
    /^(of|with)$/.test(toks[tr.tj]?.low ?? "") &&
    !/^(was|were|is|are|be|been|being|am|not|also|later|formally|reportedly|allegedly|previously)$/.test(toks[tr.ti - 1]?.low ?? "")
  ) {
    return "reduced-relative";
  }
  // "La Riva agreed with the nationalization of the Federal Reserve": agreeing with a thing is an opinion;
  // agreeing with someone, to do something or on something is an act.
  if (
    fam.name === "agree" &&
    /^agree/.test(trigTok.low) &&
    toks[tr.tj]?.low === "with" &&
    /^(the|a|an|this|that|these|those|his|her|their|its)$/.test(toks[tr.tj + 1]?.low ?? "") &&
    LOWER_FIRST.test(toks[tr.tj + 2]?.text ?? "") &&
    !ms.some((m) => m.ti > tr.tj && m.ti <= tr.tj + 2)
  ) {
    return "agree-opinion";
  }
  // "Sixt offers a new and premium fleet", "they offer premium ANC performance": what is offered to customers
  // is trade. An offer between sides is made to someone or to do something ("offered its troops to Lebanon's
  // new President", "offered to negotiate"), names its taker right after the verb, or offers help, talks or
  // a settlement.
  if (
    fam.name === "agree" &&
    /^offer/.test(trigTok.low) &&
    !ms.some((m) => m.ti === tr.tj) &&
    !OFFER_BETWEEN_SIDES.test(
      text
        .slice(trigTok.end, Math.min(s.end, trigTok.end + 100))
        .toLowerCase()
        .split(/[.;:!?]/)[0]!,
    )
  ) {
    return "offer-to-customers";
  }
  // "Obama took a veiled shot at Trump", "took a parting shot on Twitter": a shot taken is a remark.
  if (
    fam.name === "shoot" &&
    /^shots?$/.test(trigTok.low) &&
    toks.slice(Math.max(0, tr.ti - 4), tr.ti).some((t) => /^(took|take|takes|taking)$/.test(t.low))
  ) {
    return "shot-taken";
  }
  return performer;
}

/** A speech trigger is coded after the acts (codeStatement); a claim's content is no act told as fact. */
function noteSpeech(sc: SentenceScope, st: SentenceState, tr: Trigger): void {
  const { text, s, toks } = sc;
  const fam = tr.family;
  const trigTok = toks[tr.ti]!;
  st.speechTriggers.push(tr);
  // What a claim alleges is the claim's content, not an act told as fact ("Tamim claimed Houthis have
  // attacked journalists": Tamim accuses the Houthis); claiming responsibility or victory is a statement,
  // and "the attack was claimed by …" claims nothing of the kind.
  if (
    fam.name === "claim" &&
    !/^(was|were|been|being|is|are)$/.test(toks[tr.ti - 1]?.low ?? "") &&
    refine(fam, text.slice(trigTok.end, s.end).toLowerCase().slice(0, 40), "", null) === fam.code
  )
    st.claimFloor = Math.min(st.claimFloor, tr.tj);
}

/** The checks on an act's verb before its clause is read (infinitives of purpose, governed verbs): the reason it was dropped, or null. */
function screenAct(sc: SentenceScope, tr: Trigger): string | null {
  const { toks, triggers } = sc;
  const trigTok = toks[tr.ti]!;
  // "agreed to meet", "threatened to impose": the governing trigger codes the event.
  // An intent word that is itself a trigger ("ready", "prepared") leaves the act to be coded as an intent.
  const enacted = enactGovernor(toks, tr.ti);
  if (
    toks[tr.ti - 1]?.low === "to" &&
    !enacted &&
    triggers.some(
      (o) => o !== tr && o.tj >= tr.ti - 3 && o.tj <= tr.ti - 1 && !o.family.speech && !(o.lexicon && intentGovernor(toks, tr.ti)),
    )
  ) {
    return "governed-infinitive";
  }

  // "to V" states a purpose or an attempt ("sued … to block", "tried to storm"), not an act; intentions
  // ("ready to send") are coded as such below.
  // A dictionary pattern that names words before the verb ("hosting … to celebrate") codes it anyway.
  if (
    toks[tr.ti - 1]?.low === "to" &&
    !enacted &&
    !intentGovernor(toks, tr.ti) &&
    // "The two leaders are to meet": a plan (future), not a purpose.
    !/^(is|are|am)$/.test(toks[tr.ti - 2]?.low ?? "") &&
    !(tr.lexicon && lexiconCode(toks, tr.ti, tr.tj, 0, Math.min(toks.length, tr.tj + 8))?.pre)
  ) {
    return "purpose-infinitive";
  }
  // "declared a state of emergency so he could begin the construction …": a purpose clause after "so (that)"
  // with a modal names an act sought, not done.
  if (purposeClause(toks, tr.ti)) {
    return "purpose-clause";
  }
  // … also the second of two coordinated infinitives ("to find and arrest a person").
  if (
    /^(and|or)$/.test(toks[tr.ti - 1]?.low ?? "") &&
    toks[tr.ti - 3]?.low === "to" &&
    !/(ed|s)$/.test(trigTok.low) &&
    !IRREGULAR_PAST.test(trigTok.low) &&
    !intentGovernor(toks, tr.ti - 2)
  ) {
    return "coordinated-infinitive";
  }
  return null;
}

/** Who acts and who undergoes the act, as mentions of the trigger's clause (resolved pronouns, relative and participial subjects, event nouns' doers), or the reason it was dropped. */
function findSides(sc: SentenceScope, st: SentenceState, tr: Trigger, k: number, performer: Performer): Sides | string {
  const { toks, ms, d, struck, local, triggers, speakers } = sc;
  const fam = tr.family;
  const trigTok = toks[tr.ti]!;
  // Coordinated verbs share their object ("donated and personally delivered goods to …"): the bound is
  // the trigger after them.
  const next = triggers
    .slice(k + 1)
    .find((o) => !o.family.speech && !o.noun && !(toks[o.ti - 1]?.low === "to") && !coordinatedWith(toks, tr, o));
  const args = findArgs(
    toks,
    performer ? [...ms, performer].sort((a, b) => a.ti - b.ti) : ms,
    fam,
    tr.ti,
    tr.tj,
    next ? next.ti : toks.length,
  );
  if (args.claimAt >= 0) st.claimFloor = Math.min(st.claimFloor, args.claimAt);
  // A passive's charge follows the verb at once ("was convicted of … obstructing the administration of the
  // Internal Revenue Laws"): the acts it names as gerunds are not told (its times still date the verb).
  if (args.passive && fam.claimPreps?.includes(toks[tr.tj]?.low ?? "")) st.chargeFloor = Math.min(st.chargeFloor, tr.tj);
  // "Iraq said it would allow …": a subject pronoun right after a speech verb is its speaker.
  let actors = args.actors
    .map((m) => {
      const sp = speakerOf(speakers, toks, m) ?? tellerOf(toks, ms, m);
      if (sp) return { ...sp, start: m.start, end: m.end, ti: m.ti, tj: m.tj };
      return theyOfOwnSubject(toks, ms, m) ? null : resolvePronoun(m, ms, d, false, [], toks);
    })
    .filter((m): m is ActorMention => m !== null);
  let recips = args.recipients
    .map((m) => {
      const r = resolvePronoun(
        m,
        ms,
        d,
        true,
        actors.map((a) => a.name),
      );
      // An object pronoun does not point back at this event's own subject ("police fired tear gas at them").
      if (r && m.kind === "pronoun" && actors.some((a) => a.name === r.name))
        return d.lastSubject && !actors.some((a) => a.name === d.lastSubject!.name)
          ? { ...d.lastSubject, start: m.start, end: m.end, ti: m.ti, tj: m.tj }
          : null;
      return r;
    })
    .filter((m): m is ActorMention => m !== null);
  // "withdraw its troops from Lebanon": the actor's own agents are not the recipient when another is named.
  // What is withdrawn (troops, inspectors, diplomats) is the actor's own, also without a possessive
  // ("will withdraw weapons inspectors and humanitarian workers from Iraq").
  // So is the actor's own country ("Trump withdrew the US from a nuclear nonproliferation treaty with Iran").
  if (recips.length > 1 && recips.some((m) => !own(fam, actors, tr, toks, m)))
    recips = recips.filter((m) => !own(fam, actors, tr, toks, m));
  else if (recips.length === 1 && own(fam, actors, tr, toks, recips[0]!)) {
    // … or right after them, behind one of the family's prepositions ("from neighboring Lebanon"), also
    // after more of what is withdrawn ("weapons inspectors and humanitarian workers from Iraq").
    const o = recips[0]!;
    const preps = fam.recipientPreps ?? [];
    const after = ms.find(
      (m) =>
        m.kind !== "pronoun" &&
        m.country &&
        m.ti > o.tj &&
        m.ti - o.tj <= 6 &&
        m.tj <= args.clauseEnd &&
        toks.slice(o.tj, m.tj).some((t) => preps.includes(t.low)),
    );
    if (after) recips = [after];
    else if (ownCountry(fam, actors, tr, o)) recips = [];
  }
  // An event noun's doer is its possessive or its by-phrase, its recipient a name after one of its
  // prepositions ("Iraq's invasion of Kuwait", "an attack on the embassy by militants").
  /** An event noun of an act done to someone, with who underwent it ("his arrest"): read as a passive. */
  let undergone = false;
  /** The country an attack named with its doer alone struck (see the noun's reduced relative). */
  let attackedPlace: string | null = null;
  if (tr.noun?.patient) {
    const byAt = (m: ActorMention) => toks[m.ti - 1]?.low === "by" || (toks[m.ti - 1]?.low === "the" && toks[m.ti - 2]?.low === "by");
    const patient = undergonePatient(toks, ms, tr.noun.patient, d);
    if (!patient) {
      return "noun-no-patient";
    }
    const by = ms.find((m) => m.ti > tr.tj && m.ti - tr.tj <= 9 && m.kind !== "pronoun" && byAt(m));
    actors = by ? [by] : [];
    // Criticism faced by the subject (triggers.ts criticismFaced): from whom "from" names, else the name
    // right before the noun ("Palestinian criticism").
    if (CRITICISM_FACED.test(fam.name) && tr.noun.patient.end !== undefined && toks[tr.noun.patient.end]) {
      const from = ms.find(
        // (also past ", including": "deflected Republican attacks, including from the White House")
        (m) =>
          m.ti > tr.tj &&
          m.ti - tr.tj <= (toks[tr.tj]?.low === "," && toks[tr.tj + 1]?.low === "including" ? 5 : 3) &&
          m.kind !== "pronoun" &&
          toks.slice(tr.tj, m.ti).some((t) => t.low === "from"),
      );
      const before =
        tr.noun.doer >= 0 ? ms.find((m) => m.tj === tr.noun!.doer && m.kind !== "pronoun" && m.ti > tr.noun!.patient!.end!) : undefined;
      actors = from ? [from] : before ? [before] : [];
    }
    recips = [patient];
    undergone = true;
  } else if (tr.noun) {
    const byAt = (m: ActorMention) => byPhraseAt(toks, m.ti);
    const doer =
      tr.noun.doer >= 0
        ? ms.find((m) => m.tj === tr.noun!.doer && m.kind !== "pronoun")
        : tr.noun.agent !== undefined
          ? ms.find((m) => m.ti === tr.noun!.agent && m.kind !== "pronoun")
          : ms.find((m) => m.ti > tr.tj && m.ti - tr.tj <= 9 && m.kind !== "pronoun" && byAt(m));
    if (!doer) {
      return "noun-no-doer";
    }
    actors = [doer];
    recips = recips.filter((m) => m.ti > tr.ti && m.name !== doer.name && !byAt(m));
    // The verb of a reduced relative ("a phone call made by President Trump … to Ukrainian President
    // Volodymyr Zelensky") ends no clause: a recipient past the by-phrase is the noun's.
    // (Not "The meeting was attended by X and Y": the names after the doer are more of its doers.)
    if (recips.length === 0 && tr.noun.doer < 0 && next?.ti === tr.tj && next.ti < doer.ti)
      recips = findArgs(toks, ms, fam, tr.ti, tr.tj).recipients.filter(
        (m) =>
          m.ti > doer.ti &&
          m.kind !== "pronoun" &&
          m.name !== doer.name &&
          toks.slice(doer.tj, m.ti).some((t) => fam.recipientPreps?.includes(t.low)),
      );
    // "Dozens died in the attack, reportedly conducted by the Taliban": an attack whose doer alone is named
    // struck where the sentence, else the story, happens (as an armed attack on a thing does, below).
    if (recips.length === 0 && tr.noun.agent !== undefined && (struck ?? local)) attackedPlace = struck ?? local;
    else if (recips.length === 0) {
      return "noun-no-recipient";
    }
  }
  // A participial clause ("…, accusing them of …") shares the sentence's subject.
  // … also when the main clause's own verb was not coded ("Governor Kay Ivey signed the Act, officially
  // outlawing …", "protesters gathered around the police complex, blocking the exits"): a participle
  // right after a comma (and an adverb) takes the subject of the verb before it.
  // The verb before is the main clause's: the sentence's first trigger, when its subject is named.
  // "the shooting of …", "the police killing of …" is a noun, not a participial clause.
  const participle =
    /ing$/.test(trigTok.low) &&
    !/^(is|are|was|were|be|been|being|am)$/.test(toks[tr.ti - 1]?.low ?? "") &&
    !gerundNoun(toks, ms, tr.ti, tr.tj);
  if (actors.length === 0 && participle) {
    const comma = toks[tr.ti - 1]?.low === "," || (/ly$/.test(toks[tr.ti - 1]?.low ?? "") && toks[tr.ti - 2]?.low === ",");
    const subject = st.sentenceSubject ?? (comma ? (st.mainSubject ?? null) : null);
    if (subject) actors = [subject];
  }
  // Nor is a participle's subject the object of the verb before it ("law enforcement cleared … protesters
  // from Lafayette Square using tear gas"): it shares that verb's subject.
  if (participle && actors.length === 1 && st.priorObjects.has(actors[0]!.ti) && st.priorSubject) actors = [st.priorSubject];
  for (const m of recips) st.priorObjects.add(m.ti);
  // ", who denounced …": the relative pronoun's antecedent is the subject.
  // … also over auxiliaries and adverbs (", who has vowed", ", who had repeatedly denied").
  let who = tr.ti - 1;
  while (who > tr.ti - 4 && who > 0 && RELATIVE_GAP.test(toks[who]?.low ?? "")) who--;
  if (actors.length === 0 && toks[who]?.low === "who" && !(who < tr.ti - 1 && args.passive)) {
    const ante = relativeAntecedent(toks, ms, who);
    if (ante.length > 0) actors = ante;
  }
  // A coordinated verb ("The court found …, and found …") shares the subject of the verb before it.
  // (Not a passive: "a girl who was ripped from her mother's arms and kidnapped" names no doer.)
  if (actors.length === 0 && toks[tr.ti - 1]?.low === "and" && st.priorSubject && !args.passive) actors = [st.priorSubject];
  if (st.mainSubject === undefined) st.mainSubject = actors[0] && actors[0].kind !== "pronoun" ? actors[0] : null;
  if (actors[0] && actors[0].kind !== "pronoun") st.priorSubject = actors[0];
  let reciprocal = false;
  // A promise or an offer is made by all its subjects together ("All three nations offered military
  // assistance"), not by one to the others; agreeing is done with each other.
  const oneSided = fam.name === "agree" && /^(offer|promis|pledg|vow|commit)/.test(trigTok.low);
  // An object that is one of the subjects again is the next clause's subject ("Serbia and Kosovo opened
  // economic ties as well and Serbia agreed …"): the subjects act with each other.
  if (fam.reciprocal && !oneSided && actors.length >= 2 && recips.length > 0 && recips.every((r) => actors.some((a) => a.name === r.name)))
    recips = [];
  if (fam.reciprocal && !oneSided && recips.length === 0 && actors.length >= 2) {
    recips = actors.slice(1);
    actors = actors.slice(0, 1);
    reciprocal = true;
  } else if (fam.reciprocal && recips.length > 0 && toks.slice(tr.tj, tr.tj + 2).some((t) => t.low === "with")) reciprocal = true;
  if (args.reciprocal) reciprocal = true;

  return { args, actors, recips, undergone, attackedPlace, participle, reciprocal };
}

/** When the act happened (else the anchor it inherits, or background), or the reason it was dropped. */
function dateAct(sc: SentenceScope, st: SentenceState, tr: Trigger, sides: Sides): DateChoice | string {
  const { toks, times, anchor, articleAnchor, speakers } = sc;
  const events = st.events;
  const { args, participle } = sides;
  // What a speaker said he would do is dated by the saying ("Trump also said that he would prefer to agree …").
  const toldInPast = speakers.some((sp) => sp.ti < tr.ti && inherits(toks, sp.ti));
  // A participle after a comma ("KGB arrested 33 Russian individuals, claiming them to be mercenaries")
  // happens with the act it follows, and takes its date.
  const afterComma = toks[tr.ti - 1]?.low === "," || (/ly$/.test(toks[tr.ti - 1]?.low ?? "") && toks[tr.ti - 2]?.low === ",");
  const led = participle && afterComma ? events[events.length - 1] : undefined;
  let choice = chooseDate(
    toks,
    times,
    tr.ti,
    args.lb,
    args.clauseEnd,
    args.claimAt,
    led?.date.value
      ? { value: led.date.value, source: led.date.source ?? "sentence" }
      : // (An attack named by its noun with its doer after it is of the story's narrative, as its clause's verb:
        // "Dozens died in the attack, reportedly conducted by the Taliban".)
        inherits(toks, tr.ti) || toldInPast || tr.noun?.agent !== undefined
        ? anchor
        : articleAnchor,
  );
  // "Under him, the diocese had protested against a copper and gold mining project", "Pelosi had agreed to
  // support some of her opponents' plans": an act told in the past perfect with no time of its own, and no
  // verb of saying or learning before it ("said it had carried out the attack" is the reported act), lies
  // before the story at a time the text does not give: not the story's day.
  // So is one in a sentence that sets it back by an unresolved cue ("Khan was convicted of terrorism years ago").
  // An act reported by a saying set back ("Nigeria previously announced it planned to join the AfCFTA") is as
  // far back as the saying.
  const saidBefore = speakers.some((sp) => sp.ti < tr.ti && setBackCue(toks, sp.ti));
  // A tally or a habit of past acts ("The House has only impeached two other Presidents", "Numerous times,
  // over the years, people have been sentenced …", modes.ts) is no act of the story's day either.
  const pastHabit = detectModes(toks, tr.ti, tr.tj, args.lb).historical;
  // An act told in the simple past whose sentence goes on with what came with it or caused it in an earlier year
  // ("A jury convicted Blankenship …, and he received a one year prison sentence in 2016.") is of that past.
  const backdrop = inherits(toks, tr.ti) && backdropAfter(toks, times, tr.ti, args.claimAt, articleAnchor.value);
  // "Duterte threatened the network's franchise renewal before, …, and he accused the network of \"swindling\"":
  // acts of a sentence set before the story by "before" closing a clause, with no time of their own, are
  // background to it, not acts to code (as the no-target fallback reads them).
  if (!led && choice.date.source !== "sentence" && beforeAdverb(toks)) {
    return "background-before";
  }
  if (
    !led &&
    choice.date.source !== "sentence" &&
    (pastPerfect(toks, tr.ti) ||
      setBack(toks, tr.ti, args.clauseEnd) ||
      saidBefore ||
      pastHabit ||
      backdrop ||
      duringOccasions(toks, tr.ti, args.clauseEnd) ||
      inLifeSpan(toks, tr.ti) ||
      cameAfter(toks, tr.ti) ||
      spanAfter(toks, tr.ti) ||
      repeatedPerfect(toks, tr.ti) ||
      nounInPastPerfect(toks, tr.ti, args.clauseEnd))
  )
    choice = { date: { value: null, source: "background" } };
  return choice;
}

/** The sides as coded actors dated by the act, with those the text leaves unnamed supplied (the police of the place, its courts, unknown attackers, the act's own place), or the reason it was dropped. */
function supplySides(
  sc: SentenceScope,
  st: SentenceState,
  tr: Trigger,
  sides: Sides,
  choice: DateChoice,
  performer: Performer,
): Parties | string {
  const { text, toks, ms, quotes, d, here, struck, local, sentLow } = sc;
  const fam = tr.family;
  const trigTok = toks[tr.ti]!;
  const { args, actors, undergone, attackedPlace } = sides;
  let recips = sides.recips;
  const dateValue = choice.date.value;
  const actorObjs = actors.map((m) => toActor(m, dateValue));
  let recipObjs = recips.map((m) => toActor(m, dateValue));
  // "his U.S. counterpart": the counterpart's sector mirrors the other side.
  mirrorCounterparts(actorObjs, actors, recipObjs);
  mirrorCounterparts(recipObjs, recips, actorObjs);
  // In a compound ("five Russian entities and 19 individuals") a member without a country shares its partner's.
  for (const list of [actorObjs, recipObjs]) {
    const c = list.find((x) => x.country)?.country;
    if (c && list.length > 1) for (const x of list) if (!x.country && x.sector) x.country = c;
  }
  // In a story placed only by the countries its actors name most (no dateline, no place in the lede), the
  // unnamed doer of an act done to someone the sentence gives a country of their own ("An Iranian woman
  // was sentenced 20 years", "a Pakistani journalism student Mashal Khan was killed by a mob lynch", in an
  // interview with an Australian) is of the victim's country, not of the story's most named one: its courts,
  // its police, its people.
  const victimHome = !here && d.homeByCount && args.passive ? sharedCountry(recips) : null;
  const doerHome = victimHome ?? local;
  if (actorObjs.length === 0) {
    // "71 people were arrested", "three were killed": an agentless passive. Arrests are made by the
    // police of the place; unknown attackers take the country of the event with no sector.
    const byAuthorities = /^(arrest|deport|crackdown|restrict|emergency|seize|investigate)$/.test(fam.name);
    // "Avenatti was charged with three distinct crimes", "has been indicted", "The nine men were prosecuted
    // for 22 different crimes": charges are brought by the place's prosecutors.
    const byCourt =
      fam.name === "convict" ||
      (fam.name === "accuse" && /^(charged|indicted|prosecuted)$/.test(toks[tr.ti]!.low) && args.claimAt !== tr.tj - 1) ||
      // "Now Assange faces 18 criminal charges in the US" (triggers.ts criticismFaced): the place's prosecutors.
      (fam.name === "accuse" && undergone && /^(charges?|indictments?)$/.test(toks[tr.ti]!.low));
    const byUnknown = /^(attack|bomb|kill|shoot|abduct|beat|assassinate)$/.test(fam.name);
    // In the story of an accident or disaster, deaths and injuries told with no word of an attack are the
    // accident's ("at least a dozen people lost their lives and scores more were injured").
    if (byUnknown && d.storyDisaster && !VIOLENCE.test(sentLow)) {
      return "disaster-story";
    }
    // A passive whose by-phrase names its doer, neither an actor nor a weapon nor an attack ("was killed by his
    // lions", "injured by falling debris"): the doer is known and no one who attacks.
    if (byUnknown && args.passive && namedHarmlessDoer(toks, tr.tj, ms)) {
      return "doer-not-attacker";
    }
    // A passive infinitive or gerund ("called for his death to be investigated", "to extradite anyone … to
    // be prosecuted", "prevent it from being destroyed") names an act wanted or avoided, not one done.
    const untold =
      // ("is to be sentenced in June" is a scheduled act.)
      (toks[tr.ti - 1]?.low === "be" && toks[tr.ti - 2]?.low === "to" && !/^(is|are|was|were|am)$/.test(toks[tr.ti - 3]?.low ?? "")) ||
      (toks[tr.ti - 1]?.low === "being" && /^(from|not|of|avoid|without)$/.test(toks[tr.ti - 2]?.low ?? ""));
    if (untold && args.passive) {
      return "untold-passive";
    }
    // "Nabil Hasan al-Quaety … died … after being shot in his car", "The alleged shooter was at the centre after
    // being detained earlier Friday": a passive gerund after "after"/"before" … is done to the main clause's subject.
    if (recipObjs.length === 0 && args.passive && toks[tr.ti - 1]?.low === "being" && GERUND_OPENER.test(toks[tr.ti - 2]?.low ?? "")) {
      const subject = st.mainSubject ?? ms.find((m) => m.ti === 0 && m.kind !== "pronoun");
      const noun = subject ? null : mainSubjectNoun(toks);
      if (subject) {
        // (The sides read after this phase see the subject as the recipient too.)
        recips = sides.recips = [subject];
        recipObjs = [toActor(subject, dateValue)];
      } else if (noun && /^(arrest|deport)$/.test(fam.name) && local) recipObjs = [{ name: noun, country: local, sector: "CVL" }];
    }
    // "The two parents were arrested", "337 suspected users … were arrested": whoever is arrested, detained,
    // jailed or deported is a person of the place even when no actor list names the noun.
    // … and so is whoever is convicted or sentenced by its courts ("her son had been convicted", "A former
    // advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court").
    if (recipObjs.length === 0 && local && args.passive && /^(arrest|deport|convict)$/.test(fam.name) && !/^charg/.test(trigTok.low)) {
      const who = passiveSubjectNoun(toks, tr.ti);
      if (who) recipObjs.push({ name: who, country: local, sector: "CVL" });
    }
    // An act told with no doer and no word of violence is no attack by unknown attackers ("killed her first
    // dragon", "a dab of dishwashing liquid … will also kill them", "handily beat Google Flights"): with a
    // doer unnamed in the active voice, only an attack, a weapon or an attacker in the sentence says who acts.
    if (byUnknown && !args.passive && !undergone && !VIOLENCE.test(sentLow) && !WEAPON.test(sentLow)) {
      return "no-attack-word";
    }
    // "Most PHEVs cannot be charged at DC fast chargers", "they won't be charged anything": a charge with no
    // crime after it ("charged with", "for", "over") and no word of law in the sentence is a price or a battery.
    if (
      byCourt &&
      fam.name === "accuse" &&
      trigTok.low === "charged" &&
      !CHARGE_FOR.test(clauseAfterLow(text, trigTok.end)) &&
      !LAW_WORD.test(sentLow)
    ) {
      return "charge-not-legal";
    }
    // With no one named, an act told as recurring over no set time is a generalisation, not an event ("At
    // times there have been protests against …", "Numerous times, over the years, people have been sentenced
    // to death …"): no protesters, court or police of the story's country are supplied for it.
    if (HABITUAL.test(sentLow)) {
      return "habitual-no-actor";
    }
    // Nothing is protested in the passive ("has been demonstrated at the laboratory scale"): with no actor
    // named, protesters are supplied only for an act people do.
    if ((fam.name === "protest" || fam.name === "demonstrate") && local && !args.passive)
      actorObjs.push({ name: "protesters", country: local, sector: "CVL" });
    else if (!(byAuthorities || byUnknown || byCourt) || !local || recipObjs.length === 0 || (!args.passive && !byUnknown && !undergone)) {
      return "no-actor";
    } else
      actorObjs.push(
        byCourt
          ? fam.name === "accuse"
            ? { name: "prosecutors", country: doerHome, sector: "JUD" }
            : { name: "court", country: doerHome, sector: "JUD" }
          : byAuthorities
            ? // "Jong was arrested in March, 2018, but South Korea's National Police Agency when announcing the
              // arrest …": a police body the sentence names made the arrest, not the police of the story's home.
              (policeIn(ms, recips, dateValue) ?? { name: "authorities", country: doerHome, sector: "COP" })
            : // (Attackers left unknown may come from anywhere: "al-Muhandis, who was also killed in the airstrike".)
              { name: UNKNOWN_ATTACKERS, country: local, sector: null },
      );
  }
  actorObjs.forEach((a, i) => {
    if ((!a.country && (a.sector || placedByStory(actors[i], recips, doerHome))) || actors[i]?.ethnic) a.country = doerHome ?? a.country;
  });
  // An actor is not its own counterpart ("the police… a lady constable took me to the police station",
  // "Serbia and Kosovo opened economic ties as well and Serbia agreed …"): the same name on both sides is
  // a misread of the clause, and the act is read as one with no recipient named.
  // So is the doer's own state under another of its names ("Beijing's demands to roll back existing tariffs on
  // Chinese goods": China's government asks nothing of China).
  const ownState = (k: number) =>
    recipObjs.length === recips.length &&
    recips[k]?.kind === "country" &&
    actors.some((a) => a.kind === "country" && a.country !== null && a.country === recips[k]!.country);
  if (recipObjs.length > 0 && recipObjs.every((r, k) => actorObjs.some((a) => a.name === r.name) || ownState(k))) {
    dropTrace?.("self-recipient", tr);
    recipObjs = [];
  }
  // "Wales beat Hungary 2-0", "Australia beat Colombia", "the Bruins beat the Devils": a country or a team
  // that beats another is a win, not a physical assault, which is done to people.
  if (fam.name === "beat" && /^beat(s|ing)?$/.test(trigTok.low) && isSideOfGame(actors) && isSideOfGame(recips)) {
    return "game-won";
  }
  // An act with no recipient in the text is kept only as the sentence's event of last resort (PLOVER
  // events need no target: "Sudan shortened the curfew", "NATO confirmed it would tighten the blockade").
  let targetless = false;
  // "fired missiles at a building in Gaza City", "shelled a house in Rafah": an armed attack on a thing,
  // with no actor named as its target, strikes the place where the sentence happens.
  // (Not a politician's attack in words: "… attacked the decision".)
  // With no place in its sentence, an attack or a bombing by a foreign doer strikes where the story happens
  // (its dateline's or its lede's place, else the country it names most): "Houthi military spokesperson Yahya
  // Sarea said it had carried out the attack using ten drones" in a story on drone attacks in Saudi Arabia;
  // "On Wednesday, Turkey began a military offensive with airstrikes" in a story on Turkey's invasion of
  // Syria's northeast. (Not a shot or a killing with no victim, read in another sense: "Portugal allowed only
  // one shot on goal".)
  const foreignHome =
    !struck &&
    d.home &&
    /^(attack|bomb)$/.test(fam.name) &&
    /^[A-Z]{3}$/.test(actorObjs[0]?.country ?? "") &&
    !NOT_A_COUNTRY.has(actorObjs[0]!.country!) &&
    actorObjs.every((a) => a.country !== d.home)
      ? d.home
      : null;
  if (
    recipObjs.length === 0 &&
    (struck ?? foreignHome) &&
    !(fam.name === "attack" && verbalAttack(actors[0], actorObjs[0], sentLow, trigTok.low)) &&
    (ARMED_FAMILY.test(fam.name) ||
      (tr.lexicon &&
        /^(18|19|20)/.test(lexiconCode(toks, tr.ti, tr.tj, args.lb, Math.max(args.rb, Math.min(toks.length, tr.tj + 8)))?.code ?? "")))
  ) {
    const hit = (struck ?? foreignHome)!;
    recipObjs = [{ name: hit, country: hit, sector: null }];
  }
  if (recipObjs.length === 0 && attackedPlace) recipObjs = [{ name: attackedPlace, country: attackedPlace, sector: null }];
  // "The spokesperson for the German government strongly condemned the attack": a comment on an act named
  // by its noun alone targets that act's doer (see referred-act.ts).
  // "Boris Johnson is trying to … — this is a deeply dangerous and irresponsible way to govern", "It is a
  // propaganda stunt": a quoted judgement targets the actor its sentence named before it, else the doer of the
  // act the story just told (performative.ts).
  if (tr.judged !== undefined) {
    if (!performer) {
      return "judgement-unquoted";
    }
    const judged = judgedActor(toks, ms, tr, quotes, performer);
    const last = d.lastAct;
    recipObjs = judged
      ? [toActor(judged, dateValue)]
      : last && last.age <= ACT_WINDOW && last.actor.country && last.actor.country !== actorObjs[0]!.country
        ? [{ ...last.actor }]
        : [];
    if (recipObjs.length === 0) {
      return "judgement-no-target";
    }
  }
  if (recipObjs.length === 0 && COMMENT_FAMILIES.test(fam.name)) {
    const doer = args.passive
      ? referredActDoerPassive(toks, tr.ti, args.lb, d.lastAct, actorObjs[0]!.country, d.ledeAct)
      : referredActDoer(toks, tr.tj, d.lastAct, actorObjs[0]!.country, d.ledeAct);
    // All the doers of that act ("the Russian and Syrian defense ministries accused U.S. forces …. The
    // Pentagon rejected these accusations") but those of the commenter's country.
    const act = doer === d.lastAct?.actor ? d.lastAct : doer === d.ledeAct?.actor ? d.ledeAct : undefined;
    if (doer)
      recipObjs = act ? act.actors.filter((a) => a.country && a.country !== actorObjs[0]!.country).map((a) => ({ ...a })) : [{ ...doer }];
  }
  if (recipObjs.length === 0) {
    const selfish =
      fam.selfRecipient ||
      (fam.selfRecipientSectors?.includes(actorObjs[0]!.sector ?? "") &&
        /^[A-Z]{3}$/.test(actorObjs[0]!.country ?? "") &&
        !/^(IGO|NGO)$/.test(actorObjs[0]!.country ?? "")) ||
      (tr.lexicon && /^(14|15|0831|172)/.test(lexiconCode(toks, tr.ti, tr.tj, args.lb, args.rb)?.code ?? ""));
    if (selfish) recipObjs = [{ name: actorObjs[0]!.country ?? "", country: actorObjs[0]!.country, sector: null }];
    else if (tr.lexicon) {
      // Dictionary mode (PETRARCH2 unit tests) codes an act with no target as PETRARCH does ("---").
      // Otherwise a dictionary verb whose pattern matched with no target ("declined an invitation",
      // "ignored calls to …") is an act of last resort like ours (PLOVER events need no target).
      if (!codesStatements()) {
        const hit = lexiconCode(toks, tr.ti, tr.tj, args.lb, Math.max(args.rb, Math.min(toks.length, tr.tj + 8)));
        if (!hit || hit.specificity === 0 || !LEXICON_TARGETLESS.test(hit.code)) {
          return "lexicon-no-target";
        }
        targetless = true;
      }
    } else if (/^(kill|shoot|beat|order-.*)$/.test(fam.name)) {
      // A killing is of someone: with no victim found the verb is read in another sense ("the government
      // executed a planned shutdown") or the subject is the victim ("hundreds of Taliban killed").
      return "kill-no-target";
    } else if (fam.name === "order" && (actorObjs[0]!.sector !== "JUD" || toks.slice(tr.tj, tr.tj + 8).some((t) => CUSTODY.test(t.low)))) {
      // An order is given to someone: one whose addressee is no actor ("ordered his staff to delay …",
      // "ordered the killing of over 300,000 pigs") is told by what was ordered, not as a demand of no one.
      // (A court's order is addressed to a party of its case, left as it was; one that the accused "remain in
      // custody" keeps someone detained and asks nothing of them.)
      return "order-no-target";
    } else targetless = true;
  }
  // Unplaced rebels fought by a state's forces are that state's insurgents ("Burmese troops captured a
  // guerrilla stronghold on the Thai border").
  const state = actorObjs.find((a) => a.country && /^(MIL|GOV|COP)$/.test(a.sector ?? ""));
  // Police arrest where they serve: an unplaced person a named force arrested, with no place in the
  // sentence, is of that force's country ("Jong was arrested in March, 2018, but South Korea's National
  // Police Agency when announcing the arrest …" in a story told from the United Kingdom).
  const police = fam.name === "arrest" && !here ? actorObjs.find((a) => a.country && a.sector === "COP") : undefined;
  recipObjs.forEach((r, i) => {
    if (!r.country && r.sector === "REB" && state) r.country = state.country;
    if (!r.country && recips[i]?.unplaced && police) r.country = police.country;
    if ((!r.country && (r.sector || placedByStory(recips[i], actors, local))) || recips[i]?.ethnic) r.country = local ?? r.country;
  });
  if (!actorObjs.some((a) => a.country || (codesStatements() && a.sector))) {
    return "no-actor-country";
  }
  if (fam.onlySectors && !fam.onlySectors.includes(actorObjs[0]!.sector ?? "")) {
    return "only-sectors";
  }
  // A government's own rally is a campaign event, not a protest against anyone ("Trump held a rally"); so
  // is a campaign rally ("West held his first campaign rally") and rallies held with no protester named
  // and nothing protested ("Trump ramped up his campaign, holding up to five rallies a day").
  const trigWords = toks
    .slice(tr.ti, tr.tj)
    .map((t) => t.low)
    .join(" ");
  if (
    fam.name === "protest" &&
    /\brall(y|ies)\b/.test(trigWords) &&
    (/^(GOV|MIL|COP)$/.test(actorObjs[0]!.sector ?? "") ||
      /\bcampaign\b/.test(trigWords) ||
      // "At one Biden rally", "a Trump rally": a rally named after a person is that person's campaign event.
      ms.some((m) => m.person && m.tj === tr.ti && tr.tj === tr.ti + 1) ||
      (/^hold|^held/.test(trigWords) && actors.length === 0 && !/\b(against|protest\w*|demand\w*|oppos\w*)\b/.test(sentLow)))
  ) {
    return "government-rally";
  }
  // Soldiers or police out in the streets or marching are deployed, not protesting ("the PLA took to the
  // streets", "troops marched into the city"), unless the sentence says what they protest.
  if (
    fam.name === "protest" &&
    /^(took|take|takes|taken|taking|march\w*)\b/.test(trigWords) &&
    /^(MIL|COP)$/.test(actorObjs[0]!.sector ?? "") &&
    !/\b(against|protest\w*|demand\w*|oppos\w*|pay|wages?|salar(y|ies)|pensions?|strik\w*)\b/.test(sentLow)
  ) {
    return "forces-deployed";
  }
  // Only interactions with a political actor on one side are events (a state, its organs, parties, armed
  // groups, international organisations): not an interview, a sports transfer, a company's product.
  // Protests are political by nature; attacks by unknown assailants are coded with a null sector; aid
  // across a border is an international act.
  if (
    !codesStatements() &&
    // (A named body with no public role blocking something is a business or a person, not a street action:
    // "GitHub blocked the public access to youtube-dl".)
    // So is a business blocking something ("Netflix, Hulu, and Disney+ actively detect and block VPN traffic").
    !(
      POLITICAL_EXEMPT.test(fam.name) &&
      !(fam.name === "block" && actors[0]?.kind === "entity" && (!actorObjs[0]?.sector || actorObjs[0]?.sector === "BUS"))
    ) &&
    // A dictionary verb read as a protest, done by protesters ("they chanted slogans"), is political like
    // our protest verbs.
    !(
      tr.lexicon &&
      PROTESTERS.test(actorObjs[0]?.name ?? "") &&
      /^14/.test(lexiconCode(toks, tr.ti, tr.tj, args.lb, Math.max(args.rb, Math.min(toks.length, tr.tj + 8)))?.code ?? "")
    ) &&
    !(fam.name === "aid" && crossBorder(actorObjs, recipObjs)) &&
    !politicalSide(actorObjs, actors, toks) &&
    !politicalSide(recipObjs, recips, toks)
  ) {
    return "not-political";
  }

  return { actorObjs, recipObjs, targetless };
}

/** The act's CAMEO code, read from its family, its clause and its doer's sector (or the dictionary's pattern), or the reason it was dropped. */
function codeOfAct(sc: SentenceScope, tr: Trigger, sides: Sides, parties: Parties): Coded | string {
  const { text, s, toks, ms, sentLow, disasterHere } = sc;
  const fam = tr.family;
  const trigTok = toks[tr.ti]!;
  const { args, actors, recips, reciprocal } = sides;
  const { actorObjs, recipObjs } = parties;
  const clauseAfter = text.slice(trigTok.end, toks[Math.min(args.rb, toks.length) - 1]?.end ?? trigTok.end).toLowerCase();
  const clauseBefore = text.slice(toks[args.lb]?.start ?? s.start, trigTok.start).toLowerCase();
  // A state named as the doer ("Turkey began a military offensive into north-eastern Syria") acts with its
  // forces: no sector of a person or a group with no country ("" in a family's bySector: unknown attackers).
  const stateDoer = !actorObjs[0]!.sector && actors[0]?.kind === "country" ? "STATE" : null;
  let code = refine(
    fam,
    clauseAfter.slice(0, 120),
    clauseBefore,
    actorObjs[0]!.sector ?? stateDoer,
    text.slice(s.start, trigTok.start).toLowerCase(),
    text.slice(trigTok.end, Math.min(s.end, trigTok.end + 120)).toLowerCase(),
  );
  // Exercises held by two sides together ("French and Egyptian warships launched war games") are
  // military cooperation, not one side's show of force.
  if (fam.name === "exercise" && reciprocal) code = "062";
  // "Wikileaks welcomed the Swedish move to drop the investigation": welcoming an act or a statement is
  // approval (051), read on the sentence's words, as the clause may stop at the demonym.
  if (
    fam.name === "host" &&
    code === fam.code &&
    WELCOMED_ACT.test(text.slice(trigTok.end, Math.min(s.end, trigTok.end + 80)).toLowerCase())
  )
    code = "051";
  // "Jordan closed its borders with Syria and blocked the Rukban crossing point": a state (by its name, or its
  // government, army or police) that blocks a way restricts movement (COERCE 191); it does not protest.
  // (Not a people named by a plural demonym: "Palestinians blocked the road" still protest.)
  if (
    fam.name === "block" &&
    code === "144" &&
    (/^(GOV|MIL|COP)$/.test(actorObjs[0]!.sector ?? "") ||
      (actors[0]?.kind === "country" && !actorObjs[0]!.sector && !/s$/.test(actors[0].text))) &&
    BLOCKED_WAY.test(clauseAfter.slice(0, 60))
  )
    code = "191";
  let paired: string | undefined;
  if (tr.lexicon) {
    const hit = lexiconCode(toks, tr.ti, tr.tj, args.lb, Math.max(args.rb, Math.min(toks.length, tr.tj + 8)));
    if (!hit || (Number(hit.code.slice(0, 2)) < 3 && !codesStatements())) {
      return !hit ? "lexicon-no-pattern" : `lexicon-code-${hit.code.slice(0, 2)}`;
    }
    // A verb of a generic family read without any pattern ("voted", "wanted", "attended", "helped",
    // "expressed") says too little to be an event.
    if (!codesStatements() && hit.specificity === 0 && GENERIC_FAMILIES.has(hit.family)) {
      return "generic-family";
    }
    // The dictionary's intent codes (03x: "led", "authorized", "directing", "comply" → 030) read an
    // intention into plain verbs; intentions are coded from their own words (intent.ts).
    if (!codesStatements() && /^03/.test(hit.code)) {
      return "lexicon-intent-03";
    }
    // A dictionary verb that is no word of violence read as an assault ("posted a message … blaming Iran
    // for the attacks", "the military strike follows rocket attacks", "a fruit … had exploded in her mouth"):
    // our own patterns code the violent verbs, and these readings come from a word elsewhere in the clause.
    if (!codesStatements() && /^(18|19|20)/.test(hit.code) && !VIOLENT_VERB.test(trigTok.low)) {
      return "lexicon-assault-word";
    }
    // Arguing a point and raising concerns are statements ("Biden argued that Trump had no healthcare
    // plan", "raised concerns about the problems that could arise"); serving in an army or an office is a
    // career ("He served in the US Army"), not aid (serving papers on someone still is an act).
    if (!codesStatements()) {
      const obj = toks
        .slice(tr.tj, tr.tj + 4)
        .map((t) => t.low)
        .join(" ");
      if (
        (/^argu/.test(trigTok.low) && toks[tr.tj]?.low !== "with") ||
        (/^rais/.test(trigTok.low) && /\b(concerns?|questions?|doubts?|objections?|alarm)\b/.test(obj)) ||
        (/^serv(e|es|ed|ing)$/.test(trigTok.low) && !/\b(warrants?|summons|notices?|papers|subpoenas?)\b/.test(obj)) ||
        // Sending a letter, a plan or videos is a message, not a deployment or a meeting ("sent a letter
        // requesting the new rules to Elaine Chao", "had sent the police a plan for yesterday's march").
        (/^sen(d|ds|t|ding)$/.test(trigTok.low) &&
          /\b(letters?|plans?|messages?|videos?|e-?mails?|texts?|notes?|requests?|proposals?|documents?|invitations?|photos?)\b/.test(
            toks
              .slice(tr.tj, tr.tj + 6)
              .map((t) => t.low)
              .join(" "),
          ))
      ) {
        return "lexicon-statement-or-career";
      }
    }
    code = hit.code;
    paired = hit.paired;
  }
  if (code === "---") {
    return "code-none";
  }
  // "Biden held his first press conference", "X held a press conference claiming …": a press conference is
  // a statement to the press, not a meeting with anyone (a joint one is).
  if (/^04/.test(code) && !codesStatements() && /^hold|^held/.test(trigTok.low)) {
    const obj = toks
      .slice(tr.tj, tr.tj + 5)
      .map((t) => t.low)
      .join(" ");
    if (/\b(press|news) (conference|briefing)s?\b|\bbriefings?\b/.test(obj) && !/\bjoint\b/.test(obj)) {
      return "press-conference";
    }
  }
  // "Six other U.S. diplomats fled to the Canadian embassy", "fighters escaped following Turkish airstrikes":
  // who flees or escapes does nothing to anyone (the dictionary reads such verbs as evacuations or breaks).
  if (tr.lexicon && !codesStatements() && /^(fle[ed]|flees|fleeing|escap(e|es|ed|ing))$/.test(trigTok.low)) {
    return "flight";
  }
  // "Biden would not say whether or not he supported Court packing": an act asked about is not told.
  // "has requested U.S. President Donald Trump declare a state of emergency": an act asked of someone, in
  // the subjunctive (no "to"), is not told as done.
  if (!codesStatements()) {
    let k = tr.ti - 1;
    const named = ms.find((m) => m.tj === tr.ti || (m.tj === tr.ti - 1 && toks[tr.ti - 1]?.low === "should"));
    if (named) k = named.ti - 1;
    // ("are demanding the FBI summon him for questioning")
    if (toks[k]?.low === "the") k--;
    if (toks[k]?.low === "that") k--;
    // (… also with a time between: "its demand today that Israel ease …")
    if (/^(today|yesterday|again)$/.test(toks[k]?.low ?? "")) k--;
    if (
      named &&
      /^(request|requests|requested|requesting|asked|asks|asking|urged|urges|urging|demand|demanded|demands|demanding|insisted|insisting|recommended|recommending|proposed|proposing|suggested|suggesting)$/.test(
        toks[k]?.low ?? "",
      )
    ) {
      return "asked-of";
    }
  }
  // "West backed away from his previous support": a verb with a particle of withdrawal is not the verb.
  if (/^back(s|ed|ing)?$/.test(trigTok.low) && tr.tj === tr.ti + 1 && /^(away|off|out)$/.test(toks[tr.tj]?.low ?? "")) {
    return "backed-away";
  }
  if (!codesStatements() && toks.slice(Math.max(args.lb, tr.ti - 6), tr.ti).some((t) => t.low === "whether")) {
    return "whether";
  }
  // "The NHC issued a hurricane warning": a weather warning threatens no one.
  if (/^13/.test(code) && disasterHere && /\b(warnings?|watch(es)?|alerts?|advisor(y|ies))\b/.test(sentLow)) {
    return "disaster-warning";
  }
  // A visit (042 made, 043 hosted) is one between political actors, to a place abroad: not "two people who
  // returned from Italy" (civilians travelling) nor "Navalny was flying … headed for Moscow" (a trip home).
  if (!codesStatements() && /^04[23]/.test(code)) {
    const made = code.startsWith("042");
    const [visitors, vms] = made ? [actorObjs, actors] : [recipObjs, recips];
    const [hosts, hms] = made ? [recipObjs, recips] : [actorObjs, actors];
    const home = visitors.find((a) => a.country)?.country;
    const placeOnly = hms.length > 0 && hms.every((m) => m.kind === "country" || (!m.person && countryOfPlace(m.text) !== null));
    // (Nor police travelling to question witnesses: "officers traveled to Canada and interviewed her friends".)
    if (visitors.length > 0 && (!politicalSide(visitors, vms, toks) || (made && visitors.every((v) => v.sector === "COP")))) {
      return "visit-not-political";
    }
    if (home && placeOnly && hosts.every((h) => h.country === home)) {
      return "visit-home";
    }
  }
  // A politician "attacking" a decision, an investigation or a rival in words criticises (111): no
  // weapon, force or casualty is told and the attacker is a civilian office holder or party.
  if (fam.name === "attack" && verbalAttack(actors[0], actorObjs[0], sentLow, trigTok.low)) code = "111";
  return { code, paired, clauseAfter };
}

/** The event with its modes (refusals, intentions, demands in reported speech) and confidence, kept as the sentence's fallback when it has no target; the reason it was dropped, or null. */
function emitEvent(
  sc: SentenceScope,
  st: SentenceState,
  tr: Trigger,
  sides: Sides,
  choice: DateChoice,
  parties: Parties,
  coded: Coded,
): string | null {
  const { text, s, toks, ms, times, articleAnchor, d, local, sentenceText, speakers } = sc;
  const events = st.events;
  const fam = tr.family;
  const trigTok = toks[tr.ti]!;
  const { args, actors, recips, reciprocal } = sides;
  const { actorObjs, targetless } = parties;
  let { recipObjs } = parties;
  let { code } = coded;
  const { paired, clauseAfter } = coded;
  const dateValue = choice.date.value;
  const mode = detectModes(toks, tr.ti, tr.tj, args.lb);
  // Reported intentions and demands.
  const reported = speakers.length > 0;
  if (reported && mustBefore(toks, tr.ti, args.lb)) {
    const sp = speakers[0]!.m;
    if (actors.length > 0 && sp.country !== undefined) {
      recipObjs = [...actorObjs];
      const spActor = toActor(sp, dateValue);
      if (!spActor.country && local) spActor.country = local;
      if (!spActor.country) {
        return "must-no-country";
      }
      code = demandCode(code);
      events.push(
        makeEvent(
          text,
          s,
          sentenceText,
          toks,
          code,
          [spActor],
          recipObjs,
          choice.date,
          { ...mode, hypothetical: false },
          tr,
          0.6,
          "intent:must",
        ),
      );
      st.codedAfter = Math.max(st.codedAfter, tr.ti);
      return null;
    }
  }
  // "Trump said he can and may declare a national state of emergency": an act its own speaker says he
  // may do is an intention or a threat, not a hypothesis; so is one he says he would do, the reported
  // "will" ("NATO confirmed on Wednesday it would tighten the naval blockade of Serbia").
  const ownPossible =
    reported &&
    mode.hypothetical &&
    toks.slice(Math.max(args.lb, tr.ti - 4), tr.ti).some((t) => /^(can|could|may|might|would)$/.test(t.low)) &&
    speakers.some((sp) => sp.ti < tr.ti && actors.some((a) => a.name === sp.m.name));
  const governed = intentGovernor(toks, tr.ti) || ownPossible;
  // "said it would not negotiate with the United States": a cooperative act its actor will not do is refused.
  // (In dictionary mode the dictionary's own patterns read negation.)
  const refusal = mode.negated && !codesStatements() && willNot(toks, tr.ti, args.lb) ? refusalCode(code) : null;
  if (refusal) {
    code = refusal;
    mode.negated = false;
    mode.future = false;
    mode.hypothetical = false;
  } else if ((governed || mode.future) && !mode.negated) {
    const ic = intentCode(code, governed);
    if (ic) {
      code = ic;
      mode.future = false;
      mode.hypothetical = false;
    }
  }
  if (dateValue && articleAnchor.value && isHistorical(dateValue, articleAnchor.value)) mode.historical = true;
  // "The embassy declined the request": an unnamed request is the one last made in the story.
  if (/^12/.test(code) && d.lastRequest && REQUEST_NOUN.test(clauseAfter) && d.lastRequest.country !== actorObjs[0]!.country)
    recipObjs = [{ ...d.lastRequest }];
  let confidence = 0.55;
  if (actors.some((m) => m.kind === "entity")) confidence += 0.15;
  if (args.recipients.length > 0) confidence += 0.1;
  if (choice.date.source !== "sentence") confidence -= 0.1;
  if (actors.some((m) => m.kind === "pronoun" || m.coref)) confidence -= 0.1;
  const ev = makeEvent(
    text,
    s,
    sentenceText,
    toks,
    code,
    actorObjs,
    recipObjs,
    choice.date,
    mode,
    tr,
    Math.round(Math.max(0.1, Math.min(0.95, confidence)) * 100) / 100,
    `pattern:${fam.name}`,
  );
  if (reciprocal) ev.reciprocal = true;
  if (targetless) {
    ev.confidence = Math.max(0.1, Math.round((ev.confidence - 0.2) * 100) / 100);
    ev.method += ":no-target";
    // Only for political actors: a state, its organs, parties, armed groups, international organisations;
    // only a clause's own verb right after its named subject ("Police alleged", "Turkey has begun");
    // only acts that are whole without a counterpart (a meeting, a visit, a release need one).
    // (A people named by its plural demonym is not its state: "ancient Egyptians captured sacred ibises".)
    const political =
      actorObjs.some((a) => POLITICAL.test(a.sector ?? "")) || actors.some((m) => m.kind === "country" && !DEMONYM_PLURAL.test(m.text));
    // Seizing, confiscating needs an owner; raids and demolitions are whole acts.
    const whole = !NEEDS_COUNTERPART.test(fam.name) || (fam.name === "seize" && !/^(seiz|confiscat)/.test(trigTok.low));
    // A background act told with an unresolved time cue ("He recently condemned …", "threatened the
    // network's franchise renewal before, …") is no act of the story's time.
    const background = toks.some(
      (t, k) => BACKGROUND_CUE.test(t.low) || (t.low === "before" && /^[,.;]$|^and$/.test(toks[k + 1]?.low ?? ".")),
    );
    // A pronoun counts when it is a speech verb's speaker ("Annan announced … that he will withdraw …").
    // So does a sentence's opening "He"/"She" that stands for a person named before ("He resisted.").
    const named = (m: ActorMention) => m.ti === 0 && /^(he|she)$/i.test(m.text) && actors[0]?.kind === "entity";
    const subjects = args.actors.map((m) => (speakerOf(speakers, toks, m) || named(m) ? { ...m, kind: "entity" as const } : m));
    const verb = subjectVerb(toks, subjects, tr.ti, times, ms);
    // Support that was not or might not be given, to no one named, is no event ("She did not immediately
    // endorse another candidate", "neither the EU nor the US would endorse the result"); a refusal to commit
    // or agree still is one.
    const unreal = (ev.mode.negated || ev.mode.hypothetical) && ev.plover?.event === "SUPPORT";
    if (political && whole && ev.plover && verb && !unreal && !background && (!st.fallback || ev.confidence > st.fallback.confidence)) {
      st.fallback = ev;
      return null;
    }
    return background
      ? "no-target-background"
      : unreal
        ? "no-target-unreal"
        : !ev.plover
          ? "no-target-no-plover"
          : !political
            ? "no-target-not-political"
            : !whole
              ? "no-target-needs-counterpart"
              : !verb
                ? "no-target-not-subject-verb"
                : "no-target-weaker";
  }
  // "The protest began outside …" after the story has told that protest is the same act told again.
  if (tr.happening && toks[tr.ti - 1]?.low === "the" && ev.actor.some((a) => a.country && d.protested.has(a.country))) {
    return "protest-told";
  }
  events.push(ev);
  // A paired event ("left for Minas Tirith" 032 → the host receives the visit, 033).
  if (paired && paired !== code)
    events.push({
      ...ev,
      cameo: cameo(paired),
      plover: ploverFor(paired),
      actor: recipObjs,
      recipient: actorObjs,
      confidence: Math.max(0.1, ev.confidence - 0.1),
      method: `${ev.method}:paired`,
    });
  st.codedAfter = Math.max(st.codedAfter, tr.ti);
  if (actors[0] && actors[0].kind !== "pronoun") st.sentenceSubject ??= actors[0];
  if (actors[0]) d.lastSubject = actors[0];
  if (recips[0]) d.lastObject = recips[recips.length - 1]!;
  return null;
}

/** Who performs an act told in direct quotation ("I strongly reject …"), or null when the act is not quoted. */
type Performer = ReturnType<typeof quotedPerformer>;

/** A trigger's sides as mentions in its clause. */
interface Sides {
  args: Args;
  actors: ActorMention[];
  recips: ActorMention[];
  /** An event noun of an act done to someone, with who underwent it ("his arrest"): read as a passive. */
  undergone: boolean;
  /** The country an attack named with its doer alone struck (see the noun's reduced relative). */
  attackedPlace: string | null;
  /** The trigger is a participle (", accusing them of …"). */
  participle: boolean;
  reciprocal: boolean;
}

/** The sides as coded actors. */
interface Parties {
  actorObjs: Actor[];
  recipObjs: Actor[];
  /** No recipient in the text: kept only as the sentence's event of last resort. */
  targetless: boolean;
}

/** The act's code. */
interface Coded {
  code: string;
  /** The dictionary's paired code (the host of a visit), if any. */
  paired: string | undefined;
  clauseAfter: string;
}

/** Code the sentence's k-th trigger into st's events; the reason it was dropped, or null. */
function codeTrigger(sc: SentenceScope, st: SentenceState, k: number): string | null {
  const tr = sc.triggers[k]!;
  const performer = screen(sc, st, tr);
  if (typeof performer === "string") return performer;
  if (tr.family.speech) {
    noteSpeech(sc, st, tr);
    return null;
  }
  const why = screenAct(sc, tr);
  if (why) return why;
  const sides = findSides(sc, st, tr, k, performer);
  if (typeof sides === "string") return sides;
  const choice = dateAct(sc, st, tr, sides);
  if (typeof choice === "string") return choice;
  const parties = supplySides(sc, st, tr, sides, choice, performer);
  if (typeof parties === "string") return parties;
  const coded = codeOfAct(sc, tr, sides, parties);
  if (typeof coded === "string") return coded;
  return emitEvent(sc, st, tr, sides, choice, parties, coded);
}

/** Code a statement (CAMEO 01, PLOVER null) with a recipient in its complement; the reason it was dropped, or null. */
function codeStatement(sc: SentenceScope, st: SentenceState, tr: Trigger): string | null {
  const { text, s, toks, ms, times, quotes, anchor, articleAnchor, d, local, sentenceText } = sc;
  const events = st.events;
  if (st.codedAfter > tr.ti) {
    return "speech-after-coded";
  }
  const args = findArgs(toks, ms, tr.family, tr.ti, tr.tj);
  // A participial clause (", claiming …") speaks for the sentence's subject.
  const speaker =
    args.actors.map((m) => resolvePronoun(m, ms, d, false)).find((m) => m !== null) ??
    (toks[tr.ti - 1]?.low === "," && /ing$/.test(toks[tr.ti]!.low) ? st.sentenceSubject : null);
  if (!speaker) {
    return "speech-no-speaker";
  }
  // A participial claim after a comma happens with the act it follows (see the participle rule above).
  const led = toks[tr.ti - 1]?.low === "," && /ing$/.test(toks[tr.ti]!.low) ? events[events.length - 1] : undefined;
  const choice = chooseDate(
    toks,
    times,
    tr.ti,
    args.lb,
    toks.length,
    -1,
    led?.date.value ? { value: led.date.value, source: led.date.source ?? "sentence" } : inherits(toks, tr.ti) ? anchor : articleAnchor,
  );
  const actor = toActor(speaker, choice.date.value);
  // A news outlet the dictionary does not place is not taken for one of the story's country: its reports
  // are where the story is told, not an actor's statement ("CBS News reported … US deaths" in a world roundup);
  // for the same reason an outlet is never a statement's target below.
  if (!actor.country && (actor.sector || speaker.unplaced) && !isMedia(actor.sector)) actor.country = local;
  if (!actor.country) {
    return "speech-no-country";
  }
  // A statement names a foreign target; a claim may accuse someone at home ("claimed … sent by the government").
  const domestic = tr.family.name === "claim";
  // "arrested 33 Russians, claiming them to be mercenaries": an object pronoun right after the claim is
  // what it is about.
  const them = domestic ? ms.find((m) => m.kind === "pronoun" && m.ti === tr.tj && /^(them|him|her)$/i.test(m.text)) : undefined;
  const target =
    (them ? resolvePronoun(them, ms, d, true) : null) ??
    ms.find(
      (m) =>
        m.ti >= tr.tj &&
        m.kind !== "pronoun" &&
        (domestic
          ? (m.country || m.sector) && m.name !== speaker.name && claimTarget(toks, m, tr.tj)
          : m.country && m.country !== actor.country && !isMedia(m.sector)) &&
        !inDirectQuote(quotes, m.start),
    );
  if (!target || target.name === speaker.name) {
    return "speech-no-target";
  }
  const recipient = toActor(target, choice.date.value);
  if (!recipient.country && local) recipient.country = local;
  if (!recipient.country) {
    return "speech-no-target-country";
  }
  const trigEnd = toks[tr.tj - 1]!.end;
  // "X said Y must …": a demand on Y.
  // The obligation may follow the target's whole noun phrase ("US and British forces must ensure …").
  const mustAt = toks.slice(target.tj, target.tj + 7).findIndex((t) => /^(must|[,;:]|that|who|which)$/.test(t.low));
  const must = mustAt >= 0 && toks[target.tj + mustAt]!.low === "must";
  const code = must ? "100" : refine(tr.family, text.slice(trigEnd, s.end).toLowerCase().slice(0, 160), "", actor.sector ?? null);
  const mode = detectModes(toks, tr.ti, tr.tj, args.lb);
  events.push(
    makeEvent(
      text,
      s,
      sentenceText,
      toks,
      code,
      [actor],
      [recipient],
      choice.date,
      mode,
      tr,
      choice.date.source === "sentence" ? 0.5 : 0.4,
      `pattern:${tr.family.name}`,
    ),
  );
  return null;
}

/** Code one sentence. */
function codeSentence(
  text: string,
  s: Sentence,
  toks: Tok[],
  ms: ActorMention[],
  times: TimeRef[],
  quotes: Quote[],
  anchor: { value: string | null; source: string },
  articleAnchor: { value: string | null; source: string },
  d: Discourse,
): Event[] {
  const place = sentencePlaceAt(toks);
  const here = place?.country ?? null;
  const triggers = findTriggers(toks, new Set(ms.map((m) => m.tj)), true, new Set(ms.map((m) => m.ti)));
  dropTrace?.(`sentence:${triggers.length}`, null, toks);
  const speakers: SentenceScope["speakers"] = [];
  for (const tr of triggers) {
    if (!tr.family.speech) continue;
    const a = findArgs(toks, ms, tr.family, tr.ti, tr.tj).actors[0];
    const m = a ? resolvePronoun(a, ms, d, false) : null;
    if (m) speakers.push({ ti: tr.ti, tj: tr.tj, m });
  }
  // Deaths, injuries, damage and emergency measures told of a disaster, an accident or a disease are no
  // one's act (guidelines: natural disasters and accidents are not events; disaster-related restrictions
  // are not COERCE), unless the sentence names an attack.
  const sentenceText = text.slice(s.start, s.end);
  const sentLow = sentenceText.toLowerCase();
  const disasterHere = disasterIn(sentLow);
  const disaster = (disasterHere || d.prevDisaster) && !VIOLENCE.test(sentLow);
  d.prevDisaster = disasterHere;
  const sc: SentenceScope = {
    text,
    s,
    toks,
    ms,
    times,
    quotes,
    anchor,
    articleAnchor,
    d,
    here,
    struck: place && !placeOfSpeaking(toks, place.at) ? place.country : null,
    local: here ?? d.home,
    sentenceText,
    sentLow,
    disasterHere,
    disaster,
    triggers,
    speakers,
  };
  const st: SentenceState = {
    events: [],
    claimFloor: Number.POSITIVE_INFINITY,
    chargeFloor: Number.POSITIVE_INFINITY,
    codedAfter: -1,
    speechTriggers: [],
    sentenceSubject: null,
    fallback: null,
    priorSubject: null,
    mainSubject: undefined,
    priorObjects: new Set<number>(),
  };
  for (let k = 0; k < triggers.length; k++) {
    const why = codeTrigger(sc, st, k);
    if (why) dropTrace?.(why, triggers[k]!);
  }
  // Statements with a recipient in their complement (CAMEO 01, PLOVER null) when nothing else was coded there.
  for (const tr of st.speechTriggers) {
    const why = codeStatement(sc, st, tr);
    if (why) dropTrace?.(why, tr);
  }
  const events = st.events;
  if (st.fallback && !events.some((e) => e.plover)) events.push(st.fallback);
  // Not a name after a preposition ("playing against Israel" names no one who acts).
  const firstSubject = ms.find(
    (m) =>
      m.kind !== "pronoun" &&
      !findArgsIsObject(m, events) &&
      !/^(against|of|in|at|on|to|for|from|with|by|about|into|over)$/.test(toks[m.ti - 1]?.low ?? ""),
  );
  if (firstSubject && !d.lastSubject) d.lastSubject = firstSubject;
  return events;
}

function findArgsIsObject(m: ActorMention, events: Event[]): boolean {
  return events.some((e) => e.recipient.some((r) => r.start === m.start));
}

/** Auxiliaries and adverbs between a relative "who" and its verb. */
const RELATIVE_GAP =
  /^(has|have|had|was|were|is|are|will|would|could|can|may|might|also|not|never|already|later|since|then|just|repeatedly|reportedly|allegedly|publicly|previously|recently|once|now)$/;

/** Whether the trigger at ti is the verb of a "so (that) <subject> could/can/would/might" purpose clause. */
function purposeClause(toks: Tok[], ti: number): boolean {
  const modal = toks[ti - 1]?.low ?? "";
  if (!/^(could|can|would|might|will)$/.test(modal)) return false;
  for (let k = ti - 2; k >= Math.max(0, ti - 6); k--) {
    const w = toks[k]!.low;
    if (w === "so") return k === 0 || toks[k - 1]!.low !== "and";
    if (w === "that" && toks[k - 1]?.low === "so") return true;
    if (/^[,;:]$/.test(w)) return false;
  }
  return false;
}

/** Dictionary codes an act may take with no target in the text: rejections, refusals, defiance, vetoes. */
const LEXICON_TARGETLESS = /^12/;

/** Titles that may stand between "by" and a name the analysis did not take them into ("a phone call made by
 * President Trump"). */
const TITLE_BEFORE_NAME = /^(president|prime|minister|secretary|senator|governor|chancellor|king|queen|general|speaker)$/;

/** Whether the mention starting at token `ti` follows "by" (or "by the", or "by" and a title). */
function byPhraseAt(toks: Tok[], ti: number): boolean {
  let k = ti - 1;
  if (toks[k]?.low === "the") k--;
  else if (TITLE_BEFORE_NAME.test(toks[k]?.low ?? "") && UPPER_FIRST.test(toks[k]!.text)) k--;
  return toks[k]?.low === "by";
}

/** Families whose act is not whole without a counterpart in the text ("received the call", "released a book").
 * Praise, criticism, calling names and defence are of someone: said of a thing with no author named ("condemned
 * anti-semitism", "criticized the move", "called the stabbing \"an act of inexplicable barbarity\"", "defended
 * his son's struggle with drugs", "hailed the agreements") the one they answer is not told; a seizure with no
 * owner named takes goods, not anyone's property ("the RCMP seized the substance", "authorities seized 126
 * skins"). */
const NEEDS_COUNTERPART =
  /^(meet|phone|visit|host|cooperate|mediate|sign|release|aid|extradite|criticise|call-names|disapprove|praise|defend|seize)$/;

/** Auxiliaries and adverbs that may stand between a subject and its verb. */
const SUBJECT_GAP =
  /^(has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|is|are|was|were|be|been|being|also|not|never|then|later|already|now|still|just|again|soon|n't)$|ly$/;

/**
 * Is the trigger at ti a finite verb right after its named subject? The subject mention (not a pronoun)
 * ends just before it, with only auxiliaries and adverbs between; a bare form needs a modal or "did", an
 * -ing form a "be", else the verb is a past form ("EU sanctions", "a parting shot", "law and order" are nouns).
 */
/** Sentence adverbs set off by commas between a subject and its verb ("Barr and Ross, however, refused"). */
const PAREN_ADVERB =
  /^(however|meanwhile|though|too|also|instead|therefore|nonetheless|nevertheless|moreover|furthermore|in|turn|for|his|her|its|their|part)$|ly$/;

/**
 * Where the verb's own words begin after a subject ending at `from`, past a parenthetical set off by commas:
 * a sentence adverb ("Barr and Ross, however, refused") or a participial phrase ("Trump, responding to Pelosi's
 * announcement via Twitter, attacked"). `from` itself when there is none.
 */
function pastParenthetical(toks: Tok[], from: number, ti: number): number {
  if (toks[from]?.low !== ",") return from;
  let c = from + 1;
  while (c < ti && c - from <= 12 && !/^[,;:()"“”]$/.test(toks[c]!.low)) c++;
  if (c >= ti || toks[c]!.low !== "," || c === from + 1) return from;
  const inner = toks.slice(from + 1, c);
  const adverbial = inner.length <= 3 && inner.every((t) => PAREN_ADVERB.test(t.low));
  const participle = LOWER_ING.test(inner[0]!.text) && inner.length >= 2;
  return adverbial || participle ? c + 1 : from;
}

function subjectVerb(toks: Tok[], subjects: ActorMention[], ti: number, times: TimeRef[], ms: ActorMention[]): boolean {
  const last = subjects.reduce<ActorMention | null>((a, m) => (m.tj <= ti && (!a || m.tj > a.tj) ? m : a), null);
  if (!last || subjects.some((m) => m.kind === "pronoun" && !m.antecedent)) return false;
  // A time between them is no obstacle ("Sudan on Sunday lifted", "the president today urged").
  const inTime = (k: number) => times.some((t) => t.start <= toks[k]!.start && toks[k]!.end <= t.end);
  // Nor is the subject's own attribute ("The spokesperson for the German government strongly condemned").
  let from = last.tj;
  if (/^(of|for|from)$/.test(toks[from]?.low ?? "")) {
    const at = toks[from + 1]?.low === "the" ? from + 2 : from + 1;
    const attr = ms.find((m) => m.ti === at && m.kind !== "pronoun");
    if (attr) from = attr.tj;
  }
  from = pastParenthetical(toks, from, ti);
  const gap: string[] = [];
  for (let k = from; k < ti; k++)
    if (!inTime(k) && !(/^(on|in|at|this|last|early|late)$/.test(toks[k]!.low) && inTime(k + 1))) gap.push(toks[k]!.low);
  if (gap.length > 4 || !gap.every((w) => SUBJECT_GAP.test(w))) return false;
  const w = toks[ti]!.low;
  if (isPastForm(w)) return true;
  if (/ing$/.test(w)) return gap.some((g) => /^(is|are|was|were|be|been)$/.test(g));
  return gap.some((g) => /^(will|would|could|can|may|might|must|shall|should|did|does|do)$/.test(g));
}

const POLITICAL = /^(GOV|MIL|COP|JUD|LEG|PTY|REB|IGO|SPY)$/;

/** Crowds that protest ("Hong Kong protesters", "demonstrators", "Trump supporters"). */
const PROTESTERS = /\b(protest[eo]rs?|demonstrators?|supporters|crowds?|activists|marchers|rioters)$/i;

/** Families of armed attack (an attack on a thing strikes the place where it stands). */
const ARMED_FAMILY = /^(attack|bomb|shoot|fight)$/;

/** Families whose events need no political actor named: protests, and attacks (unknown attackers). */
const POLITICAL_EXEMPT =
  /^(protest|demonstrate|strike-work|hunger-strike|riot|block|attack|bomb|kill|shoot|assassinate|abduct|beat|fight)$/;

/**
 * A verb in the simple present tells a standing state or a habit, not an act that took place: "Citizens of the
 * United Kingdom do not elect the Prime Minister directly", "The PKK is banned in Turkey", "the House of
 * Representatives impeaches the official", "Turkey maintains a position that …". Four forms: do/does before
 * the verb, is/are before a participle, a verb in -s right after its named subject or after "who"/"which". (Direct quotes are
 * never coded, and news narrates its acts in the past.)
 */
function genericPresent(toks: Tok[], ti: number, ms: ActorMention[]): boolean {
  const w = toks[ti]!;
  const p1 = toks[ti - 1]?.low ?? "";
  const p2 = toks[ti - 2]?.low ?? "";
  if (/^(do|does)$/.test(p1) || (/^(not|n't)$/.test(p1) && /^(do|does)$/.test(p2))) return true;
  const adverb = /ly$|^(also|not|still)$/.test(p1);
  const be = adverb ? p2 : p1;
  if (/^(is|are)$/.test(be) && /(ed|en)$/.test(w.low)) return true;
  if (!LOWER_THIRD_PERSON.test(w.text) || /(ss|us|is)$/.test(w.low)) return false;
  const subjectEnd = adverb ? ti - 1 : ti;
  // "Scissors, who consults with administration officials": a relative clause in the simple present describes.
  if (/^(who|which)$/.test(toks[subjectEnd - 1]?.low ?? "")) return true;
  return ms.some((m) => m.tj === subjectEnd && m.kind !== "pronoun");
}

/**
 * Words of disasters, accidents and diseases, whole (\w runs of the lower-cased text); also any word beginning
 * "derail" or "capsiz", and "covid-19". Looked up word by word: one alternation of them all, run on every
 * sentence, cost about 4% of the coder's time.
 */
const DISASTER_WORDS = new Set(
  (
    "earthquake earthquakes quake quakes tsunami flood floods flooding storm storms hurricane typhoon cyclone tornado " +
    "wildfire wildfires bushfire bushfires fire blaze landslide landslides avalanche eruption volcano drought heatwave " +
    "crash crashed crashes collision accident accidents stampede stampedes crush disease outbreak epidemic pandemic virus " +
    "coronavirus infection infections illness cancer"
  ).split(" "),
);
const WORD_RUN = /\w+/g;

/** Whether lower-cased text names a disaster, an accident or a disease (see DISASTER_WORDS). */
function disasterIn(low: string): boolean {
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(low); m !== null; m = WORD_RUN.exec(low)) {
    const w = m[0];
    if (DISASTER_WORDS.has(w) || w.startsWith("derail") || w.startsWith("capsiz")) return true;
    if (w === "covid" && low.startsWith("-19", m.index + 5) && !/\w/.test(low.charAt(m.index + 8))) return true;
  }
  return false;
}
/** A named police body of the sentence with its country, not among the act's recipients. */
function policeIn(ms: ActorMention[], recips: ActorMention[], date: string | null) {
  const m = ms.find((x) => x.kind === "entity" && x.sector === "COP" && x.country && !recips.includes(x));
  return m ? toActor(m, date) : undefined;
}
/** Words of an attack: with them a disaster word does not excuse a killing ("attack … set fire"). */
const VIOLENCE =
  /\b(attack\w*|assailants?|gunm[ae]n|gunfire|shooting|shot|bomb(?!ers?\b)\w*|suicide|stabb\w*|knife|militants?|rebels?|insurgents?|air ?strikes?|missiles?|rockets?|shell\w*|murder\w*|terror\w*|fighting|clash\w*|riot\w*|opened fire|massacre\w*|lynch\w*|arson\w*)\b/;
/** Words after "offer" that make it an offer between sides: to someone or to do something, or an act offered. */
const OFFER_BETWEEN_SIDES =
  /\b(to|aid|assistance|help|support|talks|negotiat\w*|mediat\w*|ceasefire|cease-fire|truce|asylum|resign\w*|condolences|compensation|reward|troops|concessions?|deal|amnesty|exchange|peace|loans?|refuge|sanctuary|cooperation|dialogue|guarantees?|security)\b/;
/** What a legal charge is brought for, right after "charged". */
const CHARGE_FOR = /^\s+(?:\S+\s+){0,3}?(?:with|for|over|in connection)\b/;
/** Words of law and crime: a charge in their sentence is a legal one. */
const LAW_WORD =
  /\b(crim\w*|murder\w*|court\w*|police|prosecut\w*|arrest\w*|counts?|offen[cs]es?|alleged\w*|accused|suspect\w*|guilty|trial|jail\w*|prison\w*|indict\w*|felon\w*|fraud\w*|theft|assault\w*|terror\w*|investigat\w*)\b/;
/** The lower-case text of at most 60 characters after a trigger. */
function clauseAfterLow(text: string, end: number): string {
  return text.slice(end, end + 60).toLowerCase();
}
/** Weapons and attackers a by-phrase may name besides VIOLENCE's words. */
const WEAPON =
  /\b(guns?|gunshots?|grenades?|explosi\w*|devices?|snipers?|drones?|mines?|blasts?|bullets?|assailants?|attackers?|soldiers?|troops|forces)\b/;

/** "killed by his lions": a by-phrase right after the trigger whose words name no actor, weapon or attack. */
function namedHarmlessDoer(toks: Tok[], tj: number, ms: ActorMention[]): boolean {
  if (toks[tj]?.low !== "by") return false;
  let end = tj + 1;
  while (end < toks.length && end - tj <= 5 && !/^[,.;:!?]$|^(and|or|in|on|at|after|while|during|near|outside)$/.test(toks[end]!.low))
    end++;
  if (end === tj + 1 || ms.some((m) => m.ti > tj && m.ti < end)) return false;
  const phrase = toks
    .slice(tj + 1, end)
    .map((t) => t.low)
    .join(" ");
  return !VIOLENCE.test(phrase) && !WEAPON.test(phrase);
}

/** Verbs that are themselves acts of violence (a dictionary verb coded as an assault must be one). */
const VIOLENT_VERB =
  /^(attack\w*|assault\w*|bomb\w*|shell\w*|shoot\w*|shot|fir(e|ed|es|ing)|kill\w*|murder\w*|massacre\w*|stab\w*|beat\w*|raid\w*|invad\w*|occup\w*|fought|fight\w*|clash\w*|struck|strik\w*|hit|hits|hitting|torture\w*|execut\w*|assassinat\w*|wound\w*|injur\w*|abduct\w*|kidnap\w*|hijack\w*|ambush\w*|besieg\w*|storm\w*|seiz\w*|captur\w*|destroy\w*|burn\w*|lynch\w*|rap(e|ed|es|ing)|shelled|blew|blow\w*|detonat\w*|launch\w*)$/;

/** Families whose act a disaster may stand in for: killing, injuring, destroying, blocking, restricting. */
const NOT_IN_DISASTER = /^(kill|beat|seize|block|riot|restrict|emergency)$/;

/** CAMEO.2.0 verb families too generic to code on the verb alone (choosing, wanting, predicting, going,
 * helping, explaining, debating, failing, giving): only a pattern of theirs codes. */
const GENERIC_FAMILIES = new Set([
  "SELECT",
  "DEMAND",
  "PREDICT",
  "GO_SOMEWHERE",
  "AID",
  "EXPLAIN_VERBAL",
  "VERBAL_CONFLICT",
  "FAIL",
  "GRANT",
]);

/** Aid sent from one country to another is an international event whoever sends it ("doctors from two
 * American aid groups … delivered goods to Baghdad University"). */
function crossBorder(a: Actor[], r: Actor[]): boolean {
  const ca = a.find((x) => x.country)?.country;
  const cr = r.find((x) => x.country)?.country;
  return Boolean(ca && cr && ca !== cr);
}

/** Titles of public offices written before a name. */
const OFFICE_TITLE =
  /^(President|Vice-President|Premier|Chancellor|Minister|Secretary|Senator|Sen\.|Congressman|Congresswoman|Representative|Rep\.|Governor|Gov\.|Mayor|Judge|Justice|Prosecutor|Ambassador|envoy|General|Gen\.|Colonel|Admiral|Commander|Speaker|MP|Lawmaker|Attorney|King|Queen|Prince|Princess|Emir|Sheikh|Sultan)$/;

/** Does one of these actors stand for a state, a political organisation or a political figure (former
 * officials, NGOs included; not a selfRecipient fill-in)? */
function politicalSide(objs: Actor[], ms: ActorMention[], toks: Tok[]): boolean {
  return objs.some((a, i) => {
    const m = ms[i];
    if (POLITICAL.test(a.sector ?? "") || /^(ELI|NGO)$/.test(a.sector ?? "") || a.country === "IGO" || m?.kind === "country") return true;
    // A person under a public office's title ("Senator Amy Klobuchar", "District Judge Michael Urbanski").
    if (m?.kind !== "entity") return false;
    for (let k = Math.max(0, m.ti - 2); k < m.tj; k++) if (OFFICE_TITLE.test(toks[k]!.text)) return true;
    return false;
  });
}

/** The lower-case word just before a character offset. */
function wordBefore(toks: Tok[], start: number): string {
  let w = "";
  for (const t of toks) {
    if (t.start >= start) break;
    w = t.low;
  }
  return w;
}

/** Where the text has a paragraph break ("\n\n" or "\n \n"), every occurrence, in order. */
function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const mark of ["\n\n", "\n \n"]) for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) out.push(i);
  return out.sort((a, b) => a - b);
}

/**
 * Whether the paragraph holding offset `at` is a turn of an interview: it opens with a "((Speaker))" tag.
 * `breaks`: paragraphBreaks(text), found once per article (looking back from every sentence was quadratic).
 */
function interviewTurn(text: string, at: number, breaks: number[]): boolean {
  // The last break starting at or before `at` (what lastIndexOf(mark, at) finds for either mark).
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? breaks[lo - 1]! : 0;
  return /^\s*\(\([^()\n]{1,80}\)\)/.test(text.slice(start, start + 90));
}

/** Sentences a last subject or object stays an antecedent for pronouns without being named again. */
const SUBJECT_WINDOW = 4;

/** Entities of one sentence (half-open span). */
function entitiesIn(entities: Entity[], s: Sentence): Entity[] {
  return entities.filter((e) => e.start >= s.start && e.end <= s.end && !e.inCaption);
}

/** Article + Analysis → events coded in CAMEO and PLOVER, with evidence. */
export function code(article: Article, analysis: AnalysisInput): Event[] {
  const text = article.text;
  const anchorValue = analysis.anchor ?? article.dateline?.date ?? article.published?.value?.slice(0, 10) ?? null;
  const anchor = { value: anchorValue, source: article.dateline?.date ? "dateline" : article.published ? "published" : "anchor" };
  const breaks = paragraphBreaks(text);
  const perSentence = analysis.sentences.map((s) => {
    const toks = tokens(text, s.start, s.end);
    return { s, toks, ms: resolveCountedGroups(text, toks, findMentions(text, toks, entitiesIn(analysis.entities, s))) };
  });
  // A named storm is no actor, nor its bare name later ("Typhoon Phanfone made landfall … . Phanfone
  // impacted … . It also blocked roads and forced over 58,000 civilians to evacuate").
  const storms = stormNames(text);
  // A sentence the storm heads leaves no subject for an "it" after it.
  const stormLed = new Set<Sentence>();
  let subjectAge = 0;
  let objectAge = 0;
  if (storms.size > 0)
    for (const p of perSentence) {
      const kept = p.ms.filter((m) => m.kind !== "entity" || !isStorm(m.text, storms));
      if (kept.length < p.ms.length && p.ms.find((m) => m.kind !== "pronoun")?.ti === 0 && kept[0]?.ti !== 0) stormLed.add(p.s);
      p.ms = kept;
    }
  const d: Discourse = {
    lastSubject: null,
    lastObject: null,
    prevDisaster: false,
    protested: new Set(),
    ...(({ home, byCount }) => ({ home, homeByCount: byCount }))(
      homeCountry(
        article,
        perSentence.map((p) => p.ms),
        perSentence[0]?.toks,
      ),
    ),
  };
  const textLow = text.toLowerCase();
  d.storyDisaster = disasterIn(textLow) && !VIOLENCE.test(textLow) && !/\b(wars?|conflicts?)\b/.test(textLow);
  // Places read against where the story happens (names the analysis placed elsewhere).
  if (d.home) {
    const placed = placeMentionsInStory(
      perSentence.map((p) => p.ms),
      d.home,
      text,
    );
    perSentence.forEach((p, k) => {
      p.ms = placed[k]!;
    });
  }
  // Discourse coreference (actors/coref.ts): he/she, "the president", "the embassy" → who they stand for.
  // "Iranian airline Mahan Air … Mahan's permit": a name first written after a description that places it.
  const apposed = placeApposedNames(perSentence);
  perSentence.forEach((p, i) => {
    p.ms = apposed[i]!;
  });
  const linked = linkCoreference(perSentence, anchorValue);
  perSentence.forEach((p, i) => {
    p.ms = linked[i]!;
  });
  const all: Event[] = [];
  // The story's day: the first past day its lede paragraph names ("Friday night was the fourth night …").
  // A simple past act told later without a time of its own belongs to the story, not to the day of writing.
  const story = storyDay(text, analysis.times, anchorValue);
  // A round-up of a past month or week ("On the campaign trail, August 2020", published in September) tells
  // its acts in that period: one with no time of its own that is not told in the simple past ("has blamed",
  // "the police shooting of X") is still of that period, not of the day the round-up was published.
  const roundup = story && story.value.length !== 10 ? story : null;
  // A sentence without a time of its own continues the time of the last three sentences (narrative continuity).
  let context: { value: string; end: number; age: number } | null = null;
  /** The date of a background act the sentence before told with its own time (see clockOf). */
  let pastScene: { value: string; precision: TimeRef["precision"] } | null = null;
  const eventNouns = new Map<string, string>();
  /** Events named with their time ("the August 2017 Unite the Right rally"), by name (see datedNames). */
  const namedEvents = new Map<string, { value: string; precision?: string }>();
  /** The date of the killing of each person the story tells with a time of its own (see datedByVictim). */
  const victims = new Map<string, { value: string; precision?: string }>();
  let lastEventDate: string | null = null;
  for (const { s, toks, ms } of perSentence) {
    // A clock time dates its day ("Today at 10:30 BST" → 2019-09-24); a clock time that names no day, in a
    // sentence that names none, and that the analysis put on the day of writing or on a day named in the
    // sentences before ("The rally started around 18:00 local time", "At 2:45 a.m. local time … he died") is an
    // hour of the story's day when the lede names one.
    // A "today"/"tonight" inside a speaker's own words is the day they spoke, which the analysis cannot know
    // ("In his resignation speech, Rosselló said, \"… today …\"" of a speech given four days before the story
    // was published): no time of the sentence; the story's or the context's day stands.
    const raw = analysis.times.filter(
      (t) =>
        t.start >= s.start &&
        t.end <= s.end &&
        !t.inCaption &&
        !(
          DEICTIC_DAY.test(t.text.trim()) &&
          (analysis.quotes.some((q) => q.kind !== "indirect" && t.start >= q.start && t.end <= q.end) ||
            // (a quoted tweet standing as its own sentence, which the quote finder leaves unattributed)
            (text.slice(s.start, t.start).match(QUOTE_MARK)?.length ?? 0) % 2 === 1)
        ),
    );
    const dayNamed = raw.some((t) => t.value && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
    // "Robert was killed in June 1968 … Sirhan shot him in the head just after midnight": a clock time naming no
    // day right after a sentence that told a background act with its own date is an hour of that act's time.
    // (One pass, each time through the three steps in turn: no array between them.)
    const times: TimeRef[] = [];
    for (const r of raw) {
      let t = r.value && /^\d{4}-\d{2}-\d{2}T/.test(r.value) ? clockOf(r, dayNamed, story, anchorValue, pastScene) : r;
      // A weekend dates its week ("over the weekend" → 2020-W35-WE → 2020-W35).
      if (t.value && /^\d{4}-W\d{2}-WE$/.test(t.value)) t = { ...t, value: t.value.slice(0, 8), precision: "week" as const };
      // A season or quarter dates its year ("After his conviction in that case last summer, Manafort agreed …":
      // 2018-SU → 2018), not the story's day; a winter runs into the next year and is left out.
      if (t.value && /^\d{4}-(?:SP|SU|FA|Q[1-4]|H[12])$/.test(t.value))
        t = { ...t, value: t.value.slice(0, 4), precision: "year" as const };
      if (isIsoValue(t.value)) times.push(t);
    }
    // "Within roughly a day before the event", "two days after the rally": a distance from an event already
    // coded by its noun ("the event"/"the incident": the last one) is a day of its own.
    if (!times.some((t) => t.value && t.value.length === 10)) {
      const rel = relativeToEvent(text, s, eventNouns, lastEventDate, anchorValue);
      if (rel) times.push(rel);
    }
    const quotes = analysis.quotes.filter((q) => q.end > s.start && q.start < s.end);
    if (context && context.age >= 3) context = null;
    // "… during the rally": a sentence without a time of its own that refers back to an event already
    // coded by its noun takes that event's date.
    const referred = times.length === 0 ? referredDate(toks, eventNouns, lastEventDate) : null;
    const here = referred
      ? { value: referred, source: "context" }
      : context
        ? { value: context.value, source: "context" }
        : (story ?? anchor);
    // "This comes a week after he attended a summit …": the act after "after" lies that far before the story's act.
    // (It is no day the next sentences continue: the story's act stays their time.)
    const shifted = times.some((t) => t.value && t.value.length === 10) ? null : shiftedFromStory(text, s, here.value);
    if (shifted) times.push(shifted);
    const subjectBefore = d.lastSubject;
    const objectBefore = d.lastObject;
    const coded = codeSentence(text, s, toks, ms, times, quotes, here, roundup ?? anchor, d);
    datedByVictim(coded, victims, anchorValue);
    for (const [name, date] of namedEvents) datedByName(coded, name, date, anchorValue);
    for (const n of datedNames(toks, times)) {
      namedEvents.set(n.name, n.date);
      lastEventDate = n.date.value;
    }
    if (stormLed.has(s)) d.lastSubject = null;
    // A subject or object not named again for SUBJECT_WINDOW sentences is no antecedent of a later
    // pronoun (a country named in an interview's opening is not the "they" of its fiftieth sentence).
    subjectAge = d.lastSubject === subjectBefore ? subjectAge + 1 : 0;
    objectAge = d.lastObject === objectBefore ? objectAge + 1 : 0;
    if (subjectAge >= SUBJECT_WINDOW) d.lastSubject = null;
    if (objectAge >= SUBJECT_WINDOW) d.lastObject = null;
    for (const e of coded) if (/^(02|10)/.test(e.cameo.code) && e.actor[0]?.country) d.lastRequest = e.actor[0];
    if (d.lastAct) d.lastAct.age++;
    for (const e of coded)
      if (e.plover && e.actor[0]?.country && e.actor[0].name !== UNKNOWN_ATTACKERS && !e.mode.negated && !e.mode.hypothetical) {
        d.lastAct = { actor: { ...e.actor[0] }, actors: e.actor.map((a) => ({ ...a })), type: e.plover.event, age: 0 };
        if (s === perSentence[0]?.s && !d.ledeAct) d.ledeAct = { ...d.lastAct };
      }
    for (const e of coded) if (e.plover?.event === "PROTEST") for (const a of e.actor) if (a.country) d.protested.add(a.country);
    // A turn of an interview ("((WN)) …", "((Zara Kay)) …"): what the guest says of their life and views
    // is the interview's content, not acts the story reports (its statements stay as CAMEO 01/02).
    if (interviewTurn(text, s.start, breaks)) all.push(...coded.filter((e) => !e.plover));
    else all.push(...coded);
    for (const e of coded) {
      const noun = e.evidence.trigger?.text.toLowerCase().split(/\s+/).pop();
      if (noun && e.date.source === "sentence" && e.date.value && EVENT_NOUN.test(noun)) {
        eventNouns.set(eventNounKey(noun), e.date.value);
        lastEventDate = e.date.value;
      }
    }
    // "… killed Qasem Soleimani … in an airstrike": the act's noun in its own sentence names it for later
    // sentences ("… who was also killed in the airstrike"), dated with it.
    const dated = coded.find((e) => e.date.source === "sentence" && e.date.value && e.date.value.length === 10);
    if (dated)
      for (let i = 2; i < toks.length; i++)
        if (/^(a|an)$/.test(toks[i - 1]!.low) && /^(in|during)$/.test(toks[i - 2]!.low) && EVENT_NOUN.test(toks[i]!.low))
          eventNouns.set(eventNounKey(toks[i]!.low), dated.date.value!);
    // A bound ("until October 14", "by Friday", "since Tuesday") is not when anything in the sentence happened.
    const dayTimes = times.filter(
      (t) => t.value && t.value.length >= 10 && !t.mod && !BOUND_BEFORE.test(wordBefore(toks, t.start)) && !inRelativeClause(toks, t.start),
    );
    const bounds = new Set(times.filter((t) => t.value && BOUND_BEFORE.test(wordBefore(toks, t.start))).map((t) => t.value!.slice(0, 10)));
    // "Thunberg then led … the largest climate change demonstration ever held to date, on September 20 of this
    // year.": a protest named by its noun, in a sentence that codes no protest and names one day, is that day's;
    // a later "took part in the protests" is this one, not the older protest the story told before it.
    const days = new Set(dayTimes.filter((t) => notAfter(t.value, anchorValue)).map((t) => t.value!.slice(0, 10)));
    if (days.size === 1 && !coded.some((e) => e.plover?.event === "PROTEST"))
      for (const t of toks) if (EVENT_NOUN.test(t.low) && eventNounKey(t.low) === "protest") eventNouns.set("protest", [...days][0]!);
    // The next sentences continue the time of this sentence's events (not one dated by a bound: a series
    // "taking place since Tuesday" is not where the next act happened), else of its first day.
    // A day after the day of writing ("will appear in court on April 5") is no time a later past act took place in.
    // "On September 19, 2018, Cyprus and Egypt had signed an alternative deal …": an act years back told in the
    // past perfect is background to the narrative; the next sentence ("… Avinoam Idan, said …") is not on its day.
    const backdrop = (e: Event) =>
      Boolean(
        e.evidence.trigger &&
          e.date.value &&
          anchorValue &&
          isHistorical(e.date.value, anchorValue) &&
          pastPerfect(toks, tokenAt(toks, e.evidence.trigger.start)),
      );
    const evDate = coded.find(
      (e) =>
        e.date.source === "sentence" &&
        notAfter(e.date.value, anchorValue) &&
        e.date.value!.length >= 10 &&
        !bounds.has(e.date.value!.slice(0, 10)) &&
        !backdrop(e),
    )?.date.value;
    // "He had attended Trump's Tulsa rally in June without a mask and first received hospital treatment for
    // COVID-19 on July 1.": a sentence told in the past perfect steps back from the narrative; its day is not
    // the time the next sentences continue ("Trump lauded Cain …" was at his death, weeks after).
    const flashback = mainPastPerfect(toks);
    const scene = coded.find((e) => e.mode.historical && e.date.source === "sentence" && e.date.value);
    pastScene = scene ? { value: scene.date.value!, precision: (scene.date.precision ?? "year") as TimeRef["precision"] } : null;
    // A day years before the story in a sentence that codes no act ("Rosselló began serving as Puerto Rico's
    // eleventh governor on January 2, 2017.") is background that sentence gives; the next sentence is not
    // thereby told on that day ("In addition to stepping down as governor, Rosselló announced …" was 2017).
    const first =
      evDate ??
      dayTimes.find(
        (t) =>
          notAfter(t.value, anchorValue) &&
          !((coded.length === 0 || coded.some(backdrop)) && anchorValue && isHistorical(t.value!, anchorValue)),
      )?.value;
    if (first && !flashback && !shifted) context = { value: first.slice(0, 10), end: s.end, age: 0 };
    else if (context) {
      context.end = s.end;
      context.age++;
    }
  }
  legalHistory(all, perSentence, anchorValue);
  return mergeMentions(all, text);
}
