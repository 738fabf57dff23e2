import type { Event } from "./event.js";

/** Character span into Article.text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of the paragraph that holds the sentence. */
  paragraph?: number;
}

export type EntityType = "PER" | "ORG" | "LOC" | "GPE" | "NORP" | "MISC";

/** CAMEO-style sector codes: GOV, MIL, JUD, LEG, COP, PTY, REB, IGO, NGO, BUS, JRN, MED, EDU, CVL, ... */
export type Sector = string;

export interface Entity extends Span {
  text: string;
  type: EntityType;
  /** Canonical name, e.g. `Dmitry Peskov`, `Russia`, `United States Department of the Treasury`. */
  name: string;
  /** ISO 3166-1 alpha-3 country the entity belongs to (for GPEs, the country itself). */
  country?: string | null;
  sector?: Sector | null;
  /** Office or role as text, e.g. `Kremlin spokesman`. */
  office?: string;
  /** Stable id of the dictionary entry the mention was linked to (same id = same real-world entity). */
  ref?: string;
  /** How it was typed/linked: `dictionary`, `title-rule`, `coreference`, `demonym`, ... */
  method?: string;
  /**
   * Set when the mention sits inside a media caption rather than the body: then `media` is the index
   * into Article.media and start/end point into that caption, not into Article.text.
   */
  inCaption?: boolean;
  media?: number;
  /** Set (with `inCaption`) when the mention is in the picture's credit: start/end then point into the credit. */
  inCredit?: boolean;
}

/** `duration`: the value is a length (`P9D`, `PT12H`), not a calendar date. */
export type Precision = "instant" | "minute" | "hour" | "day" | "week" | "month" | "quarter" | "year" | "decade" | "century" | "duration";

export interface TimeRef extends Span {
  text: string;
  /** ISO 8601 value at the given precision: `2018-03-20`, `2018-W12`, `2018-03`, `2016`. Null when unresolved. */
  value: string | null;
  precision: Precision;
  /**
   * For the first end of a range ("from 2005 to 2007", "17-18 May 2008"), the value of its last end (which
   * is also a time of its own, as TimeML marks them): the range is `value`…`rangeEnd`.
   */
  rangeEnd?: string;
  /** Relation to value when the expression is a bound: `before 2018-03-18` → mod `before`. */
  mod?: "before" | "after" | "approx" | "start" | "end";
  /** The anchor used to resolve a relative expression. */
  anchor?: string;
  method?: string;
  /**
   * Set when the expression sits inside a media caption: then `media` is the index into Article.media and
   * start/end point into that caption, not into Article.text. A caption date dates the picture, not the story.
   */
  inCaption?: boolean;
  media?: number;
}

export interface SpeakerRef {
  /** Canonical name of the speaker. */
  name: string;
  /** The mention in the text that names the speaker here (may be a pronoun or title). */
  text: string;
  start: number;
  end: number;
  country?: string | null;
  sector?: string | null;
}

export interface Quote extends Span {
  kind: "direct" | "indirect" | "mixed";
  /** The words attributed (without the surrounding quotation marks). */
  text: string;
  speaker: SpeakerRef | null;
  /** Cue verb or phrase: `said`, `told`, `tweeted`, `according to`. */
  cue?: string;
  /** When the words were said (ISO 8601), from the sentence's time or the dateline. */
  date?: string | null;
}

export interface Analysis {
  sentences: Sentence[];
  entities: Entity[];
  times: TimeRef[];
  quotes: Quote[];
  events: Event[];
  /** Anchor date used to resolve relative times (dateline date, else publication date). */
  anchor?: string | null;
}
