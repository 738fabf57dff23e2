/** An actor in an event: a country code plus an optional sector, and the name as resolved. */
export interface Actor {
  name: string;
  /** ISO 3166-1 alpha-3, or an IGO code such as `IGO`/`UNO`, null when unknown. */
  country: string | null;
  sector?: string | null;
  /** Offsets of the mention in Article.text. */
  start?: number;
  end?: number;
  ref?: string;
}

export type QuadClass = 1 | 2 | 3 | 4; // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict

export interface CameoCode {
  code: string;
  label?: string;
  goldstein: number;
  quad: QuadClass;
}

export interface PloverCode {
  /** PLOVER v2 event type, e.g. `AGREE`, `CONSULT`, `SANCTION`, `ACCUSE`. */
  event: string;
  /** PLOVER mode, e.g. `verbal`, `phone`, `in-person`, `impose`. */
  mode?: string | null;
  context?: string[];
}

export interface EventMode {
  negated: boolean;
  hypothetical: boolean;
  historical: boolean;
  future: boolean;
}

export interface EventDate {
  value: string | null;
  precision?: string;
  /** `sentence` (from a time in the sentence), `dateline`, `published`, `caption`. */
  source?: string;
  mod?: string;
}

export interface Evidence {
  sentence: string;
  /** Span of the sentence in Article.text. */
  start: number;
  end: number;
  /** Span of the trigger (verb phrase) in Article.text. */
  trigger?: { text: string; start: number; end: number };
}

export interface Event {
  cameo: CameoCode;
  plover: PloverCode | null;
  actor: Actor[];
  recipient: Actor[];
  date: EventDate;
  location?: string | null;
  mode: EventMode;
  evidence: Evidence;
  /** 0..1 */
  confidence: number;
  /** True for reciprocal events (both sides act: agree, meet, talk). */
  reciprocal?: boolean;
  /** Additional mentions of the same real-world event in this article. */
  mentions?: Evidence[];
  /** Set when the event comes from a media caption. */
  fromCaption?: boolean;
  /** The rule or pattern that produced the event. */
  method?: string;
}
