/**
 * Compiles the Phoenix agents dictionary (MIT) into data/codebooks/agents.json: lower-case agent noun
 * phrase (singular and plural) → CAMEO agent code ("GOV", "MILGOV", "COP"). Curated overrides in
 * data/codebooks/agents.curated.json win at load time. `npx tsx bench/events/build/agents.ts [in] [out]`
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { compileAgents } from "../lib/agentdict.js";

const input = process.argv[2] ?? "/work/shared/data/events/petrarch2/Phoenix.agents.txt";
const output = process.argv[3] ?? new URL("../../../data/codebooks/agents.json", import.meta.url).pathname;
if (!existsSync(input)) {
  console.error(`${input} is absent: cannot compile the agents dictionary.`);
  process.exit(1);
}
const agents = compileAgents(readFileSync(input, "utf8"));
writeFileSync(
  output,
  JSON.stringify({ about: "Agent nouns → CAMEO agent codes, from Phoenix.agents.txt (MIT). See SOURCES.md.", agents }) + "\n",
);
console.log(`agents: ${Object.keys(agents).length}`);
