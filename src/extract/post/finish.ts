import type { Article, Dateline, Method } from "../../model/index.js";
import { parseDateline } from "../dateline/parse.js";
import { guessLanguage } from "./language.js";
import { dropRepeated } from "./repeated.js";
import { normalizeSpaces } from "./whitespace.js";

/** What a path (text or HTML) hands to the shared finishing passes: an Article before `text` and `dateline`. */
export type Draft = Pick<Article, "title" | "paragraphs"> & Partial<Omit<Article, "title" | "paragraphs" | "text" | "dateline">>;

/**
 * Shared post-processing for both paths: whitespace normalisation, repeated-block removal, the
 * dateline (parsed on the first paragraph, year from the publication day), language, `text`.
 */
export function finish(d: Draft): Article {
  const methods: Record<string, Method> = { ...(d.methods ?? {}) };
  const removed = [...(d.removed ?? [])];
  const paras = d.paragraphs.map(normalizeSpaces).filter((p) => p.length > 0);
  const rep = dropRepeated(paras);
  removed.push(...rep.removed);
  const paragraphs = rep.kept;
  const text = paragraphs.join("\n\n");
  const published = d.published ?? null;
  let dateline: Dateline | null = null;
  if (paragraphs.length > 0) {
    const refDay = published?.local?.slice(0, 10) ?? published?.value?.slice(0, 10);
    dateline = parseDateline(paragraphs[0]!, refDay);
    if (dateline) methods.dateline = "first-paragraph";
  }
  let pub = published;
  if (!pub && dateline?.date && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date) && dateline.text && /\d{4}/.test(dateline.text)) {
    pub = { value: dateline.date, local: dateline.date, tz: null, method: "dateline" };
  }
  if (pub) methods.published = pub.method;
  const language = d.language ?? guessLanguage(text);
  if (language && !d.language) methods.language = "stopwords";
  const art: Article = {
    title: normalizeSpaces(d.title),
    text,
    paragraphs,
    byline: (d.byline ?? []).map(normalizeSpaces).filter(Boolean),
    media: (d.media ?? []).map((m) => ({
      ...m,
      ...(m.caption !== undefined ? { caption: normalizeSpaces(m.caption) } : {}),
      ...(m.credit !== undefined ? { credit: normalizeSpaces(m.credit) } : {}),
    })),
    removed,
    messages: [...(d.messages ?? [])],
  };
  if (d.editor) art.editor = normalizeSpaces(d.editor);
  if (d.source) art.source = normalizeSpaces(d.source);
  if (d.siteName) art.siteName = normalizeSpaces(d.siteName);
  if (d.publisher) art.publisher = normalizeSpaces(d.publisher);
  if (language) art.language = language;
  if (d.url) art.url = d.url;
  if (d.canonicalUrl) art.canonicalUrl = d.canonicalUrl;
  art.published = pub;
  if (d.modified) art.modified = d.modified;
  art.dateline = dateline;
  art.methods = methods;
  if (d.notArticle) art.notArticle = true;
  return art;
}
