/**
 * How often each word is written with a capital where English does not require one (after a lower-case word
 * or a comma, i.e. not at the start of a sentence), counted in unannotated news text: the 295 bundled Wikinews
 * articles (CC BY 2.5). "Boeing" is always capitalised there, "mobile" almost never. Writes
 * data/ner/cap-ratio.tsv (word in lower case, times capitalised, times lower case); a tagger feature.
 * Run: npx tsx bench/nlp/build-cap-ratio.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..", "..");
const counts = new Map<string, [number, number]>();
for (const line of readFileSync(join(ROOT, "examples", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")) {
  const text = (JSON.parse(line) as { text: string }).text;
  for (const m of text.matchAll(/(?<=[a-z,;:]\s+)([A-Za-z][\w'-]*)/g)) {
    const w = m[1]!;
    const l = w.toLowerCase();
    const c = counts.get(l) ?? [0, 0];
    c[w[0] === l[0] ? 1 : 0]++;
    counts.set(l, c);
  }
}
const lines = ["# word\tcapitalised\tlower case (mid-sentence, bundled Wikinews articles; bench/nlp/build-cap-ratio.ts)"];
for (const [w, [cap, low]] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) lines.push(`${w}\t${cap}\t${low}`);
writeFileSync(join(ROOT, "data", "ner", "cap-ratio.tsv"), `${lines.join("\n")}\n`);
console.log(`${counts.size} words`);
