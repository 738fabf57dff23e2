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
writeFileSync(output, JSON.stringify(dict) + "\n");
console.log(
  `families ${Object.keys(dict.families).length}, forms ${Object.keys(dict.forms).length}, synsets ${Object.keys(dict.synsets).length}`,
);
