/**
 * Place dictionary: countries with aliases, demonyms, capitals, major cities, regions and metonyms
 * (data/places/*.json, built from CountryInfo, CC BY-SA 3.0, plus our curated list). Loaded once.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CountryEntry } from "./types.js";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data", "places");

export interface PlaceCity {
  name: string;
  country: string;
  kind: "capital" | "city" | "region";
}

export type PlaceKind = "country" | "demonym" | "capital" | "city" | "region" | "metonym";

export interface PlaceHit {
  kind: PlaceKind;
  /** ISO 3166-1 alpha-3 of the country. */
  country: string;
  /** Canonical name: the country's name for countries and demonyms, the place's own name otherwise. */
  name: string;
}

export const countries: CountryEntry[] = JSON.parse(readFileSync(join(dir, "countries.json"), "utf8"));
export const cities: PlaceCity[] = JSON.parse(readFileSync(join(dir, "cities.json"), "utf8"));
export const countryByIso3 = new Map(countries.map((c) => [c.iso3, c]));

const KIND_RANK: Record<PlaceKind, number> = { country: 0, metonym: 1, demonym: 2, capital: 3, city: 4, region: 5 };
const bySurface = new Map<string, PlaceHit>();

function add(surface: string, hit: PlaceHit): void {
  const key = surface.replace(/^the /i, "");
  const old = bySurface.get(key);
  if (!old || KIND_RANK[hit.kind] < KIND_RANK[old.kind]) bySurface.set(key, hit);
}

// Metonyms first so that capitals used as metonyms ("Moscow") keep their city reading below.
for (const c of countries) {
  add(c.name, { kind: "country", country: c.iso3, name: c.name });
  for (const a of c.aliases) add(a, { kind: "country", country: c.iso3, name: c.name });
  for (const d of c.demonyms) add(d, { kind: "demonym", country: c.iso3, name: c.name });
}
for (const p of cities) add(p.name, { kind: p.kind, country: p.country, name: p.name });
const metonyms = new Map<string, PlaceHit>();
for (const c of countries)
  for (const m of c.metonyms ?? []) {
    const city = bySurface.get(m);
    metonyms.set(m, { kind: "metonym", country: c.iso3, name: city && city.kind !== "metonym" ? city.name : m });
    if (!city) add(m, { kind: "metonym", country: c.iso3, name: m });
  }

/**
 * `surface.replace(/^the /i, "")` by character codes (it runs on every candidate span): "the " in any case
 * (a non-Unicode /i folds no other character to t, h or e).
 */
function withoutThe(surface: string): string {
  return surface.length >= 4 &&
    (surface.charCodeAt(0) | 32) === 116 &&
    (surface.charCodeAt(1) | 32) === 104 &&
    (surface.charCodeAt(2) | 32) === 101 &&
    surface.charCodeAt(3) === 32
    ? surface.slice(4)
    : surface;
}

/**
 * Demonyms that CountryInfo also lists among a country's aliases ("Greek", "South African", "Filipino", "Turk"):
 * the lookup ranks them as the country (the tagger's place features were trained so), but a mention that is
 * only such a word names the people, not the country.
 */
const aliasDemonyms = new Set<string>();
for (const c of countries) for (const d of c.demonyms) if (c.aliases.includes(d)) aliasDemonyms.add(d);

/** Whether a surface the lookup calls a country is one of the country's demonyms as well ("Greek"). */
export function isAliasDemonym(surface: string): boolean {
  return aliasDemonyms.has(withoutThe(surface));
}

/** Looks a surface form up (case-sensitive, a leading "the" ignored). */
export function lookupPlace(surface: string): PlaceHit | undefined {
  return bySurface.get(withoutThe(surface));
}

/** A name that stands for a country's government (`Kremlin`, `White House`, `Moscow`), if it is one. */
export function lookupMetonym(surface: string): PlaceHit | undefined {
  return metonyms.get(withoutThe(surface));
}

/** True when the word is a known place word of any kind (a gazetteer feature for NER). */
export function placeKind(surface: string): PlaceKind | undefined {
  return bySurface.get(surface)?.kind;
}

/** All surface forms, longest first (for phrase matching). */
export function placeSurfaces(): string[] {
  return [...bySurface.keys()].sort((a, b) => b.length - a.length);
}
