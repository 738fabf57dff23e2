/**
 * Extraction speed alone, measured in process CPU time (robust on a loaded machine): runs our
 * extractor over every Zyte and WCXB page `--rounds N` times (default 2) after a warm-up and prints
 * pages per CPU-second and the median CPU ms/page (`--limit N`: the first N pages only). Profile with `node --cpu-prof --import tsx bench/extraction/speed.ts`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction");
const args = process.argv.slice(2);
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 2;
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Number.POSITIVE_INFINITY;
const pages: { id: string; bytes: Buffer }[] = [];
for (const sub of ["zyte/html", "wcxb-dev/html"]) {
  const dir = join(DATA, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith(".html.gz")) pages.push({ id: f, bytes: readFileSync(join(dir, f)) });
}
pages.splice(limit);
for (const p of pages.slice(0, 20)) extract({ id: p.id, bytes: p.bytes, contentType: "text/html" });
const cpu: number[] = [];
const c0 = process.cpuUsage();
for (let r = 0; r < rounds; r++)
  for (const p of pages) {
    const a = process.cpuUsage();
    extract({ id: p.id, bytes: p.bytes, contentType: "text/html" });
    const d = process.cpuUsage(a);
    cpu.push((d.user + d.system) / 1000);
  }
const tot = process.cpuUsage(c0);
const total = (tot.user + tot.system) / 1e6;
cpu.sort((a, b) => a - b);
console.log(
  `${cpu.length} page runs: ${(cpu.length / total).toFixed(1)} pages per CPU-second, median ${cpu[cpu.length >> 1]!.toFixed(2)} ms, p99 ${cpu[Math.floor(cpu.length * 0.99)]!.toFixed(1)} ms`,
);
