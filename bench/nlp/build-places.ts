/**
 * Builds data/places/{countries,cities}.json and data/ner/first-names.txt from CountryInfo
 * (/work/shared/data/events/countryinfo, CC BY-SA 3.0) plus data/places/curated.json (our own list of
 * short names, extra aliases and metonyms). Run: npx tsx bench/nlp/build-places.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const src = join(root, "..", "shared", "data", "events", "countryinfo", "CountryInfo.120116.txt");
if (!existsSync(src)) {
  console.error(`build-places: ${src} is absent (the shared data folder is not here); nothing built`);
  process.exit(1);
}
const raw = readFileSync(src, "latin1");

interface Curated {
  countries: Record<string, { name?: string; aliases?: string[]; demonyms?: string[]; metonyms?: string[]; drop?: string[] }>;
}
const curated = JSON.parse(readFileSync(join(root, "data", "places", "curated.json"), "utf8")) as Curated;

const SMALL = new Set(["of", "the", "and", "da", "de", "du", "del", "la", "le", "al", "el", "on", "upon", "des"]);
function titleCase(s: string): string {
  const words = s.replace(/#.*$/, "").replace(/_+$/g, "").replace(/_/g, " ").trim().toLowerCase().split(" ");
  return words
    .map((w, i) =>
      i > 0 && SMALL.has(w)
        ? w
        : w.replace(/\./g, "").length <= 3 && !SMALL.has(w) && /^[a-z.]+$/.test(w)
          ? w.toUpperCase()
          : w.replace(/(^|[-.(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(" ");
}

function field(block: string, tag: string): string[] {
  const m = block.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  if (!m) return [];
  return m[1]!
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l && !l.startsWith("<") && !l.includes(","))
    .map(titleCase)
    .filter((l) => l.length > 1 && !/[()[\]]/.test(l));
}

const DEMONYM = /(an|ans|ese|ish|i|is|ic|ch|ot|ots|ss|er|ers|ene|eno|ena|ine|ien|ais|ois)$/;
const countries: unknown[] = [];
const cities: { name: string; country: string; kind: string }[] = [];
const firstNames = new Map<string, number>();
for (const block of raw.split("<Country>").slice(1)) {
  const iso3 = block.match(/<ISO3166-alpha3>([A-Z]{3})</)?.[1];
  if (!iso3) continue;
  const iso2 = block.match(/<ISO3166-alpha2>([A-Z]{2})</)?.[1];
  const official = titleCase(block.match(/<CountryName>([^<]+)</)?.[1] ?? iso3);
  const cur = curated.countries[iso3] ?? {};
  const name = cur.name ?? official;
  const drop = new Set((cur.drop ?? []).map((d) => d.toLowerCase()));
  const aliases = new Set<string>(official !== name ? [official] : []);
  const demonyms = new Set<string>();
  for (const n of field(block, "Nationality")) {
    if (drop.has(n.toLowerCase()) || n === name) continue;
    if (DEMONYM.test(n.toLowerCase()) && !/stan$/i.test(n) && !n.includes(" ")) demonyms.add(n);
    else aliases.add(n);
  }
  for (const a of cur.aliases ?? []) aliases.add(a);
  for (const d of cur.demonyms ?? []) demonyms.add(d);
  for (const d of drop) {
    for (const s of [aliases, demonyms]) for (const x of s) if (x.toLowerCase() === d) s.delete(x);
  }
  const capitals = field(block, "Capital");
  countries.push({
    iso3,
    iso2,
    name,
    aliases: [...aliases],
    demonyms: [...demonyms],
    capital: capitals[0],
    metonyms: cur.metonyms ?? [],
  });
  for (const c of capitals) cities.push({ name: c, country: iso3, kind: "capital" });
  for (const c of field(block, "MajorCities")) cities.push({ name: c, country: iso3, kind: "city" });
  for (const c of field(block, "Regions")) cities.push({ name: c, country: iso3, kind: "region" });
  // First names of leaders (for the NER model's person-name gazetteer feature).
  const leaders = block.match(/<Leaders>([\s\S]*?)<\/Leaders>/)?.[1] ?? "";
  const gov = block.match(/<Government>([\s\S]*?)<\/Government>/)?.[1] ?? "";
  for (const line of (leaders + gov).split("\n")) {
    const m = line.trim().match(/^([A-Z][A-Z'-]+)_[A-Z]/);
    if (m && m[1]!.length > 2) {
      const f = titleCase(m[1]!);
      firstNames.set(f, (firstNames.get(f) ?? 0) + 1);
    }
  }
}
writeFileSync(join(root, "data", "places", "countries.json"), `${JSON.stringify(countries, null, 0).replace(/\},\{/g, "},\n{")}\n`);
writeFileSync(join(root, "data", "places", "cities.json"), `${JSON.stringify(cities).replace(/\},\{/g, "},\n{")}\n`);
const names = [...firstNames.entries()]
  .filter(([, n]) => n >= 1)
  .map(([f]) => f)
  .sort();
writeFileSync(join(root, "data", "ner", "first-names.txt"), `${names.join("\n")}\n`);
console.log(`countries ${countries.length}, places ${cities.length}, first names ${names.length}`);
