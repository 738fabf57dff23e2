/**
 * When an act told in a sentence lies outside the story's time: background told in the past perfect, set back
 * by a cue, a habit, a life span or an occasion (no act of the story's day), and whether an act may take the
 * time of the sentences before it (inherits). Pure functions of a sentence's tokens.
 */
import { IRREGULAR_PAST, isPastForm } from "./text/past.js";
import type { Tok } from "./text/tokens.js";

/** Words that make a noun phrase one definite or counted thing. */
const DETERMINER_LIKE = /^(the|a|an|this|that|these|those|his|her|its|their|our|my|your|both|two|three|several|which|whose)$|'s$/;

/** Words between a verb and the noun of its act ("levied individual sanctions", "imposed new economic sanctions"). */
const NOUN_MODIFIER = /^(a|an|the|new|individual|further|more|additional|economic|financial|sweeping|[a-z]+ly)$/;

/** Is the verb at ti a past perfect ("had protested", "had not met", "had already been convicted") in a clause
 * no verb of saying, learning or showing opens before it? */
export function pastPerfect(toks: Tok[], ti: number): boolean {
  let k = ti - 1;
  // The noun of an act after its verb ("The United States had also levied individual sanctions against
  // al-Muhandis"): the verb's tense, over lower-case modifiers of the noun.
  if (!/(ed|en)$/.test(toks[ti]?.low ?? "") && !IRREGULAR_PAST.test(toks[ti]?.low ?? "")) {
    let v = k;
    while (v > ti - 4 && v > 0 && NOUN_MODIFIER.test(toks[v]!.low)) v--;
    if (isPastForm(toks[v]?.low ?? "") && toks[v]!.text === toks[v]!.low) k = v - 1;
  }
  const from = k;
  while (k > from - 3 && k > 0 && /^(been|not|never|already|also|just|once|previously|long|ly)$|ly$/.test(toks[k]!.low)) k--;
  if (toks[k]?.low !== "had") return false;
  let say = k - 1;
  while (say >= 0 && !SAYING_OR_LEARNING.test(toks[say]!.low)) say--;
  // "… said her husband had told her Trump had not met Shapiro until …": a saying itself told in the past perfect
  // is as far back as what it reports.
  return say < 0 || toks[say - 1]?.low === "had";
}

/** Verbs of saying, learning or showing: a past perfect after one is the act reported (pastPerfect). */
const SAYING_OR_LEARNING =
  /^(said|says|say|told|tells|announced|announces|reported|reports|claimed|claims|stated|added|noted|confirmed|revealed|showed|shows|learned|heard|hearing|knew|believed|alleged|wrote|explained|admitted|acknowledged)$/;

/** Whether the sentence's main verb is in the past perfect: "had" + a participle within its first words, after
 * no verb of saying (pastPerfect) and no comma (a fronted clause or time). */
export function mainPastPerfect(toks: Tok[]): boolean {
  for (let k = 1; k < Math.min(toks.length, 6); k++) {
    if (toks[k - 1]!.low === ",") return false;
    if (toks[k]!.low !== "had") continue;
    let v = k + 1;
    while (v < k + 3 && /^(been|not|never|already|also|just|once|previously|long|first)$|ly$/.test(toks[v]?.low ?? "")) v++;
    return (/(ed|en)$/.test(toks[v]?.low ?? "") || IRREGULAR_PAST.test(toks[v]?.low ?? "")) && pastPerfect(toks, v);
  }
  return false;
}

/** "recently"/"previously"/"formerly" in the four words before the verb at ti. */
export function setBackCue(toks: Tok[], ti: number): boolean {
  for (let k = Math.max(0, ti - 4); k < ti; k++) if (/^(recently|previously|formerly)$/.test(toks[k]!.low)) return true;
  return false;
}

/** "Duterte threatened the network's franchise renewal before, after the network didn't carry …, and he accused
 * the network of \"swindling\"": "before" as an adverb closing a clause (a comma or semicolon after it) sets the
 * sentence's acts at an earlier time the text does not give. (At the sentence's end it may close a relative clause
 * of state: "the properties that belonged to them before.") */
