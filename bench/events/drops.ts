/**
 * Why triggers are not coded on the bundled Wikinews articles that are NOT annotated (neither dev half is
 * read): prints every trigger dropped for one filter reason with its sentence (the trigger in [[…]]), and
 * the count of drops per reason on stderr. `npx tsx bench/events/drops.ts [reason]` (default no-actor;
 * reasons are the coder's dropTrace names, e.g. lexicon-no-pattern, lexicon-no-target, not-political).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { traceDrops } from "../../src/events/coder.js";
import type { Tok } from "../../src/events/text/tokens.js";
import { SHARED } from "../nlp/corpora.js";
import { run } from "./lib/pipeline.js";

const GOLD = join(SHARED, "annotations", "wikinews-dev.jsonl");
const CORPUS = new URL("../../examples/wikinews/wikinews_2019_2020.jsonl", import.meta.url);
// Without the annotation list the annotated articles (held-out ones among them) cannot be left out: stop.
if (!existsSync(GOLD)) {
  console.error(`bench/events/drops: ${GOLD} is absent — cannot tell annotated articles apart; nothing read.`);
  process.exit(1);
}
const annotated = new Set<string>();
for (const l of readFileSync(GOLD, "utf8").split("\n")) if (l.trim()) annotated.add((JSON.parse(l) as { id: string }).id);
const want = process.argv[2] ?? "no-actor";
const counts = new Map<string, number>();
for (const l of readFileSync(CORPUS, "utf8").split("\n")) {
  if (!l.trim()) continue;
  const r = JSON.parse(l) as { id: string; text: string; date: string };
  if (annotated.has(r.id)) continue;
  let toks: Tok[] = [];
  const out: string[] = [];
  traceDrops((reason, tr, t) => {
    if (t) toks = t;
    if (reason.startsWith("sentence:")) return;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
    if (reason === want && tr) {
      const s = toks.map((x, i) => (i === tr.ti ? `[[${x.text}` : i === tr.tj - 1 ? `${x.text}]]` : x.text)).join(" ");
      out.push(`${tr.lexicon ?? tr.family.name} | ${s}`);
    }
  });
  run(r.text, r.date);
  traceDrops(null);
  for (const o of out) console.log(o);
}
console.error(
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", "),
);
