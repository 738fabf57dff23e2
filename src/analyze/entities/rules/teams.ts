import { lookupPlace } from "../../../dict/places.js";
import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, makeMention } from "../mention.js";

/** A plural name word: "Colts", "Longhorns", "Jays", "67s"; not a name that only ends in s ("Congress", "Texas", "Davis", "Columbus", "Santos"). */
const PLURAL = /^(?:\p{Lu}\p{Ll}*[b-hj-np-rt-z]s|\d+s)$/u;
/**
 * Plurals that close the names of places, peoples or events rather than of teams ("Florida Keys", "Colorado
 * Springs", "Beijing Olympics", "Oslo Accords", "Panama Papers"); the place heads of data/ner/name-heads.tsv too.
 */
const NOT_TEAMS = new Set([
  "Keys",
  "Highlands",
  "Lowlands",
  "Midlands",
  "Plains",
  "Lakes",
  "Woods",
  "Fields",
  "Sands",
  "Downs",
  "Dunes",
  "Wetlands",
  "Shores",
  "Banks",
  "Narrows",
  "Flats",
  "Rapids",
  "Gardens",
  "Territories",
  "Provinces",
  "Counties",
  "Suburbs",
  "Isles",
  "Docks",
  "Docklands",
  "Games",
  "Olympics",
  "Paralympics",
  "Awards",
  "Championships",
  "Accords",
  "Agreements",
  "Conventions",
  "Protocols",
  "Talks",
  "Papers",
  "Files",
  "Laws",
  "Riots",
  "Attacks",
  "Bombings",
  "Protests",
  "Trials",
  "Hearings",
  "Residents",
  "Citizens",
]);
const CITY_OR_REGION = new Set(["city", "capital", "region"]);

// Hoisted out of placeThenPlural: tsx compiles a `\p{…}` literal inside a function anew at every call.
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;

/** The first `k` words of the mention name a city, capital or state, and the rest is a team's plural name. */
function placeThenPlural(ctx: Parameters<EntityRule>[0], first: number, last: number): boolean {
  const { tokens } = ctx.prep;
  const lastWord = tokens[last]!.text;
  if (!PLURAL.test(lastWord) || NOT_TEAMS.has(lastWord) || NAME_HEADS.get(lastWord) === "LOC" || lookupPlace(lastWord)) return false;
  if (lookupPlace(ctx.text.slice(tokens[first]!.start, tokens[last]!.end))) return false;
  for (let k = last - 1; k >= first; k--) {
    const hit = lookupPlace(ctx.text.slice(tokens[first]!.start, tokens[k]!.end));
    if (hit) return CITY_OR_REGION.has(hit.kind) && tokens.slice(k + 1, last + 1).every((t) => CAPITAL_OR_DIGIT_FIRST.test(t.text));
  }
  return false;
}

/**
 * A city or state followed by a plural name is a sports team, an organisation ("Baltimore Colts", "St. Louis
 * Cardinals", "Texas Longhorns", "Ottawa 67s", "Sacramento River Cats", "Los Angeles Lakers"; the tagger reads a
 * place or MISC). Not a person ("Charlotte Charles") nor the plurals that close the names of places, peoples and
 * events ("Florida Keys", "Beijing Olympics").
 */
export const teams: EntityRule = (ctx, mentions) =>
  mentions.map((m) =>
    m.last > m.first && m.type !== "ORG" && m.type !== "PER" && !m.ref && placeThenPlural(ctx, m.first, m.last)
      ? makeMention(ctx, m.first, m.last, "ORG", "team")
      : m,
  );
