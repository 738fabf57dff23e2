/** Quotes: direct, indirect and mixed, with speakers, cues and the date the words were said. */
import type { Entity, Quote, Sentence, TimeRef } from "../../model/index.js";
import { accordingTo } from "./according-to.js";
import { asReports } from "./as-reports.js";
import { asSaid } from "./as-said.js";
import { blockQuotes } from "./blocks.js";
import { nationalBodies } from "./bodies.js";
import { calledReports } from "./called.js";
import type { QuoteContext, QuoteRule } from "./context.js";
import { coordinatedQuotes } from "./coordinated.js";
import { dedupeQuotes } from "./dedupe.js";
import { directQuotes } from "./direct.js";
import { followOnQuotes } from "./follow-on.js";
import { fragmentQuotes } from "./fragments.js";
import { frontedParticiples } from "./fronted.js";
import { trimGlosses } from "./glosses.js";
import { indirectQuotes } from "./indirect.js";
import { findQuoted } from "./marks.js";
import { nestedQuotes } from "./nested.js";
import { passiveReports } from "./passive.js";
import { relativeReports } from "./relative.js";

/**
 * The passes, in order: direct and block quotes first so reported speech never re-reads quoted words; quoted
 * fragments last, so those inside reported speech stay part of it.
 */
export const QUOTE_RULES: QuoteRule[] = [
  directQuotes,
  nestedQuotes,
  blockQuotes,
  accordingTo,
  indirectQuotes,
  relativeReports,
  passiveReports,
  asReports,
  asSaid,
  calledReports,
  frontedParticiples,
  fragmentQuotes,
  coordinatedQuotes,
  followOnQuotes,
  trimGlosses,
  dedupeQuotes,
  nationalBodies,
];

export function findQuotes(text: string, sentences: Sentence[], entities: Entity[], times: TimeRef[], anchor: string | null): Quote[] {
  const ctx: QuoteContext = { text, sentences, entities, times, anchor, quoted: findQuoted(text), history: [] };
  let quotes: Quote[] = [];
  for (const rule of QUOTE_RULES) quotes = rule(ctx, quotes);
  return quotes.sort((a, b) => a.start - b.start);
}
