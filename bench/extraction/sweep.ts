/**
 * Robustness sweep: the whole pipeline (HTML bytes → extract → analyze → events) over every real page of
 * the extraction benchmarks (Zyte 181, WCXB-dev 793 in ../shared/data/extraction); prints each page that
 * throws (with the reason) and the slowest pages. Run: npx tsx bench/extraction/sweep.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processPage } from "../../src/pipeline.js";

const DATA = join(import.meta.dirname, "../../../shared/data/extraction");
if (!existsSync(DATA)) {
  console.error(`${DATA} is absent: this sweep needs the shared benchmark data beside the repo`);
  process.exit(0);
}
const times: { ms: number; page: string }[] = [];
let failed = 0;
for (const sub of ["zyte/html", "wcxb-dev/html"]) {
  const dir = join(DATA, sub);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) {
    const t = performance.now();
    try {
      processPage({ id: f, bytes: readFileSync(join(dir, f)), url: `https://example.org/${f}`, contentType: "text/html" });
    } catch (e) {
      failed++;
      console.log(`FAILED ${sub}/${f}: ${(e as Error).stack?.split("\n").slice(0, 2).join(" ")}`);
    }
    times.push({ ms: performance.now() - t, page: `${sub}/${f}` });
  }
}
const sorted = [...times].sort((a, b) => a.ms - b.ms);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!.ms.toFixed(1);
console.log(`pages ${times.length}, failed ${failed}; ms per page: median ${at(0.5)}, p99 ${at(0.99)}, max ${at(1)}`);
for (const s of sorted.slice(-5).reverse()) console.log(`  slowest: ${s.page} ${s.ms.toFixed(0)} ms`);
