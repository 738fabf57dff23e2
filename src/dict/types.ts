/**
 * Dictionary entry types. Dictionaries are data files under data/ (JSON / JSON Lines) with their
 * origin and licence in data/SOURCES.md; these types describe one line of them.
 */

/** A dated role: who an actor is, for whom, and when. Dates are ISO days; open ends are null. */
export interface Role {
  /** ISO 3166-1 alpha-3 (or an IGO/NGO code such as `IGO`, `NATO`, `UNO`). */
  country: string | null;
  /** CAMEO-style sector: GOV, MIL, JUD, LEG, COP, PTY, REB, IGO, NGO, BUS, JRN, MED, EDU, CVL, ... */
  sector: string | null;
  office?: string;
  from?: string | null;
  to?: string | null;
}

/** One line of data/actors/*.jsonl: a named person or organisation. */
export interface ActorEntry {
  /** Stable id, e.g. `dmitry-peskov`, `kremlin`, `usa-treasury`. */
  id: string;
  name: string;
  type: "PER" | "ORG";
  /** Other surface forms (full-name variants, acronyms). Surnames of people are derived, not listed. */
  aliases: string[];
  roles: Role[];
  /** Where the entry came from: `phoenix`, `countryinfo`, `curated`. */
  origin?: string;
  /** Found by the full name only, never by the surname alone: a relative who shares a famous surname
   * ("Trump" alone is Donald Trump, not Ivanka Trump). */
  fullNameOnly?: boolean;
}

/** One entry of data/places/countries.json. */
export interface CountryEntry {
  iso3: string;
  iso2?: string;
  name: string;
  /** Other names: `Russian Federation`, `U.S.`, `USA`, `America`. */
  aliases: string[];
  /** Adjectives and demonyms: `Russian`, `Russians`. */
  demonyms: string[];
  capital?: string;
  /** Names that stand for the government by metonymy: `Kremlin`, `White House`, `Washington`. */
  metonyms?: string[];
}
