/**
 * Actor and recipient of a trigger from the mentions around it: the subject (nearest mention before the
 * verb in its clause, with "X and Y" compounds), the object (first mention after the verb, directly or
 * after one of the family's prepositions), passives ("was attacked by X"), and claims ("accused X of …":
 * nothing after "of" is an argument).
 */
import type { ActorMention } from "./actors/mention.js";
import { isSpeechWord, leftBound, rightBound } from "./clause.js";
import type { SlotFill } from "./lexicon/index.js";
import { lexiconCode } from "./lexicon/index.js";
import type { Family } from "./patterns/index.js";
import { isPastForm } from "./text/past.js";
import type { Tok } from "./text/tokens.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
const LOWER_HYPHENED = /^\p{Ll}[\p{Ll}-]*$/u;
const LOWER_FIRST = /^\p{Ll}/u;

const PREPS = new Set([
  "of",
  "in",
  "with",
  "for",
  "from",
  "at",
  "on",
  "by",
  "against",
  "to",
  "near",
  "between",
  "among",
  "over",
  "under",
  "into",
  "about",
  "during",
  "outside",
  "inside",
  "across",
  "toward",
  "towards",
  "than",
  "like",
  "including",
  "via",
  "per",
  "after",
  "before",
]);
const BE = /^(was|were|been|is|are|be|being|got|get|gets|getting)$/;
const PARTICIPLE = /(ed|en|met|held|shot|struck|fought|beat|cut|put|told|sent|taken|given|found)$/;

export interface Args {
  actors: ActorMention[];
  recipients: ActorMention[];
  passive: boolean;
  /** Token index where the claim complement starts (not coded), or -1. */
  claimAt: number;
  /** The clause bounds used (rb clipped at the next trigger; clauseEnd not). */
  lb: number;
  rb: number;
  clauseEnd: number;
  /** Both directions hold ("X and Y agreed": a dictionary pattern's compound actor with no other target). */
  reciprocal?: boolean;
}

const DETS = /^(the|a|an|his|her|its|their|some|several|\d+|five|two|three|four|six|seven|eight|nine|ten|19|many)$/;
const JOINERS = /^(and|,|or|nor)$/;
/** Prepositions that, before a number, tell a quantity ("more than 300", "over 50", "about 20", "up to 10"). */
const QUANTITY_PREP = /^(than|over|about|around|under|to)$/;
const NUMBER =
  /^(\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)$/;

/** Nouns naming the members or heads of a body in a passive's by-phrase ("by members of the European Union"). */
const MEMBERS = /^(members|leaders|officials|representatives|ministers|governments|states|heads|delegates|lawmakers)$/;
/** Phrases that join actors like "and": "X as well as Y", "X along with Y", "X together with Y". */
const LONG_JOINERS = [
  ["as", "well", "as"],
  ["along", "with"],
  ["together", "with"],
];

/** Length of a long joiner starting at k (0 = none). */
function longJoinerAt(toks: Tok[], k: number): number {
  for (const j of LONG_JOINERS) if (j.every((w, n) => toks[k + n]?.low === w)) return j.length;
  return 0;
}

/** Length of a long joiner ending at k (0 = none). */
function longJoinerEndingAt(toks: Tok[], k: number): number {
  for (const j of LONG_JOINERS) if (k - j.length + 1 >= 0 && longJoinerAt(toks, k - j.length + 1) === j.length) return j.length;
  return 0;
}

/** Pronouns in the object case (or the possessive "her"): never a verb's subject. */
const OBJECT_PRONOUN = /^(him|her|them)$/i;

/** Prepositions that introduce what an act is about, not a side of it. */
const TOPIC_PREPS = new Set(["about", "regarding", "concerning"]);

/** Whether the -ing trigger at ti follows "a/an/the <lower-case noun>" that no mention covers. */
function reducedRelative(toks: Tok[], ms: ActorMention[], ti: number): boolean {
  const noun = toks[ti - 1];
  return (
    /ing$/.test(toks[ti]!.low) &&
    noun !== undefined &&
    /^[a-z]+$/.test(noun.text) &&
    !/ing$|ed$|ly$/.test(noun.low) &&
    /^(a|an|the)$/.test(toks[ti - 2]?.low ?? "") &&
    !ms.some((m) => m.ti <= ti - 1 && ti - 1 < m.tj)
  );
}

/** A name that only says when ("visited Kenosha two days after Trump") or, for a legal or verbal act, where
 * ("sued in Austria for defamation") it happened: no side of the act. (A place stays the target of an
 * armed act, a meeting or a visit: "carried out airstrikes in Syria".) */
const TIME_PREPS = new Set(["after", "before", "since", "until", "than"]);
const PLACE_PREPS = new Set(["in", "at", "inside"]);
const VERBAL_FAMILIES = new Set([
  "sue",
  "accuse",
  "criticise",
  "disapprove",
  "complain",
  "convict",
  "impeach",
  "investigate",
  "say",
  "claim",
  "praise",
  "deny",
  "reject",
  "demand",
]);
/** Street actions, whose place ("marched in London") is where they happen: a place of the marchers' own
 * country there is no side (the act is against their state, the fill-in of last resort). */
const STREET_FAMILIES = new Set(["protest", "demonstrate"]);
function placeOrTimeOnly(toks: Tok[], m: ActorMention, family: string, subject: ActorMention[] = []): boolean {
  const p = toks[m.ti - 1]?.low ?? "";
  if (TIME_PREPS.has(p)) return true;
  if (m.kind !== "country" || !PLACE_PREPS.has(p)) return false;
  // "Leaders of African Union (AU) member states met in Niamey, Niger's capital": where they met, not with whom.
  if (VERBAL_FAMILIES.has(family) || family === "meet") return true;
  return STREET_FAMILIES.has(family) && subject.every((s) => !s.country || s.country === m.country);
}

/** "participating in a protest with the Iraq Veterans Against the War": whom a street action is done with marches
 * beside its doer, not against them. */
function fellowMarcher(toks: Tok[], m: ActorMention, family: string, tj: number): boolean {
  return STREET_FAMILIES.has(family) && prepBefore(toks, m, tj) === "with";
}

/**
 * A name in an attribution ("According to Mexican President Andrés Manuel López Obrador, six Mexican nationals
 * were killed"): the source of the sentence, no side of its act.
 */
function attributedTo(toks: Tok[], m: ActorMention): boolean {
  for (let k = m.ti - 1; k >= 1; k--) {
    const w = toks[k]!.low;
    if (w === "," || w === ";" || w === ":") return false;
    if (w === "to" && toks[k - 1]!.low === "according") return true;
  }
  return false;
}

/** Persons known by whose they are: kin and those who work for or stand by someone. */
const RELATION =
  /^(wife|husband|son|sons|daughter|daughters|brother|brothers|sister|sisters|mother|father|parents|child|children|family|relatives|girlfriend|boyfriend|partner|fiancée|fiancee|fiancé|widow|nephew|niece|cousin|lawyer|lawyers|attorney|attorneys|aide|aides|bodyguard|bodyguards|driver|friend|friends|associate|associates)$/;

/**
 * A name that owns the person after it ("the suspect's wife was taken into custody", "Trump's lawyer"): the
 * owner is no side of what that person does or undergoes.
 */
