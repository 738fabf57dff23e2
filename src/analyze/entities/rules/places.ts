import { isAliasDemonym, lookupMetonym, lookupPlace, type PlaceHit } from "../../../dict/places.js";
import { WORLD_REGIONS } from "../gazetteer.js";
import type { EntityRule } from "../mention.js";

/**
 * Countries, demonyms, capitals, cities and regions: canonical name and ISO-3 country. Country names become
 * GPE whatever the tagger said; demonyms become NORP; cities and regions keep LOC/GPE. Metonyms for a
 * government (`the Kremlin`, `White House`) become ORG with sector GOV. Continents, oceans and world regions
 * (`Asia`, `the Middle East`) are LOC without a country.
 */
/** A run of two or three words that are all demonyms; the first one's place. */
function demonymRun(text: string): PlaceHit | undefined {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 3) return undefined;
  const hits = words.map((w) => lookupPlace(w));
  return hits.every((h) => h?.kind === "demonym") ? hits[0] : undefined;
}

/**
 * A place name glued to a participle or "-style"/"-like" ("US-based", "UK-based", "Tanzanian-born",
 * "Armenian-backed", "Venezuela-style") is one word to the tagger, which reads it as an organisation: the
 * compound names its place (or people), and is typed as the place alone would be.
 */
const COMPOUND =
  /^(.+)-(?:based|born|backed|led|owned|run|style|like|set|made|funded|linked|bred|raised|registered|flagged|controlled|occupied|allied|aligned|sponsored|supported)$/;

export const places: EntityRule = (_ctx, mentions) => {
  for (const m of mentions) {
    const met = lookupMetonym(m.text);
    const glued = m.first === m.last ? COMPOUND.exec(m.text) : null;
    const hit = lookupPlace(m.text) ?? (glued && !lookupMetonym(glued[1]!) ? lookupPlace(glued[1]!) : undefined);
    if (met && (!hit || (m.type === "ORG" && hit.kind !== "country"))) {
      m.type = "ORG";
      m.name = met.name;
      m.country = met.country;
      m.sector = "GOV";
      m.method = "metonym";
      continue;
    }
    if (!hit) {
      const people = !met && demonymRun(m.text);
      if (people) {
        // "Bosnian Serbs", "Iraqi Kurds" when both are demonyms: a people, named by the first demonym's country.
        m.type = "NORP";
        m.name = people.name;
        m.country = people.country;
        m.method = "demonym";
      } else if (!met && WORLD_REGIONS.has(m.text)) {
        m.type = "LOC";
        m.name = m.text.replace(/^the /i, "");
        m.method = "world-region";
      }
      continue;
    }
    if (hit.kind === "metonym") {
      m.type = "ORG";
      m.name = hit.name;
      m.country = hit.country;
      m.sector = "GOV";
      m.method = "metonym";
    } else if (hit.kind === "country" && !isAliasDemonym(m.text)) {
      m.type = "GPE";
      m.name = hit.name;
      m.country = hit.country;
      m.method = "places";
    } else if (hit.kind === "demonym" || hit.kind === "country") {
      m.type = "NORP";
      m.name = hit.name;
      m.country = hit.country;
      m.method = "demonym";
    } else if (m.type === "LOC" || m.type === "GPE" || m.method === "gazetteer" || glued) {
      m.type = hit.kind === "region" ? "LOC" : "GPE";
      m.name = hit.name;
      m.country = hit.country;
      m.method = "places";
    }
  }
  return mentions;
};
