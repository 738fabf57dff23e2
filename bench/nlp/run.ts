/**
 * The NLP bench: NER (ours vs. compromise) on MEANTIME and WikiGold, time resolution on MEANTIME TIMEX3,
 * quotes on our Wikinews annotations and the seed, and throughput of the whole analysis.
 * Run: npx tsx bench/nlp/run.ts [--write]   (--write also rewrites bench/nlp/RESULTS.md)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { readMeantime, readWikigold, requireShared, SHARED } from "./corpora.js";
import { nerTable, runNer } from "./run-ner.js";
import { articleOf, quoteTable, runQuotes } from "./run-quotes.js";
import { runTime, timeTable } from "./run-time.js";

requireShared();
const debug = !!process.env.DEBUG;
const meantime = readMeantime();
const wikigold = readWikigold();

const ner = [...runNer(meantime, "meantime", debug), ...runNer(wikigold, "wikigold", debug)];
const time = runTime(meantime, debug);
const quotes = runQuotes(debug);

// Throughput: the whole analysis (sentences, entities, times, quotes) over the bundled Wikinews corpus.
const corpus = readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { text: string; date: string });
const articles = corpus.map((r) => articleOf(r.text, r.date));
const tokens = articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
for (const a of articles.slice(0, 20)) analyze(a); // warm up
// CPU time of this process (robust when other jobs share the cores) and wall time, median of 5 runs.
const cpu: number[] = [];
const wall: number[] = [];
for (let k = 0; k < 5; k++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) analyze(a);
  const c = process.cpuUsage(c0);
  wall.push(performance.now() - t0);
  cpu.push((c.user + c.system) / 1000);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const speed = `| articles | whitespace tokens | CPU time (median of 5) | wall time (median of 5) | tokens per CPU-second | tokens per wall-second |\n|---|---|---|---|---|---|\n| ${articles.length} | ${tokens} | ${med(cpu).toFixed(0)} ms | ${med(wall).toFixed(0)} ms | **${Math.round(tokens / (med(cpu) / 1000)).toLocaleString("en")}** | ${Math.round(tokens / (med(wall) / 1000)).toLocaleString("en")} |`;

const report = `## Named entities — exact span, micro P/R/F1 (GPE counts as LOC)

${nerTable(ner)}

## Time resolution — MEANTIME TIMEX3 (DATE and TIME with a value; document-creation lines included)

${timeTable(time)}

## Quotes — content found (≥ 50% token overlap) and speaker right

${quoteTable(quotes)}

## Throughput — whole analysis (sentences, entities, times, quotes)

${speed}
`;
console.log(report);
if (process.argv.includes("--write")) {
  const path = join(import.meta.dirname, "RESULTS.md");
  const old = readFileSync(path, "utf8");
  const marker = "<!-- tables -->";
  const head = old.includes(marker) ? old.slice(0, old.indexOf(marker) + marker.length) : `${old.trimEnd()}\n\n${marker}`;
  writeFileSync(path, `${head}\n\n${report}`);
  console.error(`wrote ${path}`);
}
