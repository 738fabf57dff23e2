/**
 * Article → Analysis: sentences, entities, times, quotes (events are added by the events stage).
 * Pure: no I/O (dictionaries and the tagger's weights are loaded once at module load).
 */
import type { Analysis, Article } from "../model/index.js";
import { anchorOf } from "./anchor.js";
import { findEntities } from "./entities/index.js";
import { prepare } from "./entities/prepare.js";
import { findQuotes } from "./quotes/index.js";
import { splitSentences } from "./sentences/split.js";
import { findTimes } from "./times/index.js";

export function analyze(article: Article): Omit<Analysis, "events"> {
  const text = article.text ?? "";
  const anchor = anchorOf(article);
  const sentences = splitSentences(text);
  const prep = prepare(text, sentences);
  const entities = findEntities(text, sentences, anchor, prep);
  const times = findTimes(text, sentences, anchor);
  const quotes = findQuotes(text, sentences, entities, times, anchor);
  return { sentences, entities, times, quotes, anchor };
}
