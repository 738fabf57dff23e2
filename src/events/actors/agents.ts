/** Agent nouns ("officials", "troops", "police") → sector, from data/codebooks (Phoenix + curated). */
import { readFileSync } from "node:fs";

const DIR = new URL("../../../data/codebooks/", import.meta.url);
const loadPhoenix = (): Record<string, string> => JSON.parse(readFileSync(new URL("agents.json", DIR), "utf8")).agents;
/** Office titles and institution short names the Phoenix agents lack (data/actors/titles.json). */
const TITLES: { titles: Record<string, string>; institutions: Record<string, string>; seats?: Record<string, string> } = JSON.parse(
  readFileSync(new URL("../../../data/actors/titles.json", import.meta.url), "utf8"),
);
const loadCurated = (): Record<string, string> => ({
  ...TITLES.titles,
  ...JSON.parse(readFileSync(new URL("agents.curated.json", DIR), "utf8")).agents,
});
let phoenix = loadPhoenix();
let curated = loadCurated();

/**
 * Both lists as one tree of their phrases' words: a node is a phrase when either list has it (the curated
 * sector first). agentAt() walks it from a token without building the phrases it tries.
 */
interface AgentNode {
  curated?: string;
  phoenix?: string;
  next: Map<string, AgentNode>;
}
let agentTree = new Map<string, AgentNode>();
function indexPhrases(): void {
  agentTree = new Map();
  const add = (phrase: string, list: "curated" | "phoenix", sector: string) => {
    let level = agentTree;
    let node: AgentNode | undefined;
    for (const w of phrase.split(" ")) {
      node = level.get(w);
      if (!node) {
        node = { next: new Map() };
        level.set(w, node);
      }
      level = node.next;
    }
    (node as AgentNode)[list] = sector;
  };
  for (const [phrase, sector] of Object.entries(phoenix)) add(phrase, "phoenix", sector);
  for (const [phrase, sector] of Object.entries(curated)) add(phrase, "curated", sector);
}
indexPhrases();

/** Return a dictionary's agent codes whole ("GOVMED") instead of our three-letter sectors. */
let wholeCodes = false;

/** Back to the product's agent lists. */
export function resetAgentDictionary(): void {
  wholeCodes = false;
  phoenix = loadPhoenix();
  curated = loadCurated();
  indexPhrases();
}

/**
 * Replace the agent lists (the PETRARCH2 unit tests bring their own dictionary). With `whole`, agent
 * codes are returned as the dictionary spells them (their tests expect "GOVMED", "OPP").
 */
export function setAgentDictionary(agents: Record<string, string>, keepCurated = false, whole = false): void {
  phoenix = agents;
  if (!keepCurated) curated = {};
  wholeCodes = whole;
  indexPhrases();
}

/** CAMEO agent codes that are not one of our sectors → our sector. */
const NORMALISE: Record<string, string> = {
  OPP: "PTY",
  UAF: "REB",
  SPY: "GOV",
  ELI: "ELI",
  MOD: "PTY",
  RAD: "REB",
  INS: "REB",
  SEP: "REB",
};

/** Longest agent phrase (up to 4 words) starting at word i; returns sector and length in words. */
/** Prepositions that end some dictionary phrases of agents (not part of the agent's name). */
const AGENT_LAST_PREP = /^(to|in|of|for|at|on|from|with)$/;

export function agentAt(low: string[], i: number, maxWords = 4): { sector: string; length: number } | null {
  // The longest phrase of either list that the words from i follow, at most maxWords long.
  let best: AgentNode | null = null;
  let n = 0;
  let node = agentTree.get(low[i] ?? "");
  for (let k = 1; node && k <= maxWords; k++) {
    if (node.curated || node.phoenix) {
      best = node;
      n = k;
    }
    const w = low[i + k];
    node = k < maxWords && w !== undefined ? node.next.get(w) : undefined;
  }
  if (!best) return null;
  // A dictionary phrase ending in a preposition ("ambassador to", "embassy in", "observers in") names the
  // agent without it: the preposition opens the phrase after the name ("China's ambassador to Britain").
  const len = n > 1 && AGENT_LAST_PREP.test(low[i + n - 1]!) ? n - 1 : n;
  if (best.curated) return { sector: best.curated, length: len };
  const p = best.phoenix as string;
  if (wholeCodes) return { sector: p, length: len };
  const s = p.slice(0, 3);
  return { sector: NORMALISE[s] ?? s, length: len };
}

/** An office whose holder serves one state wherever the story happens ("the Pope" → VAT), else null. */
export function seatCountry(phrase: string): string | null {
  const seats = TITLES.seats ?? {};
  return Object.hasOwn(seats, phrase) ? seats[phrase]! : null;
}

/**
 * A public body named as an organisation whose name says what it is ("Wisconsin Elections Commission", "the
 * National Telecommunications Commission", "Hampshire County Council", "the House Oversight Committee", "the
 * Internal Revenue Service", "the National Guard"): its sector, else null. Words in lower case. A commission,
 * a board of elections or a service of the state is the government's; a committee of a legislature's house is
 * the legislature's; a city's or county's council is its local government; a national guard is the military.
 * (Not a council or committee of anyone else: "Atlantic Council", "Council of Ex-Muslims", "Democratic National
 * Committee", "Norwegian Nobel Committee".)
 */
export function publicBodySector(low: string[]): string | null {
  const words = low[0] === "the" ? low.slice(1) : low;
  const name = words.join(" ");
  if (/^(house|senate)( [a-z-]+){0,4} committee$/.test(name)) return "LEG";
  if (/^national guard$/.test(name)) return "MIL";
  if (/ (city|county|borough|district|municipal|town|shire|regional) council$/.test(name)) return "GOV";
  if (
    /(^| )(elections?|telecommunications|securities|exchange|trade|communications|anti-corruption|electoral|public service|civil service) commission$/.test(
      name,
    )
  )
    return "GOV";
  if (/^(united states|u\.s\.|us) commission on /.test(name)) return "GOV";
  if (/^(internal revenue|national weather|postal|secret|united states postal|u\.s\. postal|selective) service( system)?$/.test(name))
    return "GOV";
  if (/^(\S+ )*(board of elections|election authority|census bureau)$/.test(name)) return "GOV";
  return null;
}

/**
 * A legislature, court or other public body named by its common name alone, capitalised as a name
 * ("the House", "Congress", "the Supreme Court", "Parliament"): its sector, else null. Words in lower case.
 */
export function institutionSector(low: string[]): string | null {
  const words = low[0] === "the" ? low.slice(1) : low;
  if (words.length === 0) return null;
  const key = words.join(" ");
  const own = Object.hasOwn(TITLES.institutions, key) ? TITLES.institutions[key] : undefined;
  if (own) return own;
  const ag = agentAt(words, 0);
  return ag && ag.length === words.length && /^(LEG|JUD)$/.test(ag.sector) ? ag.sector : null;
}
