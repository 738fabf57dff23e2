/**
 * Mentions read against the story they are in: places whose names the story's country shares with another
 * (Georgia the US state, "the town of Madrid" in a Philippine story) and named storms, which are no actors.
 */
import type { ActorMention } from "./mention.js";
import { countryOfPlace, placeAt } from "./places.js";

/** Names only stories of the country Georgia use (not the US state). */
const GEORGIA_COUNTRY =
  /\b(?:Tbilisi|Caucasus|Abkhaz\w*|Ossetia\w*|Batumi|Kutaisi|Saakashvili|Georgian (?:government|president|prime minister|parliament|capital|Dream))\b/;

/** "the town of Madrid". (matchAll copies it: its own lastIndex stays 0.) */
const TOWN_OF = /\b(?:town|village|municipality|township|borough)\s+of\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/gu;

/** "the town of Madrid": names the article gives as towns of its own (any mention of them is that town). */
function townsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(TOWN_OF)) out.add(m[1]!);
  return out;
}

/**
 * "Georgia" in a US story is the state unless the article names something only the country has
 * ("Doug Collins of Georgia", "the Georgia Institute of Technology"); a town the article calls "the town
 * of Madrid" in a Philippine story is a town of the story's country wherever it is named ("Carrascal,
 * Cantilan, Madrid", "Madrid District Hospital"), not the capital elsewhere that shares its name.
 */
function placeInStory(m: ActorMention, home: string, text: string, towns: Set<string>): ActorMention {
  if (!m.country || m.country === home || m.ref || m.kind === "pronoun") return m;
  const georgia = /(?:^|\s)Georgia$|^Georgia\s/.test(m.text) || /^,?\s+of\s+Georgia\b/.test(text.slice(m.end, m.end + 16));
  if (m.country === "GEO" && home === "USA" && georgia && !GEORGIA_COUNTRY.test(text)) return { ...m, country: "USA" };
  if (m.kind !== "country" && m.kind !== "entity") return m;
  for (const town of towns) {
    if (m.text !== town && !m.text.startsWith(`${town} `)) continue;
    const words = town.split(/\s+/);
    const hit = placeAt(words, 0);
    if (hit && hit.length === words.length && hit.country === m.country && hit.kind !== "country" && hit.kind !== "demonym")
      return { ...m, country: home };
  }
  return m;
}

/** Each sentence's mentions placed against the story's country `home` (see placeInStory). */
export function placeMentionsInStory(ms: ActorMention[][], home: string, text: string): ActorMention[][] {
  // A town counts as one of the story's own only when nothing else in the article is of the country its
  // namesake is in ("the town of Samarra" in a US story about Iraq that names Iraq stays Iraqi).
  const towns = townsOf(text);
  for (const town of towns) {
    const namesake = countryOfPlace(town);
    const other = ms.some((s) => s.some((m) => m.country === namesake && m.text !== town && !m.text.startsWith(`${town} `)));
    if (!namesake || other) towns.delete(town);
  }
  return ms.map((s) => s.map((m) => placeInStory(m, home, text, towns)));
}

/** Words that name a storm before its given name ("Typhoon Phanfone", "Tropical Storm Barry"). */
const STORM = "(?:(?:Super|Severe|Tropical|Post-Tropical|Extratropical)\\s+)?(?:Typhoon|Hurricane|Cyclone|Storm|Depression|Tropical Storm)";

const NAMED_STORM = new RegExp(`\\b${STORM}\\s+(\\p{Lu}\\p{Ll}+)\\b`, "gu");
const STORM_MENTION = new RegExp(`^(?:${STORM}\\s+)?(\\p{Lu}\\p{Ll}+)$`, "u");

/** Given names of the storms a text names with a storm word ("Typhoon Phanfone" → Phanfone). */
export function stormNames(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(NAMED_STORM), (m) => m[1]!));
}

/** A mention that is a storm: its given name, alone or after a storm word. */
export function isStorm(mention: string, storms: Set<string>): boolean {
  const m = STORM_MENTION.exec(mention.trim());
  return m !== null && storms.has(m[1]!);
}
