/** A pattern family: the verbs of one kind of event, their default CAMEO code and refinements. */
export interface Family {
  name: string;
  /** Lower-case surface forms; a form may be several words ("held talks", "called on"). */
  forms: string[];
  /** Default CAMEO code. */
  code: string;
  /** Refinements on the lower-case text after the trigger (same clause, ~80 chars): first match wins. */
  after?: [RegExp, string][];
  /** `after` is tested on the sentence's own words after the trigger too, past the argument clause's end (a
   * finding told as a clause of its own: "ruled the male-only draft violated the Due Process Clause"). */
  afterInSentence?: boolean;
  /** Refinements on the lower-case text before the trigger (same clause). */
  before?: [RegExp, string][];
  /** Both sides act (agree, meet, talk): a compound subject or "with X" gives a reciprocal event. */
  reciprocal?: boolean;
  /** Prepositions that introduce the recipient ("with", "to", "against"). A direct object always may. */
  recipientPreps?: string[];
  /** The recipient is only ever the verb's direct object, never a later actor reached through any
   * preposition ("received medical treatment in New Zealand", "released a statement addressing …"). */
  directObjectOnly?: boolean;
  /** The direct object is the act's topic, never a side ("discussed Syria"): the recipient comes only
   * through `recipientPreps` or a compound subject. */
  topicObject?: boolean;
  /** Prepositions whose complement is a claim, never coded as an act ("accused X of ..."). */
  claimPreps?: string[];
  /** With no recipient in the text, the actor's own country is the recipient (protests, mobilisation). */
  selfRecipient?: boolean;
  /** With no recipient in the text, a state organ of these sectors acts on its own country (a police
   * investigation of unnamed allegations). */
  selfRecipientSectors?: string[];
  /** A statement verb: coded (CAMEO 01) only when its complement names another actor and no event was coded there. */
  speech?: boolean;
  /** The family codes only for actors of these sectors (a court's ruling). */
  onlySectors?: string[];
  /** A nominal event ("talks between X and Y"): its sides are only the actors named after "between". */
  between?: boolean;
  /** Sector of the actor refines the code: e.g. MIL/REB attackers. */
  bySector?: Record<string, string>;
}

/** Regular inflections of a base verb, plus irregular forms. */
export function verb(base: string, ...irregular: string[]): string[] {
  const b = base;
  const out = [b];
  if (/[^aeiou]y$/.test(b)) out.push(`${b.slice(0, -1)}ies`, `${b.slice(0, -1)}ied`, `${b}ing`);
  else if (/ie$/.test(b)) out.push(`${b}s`, `${b}d`, `${b.slice(0, -2)}ying`);
  else if (/e$/.test(b)) out.push(`${b}s`, `${b}d`, `${b.slice(0, -1)}ing`);
  else if (/(s|sh|ch|x|z)$/.test(b)) out.push(`${b}es`, `${b}ed`, `${b}ing`);
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(b)) out.push(`${b}s`, `${b}${b.slice(-1)}ed`, `${b}${b.slice(-1)}ing`);
  else out.push(`${b}s`, `${b}ed`, `${b}ing`);
  return [...out, ...irregular];
}

/** Forms of a phrasal verb: verb("hold", "held") + " talks". */
export function phrase(forms: string[], tail: string): string[] {
  return forms.map((f) => `${f} ${tail}`);
}
