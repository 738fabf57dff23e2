/**
 * An act named again by its noun: "condemned the attack", "criticized the move", "opposed the withdrawal"
 * right after a verb of comment. With no actor named as the comment's target, its target is the doer of
 * the last act the story coded that the noun can name (an attack names an act of force; a move or a
 * decision any act), when that act is recent and its doer is another country's.
 */
import type { Actor } from "../model/index.js";
import type { Tok } from "./text/tokens.js";

/** Nouns of an act of force, and the PLOVER types they name. */
const FORCE_NOUN =
  /^(attacks?|strikes?|airstrikes?|air-strikes?|operation|offensive|invasion|incursion|assault|bombings?|bombardment|shelling|raids?|killings?|crackdown|occupation|annexation|execution)$/;
const FORCE_TYPES = /^(ASSAULT|COERCE|MOBILIZE|SANCTION)$/;
/** Nouns of a kind of act, and the PLOVER types they name. */
const KIND_NOUNS: [RegExp, RegExp][] = [
  [/^(withdrawal|pullout)$/, /^RETREAT$/],
  [/^deployment$/, /^MOBILIZE$/],
  [/^(sanctions|ban|expulsion|embargo)$/, /^(SANCTION|COERCE)$/],
  [/^(deal|agreement|accord)$/, /^(AGREE|COOPERATE)$/],
  // "The Pentagon rejected these accusations": the accuser is the one rejected.
  [/^(accusations?|allegations?|charges|claims?)$/, /^ACCUSE$/],
];
/** Nouns that name any act ("the move", "the decision"). */
const ANY_ACT_NOUN = /^(move|decision|announcement|commutation|pardon|ruling|order)$/;
/** Families of comment on an act whose target is its doer. */
export const COMMENT_FAMILIES = /^(criticise|disapprove|praise|accuse|reject)$/;
/** How many sentences after it an act may still be named by its noun alone. */
export const ACT_WINDOW = 4;

export interface LastAct {
  actor: Actor;
  /** Every doer of the act ("the Russian and Syrian defense ministries accused …"), the first being `actor`. */
  actors: Actor[];
  type: string;
  /** Sentences since it was coded. */
  age: number;
}

/**
 * The doer of the act named by "the/this/that [one lower-case modifier] <noun>" right after the verb at
 * token tj, or null when the words there name no act, the last act is too old or does not fit the noun, or
 * its doer is the commenter's country.
 */
export function referredActDoer(
  toks: Tok[],
  tj: number,
  last: LastAct | undefined,
  commenter: string | null,
  lede?: LastAct,
): Actor | null {
  if (last && last.age <= ACT_WINDOW && last.actor.country && actNounAt(toks, tj, last))
    return last.actor.country === commenter ? null : last.actor;
  return ledeDoer(lede, commenter, (a) => actNounAt(toks, tj, a));
}

/**
 * The doer of the story's own act (its lede's) when the last act is too old or is no act the noun names
 * ("Thursday, United States military forces killed Qasem Soleimani … [eleven sentences on] Adil Abdul-Mahdi …
 * spoke out against the attack"): a story names its main act again by its noun, and the comment is on it.
 */
function ledeDoer(lede: LastAct | undefined, commenter: string | null, fits: (a: LastAct) => Actor | null): Actor | null {
  if (!lede?.actor.country || lede.actor.country === commenter) return null;
  return fits(lede);
}

/**
 * The passive form: "The operation was condemned by members of the European Union" (the act's noun opens
 * the clause before "was/were/has been" and the verb at token ti).
 */
export function referredActDoerPassive(
  toks: Tok[],
  ti: number,
  lb: number,
  last: LastAct | undefined,
  commenter: string | null,
  lede?: LastAct,
): Actor | null {
  let k = ti - 1;
  if (/ly$/.test(toks[k]?.low ?? "")) k--;
  if (!/^(was|were|been)$/.test(toks[k]?.low ?? "")) return null;
  if (toks[k]!.low === "been" && /^(has|have|had)$/.test(toks[k - 1]?.low ?? "")) k--;
  // The noun phrase from the clause start: "the/this/that [modifier] <noun>".
  const start = k - (/^(the|this|that)$/.test(toks[k - 3]?.low ?? "") ? 3 : 2);
  if (start !== lb) return null;
  if (last && last.age <= ACT_WINDOW && last.actor.country && actNounAt(toks, start, last, k))
    return last.actor.country === commenter ? null : last.actor;
  return ledeDoer(lede, commenter, (a) => actNounAt(toks, start, a, k));
}

/** The last act's doer when the words at k are "the/this/that [modifier] <noun>" naming it (ending at `end`). */
function actNounAt(toks: Tok[], at: number, last: LastAct, end?: number): Actor | null {
  if (!/^(the|this|that|these|those)$/.test(toks[at]?.low ?? "")) return null;
  let k = at + 1;
  // One modifier ("the Turkish operation" is named by its own doer, which the argument finder reads).
  if (/^(recent|latest|new|sudden|military|unilateral|planned|proposed|deadly|surprise|controversial)$/.test(toks[k]?.low ?? "")) k++;
  const noun = toks[k]?.low ?? "";
  if (end !== undefined && k !== end - 1) return null;
  // "the attack on X", "the decision to …": a complement after the noun names another act or its own target.
  if (/^(on|of|against|to|by)$/.test(toks[k + 1]?.low ?? "")) return null;
  if (FORCE_NOUN.test(noun)) return FORCE_TYPES.test(last.type) ? last.actor : null;
  for (const [nouns, types] of KIND_NOUNS) if (nouns.test(noun)) return types.test(last.type) ? last.actor : null;
  if (ANY_ACT_NOUN.test(noun)) return last.actor;
  return null;
}
