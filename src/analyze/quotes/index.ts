/** Quotes: direct, indirect and mixed, with speakers, cues and the date the words were said. */
import type { Entity, Quote, Sentence, TimeRef } from "../../model/index.js";
import { accordingTo } from "./according-to.js";
import type { QuoteContext, QuoteRule } from "./context.js";
import { directQuotes } from "./direct.js";
import { indirectQuotes } from "./indirect.js";
import { findQuoted } from "./marks.js";

/** The passes, in order: direct quotes first so reported speech never re-reads quoted words. */
export const QUOTE_RULES: QuoteRule[] = [directQuotes, accordingTo, indirectQuotes];

export function findQuotes(text: string, sentences: Sentence[], entities: Entity[], times: TimeRef[], anchor: string | null): Quote[] {
  const ctx: QuoteContext = { text, sentences, entities, times, anchor, quoted: findQuoted(text), history: [] };
  let quotes: Quote[] = [];
  for (const rule of QUOTE_RULES) quotes = rule(ctx, quotes);
  return quotes.sort((a, b) => a.start - b.start);
}
