/**
 * Dev tool: metadata failures (title, author, date) on the DEV half of WCXB only (same sha1-parity
 * split as run.ts; held-out pages are never printed). Metrics come from metrics.ts, unchanged.
 * Usage: npx tsx bench/extraction/meta-failures.ts [title|author|date|invented ...] [--methods]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";
import { authorExact, normTitle } from "./metrics.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction/wcxb-dev");
if (!existsSync(DATA)) {
  console.error(`${DATA} is absent`);
  process.exit(0);
}
const args = process.argv.slice(2);
const fields = args.filter((a) => !a.startsWith("--"));
const want = (f: string) => fields.length === 0 || fields.includes(f);
const isDev = (id: string) => createHash("sha1").update(`wcxb:${id}`).digest()[0]! % 2 === 0;

const byMethod = new Map<string, number[]>();
const tally = (k: string, ok: boolean) => {
  const v = byMethod.get(k) ?? [0, 0];
  v[0]! += ok ? 1 : 0;
  v[1]!++;
  byMethod.set(k, v);
};
const counts = { title: [0, 0], author: [0, 0], date: [0, 0], invented: [0, 0] };
for (const f of readdirSync(join(DATA, "ground-truth")).sort()) {
  const id = f.replace(/\.json$/, "");
  if (!isDev(id)) continue;
  const h = join(DATA, "html", `${id}.html.gz`);
  if (!existsSync(h)) continue;
  const j = JSON.parse(readFileSync(join(DATA, "ground-truth", f), "utf8"));
  const g = j.ground_truth as { title?: string; author?: string; publish_date?: string };
  const a = extract({ id, bytes: readFileSync(h), url: j.url, contentType: "text/html" });
  const m = (a.methods ?? {}) as Record<string, string>;
  const out: string[] = [];
  if (g.title) {
    const ok = normTitle(a.title) === normTitle(g.title);
    counts.title[0]! += ok ? 1 : 0;
    counts.title[1]!++;
    tally(`title ${m.title}`, ok);
    if (!ok && want("title")) out.push(`  title  gold=${JSON.stringify(g.title)}\n         ours=${JSON.stringify(a.title)} (${m.title})`);
  }
  if (g.author) {
    const ours = a.byline.join(", ");
    const ok = authorExact(ours, g.author);
    counts.author[0]! += ok ? 1 : 0;
    counts.author[1]!++;
    tally(`author ${m.byline}`, ok);
    if (!ok && want("author")) out.push(`  author gold=${JSON.stringify(g.author)}\n         ours=${JSON.stringify(ours)} (${m.byline})`);
  } else tally(`unauthored ${m.byline ?? "none"}`, a.byline.length === 0);
  const ours = a.published?.value?.slice(0, 10);
  if (g.publish_date) {
    const ok = ours === g.publish_date.slice(0, 10);
    counts.date[0]! += ok ? 1 : 0;
    counts.date[1]!++;
    tally(`date ${a.published?.method}`, ok);
    if (!ok && want("date"))
      out.push(`  date   gold=${g.publish_date} ours=${a.published?.value} (${a.published?.method}) modified=${a.modified?.value}`);
  } else {
    counts.invented[0]! += ours ? 1 : 0;
    counts.invented[1]!++;
    tally(`undated ${a.published?.method}`, !ours);
    if (ours && want("invented")) out.push(`  invented ours=${a.published?.value} (${a.published?.method})`);
  }
  if (out.length) console.log(`${id} ${j.url}\n${out.map((l) => `${id}${l}`).join("\n")}`);
}
if (args.includes("--methods"))
  for (const [k, v] of [...byMethod].sort((a, b) => a[0].localeCompare(b[0]))) console.log(`${k}: ${v[0]}/${v[1]} right`);
const pct = (x: number[]) => `${((100 * x[0]!) / (x[1]! || 1)).toFixed(1)}% of ${x[1]}`;
console.log(`\ndev: title ${pct(counts.title)}, author ${pct(counts.author)}, date ${pct(counts.date)}, invented ${pct(counts.invented)}`);
