/**
 * Article → Analysis: sentences, entities, times, quotes (events are added by the events stage).
 * Pure: no I/O (dictionaries and the tagger's weights are loaded once at module load).
 * Captions (Article.media[].caption) are analysed on their own: their entities and times carry
 * `inCaption: true` and `media` (the index), with offsets into that caption. A picture's credit names
 * its agency and photographer: those entities also carry `inCredit: true`, with offsets into the credit.
 */
import type { Analysis, Article, Entity, TimeRef } from "../model/index.js";
import { anchorOf } from "./anchor.js";
import { creditEntities } from "./credits.js";
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
  const entities: Entity[] = findEntities(text, sentences, anchor, prep);
  const times: TimeRef[] = findTimes(text, sentences, anchor);
  const quotes = findQuotes(text, sentences, entities, times, anchor);
  (article.media ?? []).forEach((m, media) => {
    if (m.credit) entities.push(...creditEntities(m.credit, media));
    const caption = m.caption ?? "";
    if (!caption.trim()) return;
    const cs = splitSentences(caption);
    for (const e of findEntities(caption, cs, anchor)) entities.push({ ...e, inCaption: true, media });
    for (const t of findTimes(caption, cs, anchor)) times.push({ ...t, inCaption: true, media });
  });
  return { sentences, entities, times, quotes, anchor };
}