function ownerOfPerson(toks: Tok[], m: ActorMention): boolean {
  return /^['’]s$/.test(toks[m.tj]?.low ?? "") && RELATION.test(toks[m.tj + 1]?.low ?? "");
}

function prepBefore(toks: Tok[], m: ActorMention, floor: number, overModifier = false): string | null {
  let i = m.ti - 1;
  // Skip determiners and adjectives between a preposition and its noun phrase.
  while (i >= floor && DETS.test(toks[i]!.low)) i--;
  if (i < floor) return null;
  let w = toks[i]!.low;
  // "More than 300 Indians were deported", "over 50 protesters", "about 20 soldiers": a preposition before a
  // number tells a quantity, not where the noun phrase stands; look for a preposition before the quantity.
  while (QUANTITY_PREP.test(w) && NUMBER.test(toks[i + 1]?.low ?? "") && (w !== "to" || toks[i - 1]?.low === "up")) {
    i -= (w === "than" && /^(more|less|fewer)$/.test(toks[i - 1]?.low ?? "")) || w === "to" ? 2 : 1;
    while (i >= floor && DETS.test(toks[i]!.low) && !QUANTITY_PREP.test(toks[i]!.low)) i--;
    if (i < floor) return null;
    w = toks[i]!.low;
  }
  // One modifier between the preposition and a name: "in south Ithilen", "against besieged Osgiliath".
  if (
    overModifier &&
    !PREPS.has(w) &&
    i === m.ti - 1 &&
    UPPER_FIRST.test(m.text) &&
    LOWER_WORD.test(toks[i]!.text) &&
    i - 1 >= floor &&
    PREPS.has(toks[i - 1]!.low)
  )
    w = toks[--i]!.low;
  // "thousands of Serbians", "a group of protesters", "members of the opposition": the head is the actor.
  if (
    w === "of" &&
    /^(thousands|hundreds|dozens|millions|tens|scores|number|group|groups|crowd|crowds|members|some|many|most|all|several|supporters|hundreds-of)$/.test(
      toks[i - 1]?.low ?? "",
    )
  )
    return null;
  return PREPS.has(w) ? w : null;
}

/**
 * A later member of a list whose first member stands after a preposition is inside that phrase too ("trade
 * talks with other partners, including Europe, Japan, Canada and Mexico").
 */
function inListAfterPrep(toks: Tok[], m: ActorMention): boolean {
  // A list: its members go on to "and"/"or" before a last capitalised one (not "On Friday in Pakistan,
  // Mohammed Waseem, brother of …", where the name after the comma is the subject).
  let f = m.tj;
  for (let n = 0; n < 8 && toks[f]?.low === "," && UPPER_FIRST.test(toks[f + 1]?.text ?? ""); n++) {
    f += 2;
    while (f < toks.length && UPPER_FIRST.test(toks[f]!.text)) f++;
  }
  if (toks[f]?.low === ",") f++;
  if (!/^(and|or)$/.test(toks[f]?.low ?? "") || !UPPER_FIRST.test(toks[f + 1]?.text ?? "")) return false;
  let k = m.ti - 1;
  for (let n = 0; n < 8; n++) {
    if (!/^(,|and|or)$/.test(toks[k]?.low ?? "")) return false;
    if (toks[k]!.low !== "," && toks[k - 1]?.low === ",") k--;
    // The member before: a run of capitalised words (after "the").
    let start = k;
    while (start > 0 && UPPER_FIRST.test(toks[start - 1]!.text) && k - start < 5) start--;
    if (start === k) return false;
    if (toks[start - 1]?.low === "the") start--;
    if (PREPS.has(toks[start - 1]?.low ?? "")) return true;
    k = start - 1;
  }
  return false;
}

/** Is m the owner of the verb's direct object: "the <noun> of m", "its <adjective> <noun> of m" right after the verb? */
function ownerOfObject(toks: Tok[], ti: number, tj: number, m: ActorMention): boolean {
  let i = m.ti - 1;
  while (i > tj && DETS.test(toks[i]!.low)) i--;
  if (toks[i]?.low !== "of") return false;
  const head = toks.slice(tj, i);
  // A trigger that ends with its object's noun ("returned the bodies of …").
  if (head.length === 0) return tj - ti >= 2 && /^(the|a|an|its|their|his|her)$/.test(toks[tj - 2]?.low ?? "");
  if (head.length < 2 || head.length > 3 || !/^(the|a|an|its|their|his|her|some|all|several|\d+)$/.test(head[0]!.low)) return false;
  return head.slice(1).every((t) => LOWER_HYPHENED.test(t.text) && !PREPS.has(t.low) && !JOINERS.test(t.low) && !BE.test(t.low));
}

/** Mentions on the same words as m (an entity that names several actors at once). */
function sameSpan(ms: ActorMention[], m: ActorMention): ActorMention[] {
  return ms.filter((x) => x !== m && x.ti === m.ti && x.tj === m.tj);
}

const AUX = /^(has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|not|also|then|said|says|as|well|along|together)$/;
/** Conjunctions that open a clause of their own: no modifier of a conjoined name ("claimed by the Houthi
 * movement in Yemen, but both Saudi Arabia and the United States have alleged …"). */
const CLAUSE_CONJ = /^(but|yet|while|whereas|although|though|because|so|if|when|unless)$/;

/** A lower-case modifier inside a conjoined noun phrase ("and good Gondor", "the awful Fornost"). */
function modifier(t: Tok | undefined): boolean {
  return (
    t !== undefined &&
    LOWER_HYPHENED.test(t.text) &&
    !PREPS.has(t.low) &&
    !JOINERS.test(t.low) &&
    !BE.test(t.low) &&
    !AUX.test(t.low) &&
    !CLAUSE_CONJ.test(t.low)
  );
}

/** Skip determiners, and modifiers when a name follows them ("and the affected Ithilen villages"), from k by step. */
function skipModifiers(toks: Tok[], ms: ActorMention[], k: number, step: 1 | -1): number {
  let i = k;
  for (let n = 0; n < 3 && toks[i] && (DETS.test(toks[i]!.low) || modifier(toks[i])); n++) i += step;
  // Modifiers (not only determiners) must lead to a name.
  const skipped = step === 1 ? toks.slice(k, i) : toks.slice(i + 1, k + 1);
  const name = step === 1 ? ms.find((x) => x.ti === i) : ms.find((x) => x.ti === k + 1);
  if (skipped.some((t) => !DETS.test(t.low)) && !(name && UPPER_FIRST.test(name.text))) {
    i = k;
    while (toks[i] && DETS.test(toks[i]!.low) && Math.abs(i - k) < 3) i += step;
  }
  return i;
}

/**
 * Mentions joined to m on the left: "X and Y", "X, Y and Z", "X, Y, and Z", "neither X nor Y", with
 * determiners and up to two modifiers before each member ("Evil Mordor, the awful Fornost, and good Gondor").
 */
function compoundLeft(ms: ActorMention[], m0: ActorMention, toks: Tok[]): ActorMention[] {
  // "the European Union (EU)": the name before an abbreviation in parentheses.
  const named = toks[m0.ti - 1]?.low === "(" && toks[m0.tj]?.low === ")" ? ms.find((x) => x.tj === m0.ti - 1) : undefined;
  const m = named ?? m0;
  const out = [...sameSpan(ms, m), m];
  let cur = m;
  for (;;) {
    let k = skipModifiers(toks, ms, cur.ti - 1, -1);
    if (k < 1) break;
    const joiner = toks[k]?.low ?? "";
    const long = longJoinerEndingAt(toks, k);
    if (!JOINERS.test(joiner) && !long) break;
    // A bare comma right before the last member joins no list: "On Friday in Pakistan, Mohammed Waseem … was
    // sentenced" (a list ends in "and"/"or": "X, Y and Z").
    if (joiner === "," && cur === m) break;
    if (long) k -= long - 1;
    if ((joiner === "and" || joiner === "or" || long) && toks[k - 1]?.low === ",") k--;
    const prev = ms.find((x) => x.tj === k);
    if (!prev || prev.kind === "pronoun") break;
    out.unshift(prev, ...sameSpan(ms, prev));
    cur = prev;
  }
  return out;
}

/**
 * Mentions joined to m on the right, within limit; a list may run past a comma at the limit when it ends
 * in "and"/"or" ("with Mordor, Rohan, Fornost and Bree").
 */
function compoundRight(ms: ActorMention[], m: ActorMention, toks: Tok[], limit: number, verbAt = -1): ActorMention[] {
  const out = [m, ...sameSpan(ms, m)];
  let cur = m;
  let inLimit = out.length;
  for (;;) {
    let k = cur.tj;
    let joiner = toks[k]?.low ?? "";
    if (joiner === "," && longJoinerAt(toks, k + 1)) joiner = toks[++k]!.low;
    const long = longJoinerAt(toks, k);
    if (!JOINERS.test(joiner) && !long) break;
    k += long || 1;
    if (joiner === "," && /^(and|or)$/.test(toks[k]?.low ?? "")) k++;
    const from = k;
    k = skipModifiers(toks, ms, k, 1);
    // A word read as the next verb is no modifier of a conjoined name ("condemned Ukraine and attacked Georgia").
    if (verbAt >= from && verbAt < k) break;
    const next = ms.find((x) => x.ti === k);
    // "raped by Quirin, Redouane, and an unidentified third officer": a list closed with "and" before a noun
    // phrase that is no actor is still a list, all of whose names count.
    if (!next && /^(and|or)$/.test(toks[from - 1]?.low ?? "") && toks[from - 2]?.low === "," && LIST_END.test(toks[from]?.low ?? "")) {
      inLimit = out.length;
      break;
    }
    if (!next || next.kind === "pronoun") break;
    out.push(next, ...sameSpan(ms, next));
    cur = next;
    if (next.tj <= limit) inLimit = out.length;
    else if (joiner !== ",") {
      // The list closed with "and": all of it counts.
      inLimit = out.length;
      break;
    }
  }
  return out.slice(0, inLimit);
}

/** Words that open the noun phrase closing a list ("…, and an unidentified third officer", "…, and others"). */
const LIST_END = /^(a|an|the|one|another|others|other|several|some|two|three|four|five|many)$/;

/** Where the clause before the conjunction at k starts, past a quoted phrase inside it ("called it a
 * \"terrible event\" but …"). */
function firstClauseStart(toks: Tok[], k: number): number {
  let from = leftBound(toks, k);
  // A closing quotation mark right before the bound: the quoted phrase belongs to the clause.
  for (let n = 0; n < 2 && from > 0 && /^["”]$/.test(toks[from - 1]!.low); n++) {
    let q = from - 2;
    while (q >= 0 && !/^["“]$/.test(toks[q]!.low)) q--;
    if (q < 0 || from - 1 - q > 8) break;
    from = leftBound(toks, q);
  }
  return from;
}

/** A mention after "as (a|an|the)": what something is called or taken for ("labeled X as a terrorist"). */
function asComplement(toks: Tok[], m: ActorMention): boolean {
  let k = m.ti - 1;
  // … also over adjectives ("attacked Drudge as a consistent Trump opponent").
  for (let n = 0; n < 2 && LOWER_WORD.test(toks[k]?.text ?? "") && !/^(a|an|the|as)$/.test(toks[k]!.low); n++) k--;
  if (/^(a|an|the)$/.test(toks[k]?.low ?? "")) k--;
  return toks[k]?.low === "as" && m.kind === "agent";
}

/** A mention set off by commas right after `head` ("Mitt Romney, a sometime Trump critic, said"): its apposition. */
function appositive(toks: Tok[], head: ActorMention, m: ActorMention): boolean {
  if (toks[head.tj]?.low !== ",") return false;
  let k = head.tj + 1;
  while (k < m.ti && toks[k]!.low !== ",") k++;
  return k === m.ti || (k > m.tj - 1 && toks[m.tj]?.low === ",");
}

/**
 * A participle joined by "and" to a passive before it in the clause is a passive too, its auxiliary left
 * unsaid ("after he was hauled out of the Ecuadorean Embassy in London by the UK police and promptly taken
 * into custody"): the first verb met going back from "and" must be that passive participle.
 */
function coordinatedPassive(toks: Tok[], ti: number, lb: number): boolean {
  if (!/(ed|en|held|shot|struck|cut|put|told|sent|taken|given|found)$/.test(toks[ti]!.low)) return false;
  let k = ti - 1;
  if (/ly$/.test(toks[k]?.low ?? "")) k--;
  if (toks[k]?.low !== "and" || toks[k - 1]?.low === ",") return false;
  // A direct object after it makes it active ("was elected President in 2012 and served his full term").
  const after = toks[ti + 1];
  if (
    after &&
    (/^(the|a|an|his|her|their|its|our|my|your|this|that|these|those|him|them|us|me)$/.test(after.low) || UPPER_FIRST.test(after.text))
  )
    return false;
  for (let j = k - 1; j >= Math.max(lb, k - 16); j--) {
    const t = toks[j]!;
    if (/^[,;:.()"“”]$/.test(t.low) || /^(who|which|that|and|but|or|while|after|before|when|because)$/.test(t.low)) return false;
    if (!LOWER_FIRST.test(t.text)) continue;
    if (/^(has|have|had|is|are|am|will|would|can|could|did|does|do|may|might|must|should|shall)$/.test(t.low)) return false;
    if (!PARTICIPLE.test(t.low) && !isPastForm(t.low)) continue;
    // A finite passive ("was hauled", "has been charged"), not an infinitive inside a reduced relative
    // ("36 people believed to have been involved in the assassination … and demanded from Interpol").
    const b = /ly$/.test(toks[j - 1]?.low ?? "") ? j - 2 : j - 1;
    const be = toks[b]?.low ?? "";
    if (be === "been") return /^(has|have|had)$/.test(toks[b - 1]?.low ?? "") && toks[b - 2]?.low !== "to";
    return /^(was|were|is|are|got|gets)$/.test(be);
  }
  return false;
}

/** "… and promised": a verb coordinated with an earlier one shares its subject (the clause's first actor). */
function coordinatedSubject(toks: Tok[], ms: ActorMention[], ti: number, lb: number): ActorMention[] {
  let k = ti - 1;
  if (/ly$/.test(toks[k]?.low ?? "")) k--;
  // Auxiliaries of the second verb ("…, and was condemned by …", "and has since denied").
  while (k > ti - 4 && /^(was|were|is|are|has|have|had|been|being|also|later|since)$/.test(toks[k]?.low ?? "")) k--;
  if (/ly$/.test(toks[k]?.low ?? "")) k--;
  // "…, and then agreed"; "Hungary licensed Czech firearm technology …, then agreed with Airbus": "then" after a
  // comma joins a second verb as "and" does.
  if (toks[k]?.low === "then" && toks[k - 1]?.low === "and") k--;
  const thenJoins = toks[k]?.low === "then" && toks[k - 1]?.low === ",";
  if (!/^(and|but)$/.test(toks[k]?.low ?? "") && !thenJoins) return [];
  // ", and was condemned": the first verb's clause is the one before the comma; "but" bounds a clause of its
  // own ("President Trump called it a \"terrible event\" but urged …"): the first verb's clause ends before it.
  const from = toks[k - 1]?.low === "," && lb > k - 1 ? leftBound(toks, k - 1) : lb > k ? firstClauseStart(toks, k) : lb;
  // "Mitt Romney … said the peaceful transfer of power is what separates the U.S. from nations like Belarus, and
  // described …": the clause before the comma is what was said; the second verb is the speaker's, like "said".
  const said = toks[from - 1]?.low === "that" ? from - 2 : from - 1;
  // (Only when what was said is told in another tense: in "Police said the man attacked a guard, and injured two
  // others" the second verb is the man's.)
  if (
    toks[k - 1]?.low === "," &&
    isSpeechWord(toks[said]?.low ?? "") &&
    /ed$|^said$/.test(toks[said]!.low) &&
    /ed$/.test(toks[ti]!.low) &&
    toks.slice(from, k - 1).every((t) => !isPastForm(t.low) && !/^(was|were|had|did|got)$/.test(t.low))
  ) {
    const speaker = ms.find((m) => m.tj <= said && !m.weak && m.kind !== "pronoun" && !prepBefore(toks, m, 0, true));
    if (
      speaker &&
      !ms.some(
        (m) =>
          m.ti > speaker.tj &&
          m.tj <= said &&
          !m.weak &&
          m.kind !== "pronoun" &&
          !prepBefore(toks, m, 0, true) &&
          !appositive(toks, speaker, m),
      )
    )
      return toks[speaker.tj]?.low === "and" ? compoundRight(ms, speaker, toks, said) : [speaker];
  }
  const first = ms.find((m) => m.ti >= from && m.tj <= k && !m.weak && m.kind !== "pronoun" && !prepBefore(toks, m, from, true));
  // "The Palestinian Authority - which considers the US biased and has rejected …": in a relative clause whose
  // pronoun is its subject (a verb, not a name, follows it), the first name is an object; the antecedent acts.
  if (/^(who|which)$/.test(toks[from - 1]?.low ?? "") && !(first && toks.slice(from, first.ti).every((t) => /^(the|a|an)$/.test(t.low)))) {
    const ante = relativeAntecedent(toks, ms, from - 1);
    if (ante.length > 0) return ante;
  }
  // Not when an actor stands right before the conjunction's verb ("X attacked Y and Z shelled …"); one named
  // as what the object is called is no subject ("labeled Soleimani as a terrorist and levied sanctions …").
  // (A name right before "and" is the first verb's object when the second verb follows "and" at once: "Russia
  // condemned Ukraine and attacked Georgia", "Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks".)
  if (!first || ms.some((m) => m.tj === k && !asComplement(toks, m) && !(k === ti - 1 && first.tj < m.ti))) return [];
  // "Fields, a self-described Neo-Nazi, killed a woman named Heather Heyer and injured at least nineteen others":
  // a first name that is the first verb's object (a past verb, then at most an article, before it) is no subject.
  if (objectOfPastVerb(toks, first, from)) return [];
  return compoundRight(ms, first, toks, k);
}

/** Whether mention m stands right after a past verb of the clause from `from` (an article between), as its object;
 * not after a participle that qualifies it ("masked gunmen", "three armed men" at the clause's start). */
function objectOfPastVerb(toks: Tok[], m: ActorMention, from: number): boolean {
  let p = m.ti - 1;
  // (An article between makes the past form a verb even at the clause's start: "…, killed a woman".)
  const article = /^(a|an|the|his|her|their|its)$/.test(toks[p]?.low ?? "");
  if (article) p--;
  if (p < from || (p === from && !article) || !isPastForm(toks[p]!.low) || !LOWER_WORD.test(toks[p]!.text)) return false;
  return !/^(a|an|the|some|several|many|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d+)$/.test(toks[p - 1]?.low ?? "");
}

/**
 * The antecedent of the relative pronoun at `who` (", who denounced …"): the name right before it (or before its
 * comma), also past its abbreviation in brackets, with the names joined to it ("criticism by the Greek foreign
 * minister and United Nations Educational, Scientific and Cultural Organization (UNESCO) who questioned …").
 */
export function relativeAntecedent(toks: Tok[], ms: ActorMention[], who: number): ActorMention[] {
  // (Set off by a comma or a dash: "The Palestinian Authority - which considers …".)
  const at = /^(,|-|–|—|--)$/.test(toks[who - 1]?.low ?? "") ? who - 1 : who;
  const ante = ms.find((m) => m.tj === at && m.kind !== "pronoun");
  if (ante) return [ante];
  // "… Organization (UNESCO) who": the abbreviation stands for the name before it, which joins its compound.
  if (toks[at - 1]?.low !== ")" || toks[at - 3]?.low !== "(") return [];
  const abbr = ms.find((m) => m.ti === at - 2 && m.tj === at - 1 && m.kind !== "pronoun");
  return abbr ? compoundLeft(ms, abbr, toks).filter((m) => m.kind !== "pronoun") : [];
}

/**
 * A gerund with its "of" after an article, or after an article and an actor, is a noun ("the shooting of …",
 * "due to the police shooting of Jacob Blake"): not a participial clause; the actor between is its doer, even
 * inside a prepositional phrase. Null when the trigger at ti..tj is no such gerund.
 */
export function gerundNoun(toks: Tok[], ms: ActorMention[], ti: number, tj: number): { doer?: ActorMention } | null {
  if (!/ing$/.test(toks[ti]!.low) || toks[tj]?.low !== "of") return null;
  const det = (k: number) => /^(the|a|an)$/.test(toks[k]?.low ?? "");
  const doer = ms.find((m) => m.tj === ti && m.kind !== "pronoun" && det(m.ti - 1));
  return doer ? { doer } : det(ti - 1) ? {} : null;
}

/**
 * Whether mention m is reached from the trigger ending at tj without passing "as", "using" or a relative
 * pronoun that opens a clause of its own (see findArgs' last resort).
 */
function reachedFrom(toks: Tok[], tj: number, m: ActorMention): boolean {
  for (let k = tj; k < m.ti; k++) {
    const w = toks[k]!.low;
    if (
      w === "as" ||
      w === "using" ||
      // "pursued criminal charges against those held in contempt of Congress": a name in a participle phrase on
      // a bare pronoun of persons says what they are, it is not who the act is aimed at.
      (/^(those|anyone|everyone|someone|whoever)$/.test(w) &&
        k + 1 < m.ti &&
        PARTICIPLE.test(toks[k + 1]!.low) &&
        !/^(been|seen)$/.test(toks[k + 1]!.low)) ||
      (/^(that|which|who|whom)$/.test(w) && k > tj && k < m.ti - 1 && !/^(the|a|an)$/.test(toks[k + 1]!.low))
    )
      return false;
  }
  return true;
}

/** Modals, auxiliaries, negation and adverbs between a subject pronoun and its verb ("you cannot refuse"). */
const MODAL_OR_NOT =
  /^(can|cannot|can't|could|couldn't|will|won't|would|wouldn't|shall|should|shouldn't|may|might|must|do|does|did|don't|doesn't|didn't|n't|not|also|just|never|always|only|still|really|then)$/;

export function findArgs(toks: Tok[], ms: ActorMention[], fam: Family, ti: number, tj: number, nextTrigger = toks.length): Args {
  const bound = leftBound(toks, ti, Boolean(fam.speech));
  // A comma inside a name's list is no clause bound ("Representatives from the UAE, Bahrain, and Israel held …").
  const lb = ms.find((m) => m.ti < bound && bound < m.tj && m.tj <= ti)?.ti ?? bound;
  const commaEnd = rightBound(toks, tj);
  // … nor at the right ("with the navies of China, India, Oman, Pakistan, and Russia"): the clause ends past
  // the name that holds the list.
  const clauseEnd =
    toks[commaEnd]?.low === "," ? (ms.find((m) => m.ti >= tj && m.ti < commaEnd && commaEnd < m.tj)?.tj ?? commaEnd) : commaEnd;
  // An auxiliary read as a verb ("whether he really has …") does not end the arguments of this one.
  const rb = /^(has|have|had|is|are|was|were|be|been|do|does|did)$/.test(toks[nextTrigger]?.low ?? "")
    ? clauseEnd
    : Math.min(clauseEnd, nextTrigger);

  // Passive voice: "was attacked by X", "was gang raped by X".
  const prev = toks[ti - 1]?.low ?? "";
  const prev2 = toks[ti - 2]?.low ?? "";
  const passive =
    PARTICIPLE.test(toks[ti]!.low) &&
    (BE.test(prev) ||
      (BE.test(prev2) &&
        /ly$|^(also|not|reportedly|allegedly|once|later|then|first|again|never|since|already|twice|just|subsequently|gang)$/.test(prev)) ||
      coordinatedPassive(toks, ti, lb));

  // Claim complement: "accused them of …", "blamed Washington for …".
  let claimAt = -1;
  if (fam.claimPreps) {
    for (let i = tj; i < toks.length; i++) {
      const w = toks[i]!.low;
      // A claim preposition counts once an object stands before it ("accused them of"), or right after
      // the trigger when the claim is a that-clause; "denounced as a crime Serbia's …" keeps its object.
      if (fam.claimPreps.includes(w) && (w === "that" || ms.some((m) => m.ti >= tj && m.tj <= i))) {
        claimAt = i;
        break;
      }
      if (w === ";" || w === ".") break;
    }
  }
  const objLimit = claimAt >= 0 ? Math.min(claimAt, Math.max(rb, claimAt)) : rb;

  // Subject: nearest mention before the trigger in its clause, not inside a prepositional phrase, nor an
  // object-case pronoun ("wept upon hearing her son had been convicted": "her" is no one convicted).
  const before = ms.filter(
    (m) =>
      m.tj <= ti &&
      m.ti >= lb &&
      !m.weak &&
      !OBJECT_PRONOUN.test(m.text) &&
      !prepBefore(toks, m, lb, true) &&
      !attributedTo(toks, m) &&
      !asComplement(toks, m) &&
      !ownerOfPerson(toks, m),
  );
  // "killed a woman named Heather Heyer and injured at least nineteen others": the first verb's object is no
  // subject of the verb joined to it by "and".
  if (/^(and|but)$/.test(toks[ti - 1]?.low ?? "") && before.length > 0 && objectOfPastVerb(toks, before[before.length - 1]!, lb))
    before.length = 0;
  let subject: ActorMention[] = coordinatedSubject(toks, ms, ti, lb);
  const gerundDoer = gerundNoun(toks, ms, ti, tj)?.doer;
  if (subject.length > 0) {
    // found: the coordinated verb's subject
  } else if (gerundDoer) subject = [gerundDoer];
  else if (before.length > 0) subject = compoundLeft(ms, before[before.length - 1]!, toks);
  else if (lb > 0 && toks[lb - 1]!.low === ",") {
    // "Pakistan, a key U.S. ally in the war, has refused …": the subject stands before the apposition.
    let k = lb - 2;
    while (k >= 0 && toks[k]!.low !== ",") k--;
    // (Not a name inside a fronted prepositional phrase: "From Israel, Secretary of State Mike Pompeo spoke,
    // defending …" is no apposition on Israel.)
    // (Nor a later member of a list after a preposition: "talks with other partners, including Europe, Japan,
    // Canada and Mexico, publicly threatening them" has no apposition on Japan.)
    // "In Paris, France, an IT worker went on a stabbing spree, killing four": an -ing clause right after the
    // comma is done by the subject of the clause before it, when that clause has one of its own (a mention
    // that opens it, before its verb); the name before that clause's comma is no head of an apposition.
    const segSubject =
      ti === lb && /ing$/.test(toks[ti]!.low) && k >= 0
        ? ms.find(
            (m) =>
              m.ti > k &&
              m.tj < lb - 1 &&
              !m.weak &&
              m.kind !== "pronoun" &&
              m.ti <= k + 3 &&
              !prepBefore(toks, m, k + 1, true) &&
              isPastForm(toks[m.tj]?.low ?? ""),
          )
        : undefined;
    let head = segSubject
      ? []
      : ms.filter(
          (m) =>
            m.tj <= k && m.tj >= k - 1 && !m.weak && m.kind !== "pronoun" && !prepBefore(toks, m, 0, true) && !inListAfterPrep(toks, m),
        );
    if (segSubject) subject = compoundLeft(ms, segSubject, toks);
    // … also before an age and a relative clause ("Emily Spanton, 39, who has waived her right …, met").
    if (!segSubject && head.length === 0 && k > 0) {
      const seg = toks[k + 1]?.low ?? "";
      let k2 = k - 1;
      while (k2 >= 0 && toks[k2]!.low !== ",") k2--;
      if (/^(who|whose)$/.test(seg) && k2 > 0 && /^\d+$/.test(toks[k2 + 1]?.low ?? "") && k2 + 2 === k)
        head = ms.filter((m) => m.tj === k2 && !m.weak && m.kind !== "pronoun");
    }
    if (k > 0 && head.length > 0) subject = compoundLeft(ms, head[head.length - 1]!, toks);
    // "One of these groups, the Syrian Democratic Forces (SDF), opposed …": a name set off by commas after a
    // common noun with no name of its own is the subject it renames.
    else if (!segSubject && k > 0 && head.length === 0) {
      const named = appositionName(toks, ms, k, lb - 1);
      if (named && !ms.some((m) => m.tj <= k && m.ti >= leftBound(toks, k))) subject = [named];
    }
  }

  subject = subject.filter((m) => !attributedTo(toks, m));
  // "You can't choose what they will serve and you cannot refuse Otoshi": "you" right before the verb (past
  // its modals and negation) is its subject, no actor we can name; not a name earlier in the clause.
  if (!passive) {
    let y = ti - 1;
    while (y > lb && MODAL_OR_NOT.test(toks[y]!.low)) y--;
    if (toks[y]?.low === "you" && subject.every((m) => m.tj <= y)) subject = [];
  }
  // "helped broker a deal establishing diplomatic relations between Israel and the United Arab Emirates": an
  // -ing form right after a determiner and a common noun modifies the noun (a reduced relative); the clause's
  // subject is not its doer.
  if (reducedRelative(toks, ms, ti)) subject = [];

  // "Viktar Babaryka, who was arrested": a relative passive's subject is the name before ", who".
  if (subject.length === 0 && passive) {
    let k = ti - 2;
    while (k > ti - 5 && k > 1 && toks[k]!.low !== "who") k--;
    const head = toks[k]?.low === "who" && toks[k - 1]?.low === "," ? ms.find((m) => m.tj === k - 1 && m.kind !== "pronoun") : undefined;
    if (head) subject = [head];
  }

  // "Trump, the third President to be impeached by the House, is to face trial": a passive inside an apposition
  // (a noun phrase opened by an article right after the name's comma) is done to the name it renames.
  if (subject.length === 0 && passive && lb > 0 && toks[lb - 1]?.low === "," && /^(the|a|an)$/.test(toks[lb]?.low ?? "") && ti - lb <= 8) {
    const np = toks.slice(lb, Math.max(lb, ti - 2));
    const head = ms.find((m) => m.tj === lb - 1 && m.kind !== "pronoun" && !m.weak);
    if (head && !np.some((t) => BE.test(t.low) || /^(has|have|had|and|or)$/.test(t.low))) subject = [head];
  }

  // Objects after the trigger.
  // A subject pronoun ("whether he really has …") is never an object.
  const after = ms.filter((m) => m.ti >= tj && m.tj <= objLimit && !(m.kind === "pronoun" && /^(he|she|they|we|i)$/i.test(m.text)));
  let object: ActorMention[] = [];
  // "resigned as the governor of United States commonwealth of Puerto Rico": a role after "as" right after the
  // verb is the office the act is done in, no side of it; it tells the subject's sector when nothing else does.
  const role = after.find((m) => m.kind === "agent" && toks[tj]?.low === "as" && toks.slice(tj + 1, m.ti).every((t) => DETS.test(t.low)));
  if (role?.sector && !passive)
    subject = subject.map((s) => (s.sector || s.kind !== "entity" ? s : { ...s, sector: role.sector, title: role.sector! }));
  for (const m of after) {
    if (m === role) continue;
    const p = prepBefore(toks, m, tj);
    // (Not an instrument: "carried out the attack using ten drones"; nor what the object is called: "attacked
    // the impeachment investigation as \"Witch Hunt garbage\"".)
    if (
      p === null &&
      m.ti - tj <= 6 &&
      !fam.topicObject &&
      !toks.slice(tj, m.ti).some((t, k) => t.low === "using" || (t.low === "as" && k > 0))
    ) {
      // A later member of a compound ("between X and Y"): the whole compound, from its first member.
      const whole = JOINERS.test(toks[m.ti - 1]?.low ?? "") ? compoundLeft(ms, m, toks).filter((x) => x.ti >= tj) : [m];
      object = [...new Set([...whole, ...compoundRight(ms, m, toks, objLimit, nextTrigger)])];
      break;
    }
    // "returned the bodies of Iranian soldiers", "froze the assets of Zimbabwean officials": the owner of
    // the direct object (a determiner and at most two lower-case words before "of") is the act's target.
    if (p === "of" && !passive && m === after[0] && ownerOfObject(toks, ti, tj, m)) {
      object = compoundRight(ms, m, toks, objLimit, nextTrigger);
      break;
    }
    // "condemned an attack by X": the doer of the object noun is the target (the first actor after the verb).
    // … also past a name inside the object noun's own phrase ("attacked the proclamation of Golan Heights as
    // official Israeli territory by the President of the United States").
    const doerOfObject =
      p === "by" &&
      !passive &&
      LOWER_FIRST.test(toks[m.ti - 2]?.text ?? "") &&
      (m === after[0]
        ? m.ti - tj <= 6
        : m.ti - tj <= 14 && !toks.slice(tj, m.ti).some((t) => /^[,;:]$|^(who|which|that|and|but)$/.test(t.low)));
    if (p && (fam.recipientPreps?.includes(p) || (fam.reciprocal && p === "with") || (passive && p === "by") || doerOfObject)) {
      object = compoundRight(ms, m, toks, objLimit, nextTrigger);
      break;
    }
  }

  // "endorsed his former rival, Joe Biden": a name set off by a comma after a common-noun object renames it.
  if (object.length === 0 && !passive && !fam.topicObject) {
    const named = objectApposition(toks, ms, tj, clauseEnd);
    if (named) object = [named];
    else object = countedApposition(toks, ms, tj, clauseEnd);
  }

  // A threat names its target in its condition: "threatened to stop talks if the United States …".
  if (object.length === 0 && fam.name === "threaten") {
    const cond = toks.findIndex((t, i) => i >= tj && t.low === "if");
    const target = cond >= 0 ? ms.find((m) => m.ti > cond && m.kind !== "pronoun" && !m.weak) : undefined;
    if (target) object = [target];
  }
  // Last resort: the first mention in the clause after the trigger, whatever introduces it.
  let objectIsTopic = false;
  // (Not for an act of two sides whose subject names both: "Washington and the Taliban had been holding direct
  // talks pursuing an agreement for US troops to begin leaving": the sides talk with each other.)
  if (object.length === 0 && !passive && !fam.directObjectOnly && !fam.topicObject && !(fam.reciprocal && subject.length >= 2)) {
    // Not a name inside a relative clause on the object ("attacked the \"macho culture\" that idolizes the
    // military": the clause's own object; its subject right after the pronoun still stands for the object's
    // author), nor one in what the object is called ("attacked war as a tool of the US ruling class") or in
    // the instrument ("carried out the attack using ten drones").
    const any = after.find(
      (m) =>
        (m.kind !== "pronoun" || m.ti - tj <= 3) &&
        m !== role &&
        reachedFrom(toks, tj, m) &&
        !placeOrTimeOnly(toks, m, fam.name, subject) &&
        !fellowMarcher(toks, m, fam.name, tj),
    );
    if (any) object = any.kind === "pronoun" ? [any] : compoundRight(ms, any, toks, objLimit, nextTrigger);
    // Reached past "about" ("a press conference discussing concerns about Iranian and Russian interference"):
    // a topic, which is the target of a comment ("welcomed rumors about Bree") but never a side of a meeting.
    objectIsTopic = any !== undefined && toks.slice(tj, any.ti).some((t) => TOPIC_PREPS.has(t.low));
    if (objectIsTopic && fam.reciprocal) object = [];
  }

  // "Pierce and Carroll endorsed charter schools", "She endorsed the selection of a \"woman of color\"", "La Riva
  // fully endorsed it": one endorses a candidate or an organisation by name (or as him, her, them), a policy or
  // an idea by a common noun or "it". Only a name or a personal pronoun is endorsed as a side.
  // A name after "of" on a common noun names what the endorsed thing concerns ("endorsed an audit of the Federal
  // Reserve"), unless the noun is the person's run ("endorsed the candidacy of …").
  if (fam.name === "praise" && /^endors/.test(toks[ti]?.low ?? "") && !passive)
    object = object.filter(
      (m) => (m.kind === "entity" || m.kind === "country" || (m.kind === "pronoun" && !/^it$/i.test(m.text))) && !concernedName(toks, m.ti),
    );

  // "ordered the Capitol's flags be lowered to half staff": the owner of what a subjunctive passive asks to be
  // done is no one the demand is made of.
  if ((fam.name === "order" || fam.name === "demand") && object.length > 0 && ownerOfAskedThing(toks, object[object.length - 1]!))
    object = [];

  // A dictionary pattern that places the actors ($ source, + target, % both) overrides the defaults.
  if (fam.name === "lexicon") {
    const hit = lexiconCode(toks, ti, tj, lb, Math.max(rb, Math.min(toks.length, tj + 8)), ms);
    if (objectIsTopic && hit?.code.startsWith("04")) object = [];
    // "bishops from around the world attended a summit in Rome": a place after a preposition of place is where
    // a meeting or a visit (04x) happens, not whom it is with, as for the meet family.
    if (
      hit?.code.startsWith("04") &&
      object.length > 0 &&
      object.every((m) => m.kind === "country" && PLACE_PREPS.has(toks[m.ti - 1]?.low ?? ""))
    )
      object = [];
    if (hit?.slots)
      return { ...slotArgs(toks, ms, hit.slots, hit.from ?? ti, tj, subject, object, objLimit), passive, claimAt, lb, rb, clauseEnd };
    // A symmetric code ("064:064": renewed ties) with a compound subject and no object: each with the other.
    if (hit && hit.paired === hit.code && !passive && subject.length >= 2 && object.every((m) => subject.includes(m)))
      return { actors: subject.slice(0, 1), recipients: subject.slice(1), reciprocal: true, passive, claimAt, lb, rb, clauseEnd };
  }

  // Both sides named after "between" ("a memorandum … was signed between Cyprus, Greece and Israel", "talks
  // between Iran and the EU"): with no doer before the verb (or in a by-phrase), each acts with the other.
  if (fam.between || (fam.reciprocal && (passive || subject.length === 0))) {
    // (A meeting "of Cyprus, Greece and Israel": states named after the noun's "of" meet each other.)
    const btw =
      after.find((m) => prepBefore(toks, m, tj) === "between") ??
      (fam.between ? after.find((m) => m.ti === tj + 1 && toks[tj]?.low === "of" && m.kind === "country") : undefined);
    const all = btw && !after.some((m) => prepBefore(toks, m, tj) === "by") ? compoundRight(ms, btw, toks, objLimit) : [];
    if (all.length >= 2)
      return { actors: all.slice(0, 1), recipients: all.slice(1), reciprocal: true, passive, claimAt, lb, rb, clauseEnd };
    if (fam.between) return { actors: [], recipients: [], passive, claimAt, lb, rb, clauseEnd };
  }
  if (passive) {
    // "was condemned by members of the European Union", "by leaders of …": the body the members belong to.
    const by =
      after.find((m) => prepBefore(toks, m, tj) === "by") ??
      after.find((m) => {
        const k = toks[m.ti - 1]?.low === "the" ? m.ti - 2 : m.ti - 1;
        return toks[k]?.low === "of" && MEMBERS.test(toks[k - 1]?.low ?? "") && toks[k - 2]?.low === "by" && k - 2 >= tj;
      });
    if (by) return { actors: compoundRight(ms, by, toks, objLimit), recipients: subject, passive, claimAt, lb, rb, clauseEnd };
    // "was shot at the Croydon, South London custody centre, at roughly 2am … on Friday by a prisoner": a
    // by-phrase past commas that set off only where and when the act happened is still the passive's doer.
    const late = claimAt < 0 ? lateByPhrase(toks, ms, tj, objLimit) : undefined;
    if (late) return { actors: [late], recipients: subject, passive, claimAt, lb, rb, clauseEnd };
    // "has been killed in a US counter-terrorism operation", "were killed in an Israeli airstrike": the country
    // that qualifies a military operation the violence happened in is its doer.
    if (VIOLENT_FAMILIES.test(fam.name)) {
      const op = militaryOperationDoer(toks, ms, tj, clauseEnd);
      if (op) return { actors: [op], recipients: subject, passive, claimAt, lb, rb, clauseEnd };
    }
    // "has been accused of misusing … funds, …, by current Haitian government officials": the by-phrase set
    // off by a comma after the claim is the doer of the passive.
    if (claimAt >= 0) {
      const late = ms.find(
        (m) => m.ti > claimAt && m.kind !== "pronoun" && byAfterComma(toks, m.ti) && !toks.slice(claimAt, m.ti).some((t) => t.low === ";"),
      );
      if (late) return { actors: compoundRight(ms, late, toks, toks.length), recipients: subject, passive, claimAt, lb, rb, clauseEnd };
    }
    return { actors: [], recipients: subject, passive, claimAt, lb, rb, clauseEnd };
  }
  return { actors: subject, recipients: object.filter((m) => !subject.includes(m)), passive, claimAt, lb, rb, clauseEnd };
}

/** A name owning the subject of a bare "be" passive after it ("the Capitol's flags be lowered"). */
function ownerOfAskedThing(toks: Tok[], m: ActorMention): boolean {
  if (!/^['’]s$/.test(toks[m.tj]?.low ?? "")) return false;
  for (let k = m.tj + 1; k <= m.tj + 3; k++) {
    const t = toks[k];
    if (!t) return false;
    if (t.low === "be") return k > m.tj + 1;
    if (!LOWER_WORD.test(t.text)) return false;
  }
  return false;
}

/** Families of violence whose doer a military operation may name. */
const VIOLENT_FAMILIES = /^(attack|bomb|shoot|kill|assassinate|abduct|beat|fight)$/;
/** Nouns of a military operation. */
const OPERATION =
  /^(operations?|raids?|strikes?|airstrikes?|air-strikes?|attacks?|bombings?|bombardments?|offensives?|assaults?|shelling)$/;

/**
 * The country of "in a(n)/by a(n)/during a(n) <country> [up to three lower-case words] <operation noun>" in
 * the clause after a passive verb of violence ("killed in a US counter-terrorism operation", "were killed in
 * an Israeli air strike"), or null.
 */
function militaryOperationDoer(toks: Tok[], ms: ActorMention[], tj: number, end: number): ActorMention | null {
  for (let k = tj; k < Math.min(end, tj + 6); k++) {
    if (!/^(in|by|during)$/.test(toks[k]!.low) || !/^(a|an|the)$/.test(toks[k + 1]?.low ?? "")) continue;
    const m = ms.find((x) => x.ti === k + 2 && x.kind === "country" && x.country && !x.weak);
    if (!m) return null;
    for (let n = m.tj; n < Math.min(end, m.tj + 4); n++) {
      const w = toks[n]!;
      if (OPERATION.test(w.low)) return m;
      if (!LOWER_HYPHENED.test(w.text)) return null;
    }
    return null;
  }
  return null;
}

/**
 * The name that fills the apposition between the commas at k and c ("…, the Syrian Democratic Forces (SDF),"),
 * after "the" and with its abbreviation in brackets, when the head before it is a lower-case noun ("groups").
 */
function appositionName(toks: Tok[], ms: ActorMention[], k: number, c: number): ActorMention | null {
  if (!LOWER_WORD.test(toks[k - 1]?.text ?? "") || toks[c]?.low !== ",") return null;
  const at = toks[k + 1]?.low === "the" ? k + 2 : k + 1;
  const m = ms.find((x) => x.ti === at && x.kind !== "pronoun" && !x.weak && (x.country || x.sector));
  if (!m) return null;
  const end = toks[m.tj]?.low === "(" && toks[m.tj + 2]?.low === ")" ? m.tj + 3 : m.tj;
  return end === c ? m : null;
}

/**
 * The name that renames a verb's common-noun object after a comma ("endorsed his former rival, Joe Biden."):
 * the object right after the verb is a determiner or possessive and one to three lower-case words, the name
 * follows its comma (after "the") and closes the sentence or its own comma-bounded apposition; null otherwise.
 * A name that goes on into a list or a clause ("…, Joe Biden and …", "…, the Taliban said") renames nothing.
 */
function objectApposition(toks: Tok[], ms: ActorMention[], tj: number, c: number): ActorMention | null {
  if (toks[c]?.low !== "," || !/^(the|a|an|his|her|its|their|our|my|your)$/.test(toks[tj]?.low ?? "")) return null;
  const words = toks.slice(tj + 1, c);
  if (words.length < 1 || words.length > 3 || !words.every((t) => LOWER_WORD.test(t.text) && modifier(t))) return null;
  const at = toks[c + 1]?.low === "the" ? c + 2 : c + 1;
  const m = ms.find((x) => x.ti === at && x.kind !== "pronoun" && !x.weak && UPPER_FIRST.test(x.text));
  if (!m) return null;
  const end = toks[m.tj]?.low === "(" && toks[m.tj + 2]?.low === ")" ? m.tj + 3 : m.tj;
  const close = toks[end]?.low;
  if (close === undefined || close === "." || close === ";") return m;
  return close === "," && !/^(and|or)$/.test(toks[end + 1]?.low ?? "") ? m : null;
}

/** How many a counting word names. */
const COUNTED = new Map<string, number>([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
]);

/**
 * The names that a counted plural object lists after a comma ("impeached two Presidents in the history of the
 * United States, Bill Clinton and Andrew Johnson"): the object right after the verb is a counting word and a
 * plural noun (one modifier may stand between), with at most a prepositional phrase after it up to the comma;
 * after the comma exactly that many names of persons or organisations, joined by commas and "and", close the
 * sentence. A name inside the prepositional phrase only says which group is counted: it is no side. [] otherwise.
 */
function countedApposition(toks: Tok[], ms: ActorMention[], tj: number, c: number): ActorMention[] {
  const n = COUNTED.get(toks[tj]?.low ?? "");
  if (!n || toks[c]?.low !== ",") return [];
  let k = tj + 1;
  if (!/s$/.test(toks[k]?.low ?? "") && /^[a-z-]+$/.test(toks[k]?.text ?? "")) k++;
  if (!/^[A-Za-z-]+s$/.test(toks[k]?.text ?? "") || ms.some((m) => m.ti <= k && k < m.tj)) return [];
  k++;
  if (k < c && !/^(in|of|from|at)$/.test(toks[k]!.low)) return [];
  if (c - k > 8 || toks.slice(k, c).some((t) => BE.test(t.low) || AUX.test(t.low) || JOINERS.test(t.low))) return [];
  const names: ActorMention[] = [];
  let at = c + 1;
  for (;;) {
    const m = ms.find((x) => x.ti === at && x.kind === "entity" && !x.weak && UPPER_FIRST.test(x.text));
    if (!m) return [];
    names.push(m);
    let e = m.tj;
    if (toks[e]?.low === ",") e++;
    if (toks[e]?.low === "and") {
      at = e + 1;
      continue;
    }
    if (e === m.tj + 1 && toks[e - 1]?.low === ",") {
      at = e;
      continue;
    }
    const close = toks[m.tj]?.low;
    return names.length === n && (close === undefined || close === "." || close === ";") ? names : [];
  }
}

/** Words that open a new clause or predicate between a passive verb and a later by-phrase. */
const CLAUSE_BREAK =
  /^(that|which|who|whom|whose|while|because|but|and|or|if|when|where|after|before|since|although|though|as|until|was|were|is|are|has|have|had|be|been|said|says|told|according|;|:|"|“|”|—|--)$/;

/**
 * The doer of a passive named by "by" past the clause's end, when all that stands between the verb and "by"
 * is where and when (places, times, numbers, parentheses, commas): no new clause, verb or speech.
 */
function lateByPhrase(toks: Tok[], ms: ActorMention[], tj: number, objLimit: number): ActorMention | undefined {
  const m = ms.find((x) => x.ti > objLimit && x.ti - tj <= 30 && x.kind !== "pronoun" && !x.weak && prepBefore(toks, x, tj) === "by");
  if (!m) return undefined;
  let by = m.ti - 1;
  while (by > tj && toks[by]!.low !== "by") by--;
  if (!toks.slice(tj, by).some((t) => t.low === ",")) return undefined;
  for (let k = tj; k < by; k++) {
    const t = toks[k]!;
    if (CLAUSE_BREAK.test(t.low)) return undefined;
    if (LOWER_WORD.test(t.text) && /(ed|ing)$/.test(t.low)) return undefined;
  }
  return m;
}

/** The mention at ti follows ", by" with at most two determiners or adjectives between. */
function byAfterComma(toks: Tok[], ti: number): boolean {
  for (let k = ti - 1; k >= ti - 3 && k > 0; k--) {
    if (toks[k]!.low === "by") return toks[k - 1]?.low === ",";
    if (!LOWER_FIRST.test(toks[k]!.text)) return false;
  }
  return false;
}

/**
 * Actors from a pattern's slots. An unfilled side takes the usual reading: with only a target before the
 * verb ("noted that + *"), the source is the subject before the pattern's first word; with only a source
 * after it ("* protests from $"), the target is the clause subject.
 */
function slotArgs(
  toks: Tok[],
  ms: ActorMention[],
  slots: SlotFill[],
  from: number,
  tj: number,
  subject: ActorMention[],
  object: ActorMention[],
  limit: number,
): { actors: ActorMention[]; recipients: ActorMention[]; reciprocal?: boolean } {
  const expand = (f: SlotFill) =>
    f.side === "pre" ? compoundLeft(ms, f.mention, toks) : compoundRight(ms, f.mention, toks, Math.max(limit, f.mention.tj));
  const src = slots.find((f) => f.slot === "$");
  const tgt = slots.find((f) => f.slot === "+");
  const both = slots.find((f) => f.slot === "%");
  let actors = src ? expand(src) : both ? expand(both) : [];
  let recipients = tgt ? expand(tgt) : [];
  if (actors.length === 0) {
    if (tgt?.side === "pre") {
      const before = ms.filter((m) => m.tj <= from && !m.weak && m.kind !== "pronoun" && !prepBefore(toks, m, 0));
      const head = before[before.length - 1];
      actors = head ? compoundLeft(ms, head, toks) : [];
    } else actors = subject.filter((m) => !recipients.includes(m));
  }
  if (recipients.length === 0) {
    if (both) {
      // "X and Y agree that …": an actor inside the complement clause is not the other side.
      const that = toks.findIndex((t, i) => i >= tj && t.low === "that");
      const rest = object.filter((m) => !actors.includes(m) && (that < 0 || m.ti < that));
      if (rest.length > 0) return { actors, recipients: rest };
      return actors.length >= 2
        ? { actors: actors.slice(0, 1), recipients: actors.slice(1), reciprocal: true }
        : { actors, recipients: [] };
    }
    recipients = src?.side === "post" ? subject : object;
  }
  return { actors, recipients: recipients.filter((m) => !actors.includes(m)) };
}

/** Whether the name at token `ti` follows "of" (and a determiner) on a lower-case common noun other than a
 * person's run for office: "an audit of the Federal Reserve", not "the candidacy of Joe Biden". */
function concernedName(toks: Tok[], ti: number): boolean {
  let k = ti - 1;
  if (/^(the|a|an)$/.test(toks[k]?.low ?? "")) k--;
  if (toks[k]?.low !== "of") return false;
  const noun = toks[k - 1];
  return (
    noun !== undefined &&
    LOWER_NOUN.test(noun.text) &&
    !/^(candidacy|candidacies|campaign|nomination|bid|re-?election|election|presidency)$/.test(noun.low)
  );
}
const LOWER_NOUN = /^\p{Ll}[\p{Ll}-]*$/u;
