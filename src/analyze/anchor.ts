import type { Article } from "../model/index.js";

/** The date relative times are resolved against: the dateline's date, else the publication day. */
export function anchorOf(article: Article): string | null {
  const d = article.dateline?.date;
  if (d && /^\d{4}-\d{2}-\d{2}/.test(d)) return d.slice(0, 10);
  const p = article.published?.local ?? article.published?.value;
  if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) return p.slice(0, 10);
  return null;
}
