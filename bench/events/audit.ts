/**
 * Precision audit on the bundled Wikinews articles that are NOT annotated (neither dev half is read):
 * codes every article, then prints a seeded random sample of PLOVER events with their sentence for a
 * human to judge against the annotation guidelines.
 *   npx tsx bench/events/audit.ts [seed] [n]        sample
 *   npx tsx bench/events/audit.ts --all > file      every event, one line each (to diff before/after)
 */
import { rng } from "../lib/rng.js";
import { run } from "./lib/pipeline.js";
import { unannotatedArticles } from "./lib/unannotated.js";

const lines: string[] = [];
let articles = 0;
for (const r of unannotatedArticles("bench/events/audit")) {
  articles++;
  const { events } = run(r.text, r.date);
  for (const e of events) {
    if (!e.plover) continue;
    const side = (xs: typeof e.actor) => xs.map((x) => `${x.name}:${x.country}/${x.sector ?? ""}`).join("+") || "-";
    const mode = Object.entries(e.mode)
      .filter(([, v]) => v)
      .map(([k]) => k)
      .join(",");
    lines.push(
      `${r.id} ${r.date} | ${e.plover.event} ${e.cameo.code} | ${side(e.actor)} -> ${side(e.recipient)} | ${e.date.value} (${e.date.source ?? "?"})${mode ? ` [${mode}]` : ""} | ${e.method ?? ""} «${e.evidence.trigger?.text ?? ""}»\n    ${e.evidence.sentence.replace(/\s+/g, " ")}`,
    );
  }
}
if (process.argv[2] === "--all") {
  for (const l of lines) console.log(l);
} else {
  const seed = Number(process.argv[2] ?? 1);
  const n = Number(process.argv[3] ?? 60);
  const r = rng(seed);
  const idx = lines.map((_, i) => i);
  for (let i = idx.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  console.log(`${lines.length} PLOVER events in ${articles} unannotated articles; sample seed ${seed}, n ${n}`);
  for (const [k, i] of idx.slice(0, n).entries()) console.log(`#${k + 1} ${lines[i]}`);
}
