/**
 * An act a speaker performs by saying it (a performative utterance): inside a quotation, a verb of a family one
 * does by speaking, in the simple present, right after "I" or "we" that opens its clause ("I strongly reject new
 * #US blockade measure …", "we warn the Saudis that our targets will keep expanding", "I applaud the president
 * for …"). Saying so is the act, done by the quotation's speaker when the words were said. Every other act
 * inside a quotation stays the speaker's account and is not coded (see the coder's direct-quote filter).
 */
import type { Quote } from "../model/index.js";
import type { ActorMention } from "./actors/mention.js";
import type { Tok } from "./text/tokens.js";
import type { Trigger } from "./triggers.js";

/** Families whose act is done by saying it in the first person: rejecting, denying, accusing, condemning,
 * demanding, warning, praising, recognising, apologising, forgiving. (Not pledges and appeals: "I pledge that
 * this Congress will be …", "I commit that I will …", "I request all the presidents … of the world to …" name
 * no side the act is done to.) */
const PERFORMATIVE = /^(accuse|criticise|disapprove|reject|deny|demand|praise|recognise|apologise|forgive|threaten)$/;

/** Words between the pronoun and the verb that keep it a plain present statement ("I strongly reject",
 * "we hereby recognise", "I also urge"). */
const ADVERB = /^(\p{Ll}+ly|also|hereby|again|further|therefore|now|today|once|still)$/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** What may stand before the pronoun at the start of its clause: a quotation mark, a clause bound, a
 * coordinator. Not a subordinator ("if we reject …", "that we condemn …"), a modal or a negation. */
const CLAUSE_OPEN = /^(["“‘,;:]|and|but|so|thus|hence|\[|\.{3}|…)$/;

/**
 * The speaker who performs the act of trigger `tr` inside a quotation, as a mention at the first-person pronoun
 * that stands for them (the act's subject); null when the trigger is no performative or the quotation's
 * speaker is no actor.
 */
export function quotedPerformer(toks: Tok[], ms: ActorMention[], tr: Trigger, quotes: Quote[]): ActorMention | null {
  if (tr.noun || !PERFORMATIVE.test(tr.family.name)) return null;
  const verb = toks[tr.ti]!;
  // The simple present of the first person: no past, participle or third person ("we rejected", "rejecting").
  if (/(ed|ing|[^s]s)$/.test(verb.low) || !LOWER_FIRST.test(verb.text)) return null;
  let k = tr.ti - 1;
  for (let n = 0; n < 2 && ADVERB.test(toks[k]?.low ?? "") && !/^(only|early|likely)$/.test(toks[k]!.low); n++) k--;
  const pronoun = toks[k];
  if (!pronoun || !/^(i|we)$/.test(pronoun.low)) return null;
  if (k > 0 && !CLAUSE_OPEN.test(toks[k - 1]!.low)) return null;
  const q = quotes.find((x) => x.start <= verb.start && verb.start < x.end && x.speaker);
  const sp = q?.speaker;
  if (!sp) return null;
  // The speaker named in the sentence, as the actor list reads them; else as the quote analysis placed them.
  const named = ms.find((m) => m.kind !== "pronoun" && m.start < sp.end && sp.start < m.end && (m.country || m.sector));
  const at = { start: pronoun.start, end: pronoun.end, ti: k, tj: k + 1, text: pronoun.text };
  if (named) return { ...named, ...at };
  return sp.country ? { ...at, name: sp.name, country: sp.country, sector: sp.sector ?? null, kind: "entity", person: true } : null;
}

/**
 * The speaker who judges something with a disparaging word inside a quotation ("this is a deeply dangerous and
 * irresponsible way to govern", "It is a propaganda stunt"): the quotation's speaker, as a mention at the
 * judgement's opening pronoun; null when the words are no quotation of an actor.
 */
export function quotedJudge(toks: Tok[], ms: ActorMention[], tr: Trigger, quotes: Quote[]): ActorMention | null {
  if (tr.judged === undefined) return null;
  const pronoun = toks[tr.judged]!;
  const q = quotes.find((x) => x.start <= pronoun.start && pronoun.start < x.end && x.speaker);
  const sp = q?.speaker;
  if (!sp) return null;
  const named = ms.find((m) => m.kind !== "pronoun" && m.start < sp.end && sp.start < m.end && (m.country || m.sector));
  const at = { start: pronoun.start, end: pronoun.end, ti: tr.judged, tj: tr.judged + 1, text: pronoun.text };
  if (named) return { ...named, ...at };
  if (sp.country) return { ...at, name: sp.name, country: sp.country, sector: sp.sector ?? null, kind: "entity", person: true };
  // "He added, \"It is …\"": a speaker the sentence names by a pronoun stands for whom the pronoun does (the
  // coder resolves it as a subject pronoun).
  const said = ms.find((m) => m.kind === "pronoun" && m.start < sp.end && sp.start < m.end && /^(he|she|they)$/i.test(m.text));
  return said ? { ...said, start: at.start, end: at.end, ti: at.ti, tj: at.tj } : null;
}

/**
 * Whom a quoted judgement is aimed at: the first actor the quoted sentence names before it, other than its speaker
 * ("Boris Johnson is trying to use the Queen … — this is a deeply dangerous … way to govern"); null when it names none.
 */
export function judgedActor(toks: Tok[], ms: ActorMention[], tr: Trigger, quotes: Quote[], speaker: ActorMention): ActorMention | null {
  if (tr.judged === undefined) return null;
  const pronoun = toks[tr.judged]!;
  const q = quotes.find((x) => x.start <= pronoun.start && pronoun.start < x.end);
  const from = q ? q.start : toks[0]!.start;
  return (
    ms.find((m) => m.kind !== "pronoun" && m.start >= from && m.ti < tr.judged! && m.country && m.name !== speaker.name && !m.weak) ?? null
  );
}
