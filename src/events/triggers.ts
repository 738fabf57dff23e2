/** Finds event triggers in a sentence: the longest pattern form at each token, with a verb check. */
import { agentAt } from "./actors/agents.js";
import { placeAt } from "./actors/places.js";
import { lexiconVerbAt } from "./lexicon/index.js";
import { callNames, PEJORATIVE, UNDERGONE_OBJECT } from "./patterns/accuse.js";
import { TRIP_VERBS, tripForTalks } from "./patterns/consult.js";
import { givesGoods, PROVIDE_VERBS, provideWith } from "./patterns/cooperate.js";
import { FAMILIES, type Family } from "./patterns/index.js";
import {
  BETWEEN_NOUNS,
  CRITICAL_ADJECTIVES,
  CRITICAL_REMARKS,
  DOER_NOUNS,
  EASED_NOUNS,
  EASING_VERBS,
  EVENT_NOUNS,
  HAPPENING_AUX,
  HAPPENING_PARTICLE,
  HAPPENING_PROTEST_NOUNS,
  HAPPENING_VERB,
  happeningProtest,
  JAB,
  JAB_MODIFIERS,
  JAB_NOUNS,
  LIGHT_VERBS,
  meetBetween,
  REMARK_NOUNS,
  SAID_ACT_NOUNS,
  SAYING_LIGHT_VERBS,
  TAKE_VERBS,
} from "./patterns/nominal.js";
import { FORCES, LEAVE_VERBS, leaveCountry } from "./patterns/retreat.js";
import { IRREGULAR_PAST } from "./text/past.js";
import type { Tok } from "./text/tokens.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LOWER_WORD = /^\p{Ll}+$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^[\p{L}]/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_HYPHENED = /^\p{Ll}[\p{Ll}-]*$/u;
const UPPER_WORD = /^\p{Lu}+$/u;
/** Quotation marks around the words a comment calls something. */
const QUOTE_OPEN = /^["“]$/;
const QUOTE_CLOSE = /^["”]$/;
const NATIONAL_OR_ACRONYM = /^(\p{Lu}\p{Ll}+(ish|ese|an|ian|ch)|\p{Lu}{2,3})$/u;

export interface Trigger {
  family: Family;
  ti: number;
  tj: number;
  /** Found by the fallback lexicon (CAMEO.2.0 verbs): the code comes from its patterns. */
  lexicon?: string;
  /** An event noun whose doer is a possessive before it ("Iraq's invasion of …", at token `doer`) or a
   * by-phrase after it ("the attack on … by …", doer -1). */
  /** `agent`: an attack's doer named by a reduced relative after the noun ("the attack, reportedly conducted by
   * the Taliban", "another attack ascribed to the Taliban"), the token where the doer's name may start. */
  noun?: { doer: number; patient?: Patient; agent?: number };
  /** A protest noun as the subject of a verb of happening ("the protests began …"). */
  happening?: boolean;
  /** A disparaging judgement "this is a …" (at the token of its "this"/"it"/"that"): coded only inside a
   * quotation, as its speaker's criticism (performative.ts quotedJudge). */
  judged?: number;
}

/** Who undergoes an event noun of arrest or expulsion: the name whose possessive ends at token `end`
 * ("Basilashvili's arrest"), the possessive pronoun at token `pronoun` ("his 2016 arrest"), or the name that
 * starts at token `start` ("the arrest of Jong"). */
export interface Patient {
  end?: number;
  pronoun?: number;
  start?: number;
}

/** The family used for lexicon triggers: arguments by the usual rules, any preposition may introduce the recipient. */
export const LEXICON_FAMILY: Family = {
  name: "lexicon",
  forms: [],
  code: "---",
  recipientPreps: ["with", "to", "against", "on", "from", "for", "in", "into", "at", "over"],
};

interface Node {
  next: Map<string, Node>;
  family?: Family;
}
let root: Node = { next: new Map() };

function buildTrie(families: Family[]): void {
  root = { next: new Map() };
  for (const fam of families) {
    for (const form of fam.forms) {
      let n = root;
      for (const w of form.split(" ")) {
        let c = n.next.get(w);
        if (!c) {
          c = { next: new Map() };
          n.next.set(w, c);
        }
        n = c;
      }
      if (!n.family) n.family = fam;
    }
  }
}
buildTrie(FAMILIES);

/** Turn our pattern families off (only the lexicon codes) or back on: the PETRARCH2 unit tests use their own verbs. */
let nominal = true;
export function setCuratedFamilies(on: boolean, keepSpeech = true): void {
  nominal = on;
  buildTrie(on ? FAMILIES : keepSpeech ? FAMILIES.filter((f) => f.speech) : []);
}

const DET = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "any",
  "no",
  "every",
  "each",
  "of",
  "such",
  "whose",
  "'s",
  "first",
  "last",
  "new",
  "recent",
  "latest",
  "possible",
  "proposed",
  "planned",
  "major",
  "further",
  "fresh",
]);
const VERB_BEFORE = new Set([
  "to",
  "will",
  "would",
  "could",
  "can",
  "may",
  "might",
  "must",
  "shall",
  "should",
  "did",
  "does",
  "do",
  "not",
  "n't",
  "also",
  "and",
  "then",
  "later",
  "jointly",
  "reportedly",
  "allegedly",
  "repeatedly",
  "again",
  "never",
  "ever",
  "even",
  "who",
  "which",
  "that",
  "they",
  "we",
  "he",
  "she",
  "it",
  "i",
  "you",
  "have",
  "has",
  "had",
  "was",
  "were",
  "is",
  "are",
  "be",
  "been",
  "being",
  "cannot",
  "formally",
  "publicly",
  "strongly",
  "sharply",
  "yesterday",
  "today",
]);

const SINGULAR_AGENT =
  /^(military|army|navy|government|administration|regime|ministry|court|parliament|congress|senate|cabinet|council|committee|junta|militia|president|minister|governor|mayor|judge|official|spokesman|spokeswoman|spokesperson|party|opposition|coalition|alliance|agency|department|embassy|presidency|legislature|assembly|tribunal|prosecutor|leader|king|queen|prince|chancellor|premier)$/;

const NUMBER_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)$/;

