/**
 * Why triggers are not coded on the bundled Wikinews articles that are NOT annotated (neither dev half is
 * read): prints every trigger dropped for one filter reason with its sentence (the trigger in [[…]]), and
 * the count of drops per reason on stderr. `npx tsx bench/events/drops.ts [reason]` (default no-actor;
 * reasons are the coder's dropTrace names, e.g. lexicon-no-pattern, lexicon-no-target, not-political).
 */
import { traceDrops } from "../../src/events/coder.js";
import type { Tok } from "../../src/events/text/tokens.js";
import { run } from "./lib/pipeline.js";
import { unannotatedArticles } from "./lib/unannotated.js";

const want = process.argv[2] ?? "no-actor";
const counts = new Map<string, number>();
for (const r of unannotatedArticles("bench/events/drops")) {
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
