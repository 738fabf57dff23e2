/**
 * Analysis speed alone: the whole analysis (sentences, entities, times, quotes) over the 295 bundled Wikinews
 * articles, `--rounds N` times (default 5) after a warm-up; prints whitespace tokens per CPU-second (process CPU
 * time, robust on a loaded machine) and per wall-second, median of the rounds, and per CPU-second over the second
 * half of the rounds (after the JIT warm-up). One core:
 * `taskset -c 1 npx tsx bench/nlp/speed.ts`. Profile with `node --cpu-prof --import tsx bench/nlp/speed.ts`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { requireShared, SHARED } from "./corpora.js";
import { articleOf } from "./run-quotes.js";

requireShared();
const args = process.argv.slice(2);
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 5;
const articles = readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { text: string; date: string })
  .map((r) => articleOf(r.text, r.date));
const tokens = articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);
for (const a of articles.slice(0, 20)) analyze(a);
const cpu: number[] = [];
const wall: number[] = [];
for (let k = 0; k < rounds; k++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const a of articles) analyze(a);
  const c = process.cpuUsage(c0);
  wall.push((performance.now() - t0) / 1000);
  cpu.push((c.user + c.system) / 1e6);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// The second half of the rounds: the rate once V8 has compiled the hot code (pinned to one core, its compiler
// threads share that core, so the first rounds pay for compilation). Reported beside the all-rounds median.
const steady = cpu.slice(Math.floor(cpu.length / 2));
console.log(
  `${articles.length} articles, ${tokens} tokens, ${rounds} rounds: ${Math.round(tokens / med(cpu)).toLocaleString("en")} tokens per CPU-second, ${Math.round(tokens / med(wall)).toLocaleString("en")} per wall-second (medians; CPU-s per round ${cpu.map((c) => c.toFixed(2)).join(" ")}); second half of the rounds: ${Math.round(tokens / med(steady)).toLocaleString("en")} per CPU-second`,
);
