/** Coder speed: sentences/s of codeEvents alone (analysis precomputed) and of analyze + code, on the Wikinews corpus. */
import { existsSync, readFileSync } from "node:fs";
import { analyze } from "../../src/analyze/index.js";
import { codeEvents } from "../../src/events/index.js";
import { articleFor } from "./lib/pipeline.js";

const CORPUS = "/work/shared/data/corpus/wikinews/wikinews_2019_2020.jsonl";

export interface SpeedScore {
  articles: number;
  sentences: number;
  coderSecondsMedian: number;
  pipelineSeconds: number;
  events: number;
}

export function runSpeed(rounds = 3): SpeedScore | null {
  if (!existsSync(CORPUS)) {
    console.error(`speed: ${CORPUS} is absent: skipped.`);
    return null;
  }
  const docs = readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; date: string });
  const t0 = performance.now();
  const prepared = docs.map((d) => {
    const article = articleFor(d.text, d.date);
    return { article, analysis: analyze(article) };
  });
  const analyzeSeconds = (performance.now() - t0) / 1000;
  const sentences = prepared.reduce((n, p) => n + p.analysis.sentences.length, 0);
  // Warm-up (dictionary loading happens once per process).
  let events = 0;
  for (const p of prepared.slice(0, 5)) codeEvents(p.article, p.analysis);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    events = 0;
    for (const p of prepared) events += codeEvents(p.article, p.analysis).length;
    times.push((performance.now() - t) / 1000);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return { articles: docs.length, sentences, coderSecondsMedian: median, pipelineSeconds: analyzeSeconds + median, events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const s = runSpeed();
  if (s)
    console.log(
      `${s.articles} articles, ${s.sentences} sentences: coder ${(s.sentences / s.coderSecondsMedian).toFixed(0)} sentences/s (median of 3), analyze+code ${(s.sentences / s.pipelineSeconds).toFixed(0)} sentences/s, ${s.events} events`,
    );
}