const PREPOSITION =
  /^(in|on|at|to|for|from|with|by|of|into|over|under|against|amid|among|after|before|during|about|across|through|toward|towards|near|outside|inside|around|and|or|but|as|than|if|while|because|since|until|when|where|whether|so)$/;

/** Agent nouns that take a plural verb in the singular form ("police arrest", "staff protest"). */
const COLLECTIVE_AGENT = /^(police|people|personnel|staff|clergy|public|media|press|youth|military|cattle|folk|crew)$/;

/** A verb in the past at token k followed by the start of its object ("measured a big increase", "killed 12 …"). */
function pastVerbWithObject(toks: Tok[], k: number): boolean {
  const v = toks[k]?.low ?? "";
  if (!LOWER_WORD.test(toks[k]?.text ?? "") || !(/^[a-z]{2,}[^e]ed$/.test(v) || IRREGULAR_PAST.test(v))) return false;
  return /^(a|an|the|his|her|its|their|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/.test(
    toks[k + 1]?.low ?? "",
  );
}

/** Whether the -ing form at k is a noun after its article, possessive or modifiers ("a car bombing killed five",
 * "Monday's shooting killed two"): the subject of the verb after it, not a verb whose object is qualified. */
function ingNoun(toks: Tok[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = toks[j]!.low;
    if (/^(the|a|an|this|that|its|their|['’]s)$/.test(w)) return true;
    // Between them only modifiers: a name's words or lower-case nouns ("car", "mass", "knife"), no verb, auxiliary
    // or plural ("the troops were guarding captured fighters").
    if (UPPER_FIRST.test(toks[j]!.text)) continue;
    if (
      !/^[a-z-]+$/.test(w) ||
      PREPOSITION.test(w) ||
      /(ed|ly|[^s]s)$/.test(w) ||
      /^(be|been|being|is|was|are|were|has|have|had|and|or|not|to|will|would|can|could)$/.test(w)
    )
      return false;
  }
  return false;
}

/** Whether the trigger at ti reads as a verb (not "the attack", "a protest"). */
function verbal(toks: Tok[], ti: number, multiword: boolean, mentionEnds: Set<number>, lexicon = false): boolean {
  const w = toks[ti]!.low;
  const prev = toks[ti - 1]?.low ?? "";
  if (DET.has(prev)) return false;
  // A participle between a number or quantifier and a noun is an adjective ("41 pledged delegates",
  // "21 injured individuals", "the most pledged delegates"); before a preposition or an article it is the verb
  // ("Thousands protested in Minsk", "Four stabbed to death"), and after a year it is the verb of the clause
  // ("then in 1968 disbanded with …", "in 2020 led to a global pandemic").
  if (
    /(ed|en)$/.test(w) &&
    (/^(\d[\d,.]*|most|more|many|several|dozens|hundreds|thousands)$/.test(prev) || NUMBER_WORD.test(prev)) &&
    !/^(1[5-9]|20)\d\d$/.test(prev) &&
    LOWER_WORD.test(toks[ti + 1]?.text ?? "") &&
    !/^(in|on|at|to|against|outside|for|near|into|from|with|across|over|the|a|an)$/.test(toks[ti + 1]?.low ?? "")
  )
    return false;
  // "Kurdish forces", "government forces", "U.S.-led forces": a modified "forces" is the noun.
  if (
    w === "forces" &&
    (UPPER_FIRST.test(toks[ti - 1]?.text ?? "") ||
      /^(government|security|armed|military|coalition|special|allied|enemy|rebel|opposition|ground|naval|air|federal|foreign|pro-government)$/.test(
        prev,
      ))
  )
    return false;
  // A participle between a verb's -ing form and a noun is an adjective ("guarding captured ISIS fighters"); a
  // name ending in -ing right before it is the subject ("Welling challenged photography's …", "Beijing …").
  if (
    /(ed|en)$/.test(w) &&
    /ing$/.test(prev) &&
    !mentionEnds.has(ti) &&
    !/^(being|having|getting|during|including|following|according)$/.test(prev) &&
    !ingNoun(toks, ti - 1) &&
    LETTER_FIRST.test(toks[ti + 1]?.text ?? "") &&
    !/^(by|in|on|at|to|from|for|with|of|into|over|after|before|the|a|an|and|or|as|that|who|which)$/.test(toks[ti + 1]?.low ?? "")
  )
    return false;
  // "was head of Iran's Quds Force", "is part of": a bare form between a form of be and "of" is a noun.
  if (/^(is|was|are|were|be|been)$/.test(prev) && toks[ti + 1]?.low === "of" && !/(ed|ing)$/.test(w)) return false;
  // A participle right after a preposition is an adjective ("among pledged Green Party delegates").
  if (/^(among|with|for|from|by|to|into|about|against|without)$/.test(prev) && /(ed|en)$/.test(w)) return false;
  // After "about" (and a lower-case modifier) a bare form is a noun: "a play going on about child torture".
  if (!/ing$/.test(w) && (prev === "about" || (toks[ti - 2]?.low === "about" && LOWER_WORD.test(toks[ti - 1]!.text)))) return false;
  // "with some delegates pledged to Senator Bernie Sanders": a participle after "with" and a noun phrase
  // modifies the noun.
  if (/(ed|en)$/.test(w))
    for (let k = ti - 1; k >= Math.max(0, ti - 4) && LOWER_WORD.test(toks[k]!.text); k--)
      if (toks[k]!.low === "with" && k < ti - 1) return false;
  if (multiword || /ed$/.test(w) || IRREGULAR_PAST.test(w)) return true;
  // The head of a by-phrase is a noun ("killed last week by a United States military airstrike in Iraq").
  for (let k = ti - 1; k >= Math.max(1, ti - 6); k--) {
    const x = toks[k]!.low;
    if (DET.has(x)) {
      if (toks[k - 1]?.low === "by" && k < ti - 1) return false;
      break;
    }
    if (!UPPER_FIRST.test(toks[k]!.text) && !agentAt([x], 0, 1)) break;
  }
  // A noun with its complement after it ("the prison sentence of …", "a trade ban, …"); an -ing form there
  // names the act ("the police killing of George Floyd").
  const complement = !/ing$/.test(w) && /^(of|for|was|were|is|are|has|had|will|would|'s|,|\.|;|:)$/.test(toks[ti + 1]?.low ?? ".");
  // A bare form after a singular agent noun is a noun of it ("The military strike follows rocket attacks", "the
  // government ban on …"): a singular subject takes an -s verb. (Plural agents do not: "police arrest".)
  if (prev && agentAt([prev], 0, 1) && !/s$/.test(w) && SINGULAR_AGENT.test(prev)) return false;
  // … and so between a singular agent noun in lower case and another noun ("erase the student loan debt"): a
  // bare form there is a noun of a compound, as a singular subject would take the -s form. Not after a
  // collective noun that takes a plural verb ("police arrest …", "staff protest …"), nor in a that-clause of a
  // demand ("demanded that the minister resign").
  if (
    prev &&
    !/(s|ed|ing)$/.test(w) &&
    LOWER_WORD.test(toks[ti + 1]?.text ?? "") &&
    !DET.has(toks[ti + 1]!.low) &&
    !VERB_BEFORE.has(toks[ti + 1]!.low) &&
    !PREPOSITION.test(toks[ti + 1]!.low) &&
    !/(ed|ly)$/.test(toks[ti + 1]!.low) &&
    LOWER_WORD.test(toks[ti - 1]!.text) &&
    !/s$/.test(prev) &&
    !COLLECTIVE_AGENT.test(prev) &&
    !toks.slice(Math.max(0, ti - 4), ti - 1).some((t) => t.low === "that") &&
    agentAt([prev], 0, 1)
  )
    return false;
  // A bare or -s form right before a verb in the past with its object is a noun, the subject of that verb
  // ("NASA's Galileo Jupiter probe measured a big increase", "The military strike killed 12 people").
  if (!/(ed|ing)$/.test(w) && pastVerbWithObject(toks, ti + 1)) return false;
  // Right after a name, also after its abbreviation in brackets ("the European Union (EU) agree").
  if (mentionEnds.has(ti) || (prev === ")" && mentionEnds.has(ti - 1))) return !complement || !agentAt([prev], 0, 1);
  // An -ing form after a verb of starting or going on is that verb's complement, itself a verb ("Saudi Arabia
  // started supporting the government of …", "continued shelling the town"); our own verbs only (the
  // dictionary's are looser: "courts continue debating whether …" is no accusation).
  if (/ing$/.test(w))
    return (
      prev === "," ||
      VERB_BEFORE.has(prev) ||
      /ly$/.test(prev) ||
      /^(is|are|was|were|been|be)$/.test(prev) ||
      (!lexicon && ASPECTUAL.test(prev))
    );
  // An -s form joined by "and" to the object of a preposition is a plural noun ("stances against socialism and
  // protests", "a wave of arrests and attacks").
  if (prev === "and" && /s$/.test(w) && nounListAfterPreposition(toks, ti - 1)) return false;
  // Base form or -s form: ambiguous with nouns; accept after a subject-like or auxiliary word.
  if (VERB_BEFORE.has(prev) || /ly$/.test(prev)) return true;
  // An -s form after "of" and a lower-case modifier is a plural noun ("in the eleventh week of pro-Democracy
  // protests against …", "a wave of student protests").
  const mod = toks[ti - 2]?.text === "-" ? ti - 3 : ti - 1;
  if (/s$/.test(w) && toks[mod - 1]?.low === "of" && !UPPER_FIRST.test(toks[mod]?.text ?? "")) return false;
  // After an agent noun: "the mayor visits", "officials demand".
  // "police arrest …": after an agent noun, unless a noun's complement follows ("the prison sentence of …").
  if (prev && agentAt([prev], 0, 1)) return !complement;
  const p = toks[ti - 1];
  return p !== undefined && UPPER_FIRST.test(p.text) && ti > 0 && !/^(The|A|An)$/.test(p.text);
}

/** Words between "this is a" and its disparaging word ("a deeply dangerous and irresponsible way", "a propaganda
 * stunt", "an act of aggression"). */
const JUDGED_FILLER = /^(\p{Ll}+ly|and|very|so|such|total|complete|clear|blatant|flagrant|gross|cheap|political|act|of|pure)$/u;

/**
 * "this is a deeply dangerous and irresponsible way to govern", "It is a propaganda stunt", "This is
 * unacceptable.": a clause opened by "this"/"it"/"that" + "is"/"was" that judges something with a disparaging
 * word (PEJORATIVE) — after "a"/"an", or alone before the clause ends. The trigger is that word; `judged` the
 * opening pronoun. Not negated ("this is not a hoax"), not a judgement of doing something ("it is dangerous to
 * go outside").
 */
function judgementAt(toks: Tok[], i: number): Trigger | null {
  if (!/^(this|it|that)$/.test(toks[i]!.low) || !/^(is|was|'s)$/.test(toks[i + 1]?.low ?? "")) return null;
  // The pronoun opens its clause ("— this is …", "\"It is …").
  if (i > 0 && !/^([,;:"“‘(—–-]|and|but|so)$/.test(toks[i - 1]!.low)) return null;
  const article = /^(a|an)$/.test(toks[i + 2]?.low ?? "");
  for (let k = i + (article ? 3 : 2); k < Math.min(toks.length, i + 9); k++) {
    const w = toks[k]!.low;
    if (PEJORATIVE.test(w)) {
      // A bare adjective judges only when its clause ends there ("This is unacceptable.").
      if (!article && !/^([.,;:!"”’)—–-]|$)/.test(toks[k + 1]?.low ?? "")) return null;
      if (toks[k + 1]?.low === "to") return null;
      return { family: callNames, ti: k, tj: k + 1, judged: i };
    }
    if (!JUDGED_FILLER.test(w)) return null;
  }
  return null;
}

/** Verbs of describing that take an "as" complement. */
const DESCRIBE_AS = /^(describ(e|es|ed|ing)|characteri[sz](e|es|ed|ing)|label(s|ed|led|ing|ling)?|brand(s|ed|ing)?)$/;

/** Verbs of starting or going on, whose -ing complement is the act ("started supporting", "kept attacking"). */
const ASPECTUAL = /^(start|starts|started|begin|begins|began|begun|continue|continues|continued|resume|resumes|resumed|keep|keeps|kept)$/;

const NOUN_PREP = /^(against|of|for|with|about|over|from|by|amid|among|on)$/;

/** Whether the "and" at `and` follows one to three lower-case words right after a preposition. */
function nounListAfterPreposition(toks: Tok[], and: number): boolean {
  for (let k = and - 1; k >= Math.max(0, and - 4); k--) {
    const t = toks[k]!;
    if (NOUN_PREP.test(t.low)) return k < and - 1;
    if (!LOWER_WORD.test(t.text) || DET.has(t.low) || VERB_BEFORE.has(t.low) || /(ed|ing)$/.test(t.low)) return false;
  }
  return false;
}

/** "a U.S. state on the Gulf", "an EU report": after "a/an" and a name, a speech word is a noun the name modifies. */
function afterIndefiniteName(toks: Tok[], ti: number, mentionEnds: Set<number>): boolean {
  if (!mentionEnds.has(ti)) return false;
  let k = ti - 1;
  while (k > 0 && UPPER_FIRST.test(toks[k]!.text)) k--;
  return k < ti - 1 && /^(a|an)$/.test(toks[k]!.low);
}

/** Verbs and adjectives under which a named meeting is not (yet) held. */
const UNREAL_GOVERNOR =
  /^(arrange|arranged|arranging|seek|seeks|sought|seeking|propose|proposed|proposes|proposing|plan|planned|plans|planning|request|requested|suggest|suggested|want|wanted|wants|hope|hoped|hopes|cancel|cancelled|canceled|cancels|possible|potential|future|upcoming|next|for|no)$/;

/** Capitalised but not all capitals ("States", "March"; not "DISMISSES"). */
function isNamePart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return UPPER_FIRST.test(w) && !UPPER_WORD.test(w);
}

/** Families whose -ing form right before a named actor is a verb with its object wherever it stands
 * ("posted a message on Twitter blaming Iran for the attacks", "more forceful in blaming Iran"). */
const BLAME_ING = /^(accuse|criticise)$/;

export function findTriggers(
  toks: Tok[],
  mentionEnds: Set<number> = new Set(),
  useLexicon = true,
  mentionStarts: Set<number> = new Set(),
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (idiomAt(toks, i)) continue;
    // "made threats against …", "announced a complete withdrawal from …": the noun names the act, before the
    // verb's own sense ("announced" as a statement).
    const said = nominal ? saidActAt(toks, i) : null;
    if (said) {
      out.push(said);
      i = said.tj - 1;
      continue;
    }
    const judged = nominal ? judgementAt(toks, i) : null;
    if (judged) {
      out.push(judged);
      i = judged.tj - 1;
      continue;
    }
    let n: Node | undefined = root;
    let best: Trigger | null = null;
    for (let j = i; j < toks.length && n; j++) {
      n = n.next.get(toks[j]!.low);
      if (n?.family) best = { family: n.family, ti: i, tj: j + 1 };
    }
    // A capitalised word inside the sentence is part of a name ("the United States"), not a verb.
    if (
      best &&
      !(i > 0 && isNamePart(toks[i]!.text)) &&
      (verbal(toks, i, best.tj - best.ti > 1, mentionEnds) ||
        (BLAME_ING.test(best.family.name) &&
          /ing$/.test(toks[i]!.low) &&
          mentionStarts.has(best.tj) &&
          !DET.has(toks[i - 1]?.low ?? ""))) &&
      !(best.family.speech && afterIndefiniteName(toks, i, mentionEnds))
    ) {
      out.push(best);
      i = best.tj - 1;
      continue;
    }
    // Light verb + event noun: "staged a hunger strike", "launched 10 days of war games".
    // "took part in the protests" works as a light verb too.
    // A verb of easing takes the measure it eases ("shortened by one hour the nightly curfew").
    const easing = EASING_VERBS.has(toks[i]!.low);
    const light =
      easing || LIGHT_VERBS.has(toks[i]!.low) || (toks[i + 1]?.low === "part" && /^(take|takes|took|taken|taking)$/.test(toks[i]!.low));
    const nounFamily = easing ? easedNoun : eventNoun;
    if (nominal && light && !DET.has(toks[i - 1]?.low ?? "")) {
      let found: Trigger | null = null;
      for (let j = i + 1; j < Math.min(toks.length, i + 7) && !found; j++) {
        if (/^[,.;:]$/.test(toks[j]!.low)) break;
        // The eased measure is the verb's object ("eased concerns over sanctions" eases no sanctions).
        if (easing && /^(over|about|on|of|for|to|with|from|in|at|into|against|that)$/.test(toks[j]!.low)) break;
        for (const n of [2, 3, 1]) {
          const noun = toks
            .slice(j, j + n)
            .map((t) => t.low)
            .join(" ");
          const fam = nounFamily(noun);
          // The noun is a common noun in lower case ("started on March 1" names a month); a thing's march is
          // its progress ("Coffee continued its march around the world").
          if (fam && j + n <= toks.length && LOWER_FIRST.test(toks[j]!.text) && !(toks[j]!.low === "march" && toks[j - 1]?.low === "its")) {
            found = { family: fam, ti: i, tj: j + n };
            break;
          }
        }
      }
      // A list of such nouns is one act ("launched artillery, mortar, and rocket fire against …"): it ends
      // with its last member, so that the target after it stays in the clause.
      for (let k = found?.tj ?? toks.length; found && k < Math.min(toks.length, found.tj + 8); k++) {
        const w = toks[k]!.low;
        if (!/^(,|and|or)$/.test(w) && !LOWER_HYPHENED.test(toks[k]!.text)) break;
        const two = `${w} ${toks[k + 1]?.low ?? ""}`;
        const n = nounFamily(two) === found.family ? 2 : nounFamily(w) === found.family ? 1 : 0;
        if (n > 0) found = { ...found, tj: k + n };
      }
      if (found) {
        out.push(found);
        i = found.tj - 1;
        continue;
      }
    }
    // A consultation named by its noun with both sides after "between" ("talks between Iran and the EU").
    // Not one being sought, arranged or cancelled ("worked to arrange a meeting between …").
    if (
      nominal &&
      BETWEEN_NOUNS.has(toks[i]!.low) &&
      // (Also "the trilateral meeting of Cyprus, Greece and Israel": the sides named after "of", see args.ts.)
      (toks[i + 1]?.low === "between" || (toks[i + 1]?.low === "of" && UPPER_FIRST.test(toks[i + 2]?.text ?? ""))) &&
      LOWER_FIRST.test(toks[i]!.text) &&
      !toks.slice(Math.max(0, i - 4), i).some((t) => UNREAL_GOVERNOR.test(t.low)) &&
      // … nor the object of a verb already coded ("ready to host a meeting between …").
      !(out.length > 0 && i - out[out.length - 1]!.tj <= 3)
    ) {
      out.push({ family: meetBetween, ti: i, tj: i + 1 });
      continue;
    }
    if (nominal && protestHappens(toks, i)) {
      out.push({ family: happeningProtest, ti: i, tj: i + 1, happening: true });
      continue;
    }
    // "The United States faced stiff international and Palestinian criticism …": criticism met by the subject.
    const met = nominal ? criticismFaced(toks, i, mentionEnds) : null;
    if (met) {
      out.push(met);
      i = met.tj - 1;
      continue;
    }
    const doerNoun = nominal ? nounWithDoer(toks, i, mentionEnds) : null;
    if (doerNoun) {
      out.push(doerNoun);
      continue;
    }
    if (!useLexicon || !LOWER_FIRST.test(toks[i]!.text)) continue;
    // "called Trump a clown", "called the investigation a \"witch hunt\"": a disparaging word after the
    // object's "a"/"an" (within eight words, same clause), or in the quoted words after the object ("called
    // Prime Minister Theresa May's proposed Brexit deal \"lousy\"", "a \"breach of his Constitutional …\"").
    // So is a verb of describing whose complement follows "as" ("labeled Soleimani as a terrorist", "described
    // Trump's potential unwillingness as \"unthinkable and unacceptable\"").
    const describing = DESCRIBE_AS.test(toks[i]!.low);
    if (
      nominal &&
      (describing || /^(call|calls|called|calling)$/.test(toks[i]!.low)) &&
      !/^(for|on|upon|off|up|in)$/.test(toks[i + 1]?.low ?? "")
    ) {
      let hit = false;
      let as = false;
      let undergone = false;
      for (let j = i + 2; j < Math.min(toks.length, i + 12) && !hit; j++) {
        const w = toks[j]!.low;
        if (/^[.;:,]$/.test(w)) break;
        if (w === "as" && describing) {
          as = true;
          // (Not what the object's owner underwent: "described his arrest as unjust".)
          if (UNDERGONE_OBJECT.test(toks[j - 1]?.low ?? "")) {
            undergone = true;
            break;
          }
          // "described the move as unacceptable": the bare adjective or noun right after "as".
          for (let k = j + 1; k < Math.min(toks.length, j + 4) && !/^[.;:,]$/.test(toks[k]!.low); k++)
            if (PEJORATIVE.test(toks[k]!.low)) hit = true;
          if (hit) break;
        }
        const quote = QUOTE_OPEN.test(w);
        if ((quote || /^(a|an)$/.test(w)) && (!describing || as)) {
          // (Not what the object's owner underwent: "called Stone's sentence \"unjust\"" blames the court.)
          const head = toks[j - 1]?.low === "a" || toks[j - 1]?.low === "an" ? toks[j - 2]?.low : toks[j - 1]?.low;
          if (UNDERGONE_OBJECT.test(head ?? "")) break;
          for (let k = j + 1; k < Math.min(toks.length, j + (quote ? 6 : 4)); k++) {
            if (quote && QUOTE_CLOSE.test(toks[k]!.low)) break;
            if (PEJORATIVE.test(toks[k]!.low)) hit = true;
          }
          if (!hit && !quote) break;
        }
      }
      if (hit && !undergone && verbal(toks, i, false, mentionEnds)) {
        out.push({ family: callNames, ti: i, tj: i + 1 });
        continue;
      }
    }
    // "tear gas", "water cannon" are nouns: their first word is no verb.
    if (toks[i]!.low === "tear" && toks[i + 1]?.low === "gas") continue;
    // "the Associated Press (AP) called the election for Biden": a projection of the result, no act between sides.
    if (
      /^(call|calls|called|calling)$/.test(toks[i]!.low) &&
      toks[i + 1]?.low === "the" &&
      /^(election|race|state|vote)$/.test(toks[i + 2]?.low ?? "")
    )
      continue;
    // "according to security officials" names a source: no verb of granting.
    if (toks[i]!.low === "according" && toks[i + 1]?.low === "to") continue;
    // "return to Geneva this week for talks": a trip for talks is a consultation.
    if (nominal && TRIP_VERBS.has(toks[i]!.low) && forTalks(toks, i + 1) && verbal(toks, i, false, mentionEnds)) {
      out.push({ family: tripForTalks, ti: i, tj: i + 1 });
      continue;
    }
    // "after American troops leave Syria": armed forces leaving a country withdraw from it.
    if (nominal && LEAVE_VERBS.test(toks[i]!.low) && forcesLeave(toks, i)) {
      out.push({ family: leaveCountry, ti: i, tj: i + 1 });
      continue;
    }
    // "will provide Vietnam's coast guard with a surplus American ship": material goods given to the object.
    if (nominal && PROVIDE_VERBS.has(toks[i]!.low) && givesGoods(clauseWords(toks, i + 1)) && verbal(toks, i, false, mentionEnds)) {
      out.push({ family: provideWith, ti: i, tj: i + 1 });
      // The goods ("a surplus American ship") are nouns, no trigger of their own: go on after them.
      const w = toks.findIndex((t, k) => k > i && t.low === "with");
      if (w > i && w < i + 16) i = Math.min(toks.length - 1, w + 1 + goodsLength(toks, w + 1));
      continue;
    }
    const lex = lexiconVerbAt(toks, i);
    if (lex && verbal(toks, i, lex.tj - i > 1, mentionEnds, true)) {
      out.push({ family: LEXICON_FAMILY, ti: i, tj: lex.tj, lexicon: lex.family });
      i = lex.tj - 1;
    }
  }
  return out;
}

/**
 * Dictionary verbs inside set phrases that name no act: "when it comes to car rentals" (no arrival),
 * "people tend to plan their trip" (no defence), "meant that" (no intention), "Hugo Ortega is back at it", "makes it back to a tournament" (no backing), "a double x
 * shaped base" (nothing constructed), "UK server – blocked" (a status, not an act), "Kia marches to the
 * beat of its own drummer", "signing into a Google account", "a Turkish brand".
 */
function idiomAt(toks: Tok[], i: number): boolean {
  const w = toks[i]!.low;
  const prev = toks[i - 1]?.low ?? "";
  const next = toks[i + 1]?.low ?? "";
  // (One lookup for the words of the set phrases: most tokens are none of them.)
  switch (IDIOM_VERB.get(w)) {
    case "come":
      return prev === "it" && next === "to";
    case "tend":
      return next === "to";
    // "Trump's heart disease meant that the President had a moderate risk": a consequence, not an intention.
    case "mean":
      return next === "that";
    // "is back at it"; "country makes it back to a tournament", "came back home": back as an adverb of return.
    case "back":
      return (
        /^(is|are|was|were|be|been|being|'s|'re|am|it|way|them|him|her|us|me)$/.test(prev) || /^(to|home|into|from|in|on|at)$/.test(next)
      );
    // "Kia marches to the beat of its own drummer"; "signing into a Google account", "sign up for".
    case "march":
      return next === "to" && toks[i + 2]?.low === "the" && toks[i + 3]?.low === "beat";
    case "sign":
      if (next === "into" || next === "up") return true;
      break;
    // A brand or a bar of a country is a noun ("a Turkish brand", "US brand ALTER X Company", "izakaya (Japanese
    // bar)").
    case "brand":
      return NATIONAL_OR_ACRONYM.test(toks[i - 1]?.text ?? "");
    // "ultimately decided against it": a course of action given up (the "it" is a plan, as in "decided against
    // running"), no one disapproved of.
    case "decide":
      if (next === "against") return /^(it|this|that)$/.test(toks[i + 2]?.low ?? "") || /ing$/.test(toks[i + 2]?.low ?? "");
      break;
  }
  // A status label after a dash at the end of a line ("UK server – blocked").
  if (/^[-–—]$/.test(prev) && (next === "" || /^[.;:!?)]$/.test(next))) return true;
  return /ed$/.test(w) && /^[b-hj-z]$/.test(toks[i - 1]?.text ?? "");
}

/** The words of idiomAt's set phrases, by the phrase they open. A Map: a text's word must not reach Object.prototype. */
const IDIOM_VERB = new Map<string, string>([
  ...["come", "comes", "came", "coming"].map((w): [string, string] => [w, "come"]),
  ...["tend", "tends", "tended"].map((w): [string, string] => [w, "tend"]),
  ...["mean", "means", "meant"].map((w): [string, string] => [w, "mean"]),
  ["back", "back"],
  ...["march", "marches", "marched", "marching"].map((w): [string, string] => [w, "march"]),
  ...["sign", "signs", "signed", "signing"].map((w): [string, string] => [w, "sign"]),
  ["brand", "brand"],
  ["bar", "brand"],
  ...["decide", "decides", "decided", "deciding"].map((w): [string, string] => [w, "decide"]),
]);

/** Event nouns of an act done to someone: arrest, detention, deportation, expulsion. */
const PATIENT_NOUNS = /^(arrest|detention|deportation|expulsion)$/;

/** "for talks", "for a new round of negotiations" within the clause after a verb of going (from token k). */
/** Tokens of the goods after "with" at token k, up to and including the first goods noun (at most 4). */
function goodsLength(toks: Tok[], k: number): number {
  for (let n = 0; n < 4 && k + n < toks.length; n++)
    if (
      givesGoods(
        ` x with ${toks
          .slice(k, k + n + 1)
          .map((t) => t.low)
          .join(" ")}`,
      )
    )
      return n;
  return 0;
}

/** Verbs of meeting criticism, and the criticism nouns with the words that may stand between. */
const N_CRITICISE = DOER_NOUNS.get("criticism")!;
const N_ACCUSE = DOER_NOUNS.get("accusations")!;
const FACE_VERBS = /^(face|faces|faced|facing|drew|draws|draw|drawing|drawn)$/;
const CRITICISM_NOUNS = /^(criticism|condemnation|censure|rebuke|rebukes)$/;
/** Verbs of fending off criticism or attacks in words ("deflected Republican attacks", "weathered criticism"). */
const FEND_VERBS = /^(deflect|deflects|deflected|deflecting|parr(y|ies|ied|ying)|rebuff(s|ed|ing)?|weather(s|ed|ing)?)$/;
/** A party named by its adjective before the noun ("Republican attacks", "Democratic criticism"). */
const PARTY_ADJECTIVE = /^(Republican|Democratic|Democrat|Conservative|Labour|Liberal|Tory)$/;
/** Charges faced ("Assange faces 18 criminal charges in the US"): the subject is the one charged. Only after
 * "face" (one "draws" criticism, not charges). */
const CHARGE_NOUNS = /^(charges?|accusations?|allegations?|indictments?)$/;
const CRITICISM_MODIFIER =
  /^(stiff|sharp|harsh|strong|fierce|mounting|growing|widespread|heavy|renewed|fresh|scathing|international|and|,|\p{Ll}+an|\p{Ll}+ese|\p{Ll}+i)$/u;
/** Words between "face(s)" and a charge noun ("faces 18 criminal charges", "faced federal corruption charges"). */
const CHARGE_MODIFIER =
  /^(\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|the|new|further|additional|multiple|several|numerous|possible|potential|criminal|federal|state|serious|corruption|fraud|terrorism|terror|murder|espionage|drug|rape|assault|sexual|misconduct|felony|misdemeanor|more|of|counts?)$/;

/**
 * "X faced/drew [modifiers] criticism [from Y]": the criticism is done to the verb's subject (the name ending right
 * before the verb) by whoever "from" names or the demonym before the noun ("international and Palestinian
 * criticism"). The trigger is the noun, read as an undergone act.
 */
function criticismFaced(toks: Tok[], i: number, mentionEnds: Set<number>): Trigger | null {
  if (!(FACE_VERBS.test(toks[i]!.low) || FEND_VERBS.test(toks[i]!.low)) || !mentionEnds.has(i)) return null;
  if (/^fac/.test(toks[i]!.low))
    for (let j = i + 1; j < Math.min(toks.length, i + 7); j++) {
      const w = toks[j]!;
      if (CHARGE_NOUNS.test(w.low) && LOWER_FIRST.test(w.text))
        return { family: N_ACCUSE, ti: j, tj: j + 1, noun: { doer: -1, patient: { end: i } } };
      if (!CHARGE_MODIFIER.test(w.low)) break;
    }
  // "he deflected Republican attacks, including from the White House": attacks in words, fended off by the subject.
  const fended = FEND_VERBS.test(toks[i]!.low);
  for (let j = i + 1; j < Math.min(toks.length, i + 7); j++) {
    const w = toks[j]!;
    if ((CRITICISM_NOUNS.test(w.low) || (fended && /^attacks?$/.test(w.low))) && LOWER_FIRST.test(w.text)) {
      const doer = toks[j + 1]?.low === "from" ? -1 : j;
      return { family: N_CRITICISE, ti: j, tj: j + 1, noun: { doer, patient: { end: i } } };
    }
    if (!CRITICISM_MODIFIER.test(w.low) && !PARTY_ADJECTIVE.test(w.text) && !(UPPER_FIRST.test(w.text) && mentionEnds.has(j + 1)))
      return null;
  }
  return null;
}

/**
 * "American troops leave Syria", "US forces will leave Afghanistan", "the last soldiers left Iraq": forces (a
 * noun of soldiers right before the verb, past auxiliaries and adverbs, not "to") leaving a country named right after it.
 */
function forcesLeave(toks: Tok[], i: number): boolean {
  // (Not forces asked or meant to leave: "an agreement for US troops to begin leaving Afghanistan".)
  let k = i - 1;
  while (
    k > 0 &&
    /^(will|would|must|should|could|may|might|have|has|had|be|is|are|was|were|been|begin|began|begun|start|started|all|finally|eventually|then|also|not)$/.test(
      toks[k]!.low,
    )
  )
    k--;
  if (!FORCES.test(toks[k]?.low ?? "")) return false;
  const words = toks.map((t) => t.text);
  const at = toks[i + 1]?.low === "the" ? i + 2 : i + 1;
  const place = placeAt(words, at);
  return (
    place?.kind === "country" && !/^(market|markets|union|bloc|party|alliance|group|company)$/.test(toks[at + place.length]?.low ?? "")
  );
}

/** The lower-case words from token k to the clause's end (at most 20), joined by spaces. */
function clauseWords(toks: Tok[], k: number): string {
  const out: string[] = [];
  for (let j = k; j < Math.min(toks.length, k + 20); j++) {
    if (/^[.;:]$/.test(toks[j]!.low)) break;
    out.push(toks[j]!.low);
  }
  return ` ${out.join(" ")}`;
}

function forTalks(toks: Tok[], k: number): boolean {
  for (let j = k; j < Math.min(toks.length, k + 8); j++) {
    const w = toks[j]!.low;
    if (/^[,.;:]$/.test(w) || w === "and") return false;
    if (w !== "for") continue;
    for (let n = j + 1; n < Math.min(toks.length, j + 6); n++) {
      const x = toks[n]!.low;
      if (/^(talk|talks|negotiations|consultations|meeting|meetings|summit|discussions)$/.test(x)) return true;
      if (!/^(a|an|the|new|fresh|further|more|direct|bilateral|peace|trade|round|of|another|final|high-level|urgent)$/.test(x)) break;
    }
    return false;
  }
  return false;
}

/** A protest noun in lower case as the subject of a verb of happening ("the protests began …"). */
function protestHappens(toks: Tok[], i: number): boolean {
  if (!HAPPENING_PROTEST_NOUNS.has(toks[i]!.low) || (i > 0 && !LOWER_FIRST.test(toks[i]!.text))) return false;
  let j = i + 1;
  while (j < i + 4 && HAPPENING_AUX.test(toks[j]?.low ?? "")) j++;
  const v = toks[j]?.low ?? "";
  if (!HAPPENING_VERB.test(v)) return false;
  const particle = Object.hasOwn(HAPPENING_PARTICLE, v) ? HAPPENING_PARTICLE[v] : undefined;
  // "held" only as a passive ("were held"); the others need their particle ("took place", "broke out").
  if (v === "held") return j > i + 1 && /^(was|were|been)$/.test(toks[j - 1]!.low);
  return !particle || particle.test(toks[j + 1]?.low ?? "");
}

/** Modifiers under which a named event is not (yet, or not surely) real. */
const UNREAL_MODIFIER = /^(possible|potential|proposed|planned|future|threatened|alleged|expected|new|any|no|further|fresh)$/;

/**
 * An event noun with its doer: a possessive name right before it, up to two lower-case modifiers between
 * ("Iraq's invasion of Kuwait", "Washington's new sanctions"), or "the/a <noun> … by <name>" within the
 * clause ("an attack on the embassy by militants").
 */
function nounWithDoer(toks: Tok[], i: number, mentionEnds: Set<number>): Trigger | null {
  const fam = DOER_NOUNS.get(toks[i]!.low);
  if (!fam || !LOWER_FIRST.test(toks[i]!.text)) return null;
  if (fam.name === "phone" && !/^(phone|telephone)$/.test(toks[i - 1]?.low ?? "")) return null;
  let k = i - 1;
  while (
    k > i - 3 &&
    k > 0 &&
    /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(toks[k]!.text) &&
    !DET.has(toks[k]!.low) &&
    !VERB_BEFORE.has(toks[k]!.low)
  ) {
    if (UNREAL_MODIFIER.test(toks[k]!.low)) return null;
    k--;
  }
  // "Basilashvili's arrest", "his 2016 arrest": with no "of" after it, the possessive of an arrest or an
  // expulsion is who underwent it, not who did it ("Russia's expulsion of two diplomats").
  const undergone = PATIENT_NOUNS.test(toks[i]!.low) && toks[i + 1]?.low !== "of";
  if (toks[k]?.low === "'s" && mentionEnds.has(k))
    return { family: fam, ti: i, tj: i + 1, noun: undergone ? { doer: -1, patient: { end: k } } : { doer: k } };
  // (Not the complement of another noun: "a warrant for his arrest", "the threat of their deportation".)
  if (undergone && /^(his|her|their)$/.test(toks[k]?.low ?? "") && !/^(of|for)$/.test(toks[k - 1]?.low ?? ""))
    return { family: fam, ti: i, tj: i + 1, noun: { doer: -1, patient: { pronoun: k } } };
  // "in the attack, reportedly conducted by the Taliban", "another attack ascribed to the Taliban".
  let q = i - 1;
  while (q > i - 3 && q > 0 && LOWER_HYPHENED.test(toks[q]!.text) && !AGENT_DET.test(toks[q]!.low)) q--;
  const agent = ATTACK_NOUN_FAMILIES.test(fam.name) && AGENT_DET.test(toks[q]?.low ?? "") ? reducedRelativeAgent(toks, i + 1) : null;
  if (agent !== null) return { family: fam, ti: i, tj: i + 1, noun: { doer: -1, agent } };
  if (!/^(the|a|an)$/.test(toks[k]?.low ?? "")) return null;
  // "the arrest of Jong", "an arrest of a rubber tapper": the name after "of" underwent it.
  if (PATIENT_NOUNS.test(toks[i]!.low) && toks[i + 1]?.low === "of") {
    const at = /^(the|a|an)$/.test(toks[i + 2]?.low ?? "") ? i + 3 : i + 2;
    return { family: fam, ti: i, tj: i + 1, noun: { doer: -1, patient: { start: at } } };
  }
  for (let j = i + 1; j < Math.min(toks.length, i + 9); j++) {
    const w = toks[j]!.low;
    if (/^[,.;:]$/.test(w) || (j > i + 1 && /^(was|were|is|are|has|had|have|said|says)$/.test(w))) return null;
    if (w === "by" && UPPER_FIRST.test(toks[j + 1]?.text ?? "")) return { family: fam, ti: i, tj: i + 1, noun: { doer: -1 } };
  }
  return null;
}

/** Determiners of an attack noun whose doer a reduced relative names. */
const AGENT_DET = /^(the|a|an|another|this|that)$/;
/** Families of an armed attack named by its noun. */
const ATTACK_NOUN_FAMILIES = /^(attack|bomb)$/;
/** Past participles that give an attack its doer in a reduced relative, with the word that must follow. */
const DOER_PARTICIPLE = new Map<string, RegExp>([
  ["conducted", /^by$/],
  ["perpetrated", /^by$/],
  ["claimed", /^by$/],
  ["launched", /^by$/],
  ["staged", /^by$/],
  ["mounted", /^by$/],
  ["carried", /^out$/],
  ["ascribed", /^to$/],
  ["attributed", /^to$/],
  ["blamed", /^on$/],
]);

/**
 * The token where an attack's doer starts when a reduced relative right after the noun names it ("in the attack,
 * reportedly conducted by the Taliban", "another attack ascribed to the Taliban", "attacks carried out by …"), an
 * adverb allowed before the participle; null otherwise.
 */
function reducedRelativeAgent(toks: Tok[], k: number): number | null {
  if (toks[k]?.low === ",") k++;
  if (/^(reportedly|allegedly|apparently|widely|later|also)$/.test(toks[k]?.low ?? "")) k++;
  const after = DOER_PARTICIPLE.get(toks[k]?.low ?? "");
  if (!after?.test(toks[k + 1]?.low ?? "")) return null;
  k += 2;
  // "carried out by": the particle, then "by".
  if (toks[k - 1]!.low === "out") {
    if (toks[k]?.low !== "by") return null;
    k++;
  }
  if (toks[k]?.low === "the") k++;
  return UPPER_FIRST.test(toks[k]?.text ?? "") ? k : null;
}

/** Words that may stand between a verb of saying and its act noun ("made several threats", "leveled greater
 * criticism", "issued a formal apology", "announced a complete withdrawal"). */
const SAID_ACT_MODIFIER =
  /^(a|an|the|his|her|their|its|new|fresh|further|formal|official|public|several|repeated|many|more|greater|strong|stronger|sharp|harsh|fierce|scathing|direct|explicit|veiled|open|personal|full|complete|total|partial|immediate|rare|unprecedented)$/;

/** A verb of saying with a said-act noun after it, the noun followed by a preposition or the clause's end. */
function saidActAt(toks: Tok[], i: number): Trigger | null {
  if (TAKE_VERBS.has(toks[i]!.low)) return jabAt(toks, i);
  if (!SAYING_LIGHT_VERBS.has(toks[i]!.low) || DET.has(toks[i - 1]?.low ?? "")) return null;
  let critical = false;
  for (let j = i + 1; j < Math.min(toks.length, i + 5); j++) {
    const w = toks[j]!.low;
    // "made critical remarks about Dr. Anthony Fauci": remarks a critical adjective qualifies.
    if (critical && REMARK_NOUNS.test(w) && /^(about|of|against|at|toward|towards|on)$/.test(toks[j + 1]?.low ?? ""))
      return { family: CRITICAL_REMARKS, ti: i, tj: j + 1 };
    if (CRITICAL_ADJECTIVES.test(w)) {
      critical = true;
      continue;
    }
    const fam = Object.hasOwn(SAID_ACT_NOUNS, w) ? SAID_ACT_NOUNS[w] : undefined;
    if (fam && LOWER_FIRST.test(toks[j]!.text)) {
      const next = toks[j + 1]?.low ?? ".";
      if (!/^([,.;:!?)]|to|at|against|of|on|from|in|toward|towards|with|over|for|that|after|amid|and|but)$/.test(next)) return null;
      return { family: fam, ti: i, tj: j + 1 };
    }
    if (!SAID_ACT_MODIFIER.test(w)) return null;
  }
  return null;
}

/** "took a veiled shot at Trump", "took a swipe at …": a jab taken at someone, right before "at". */
function jabAt(toks: Tok[], i: number): Trigger | null {
  for (let j = i + 1; j < Math.min(toks.length, i + 5); j++) {
    const w = toks[j]!.low;
    if (JAB_NOUNS.test(w) && (w !== "shot" || j > i + 1) && toks[j + 1]?.low === "at") return { family: JAB, ti: i, tj: j + 1 };
    if (!JAB_MODIFIERS.test(w)) return null;
  }
  return null;
}

/** The family of a measure after a verb of easing. */
function easedNoun(w: string): Family | undefined {
  return Object.hasOwn(EASED_NOUNS, w) ? EASED_NOUNS[w] : undefined;
}

/** The family of an event noun after a light verb (own keys only: not "constructor"). */
function eventNoun(w: string): Family | undefined {
  return Object.hasOwn(EVENT_NOUNS, w) ? EVENT_NOUNS[w] : undefined;
}
