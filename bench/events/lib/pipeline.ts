/** The full Dateline pipeline on a plain text with a known date (the benches' entry point). */
import { analyze } from "../../../src/analyze/index.js";
import { codeEvents } from "../../../src/events/index.js";
import type { Analysis, Article, Event } from "../../../src/model/index.js";

export function articleFor(text: string, date: string | null, title = ""): Article {
  return {
    title,
    text,
    paragraphs: text.split(/\n\n+/),
    byline: [],
    media: [],
    removed: [],
    messages: [],
    published: date ? { value: date, method: "bench" } : null,
    dateline: null,
  };
}

export function run(text: string, date: string | null): { article: Article; analysis: Omit<Analysis, "events">; events: Event[] } {
  const article = articleFor(text, date);
  const analysis = analyze(article);
  return { article, analysis, events: codeEvents(article, analysis) };
}

/** Normalise a gold actor code to a country/IGO code: "USAGOV" → "USA", "IGOUNO" → "IGO", "JAP" → "JPN". */
export function goldCountry(code: string | null | undefined): string | null {
  if (!code) return null;
  const c = code.slice(0, 3).toUpperCase();
  if (c === "JAP") return "JPN";
  return c;
}