export const beforeAdverb = (toks: Tok[]): boolean => toks.some((t, k) => t.low === "before" && /^[,;]$/.test(toks[k + 1]?.low ?? ""));

/** Is the act at ti set back by a cue of its own: "recently"/"previously"/"formerly" just before the verb
 * ("Nigeria previously announced"), "ago" after it in its clause ("was convicted of terrorism years ago"), or
 * a distance of weeks or more from another act ("was murdered a few weeks after publicly posting …")? */
export function setBack(toks: Tok[], ti: number, clauseEnd: number): boolean {
  if (setBackCue(toks, ti)) return true;
  for (let k = ti + 1; k < Math.min(clauseEnd, toks.length); k++) {
    if (/^[,;:]$/.test(toks[k]!.low)) break;
    if (toks[k]!.low === "ago") return true;
    // "Baloch was murdered a few weeks after publicly posting pictures of herself …": weeks or more from another
    // act with no date the text gives (a resolved "two weeks after January 5" dates the act before this is read).
    if (/^(weeks|months|years|decades)$/.test(toks[k]!.low) && /^(after|before)$/.test(toks[k + 1]?.low ?? "")) return true;
  }
  return false;
}

/** "The arrest came after an allegation he assaulted Neka Dorokashvili", "The move came shortly after … Bernie Sanders and
 * … Barack Obama announced their own support for Biden", "This followed deals the administration brokered between
 * Israel and …": an act told after "came/comes after" or as the object of "followed/follows", which sets it before the
 * act the sentence's subject names, with no distance the text gives ("a week after" is read by shiftedFromStory):
 * between the trigger, a verb in the past, and the cue no comma, semicolon or other "after". */
export function cameAfter(toks: Tok[], ti: number): boolean {
  // (An act named by its noun — "Riots followed the police shooting of …" — is one the story may have dated before.)
  if (!isPastForm(toks[ti]?.low ?? "")) return false;
  for (let k = ti - 1; k > 0 && k >= ti - 14; k--) {
    const w = toks[k]!.low;
    if (/^[,;:]$/.test(w)) return false;
    // ("… was followed by …" tells what came later.)
    if (/^(followed|follows)$/.test(w))
      return k <= 3 && toks[k + 1]?.low !== "by" && !/^(was|were|is|are|be|been)$/.test(toks[k - 1]?.low ?? "");
    if (w !== "after") continue;
    let v = k - 1;
    if (/^(shortly|soon|just|only|immediately)$/.test(toks[v]?.low ?? "")) v--;
    return /^(came|comes|come|coming)$/.test(toks[v]?.low ?? "");
  }
  return false;
}

/** A frequency ("more often than once a year", "twice a week", "every day"): an act told with one in its sentence is a
 * habit of a span, no one act on a day. */
const FREQUENCY =
  /\b(?:(?:once|twice|times) (?:a|an|per|each|every) (?:day|week|month|year)|every (?:day|week|month|year|night|morning|evening)|(?:daily|weekly|nightly|annually))\b/;

/** "in recent months", "over recent years": a span before the story the act is told in, no day the story gives. */
const RECENT_SPAN = /\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:several |few )?(?:months|years|decades)\b/;

/** Whether the words after the trigger at ti, up to a relative pronoun, a semicolon, colon or dash, or ", and"/", but",
 * tell a frequency or a recent span of months or years ("The children were banned from washing more often than once a
 * year", "This followed deals the administration brokered between Israel and …, in recent months."). */
export function spanAfter(toks: Tok[], ti: number): boolean {
  const words: string[] = [];
  for (let k = ti + 1; k < toks.length; k++) {
    const w = toks[k]!.low;
    if (/^(who|whom|whose|which|that)$/.test(w) || /^[;:—–]$/.test(w) || (w === "," && /^(and|but)$/.test(toks[k + 1]?.low ?? ""))) break;
    words.push(w);
  }
  const text = words.join(" ");
  return FREQUENCY.test(text) || RECENT_SPAN.test(text);
}

