/**
 * Builds data/places/{countries,cities}.json and data/ner/first-names.txt from CountryInfo
 * (/work/shared/data/events/countryinfo, CC BY-SA 3.0) plus data/places/curated.json (our own list of
 * short names, extra aliases and metonyms). Run: npx tsx bench/nlp/build-places.ts
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { lookupActor, lookupSurname } from "../../src/dict/actors.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const src = join(root, "..", "shared", "data", "events", "countryinfo", "CountryInfo.120116.txt");
if (!existsSync(src)) {
  console.error(`build-places: ${src} is absent (the shared data folder is not here); nothing built`);
  process.exit(1);
}
const raw = readFileSync(src, "latin1");

interface Curated {
  /** CountryInfo rows whose ISO codes are wrong, keyed by <CountryName>. */
  codes?: Record<string, { iso3: string; iso2: string } | string>;
  /** Countries CountryInfo lacks; name etc. from `countries`. */
  add?: Record<string, { iso2: string; capital?: string } | string>;
  countries: Record<
    string,
    { name?: string; capital?: string; aliases?: string[]; demonyms?: string[]; metonyms?: string[]; drop?: string[] }
  >;
  /** Towns and regions news names often that CountryInfo lacks or spells without its accents ("Qubec"), by country. */
  cities?: Record<string, string[]>;
}
const curated = JSON.parse(readFileSync(join(root, "data", "places", "curated.json"), "utf8")) as Curated;
const iso = JSON.parse(readFileSync(join(root, "data", "places", "iso3166-1.json"), "utf8")) as {
  codes: { alpha3: string; alpha2: string; name: string }[];
};
const isoByA3 = new Map(iso.codes.map((c) => [c.alpha3, c]));

const SMALL = new Set(["of", "the", "and", "da", "de", "du", "del", "la", "le", "al", "el", "on", "upon", "des", "es", "do", "dos", "das"]);
/** Short words that stay acronyms inside a longer name ("US Virgin Islands", "UA Emirates"); vowel-less ones (DR, DPR) need no list. */
const ACRONYMS = new Set(["us", "uk", "ua", "uae", "usa", "eu", "un", "nz", "roc", "rok", "rsa"]);
/**
 * CountryInfo writes names in capitals ("NEW_YORK", "DPR_KOREA"), so which short words are acronyms has to be
 * guessed: inside a longer name a short word is an acronym only when it has no vowel or is a known acronym
 * ("DR Congo", "US Virgin Islands", but "New York", "Los Angeles", "Sri Lanka", "St. Louis"); a short name on
 * its own is an acronym ("USA", "UAE") unless it names a place ("Ufa", "Qom", "Goa": `place`).
 */
