/** An actor mentioned in a sentence: a linked entity, a country, or an agent with its country. */
export interface ActorMention {
  start: number;
  end: number;
  /** Token range [ti, tj) in the sentence's tokens. */
  ti: number;
  tj: number;
  text: string;
  name: string;
  country: string | null;
  sector: string | null;
  /** Actor dictionary id when linked (roles resolve by the event date). */
  ref?: string;
  kind: "entity" | "country" | "agent" | "pronoun";
  /** Agent "counterpart": takes the sector of the actor it is compared with. */
  counterpart?: boolean;
  inCaption?: boolean;
  /** A country named only as a modifier ("the Azerbaijani republic"): a recipient of last resort, never a subject. */
  weak?: boolean;
  /** A person the analysis found but could not place: takes the country where the sentence happens. */
  unplaced?: boolean;
  /** The sector of the office title the text gives the person ("Senator", "Presidents"): wins over a
   * dictionary role that does not cover the event's date. */
  title?: string;
  /** The analysis typed the name a person (PER). */
  person?: boolean;
  /** An ethnic group ("ethnic Albanians"): of the country where the sentence happens, when it names one. */
  ethnic?: boolean;
  /** Resolved by discourse coreference ("He said …", "the minister"): the antecedent's text. */
  coref?: string;
  /** A pronoun's antecedent in an earlier sentence, resolved (see coref.ts). */
  antecedent?: ActorMention;
}

/**
 * The mention with every field of ActorMention present, in one order (absent ones undefined): every mention the
 * coder reads then has one hidden class, so V8 reads their fields from one place instead of searching a dozen
 * shapes (a mention's optional fields come in many combinations). Serialised, an undefined field is absent, as before.
 */
export function fullShape(m: ActorMention): ActorMention {
  return {
    start: m.start,
    end: m.end,
    ti: m.ti,
    tj: m.tj,
    text: m.text,
    name: m.name,
    country: m.country,
    sector: m.sector,
    ref: m.ref,
    kind: m.kind,
    counterpart: m.counterpart,
    inCaption: m.inCaption,
    weak: m.weak,
    unplaced: m.unplaced,
    title: m.title,
    person: m.person,
    ethnic: m.ethnic,
    coref: m.coref,
    antecedent: m.antecedent,
  };
}
