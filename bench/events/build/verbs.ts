/**
 * Compiles a TABARI/PETRARCH verb dictionary (CAMEO.2.0.txt format) into JSON for the coder's fallback
 * lexicon: `npx tsx bench/events/build/verbs.ts [in.txt] [out.json]`. Default: the Phoenix CAMEO.2.0 verbs
 * → data/codebooks/cameo-verbs.json. The same parser serves the PETRARCH2 unit tests' own verb file.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { compileVerbDictionary } from "../lib/verbdict.js";

const input = process.argv[2] ?? "/work/shared/data/events/petrarch2/CAMEO.2.0.txt";
const output = process.argv[3] ?? new URL("../../../data/codebooks/cameo-verbs.json", import.meta.url).pathname;
if (!existsSync(input)) {
  console.error(`${input} is absent: cannot compile the verb dictionary.`);
  process.exit(1);
}
const dict = compileVerbDictionary(readFileSync(input, "utf8"));

/**
 * Our corrections to the Phoenix patterns (default dictionary only), each with its reason. Listed in
 * data/codebooks/SOURCES.md.
 */
const CORRECTIONS: { family: string; post: string; from: string; to: string; why: string }[] = [
  {
    family: "APPEAR",
    post: "IN COURT",
    from: "173",
    to: ":173",
    why: "the one who appears in court is the one charged, as in the dictionary's own BEFORE COURT pattern (:173); 173 made the defendant the actor and the court the target",
  },
];
if (!process.argv[2])
  for (const c of CORRECTIONS) {
    const hit = dict.families[c.family]?.patterns.find(
      (p) => p.pre.length === 0 && p.post.map((x) => ("w" in x ? x.w : "?")).join(" ") === c.post && p.code === c.from,
    );
    if (!hit) throw new Error(`correction not applied: ${c.family} ${c.post} [${c.from}]`);
    hit.code = c.to;
  }
writeFileSync(output, JSON.stringify(dict) + "\n");
console.log(
  `families ${Object.keys(dict.families).length}, forms ${Object.keys(dict.forms).length}, synsets ${Object.keys(dict.synsets).length}`,
);