/** "Congress has repeatedly denied funding for such a wall": a perfect of an act done again and again is a habit
 * over a span, no one act on a day: "has/have/had" and an adverb of repetition in the three words before the verb. */
export function repeatedPerfect(toks: Tok[], ti: number): boolean {
  const prev = toks.slice(Math.max(0, ti - 3), ti).map((t) => t.low);
  return (
    prev.some((w) => w === "has" || w === "have" || w === "had") &&
    prev.some((w) => /^(repeatedly|frequently|often|routinely|consistently|regularly|continually|constantly)$/.test(w))
  );
}

/** "Stone had been found guilty of several crimes … as part of Robert Mueller's investigation of …": an act named by a
 * noun in a sentence whose main verb is a past perfect before it (mainPastPerfect), in the same clause (no semicolon
 * or dash between), lies as far back as that verb. */
export function nounInPastPerfect(toks: Tok[], ti: number, clauseEnd: number): boolean {
  const w = toks[ti]?.low ?? "";
  if (isPastForm(w) || /(ing|en)$/.test(w) || ti >= clauseEnd || !mainPastPerfect(toks)) return false;
  const had = toks.findIndex((t) => t.low === "had");
  if (had < 0 || had >= ti) return false;
  for (let k = had + 1; k < ti; k++) if (/^[;:—–]$/.test(toks[k]!.low)) return false;
  return true;
}

/** Occasions that recur, in the plural ("debates", "hearings", "rallies"). */
const OCCASIONS =
  /^(debates|hearings|rallies|protests|demonstrations|meetings|interviews|speeches|campaigns|elections|primaries|visits|sessions|summits)$/;

/** "Harris attacked Biden during Democratic debates": an act told over occasions in the bare plural (no article,
 * possessive or number before them) happened at several of them, on no one day the story gives; the words after
 * the trigger in its clause, up to a comma. */
export function duringOccasions(toks: Tok[], ti: number, clauseEnd: number): boolean {
  for (let k = ti + 1; k < Math.min(clauseEnd, toks.length); k++) {
    const w = toks[k]!.low;
    if (/^[,;:]$/.test(w)) return false;
    if (w !== "during") continue;
    let j = k + 1;
    while (j < k + 4 && WORD.test(toks[j]?.text ?? "") && !OCCASIONS.test(toks[j]!.low) && !DETERMINER_LIKE.test(toks[j]!.low)) j++;
    return OCCASIONS.test(toks[j]?.low ?? "");
  }
  return false;
}

/** A word of letters (module-level: see date.ts). */
const WORD = /^[\p{L}-]+$/u;

/** Spans of a person's life, office or undertaking ("his time as …", "her tenure", "his career", "her campaign"). */
const LIFE_SPAN = /^(time|tenure|term|years|days|career|campaign|presidency|premiership|chancellorship|reign|youth|childhood)$/;

/** "during his time as President Barack Obama's vice president", "early in her career", "throughout his tenure": a
 * span of someone's life or office starting at token k (the preposition), else false. */
function lifeSpanAt(toks: Tok[], k: number): boolean {
  const w = toks[k]!.low;
  let j = k + 1;
  if (/^(early|late)$/.test(w) && toks[j]?.low === "in") j++;
  else if (!/^(during|throughout|over|in)$/.test(w)) return false;
  if (!/^(his|her|their)$/.test(toks[j]?.low ?? "")) return false;
  j++;
  if (/^(first|second|early|last|final|previous|own)$/.test(toks[j]?.low ?? "")) j++;
  // The span's noun ends its phrase ("In her campaign, Thunberg has met …"), not a noun before another ("during his
  // campaign rally").
  return LIFE_SPAN.test(toks[j]?.low ?? "") && /^(,|as|in|at|of|on|with|\.|;)$/.test(toks[j + 1]?.low ?? ".");
}

