import type { Entity, Quote, Sentence, SpeakerRef, TimeRef } from "../../model/index.js";
import type { Quoted } from "./marks.js";

/** What every quote rule sees. */
export interface QuoteContext {
  text: string;
  sentences: Sentence[];
  entities: Entity[];
  times: TimeRef[];
  anchor: string | null;
  quoted: Quoted[];
  /** Speakers found so far, in text order (for pronouns and continuations). */
  history: SpeakerRef[];
}

export type QuoteRule = (ctx: QuoteContext, found: Quote[]) => Quote[];

export function sentenceAt(ctx: QuoteContext, pos: number): Sentence | undefined {
  return ctx.sentences.find((s) => s.start <= pos && pos < s.end) ?? ctx.sentences.find((s) => s.start >= pos);
}

/**
 * When the words were said: a day-precise time in the attribution (outside the quoted words) of the same
 * sentence, else the anchor date.
 */
export function saidOn(ctx: QuoteContext, attribution: [number, number][], fallbackSentence?: Sentence): string | null {
  for (const [a, b] of attribution) {
    const t = ctx.times.find((x) => x.start >= a && x.end <= b && x.value && /^\d{4}-\d{2}-\d{2}/.test(x.value));
    if (t?.value) return t.value.slice(0, 10);
  }
  void fallbackSentence;
  return ctx.anchor;
}
