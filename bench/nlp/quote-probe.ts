/**
 * Quote recall probe on the unannotated bundled Wikinews articles (no gold): every quotation-marked span of
 * five words or more and every sentence with a speech or report word, and whether the analysis produced a
 * quote covering it (half its characters for a quoted span; any quote in the sentence for a cue sentence).
 * Articles of the held-out half of our annotations are left out. Prints coverage; `SAMPLE=N SEED=S` also
 * prints N uncovered items of each kind, drawn with a fixed seed, for reading; `COVERED=1` samples covered
 * quoted spans instead (with their speakers), for reading precision.
 * Run: npx tsx bench/nlp/quote-probe.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { articleFor } from "../events/lib/pipeline.js";
import { type Item, itemsOf, printCoverage, printSample } from "./quote-items.js";
import { readWikinewsQuotes, wikinewsSplit } from "./run-quotes.js";

const path = join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl");
const heldout = new Set(
  readWikinewsQuotes()
    .filter((d) => wikinewsSplit(d.id) === "heldout")
    .map((d) => d.id),
);
// Interview transcripts ("((WN)) question ((Name)) answer") are left out too: their quotation marks are the
// interviewee's own reported words, not the news prose the quote rules read.
const docs = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; date: string })
  .filter((d) => !heldout.has(d.id) && !d.text.includes("(("));

const items: Item[] = [];
const texts: string[] = [];
const t0 = Date.now();
docs.forEach((d, doc) => {
  const article = articleFor(d.text, d.date);
  const a = analyze(article);
  texts.push(article.text);
  items.push(...itemsOf(doc, article.text, a));
});

printCoverage(items);
console.log(`${docs.length} articles, ${Date.now() - t0} ms`);

printSample(items, texts, (it) => `#${it.doc}@${it.start}`);
