/**
 * Extraction speed alone: runs our extractor over every Zyte and WCXB page `--rounds N` times
 * (default 2) after a warm-up and prints pages per CPU-second (process CPU time, GC threads
 * included: robust on a loaded machine), pages per wall-second, and the median and p99 CPU ms/page.
 * `--limit N`: the first N pages only; `--every K`: every K-th page (a fixed spread subset, e.g. for
 * `valgrind --tool=callgrind` instruction counts); `--warm N`: warm-up pages (default 20).
 * One core: `taskset -c 0 npx tsx bench/extraction/speed.ts`. Profile with
 * `node --cpu-prof --import tsx bench/extraction/speed.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction");
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const rounds = opt("--rounds", 2);
const limit = opt("--limit", Number.POSITIVE_INFINITY);
const every = opt("--every", 1);
const warm = opt("--warm", 20);
let pages: { id: string; bytes: Buffer }[] = [];
for (const sub of ["zyte/html", "wcxb-dev/html"]) {
  const dir = join(DATA, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith(".html.gz")) pages.push({ id: f, bytes: readFileSync(join(dir, f)) });
}
pages = pages.filter((_, i) => i % every === 0);
pages.splice(limit);
for (const p of pages.slice(0, warm)) extract({ id: p.id, bytes: p.bytes, contentType: "text/html" });
const cpu: number[] = [];
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < rounds; r++)
  for (const p of pages) {
    const a = process.cpuUsage();
    extract({ id: p.id, bytes: p.bytes, contentType: "text/html" });
    const d = process.cpuUsage(a);
    cpu.push((d.user + d.system) / 1000);
  }
const wall = (performance.now() - t0) / 1000;
const tot = process.cpuUsage(c0);
const total = (tot.user + tot.system) / 1e6;
cpu.sort((a, b) => a - b);
if (cpu.length)
  console.log(
    `${cpu.length} page runs: ${(cpu.length / total).toFixed(1)} pages per CPU-second (${total.toFixed(2)} CPU-s), ${(cpu.length / wall).toFixed(1)} pages per wall-second, median ${cpu[cpu.length >> 1]!.toFixed(2)} ms, p99 ${cpu[Math.floor(cpu.length * 0.99)]!.toFixed(1)} ms`,
  );
