/**
 * Countries, demonyms, metonyms and cities, read from data/places (kept by the analysis stage) once.
 * Used to give agents their country ("Russian officials", "police in Belgrade") when the analysis did
 * not link an entity there.
 */
import { readFileSync } from "node:fs";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
/** The words of a name (dotted abbreviations whole). Global: match() starts it at 0. */
export const NAME_WORDS = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface CountryRow {
  iso3: string;
  name: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
  capital?: string;
}

export interface PlaceHit {
  country: string;
  kind: "country" | "demonym" | "metonym" | "city";
  /** Number of tokens the name spans. */
  length: number;
}

const DIR = new URL("../../../data/places/", import.meta.url);

function read<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(new URL(file, DIR), "utf8")) as T;
  } catch {
    return null;
  }
}

/** Lower-case token sequence (space-joined) → hit; exact-case map for short acronyms. */
const folded = new Map<string, PlaceHit>();
/** Lower-case first word → the longest name (in words) that starts with it. */
const firstWords = new Map<string, number>();
const primaryKeys = new Set<string>();
const exactCase = new Map<string, PlaceHit>();
let maxLen = 1;

function add(name: string, hit: Omit<PlaceHit, "length">, primary = false): void {
  const words = name.replace(/^the\s+/i, "").match(NAME_WORDS);
  if (!words) return;
  const key = words.join(" ");
  const len = words.length;
  const fw = words[0]!.toLowerCase();
  firstWords.set(fw, Math.max(firstWords.get(fw) ?? 0, len));
  // (Also as a token's lower-case word spells it, curly apostrophe straightened: "n’djamena" → "n'djamena".)
  const straight = fw.replace(/’/g, "'");
  if (straight !== fw) firstWords.set(straight, Math.max(firstWords.get(straight) ?? 0, len));
  maxLen = Math.max(maxLen, len);
  const h = { ...hit, length: len };
  if (/^[A-Z.]{2,5}$/.test(key)) {
    if (!exactCase.has(key) || (primary && !primaryKeys.has(key))) exactCase.set(key, h);
    if (primary) primaryKeys.add(key);
    return;
  }
  const k = key.toLowerCase();
  const prev = folded.get(k);
  // A country's own name beats anyone's alias; a country beats a city; else the first wins.
  if (!prev || (prev.kind === "city" && hit.kind !== "city") || (primary && !primaryKeys.has(k))) folded.set(k, h);
  if (primary) primaryKeys.add(k);
}

const countries = read<CountryRow[]>("countries.json") ?? [];
for (const c of countries) {
  add(c.name, { country: c.iso3, kind: "country" }, true);
  for (const a of c.aliases ?? []) if (a.length > 2 || /^[A-Z]/.test(a)) add(a, { country: c.iso3, kind: "country" });
  for (const d of c.demonyms ?? []) {
    add(d, { country: c.iso3, kind: "demonym" });
    if (!/s$/.test(d)) add(`${d}s`, { country: c.iso3, kind: "demonym" });
  }
  for (const m of c.metonyms ?? []) add(m, { country: c.iso3, kind: "metonym" });
}
const cities = read<{ name: string; country: string; kind: string }[]>("cities.json") ?? [];
for (const c of cities) add(c.name, { country: c.country, kind: c.kind === "capital" ? "metonym" : "city" });

export const PLACES_LOADED = countries.length > 0;

/** Country names that are also the name of a US state. */
const ALSO_US_STATE = new Set(["georgia"]);

/**
 * The longest place name starting at word i of `words` (original case kept). A country that shares its
 * name with a US state is the state when a neighbouring item of its list is a US place ("Pennsylvania,
 * Georgia, Florida"; "the results in Georgia, Michigan, …").
 */
export function placeAt(words: string[], i: number, low?: string[]): PlaceHit | null {
  const hit = lookupPlace(words, i, low);
  if (hit?.kind !== "country" || !ALSO_US_STATE.has(words[i]!.toLowerCase())) return hit;
  const usNeighbour = (k: number, sep: number) => {
    if (!/^(,|and|or)$/.test(words[sep] ?? "")) return false;
    const near = lookupPlace(words, k);
    return near?.country === "USA" && near.kind === "city";
  };
  return usNeighbour(i - 2, i - 1) || usNeighbour(i + hit.length + 1, i + hit.length)
    ? { country: "USA", kind: "city", length: hit.length }
    : hit;
}

/**
 * `low`, when the caller has it: the words' tokens in lower case (curly apostrophes straightened), which spares
 * lower-casing the word at every call (only a first look-up; the names are then matched on `words`).
 */
function lookupPlace(words: string[], i: number, low?: string[]): PlaceHit | null {
  const longest = firstWords.get((low ? low[i] : words[i]?.toLowerCase()) ?? "");
  if (!longest) return null;
  for (let n = Math.min(longest, maxLen, words.length - i); n >= 1; n--) {
    const key = n === 1 ? words[i]! : words.slice(i, i + n).join(" ");
    const exact = exactCase.get(key);
    if (exact && exact.length === n) return exact;
    if (!UPPER_FIRST.test(words[i]!)) continue;
    const hit = folded.get(key.toLowerCase());
    if (hit && hit.length === n) return hit;
  }
  return null;
}

/** Country of a single place name ("Hamburg" → DEU), or null. */
export function countryOfPlace(name: string): string | null {
  const words = name.match(NAME_WORDS);
  if (!words) return null;
  const h = placeAt(words, 0);
  return h && h.length === words.length ? h.country : null;
}