function isAcronym(w: string, words: number, place: boolean): boolean {
  const bare = w.replace(/\./g, "");
  if (bare.length > 3 || !/^[a-z.]+$/.test(w) || SMALL.has(w) || bare === "st") return false;
  if (ACRONYMS.has(bare) || !/[aeiouy]/.test(bare)) return true;
  return words === 1 && !place;
}
function titleCase(s: string, place = false): string {
  const words = s.replace(/#.*$/, "").replace(/_+$/g, "").replace(/_/g, " ").trim().toLowerCase().split(" ");
  return words
    .map((w, i) =>
      i > 0 && SMALL.has(w)
        ? w
        : isAcronym(w, words.length, place)
          ? w.toUpperCase()
          : w.replace(/(^|[-.(])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(" ");
}

function field(block: string, tag: string, place = tag !== "Nationality"): string[] {
  const m = block.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`));
  if (!m) return [];
  return m[1]!
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => l && !l.startsWith("<") && !l.includes(","))
    .map((l) => titleCase(l, place))
    .filter((l) => l.length > 1 && !/[()[\]]/.test(l));
}

const DEMONYM = /(an|ans|ese|ish|i|is|ic|ch|ot|ots|ss|er|ers|ene|eno|ena|ine|ien|ais|ois)$/;
const countries: unknown[] = [];
const cities: { name: string; country: string; kind: string }[] = [];
const firstNames = new Map<string, number>();
const blocks = raw.split("<Country>").slice(1);
for (const [iso3, add] of Object.entries(curated.add ?? {})) {
  if (typeof add === "string") continue;
  const capital = add.capital ? `<Capital>\n${add.capital.toUpperCase().replace(/ /g, "_")}\n</Capital>` : "";
  blocks.push(
    `<CountryName>${curated.countries[iso3]?.name ?? iso3}</CountryName><ISO3166-alpha2>${add.iso2}</ISO3166-alpha2><ISO3166-alpha3>${iso3}</ISO3166-alpha3>${capital}`,
  );
}
for (const block of blocks) {
  const ciName = block.match(/<CountryName>([^<]+)</)?.[1]?.trim() ?? "";
  const fix = curated.codes?.[ciName];
  const code = typeof fix === "object" ? fix : undefined;
  const iso3 = code?.iso3 ?? block.match(/<ISO3166-alpha3>([A-Z]{3})</)?.[1];
  if (!iso3) continue;
  const iso2 = code?.iso2 ?? block.match(/<ISO3166-alpha2>([A-Z]{2})</)?.[1];
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
  const listed = field(block, "Capital");
  // A curated capital replaces CountryInfo's (Montenegro's is given as Belgrade, Myanmar's as Rangoon);
  // the old ones stay as cities.
  const capitals = (cur.capital ? [cur.capital] : listed).filter((c) => !drop.has(c.toLowerCase()));
  if (cur.capital)
    for (const c of listed) if (c !== cur.capital && !drop.has(c.toLowerCase())) cities.push({ name: c, country: iso3, kind: "city" });
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
  for (const c of field(block, "MajorCities")) if (!drop.has(c.toLowerCase())) cities.push({ name: c, country: iso3, kind: "city" });
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
const listedPlaces = new Set(cities.map((c) => c.name.toLowerCase()));
for (const [iso3, names] of Object.entries(curated.cities ?? {}))
  for (const name of names)
    if (!listedPlaces.has(name.toLowerCase())) {
      listedPlaces.add(name.toLowerCase());
      cities.push({ name, country: iso3, kind: "city" });
    }
// More places from the country entries of the Phoenix actor dictionary (Phoenix.Countries.actors.txt,
// OEDA, MIT; generated from a later CountryInfo, 2014, with hand additions): towns and provinces of recent
// conflicts ("Samarra", "Fallujah", "Hebron", "Raqqa"), regions of former states. Each name is added once,
// as a city of its country, when no place of any kind has it yet. Codes: the ISO country, the ISO part of a
// compound (USRUKR Soviet Ukraine → UKR, USAVIR → VIR, PSEGZA → PSE), a gone state's continuator (DDR → DEU);
// others (Krajina, fictional test entries) are skipped. Natural features (rivers, lakes, mountains, deserts,
// …) and their bare names ("Murray" beside "Murray River") are left out: they collide with surnames and
// rarely locate political events; so are nicknames ("The Land of the Rising Sun") and garbled entries.
/** "SAR-E_POL" → "Sar-e Pol": capitals at word starts, particles lower case (no acronyms: these are names). */
function plainCase(raw: string): string {
  return raw
    .replace(/_+$/g, "")
    .replace(/_/g, " ")
    .trim()
    .toLowerCase()
    .split(" ")
    .map((w, i) => (i > 0 && SMALL.has(w) ? w : w.replace(/(^|[-(])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase())))
    .join(" ");
}
const phoenixFile = join(root, "..", "shared", "data", "events", "petrarch2", "Phoenix.Countries.actors.txt");
const CONTINUATOR: Record<string, string> = { DDR: "DEU", SUN: "RUS", CSK: "CZE", SCG: "SRB", YUG: "SRB", KSV: "XKX", TMP: "TLS" };
const NATURE =
  /\b(river|falls|lake|desert|mount|mt|peak|gulf|bay|cape|plain|range|highlands|mountains|alps|strait|canal|reef|bight|dam|gorge|tree|fjord|fiord|shield|plateau|archipelago|peninsula|valley|hills|islands?|isles|sea)\b/i;
let phoenixAdded = 0;
if (existsSync(phoenixFile)) {
  const isoCodes = new Set((countries as { iso3: string }[]).map((c) => c.iso3));
  const codeOf = (code: string): string | null => {
    const c = code.trim().split(/\s/)[0]!;
    if (!/^[A-Z]{3}([A-Z]{3})?$/.test(c)) return null;
    const head = CONTINUATOR[c.slice(0, 3)] ?? c.slice(0, 3);
    const tail = c.slice(3);
    if (tail && isoCodes.has(tail) && !isoCodes.has(head)) return tail;
    if (tail && isoCodes.has(tail) && head === "USR") return tail;
    if (tail && isoCodes.has(tail) && /^(USA|GBR|DNK|FRA|NLD)$/.test(head)) return tail;
    return isoCodes.has(head) ? head : null;
  };
  const known = new Set<string>();
  // A name curated.json drops is dropped here too (Lebanon's "Sur", Tyre: "Surigao del Sur", "Cono Sur").
  const dropped = new Set(Object.values(curated.countries).flatMap((c) => (c.drop ?? []).map((d) => d.toLowerCase())));
  for (const c of countries as { name: string; aliases: string[]; demonyms: string[]; metonyms: string[] }[])
    for (const n of [c.name, ...c.aliases, ...c.demonyms, ...c.metonyms]) known.add(n.toLowerCase());
  for (const c of cities) known.add(c.name.toLowerCase());
  // Place entries: a head line and its "+" synonyms followed by codes with no sector (an actor's codes
  // carry one: IRQGOV); the same test as bench/events/build/actors.ts.
  const SECTOR =
    /^(GOV|MIL|REB|OPP|PTY|COP|JUD|SPY|MED|EDU|BUS|CRM|CVL|ELI|LEG|LAB|AGR|REL|HLH|REF|IGO|NGO|MOD|RAD|UAF|INS|SEP|DEV|ENV|HRI|JRN|MNC)/;
  let names: string[] = [];
  let codes: string[] = [];
  const flush = () => {
    const country = codes.length > 0 && codes.every((c) => !SECTOR.test(c.trim().split(/\s/)[0]!.slice(3))) ? codeOf(codes[0]!) : null;
    if (country) {
      const list = names.map(plainCase).filter((n) => n.length > 2);
      const entry = (countries as { iso3: string; name: string; aliases: string[] }[]).find((c) => c.iso3 === country);
      const featureBases = new Set(
        list
          .filter((n) => NATURE.test(n))
          .flatMap((n) =>
            n
              .toLowerCase()
              .replace(NATURE, "")
              .trim()
              .split(/\s+of\s+|\s+/),
          ),
      );
      for (const n of list) {
        const k = n.toLowerCase();
        if (known.has(k) || dropped.has(k) || NATURE.test(n) || featureBases.has(k)) continue;
        if (/[^\p{L}\p{M} .'-]|^'|^The \S+ \S+/u.test(n) || /[ï¿½]/.test(n)) continue;
        // A plural of a known name ("Bosnians"), an organisation ("Fatah", "Supreme Soviet of Russia"), or a
        // single word that is a person's surname in the actor dictionary ("Galan", "Eyre") is no place.
        if (known.has(k.replace(/s$/, "")) || /\b(council|soviet|party)\b/i.test(n) || lookupActor(n).length > 0) continue;
        if (!n.includes(" ") && lookupSurname(n).length > 0) continue;
        known.add(k);
        // Another name of the country itself ("Republic of Slovenia", "Turkish Republic") is an alias.
        if (entry && (/\b(republic|federation|kingdom|federal)\b/i.test(n) || k.includes(entry.name.toLowerCase()))) {
          entry.aliases.push(n);
          phoenixAdded++;
          continue;
        }
        cities.push({ name: n, country, kind: "city" });
        phoenixAdded++;
      }
    }
    names = [];
    codes = [];
  };
  for (const raw of readFileSync(phoenixFile, "latin1").split("\n")) {
    const line = raw.replace(/#.*$/, "");
    if (!line.trim()) {
      if (codes.length) flush();
      continue;
    }
    const lineCodes = [...line.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
    const bare = line.replace(/\[[^\]]*\]/g, "").trim();
    if (/^\s/.test(line) && !bare) {
      codes.push(...lineCodes);
      continue;
    }
    if (bare.startsWith("+")) {
      names.push(bare.slice(1).trim());
      codes.push(...lineCodes);
      continue;
    }
    if (codes.length) flush();
    else names = [];
    names.push(bare);
    codes.push(...lineCodes);
  }
  flush();
}
// Every code must be a real ISO 3166-1 pair, and no two countries may share one (CountryInfo coded
// Myanmar as MOZ, Japan as JON, Guatemala as GLP): fix such rows in curated.json "codes".
const bad: string[] = [];
const seen = new Map<string, string>();
for (const c of countries as { iso3: string; iso2?: string; name: string }[]) {
  const ref = isoByA3.get(c.iso3);
  if (!ref) bad.push(`${c.name}: ${c.iso3} is not an ISO 3166-1 alpha-3 code`);
  else if (ref.alpha2 !== c.iso2) bad.push(`${c.name}: ${c.iso3} goes with ${ref.alpha2}, not ${c.iso2}`);
  const prev = seen.get(c.iso3);
  if (prev) bad.push(`${c.name} and ${prev} share ${c.iso3}`);
  seen.set(c.iso3, c.name);
}
if (bad.length) {
  console.error(`build-places: bad codes (fix curated.json "codes"):\n  ${bad.join("\n  ")}`);
  process.exit(1);
}
writeFileSync(join(root, "data", "places", "countries.json"), `${JSON.stringify(countries, null, 0).replace(/\},\{/g, "},\n{")}\n`);
writeFileSync(join(root, "data", "places", "cities.json"), `${JSON.stringify(cities).replace(/\},\{/g, "},\n{")}\n`);
const names = [...firstNames.entries()]
  .filter(([, n]) => n >= 1)
  .map(([f]) => f)
  .sort();
writeFileSync(join(root, "data", "ner", "first-names.txt"), `${names.join("\n")}\n`);
console.log(`countries ${countries.length}, places ${cities.length} (${phoenixAdded} from Phoenix), first names ${names.length}`);
