/**
 * Times on our Wikinews annotations — ONLY the articles that are rule-writing data for other benches already:
 * the tune half of the events split (bench/events/lib/split.ts) that is also in the quote bench's dev split
 * (bench/nlp/run-quotes.ts). The other annotated articles are never read here (their ids are dropped before
 * anything of them is looked at). A gold time counts when one of our times overlaps it with the same value.
 * Run: npx tsx bench/nlp/run-time-wikinews.ts   (DEBUG=1 lists the misses)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { splitOf } from "../events/lib/split.js";
import { requireShared, SHARED } from "./corpora.js";
import { articleOf, wikinewsSplit } from "./run-quotes.js";

requireShared();
const usable = (id: string) => splitOf(id) === "tune" && wikinewsSplit(id) === "dev";
const ann = readFileSync(join(SHARED, "annotations", "wikinews-dev.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; date: string; times?: { text: string; value: string }[] })
  .filter((a) => usable(a.id));
const corpus = new Map<string, string>(
  readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; text: string })
    .filter((r) => usable(r.id))
    .map((r) => [r.id, r.text]),
);
let gold = 0;
let found = 0;
let right = 0;
for (const a of ann) {
  const text = corpus.get(a.id) ?? "";
  const article = articleOf(text, a.date);
  const times = analyze(article).times;
  for (const g of a.times ?? []) {
    gold++;
    const at = article.text.indexOf(g.text);
    const hit = at < 0 ? undefined : times.find((t) => t.start < at + g.text.length && at < t.end);
    if (hit) found++;
    if (hit?.value === g.value) right++;
    else if (process.env.DEBUG)
      console.error(`${a.id}\t${g.value}\t${JSON.stringify(g.text)}\tours=${hit?.value ?? "-"} ${JSON.stringify(hit?.text ?? "")}`);
  }
}
console.log(
  `${ann.length} articles (events tune ∩ quotes dev), ${gold} gold times: found ${found}, right value ${right} (${((100 * right) / Math.max(1, gold)).toFixed(1)}%)`,
);
