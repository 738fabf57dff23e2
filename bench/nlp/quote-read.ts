/**
 * Reading aid for a careful annotator: N unannotated bundled Wikinews articles (every annotated article, dev
 * and held-out, is skipped), drawn with a fixed seed, printed sentence by sentence with the quotes of ours that
 * start in each sentence (kind, speaker name / mention, cue, words).
 * Run: N=5 SEED=2021 npx tsx bench/nlp/quote-read.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { rng } from "../lib/rng.js";
import { SHARED } from "./corpora.js";
import { articleOf } from "./run-quotes.js";

const annotated = new Set(
  readFileSync(join(SHARED, "annotations", "wikinews-dev.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const docs = readFileSync(join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; date: string; text: string })
  .filter((d) => !annotated.has(d.id) && !d.text.includes("(("));
const rand = rng(Number(process.env.SEED ?? 2021));
const order = docs.map((_, i) => i);
for (let k = order.length - 1; k > 0; k--) {
  const j = Math.floor(rand() * (k + 1));
  [order[k], order[j]] = [order[j] as number, order[k] as number];
}
const skip = Number(process.env.SKIP ?? 0);
for (const i of order.slice(skip, skip + Number(process.env.N ?? 5))) {
  const d = docs[i];
  if (!d) continue;
  const art = articleOf(d.text, d.date);
  const a = analyze(art);
  console.log(`\n######## ${i} ${d.id}`);
  for (const s of a.sentences) {
    console.log(`  | ${art.text.slice(s.start, s.end).replace(/\s+/g, " ")}`);
    for (const q of a.quotes.filter((q) => q.start >= s.start && q.start < s.end))
      console.log(`    => ${q.kind} [${q.speaker?.name ?? "-"} / ${q.speaker?.text ?? "-"}] ${q.cue}: ${q.text.replace(/\s+/g, " ")}`);
  }
}
