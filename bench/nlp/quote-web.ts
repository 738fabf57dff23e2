/**
 * Quote recall probe on real news pages outside Wikinews (no gold): the pages of the two extraction
 * benchmarks (`../shared/data/extraction/zyte`, MIT; `../shared/data/extraction/wcxb-dev`, CC BY 4.0) whose
 * body, as our own extractor gets it, holds at least three of "said", "says", "told" — news and reported
 * features rather than the shops, guides and blogs most WCXB pages are. Items as in `quote-probe.ts`: every
 * quotation-marked span of five words or more and every sentence with a speech or report word, and whether a
 * quote covers it (or, for a sentence, names the speaker of a quote next to it); plus the covered items whose speaker is suspect (none, or a lower-case description or
 * pronoun left unresolved).
 *   npx tsx bench/nlp/quote-web.ts                 coverage
 *   SAMPLE=N SEED=S npx tsx bench/nlp/quote-web.ts  also N uncovered items of each kind (COVERED=1: covered)
 *   SUSPECT=N SEED=S …                              also N covered items with a suspect speaker
 *   DUMP=FILE …                                     every quote, one line each, to diff before/after
 *   CACHE=FILE …                                    keeps the extracted news pages in FILE (made if absent),
 *                                                   so runs that change only the analysis skip extraction
 * `../shared` is not part of a user's clone: when it is absent the probe says so and measures nothing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { extract } from "../../src/extract/index.js";
import type { Article } from "../../src/model/index.js";
import { rng } from "../lib/rng.js";
import { SHARED } from "./corpora.js";
import { type Item, itemLine, itemsOf, printCoverage, printSample } from "./quote-items.js";

const SOURCES = [
  { tag: "zyte", dir: join(SHARED, "extraction", "zyte", "html") },
  { tag: "wcxb", dir: join(SHARED, "extraction", "wcxb-dev", "html") },
];
const NEWSY = /\b(?:said|says|told)\b/g;
const PRONOUN = /^(?:he|she|they|it|we|i|you|him|her|them)$/i;

const present = SOURCES.filter((s) => existsSync(s.dir));
for (const s of SOURCES) if (!existsSync(s.dir)) console.error(`quote-web: ${s.dir} is absent; its pages are skipped`);
if (present.length === 0) {
  console.error("quote-web: no extraction benchmark pages (../shared/data is not part of a user's clone); nothing to measure");
  process.exit(0);
}

interface Page {
  id: string;
  article: Article;
}

/** The news pages, extracted by our own extractor. */
function newsPages(): { pages: Page[]; seen: number } {
  const cache = process.env.CACHE;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8"));
  const pages: Page[] = [];
  let seen = 0;
  for (const src of present) {
    for (const f of readdirSync(src.dir).sort()) {
      if (!f.endsWith(".html.gz")) continue;
      seen++;
      const id = `${src.tag}-${f.replace(/\.html\.gz$/, "").slice(0, 12)}`;
      const article = extract({ id, bytes: readFileSync(join(src.dir, f)), contentType: "text/html" });
      if ((article.text.match(NEWSY) ?? []).length >= 3) pages.push({ id, article });
    }
  }
  if (cache) writeFileSync(cache, JSON.stringify({ pages, seen }));
  return { pages, seen };
}

const items: Item[] = [];
const texts: string[] = [];
const names: string[] = [];
const dump: string[] = [];
const t0 = Date.now();
const { pages, seen } = newsPages();
for (const { id, article } of pages) {
  const a = analyze(article);
  const doc = texts.length;
  texts.push(article.text);
  names.push(id);
  items.push(...itemsOf(doc, article.text, a, true));
  for (const q of a.quotes)
    dump.push(
      `${id}@${q.start}-${q.end} ${q.kind} [${q.speaker?.name ?? "-"} | ${q.speaker?.text ?? "-"} / ${q.cue ?? "-"}] ${q.text.replace(/\s+/g, " ")}`,
    );
}

printCoverage(items);
const suspect = items.filter((i) => {
  const sp = i.by?.speaker;
  return i.covered && (!sp || !/^\p{Lu}/u.test(sp.name) || PRONOUN.test(sp.name));
});
console.log(`suspect speakers among covered items: ${suspect.length}`);
console.log(`${texts.length} news pages of ${seen} (${present.map((s) => s.tag).join(", ")}), ${Date.now() - t0} ms`);

const label = (it: Item) => `${names[it.doc]}@${it.start}`;
printSample(items, texts, label);
const ns = Number(process.env.SUSPECT ?? 0);
if (ns > 0) {
  const rand = rng(Number(process.env.SEED ?? 1));
  const pool = suspect.slice();
  for (let k = pool.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [pool[k], pool[j]] = [pool[j] as Item, pool[k] as Item];
  }
  console.log(`\n== suspect speakers (${pool.length}), sample ${Math.min(ns, pool.length)}`);
  for (const it of pool.slice(0, ns)) console.log(itemLine(it, texts[it.doc] ?? "", label(it)));
}
if (process.env.DUMP) writeFileSync(process.env.DUMP, `${dump.join("\n")}\n`);
