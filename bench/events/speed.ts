/**
 * Coder speed: sentences/s of codeEvents alone (analysis precomputed) and of analyze + code, on the Wikinews corpus.
 * Each round's wall time and process CPU time are both kept: on a loaded machine the CPU time is the steadier
 * measure. One core: `taskset -c 0 npx tsx bench/events/speed.ts [--rounds N]`.
 */
import { existsSync, readFileSync } from "node:fs";
import { analyze } from "../../src/analyze/index.js";
import { codeEvents } from "../../src/events/index.js";
import { articleFor } from "./lib/pipeline.js";

const CORPUS = "/work/shared/data/corpus/wikinews/wikinews_2019_2020.jsonl";

export interface SpeedScore {
  articles: number;
  sentences: number;
  coderSecondsMedian: number;
  /** Median process CPU-seconds of a coder round (user + system). */
  coderCpuSecondsMedian: number;
  /** CPU-seconds of each round, in order (the first rounds include V8's compilation). */
  coderCpuSeconds: number[];
  /** Median CPU-seconds over the second half of the rounds: the rate once V8 has compiled the hot code. */
  coderSteadyCpuSeconds: number;
  rounds: number;
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
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    const c0 = process.cpuUsage();
    events = 0;
    for (const p of prepared) events += codeEvents(p.article, p.analysis).length;
    const c = process.cpuUsage(c0);
    times.push((performance.now() - t) / 1000);
    cpu.push((c.user + c.system) / 1e6);
  }
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const median = med(times);
  return {
    articles: docs.length,
    sentences,
    coderSecondsMedian: median,
    coderCpuSecondsMedian: med(cpu),
    coderCpuSeconds: cpu,
    coderSteadyCpuSeconds: med(cpu.slice(Math.floor(cpu.length / 2))),
    rounds,
    pipelineSeconds: analyzeSeconds + median,
    events,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 3;
  const s = runSpeed(rounds);
  if (s)
    console.log(
      `${s.articles} articles, ${s.sentences} sentences: coder ${(s.sentences / s.coderSecondsMedian).toFixed(0)} sentences/s, ${(s.sentences / s.coderCpuSecondsMedian).toFixed(0)} per CPU-second (medians of ${rounds}; CPU-s per round ${s.coderCpuSeconds.map((c) => c.toFixed(2)).join(" ")}; second half of the rounds ${(s.sentences / s.coderSteadyCpuSeconds).toFixed(0)} per CPU-second), analyze+code ${(s.sentences / s.pipelineSeconds).toFixed(0)} sentences/s, ${s.events} events`,
    );
}