/**
 * "The accusation against Biden is that, during his time as President Barack Obama's vice president, he called for
 * the government of Ukraine to reduce corruption": an act told in a span of someone's life or office, with no time of
 * its own, happened somewhen in that span, not on the story's day. Only a span before the trigger in its sentence (no
 * semicolon, colon or ", and"/", but" between): one after it may belong to words the act reports ("Trump claimed
 * carbon emissions have been lower during his …").
 */
export function inLifeSpan(toks: Tok[], ti: number): boolean {
  for (let k = ti - 1; k >= 0; k--) {
    if (/^[;:—–]$/.test(toks[k]!.low) || (toks[k]!.low === "," && /^(and|but)$/.test(toks[k + 1]?.low ?? ""))) break;
    if (lifeSpanAt(toks, k)) return true;
  }
  return false;
}

/** Words that put an act before the story's time ("He recently condemned …", "… has previously said"). */
export const BACKGROUND_CUE = /^(recently|previously|formerly|ago)$/;

/** Unresolved time cues that put an act away from the story's time, before it ("previously", "ago") or
 * before a bound ("ahead of the election"): a sentence that has them does not take the previous
 * sentences' time. Cues that order acts inside the story ("later", "meanwhile", "shortly after he left
 * his home", "before he was shot in the head") do not move the act out of it. */
const TIME_CUE = /^(ahead|earlier|previously|recently|ago|formerly)$/;

/**
 * May the event at trigger ti take the time of the previous sentences? Only a simple past act
 * ("clashed", "were arrested"), never a perfect or present ("has repeatedly denied"), and not when the
 * sentence carries a time cue the analysis did not resolve ("Shortly ahead of the election").
 */
export function inherits(toks: Tok[], ti: number): boolean {
  if (toks.some((t) => TIME_CUE.test(t.low))) return false;
  const w = toks[ti]!.low;
  const prev = toks.slice(Math.max(0, ti - 3), ti).map((t) => t.low);
  // Nor a modal ("can be removed from office by Congress"): no act told as done.
  if (prev.some((p) => /^(will|would|is|are|am|can|could|may|might|must|should|shall)$/.test(p))) return false;
  // A perfect, also when shared by coordinated verbs ("has repeatedly denied … and blamed"), is not told in
  // the story's narrative — except the present perfect right before its verb, which news uses for the act
  // just reported ("The Federal Aviation Office of Germany has suspended Mahan's permit").
  if (toks.slice(0, ti).some((t) => t.low === "has" || t.low === "have")) {
    const aux = prev.lastIndexOf("has") >= 0 ? prev.lastIndexOf("has") : prev.lastIndexOf("have");
    const between = aux < 0 ? ["?"] : prev.slice(aux + 1);
    if (aux < 0 || between.some((p) => !/^(also|now|just|already|reportedly|officially|formally|finally)$/.test(p)) || !isPastForm(w))
      return false;
    return true;
  }
  // "voted to extend", "decided to ban": an act under a simple past verb of deciding is dated with it.
  if (
    toks[ti - 1]?.low === "to" &&
    /^(voted|decided|agreed|moved|ordered|resolved|chose|opted)$/.test(toks[ti - 2]?.low ?? "") &&
    !toks.slice(0, ti).some((t) => t.low === "has" || t.low === "have")
  )
    return true;
  // "did not concede", "didn't sign": a simple past told with "did", also a verb coordinated with it
  // ("did not concede or admit defeat").
  if (prev.some((p) => p === "did" || p === "didn't")) return true;
  if (/^(or|and|nor)$/.test(toks[ti - 1]?.low ?? "")) {
    for (let k = ti - 2; k >= Math.max(0, ti - 6); k--) {
      const p = toks[k]!.low;
      if (p === "did" || p === "didn't") return true;
      if (!/^[\p{L}']+$/u.test(p) || /^(that|who|which|when|because|if)$/.test(p)) break;
    }
  }
  // "had a phone conversation with …": "had" before its object is the simple past of the act, no auxiliary.
  return isPastForm(w) || (w === "had" && /^(a|an|the)$/.test(toks[ti + 1]?.low ?? ""));
}
