/**
 * De-duplication quality on the labelled set (Wikinews originals + eight kinds of syndicated copies;
 * every pair of different originals is a negative): pairwise precision/recall per split and per copy
 * kind, plus fingerprint speed.  npx tsx bench/store/dedupe.ts
 */
import { Clusterer, fingerprint, LSH, NEAR } from "../../src/dedupe/index.js";
import { type Labelled, labelledSet, pairwise } from "../../test/dedupe/labelled.js";
import { VARIANT_KINDS } from "../../test/dedupe/variants.js";

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed;
  for (let i = a.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const all = labelledSet("all");
const t = performance.now();
const fps = new Map(all.map((d) => [d.id, fingerprint({ text: d.text, title: d.title }, d.url)]));
const fpMs = performance.now() - t;
const words = all.reduce((n, d) => n + d.text.split(/\s+/).length, 0);

function run(set: Labelled[], seed: number) {
  const order = shuffle(set, seed);
  const c = new Clusterer();
  const pred = order.map((d) => c.add(fps.get(d.id)!).cluster);
  const r = pairwise(
    order.map((d) => d.story),
    pred,
  );
  const orig = new Map<string, number>();
  order.forEach((d, i) => {
    if (d.kind === "original") orig.set(d.story, pred[i]!);
  });
  const perKind: Record<string, number> = {};
  for (const k of VARIANT_KINDS) {
    const xs = order.map((d, i) => [d, pred[i]!] as const).filter(([d]) => d.kind === k);
    perKind[k] = xs.filter(([d, p]) => orig.get(d.story) === p).length / xs.length;
  }
  return { ...r, perKind };
}

let out = `## De-duplication (labelled set from Wikinews, CC BY 2.5)\n\n`;
out += `Shingles: 4 words; MinHash ${LSH.bands * LSH.rows} of 128 hashes in ${LSH.bands} LSH bands × ${LSH.rows} rows; near-duplicate when Jaccard ≥ ${NEAR.jaccard} and containment ≥ ${NEAR.containment} (chosen on the dev split).\n`;
out += `Fingerprinting: ${all.length} documents, ${words} words in ${fpMs.toFixed(0)} ms (${((words / fpMs) * 1000).toFixed(0)} words/s).\n\n`;
out += "| split | docs | stories | order | precision | recall | FP pairs | FN pairs |\n|---|---|---|---|---|---|---|---|\n";
const kinds: Record<string, number[]> = {};
for (const which of ["dev", "heldout", "all"] as const) {
  const set = which === "all" ? all : labelledSet(which);
  for (const seed of [1, 2, 3]) {
    const r = run(set, seed);
    out += `| ${which} | ${set.length} | ${new Set(set.map((d) => d.story)).size} | ${seed} | ${r.precision.toFixed(4)} | ${r.recall.toFixed(4)} | ${r.fp} | ${r.fn} |\n`;
    if (which === "all")
      for (const [k, v] of Object.entries(r.perKind)) {
        kinds[k] = kinds[k] ?? [];
        kinds[k].push(v);
      }
  }
}
out += "\nShare of copies that landed in their original's story (all, mean of 3 orders):\n\n| copy kind | joined |\n|---|---|\n";
for (const [k, v] of Object.entries(kinds)) out += `| ${k} | ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(4)} |\n`;
process.stdout.write(out);
