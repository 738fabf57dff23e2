import { analyze } from "./analyze/index.js";
import { codeEvents } from "./events/index.js";
import { extract } from "./extract/index.js";
import type { Analysis, Article, Page } from "./model/index.js";

export interface Processed {
  article: Article;
  analysis: Analysis;
}

/** The whole pipeline for one page: extract → analyze → code events. Pure: no I/O. */
export function processPage(page: Page): Processed {
  const article = extract(page);
  const base = analyze(article);
  const events = codeEvents(article, base);
  return { article, analysis: { ...base, events } };
}
