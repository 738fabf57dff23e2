/**
 * Builds the large actor dictionary data/actors/phoenix.jsonl from the Phoenix actor files (MIT) with
 * office titles from CountryInfo (CC BY-SA 3.0). Run: `npx tsx bench/events/build/actors.ts`.
 *
 * - People and institutions only: bare country entries ([AFG]) are place names, kept by the analysis
 *   stage in data/places.
 * - Roles: `[RUSGOV 991231-080507]` → {country RUS, sector GOV, from 1999-12-31, to 2008-05-07}. Two-digit
 *   years pivot at 30 (the files date from 2014). An undated code is the fallback role.
 * - Open-ended roles (`>080508`) are closed at the source's date (2014-01-30): the 2014 files cannot know
 *   who left office since (no "Obama never leaves office"); data/actors/update-2026.jsonl and
 *   curated.jsonl carry current officials and win at lookup.
 * - Entries whose names are covered by curated/update entries are dropped.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import type { ActorEntry, Role } from "../../../src/dict/types.js";
import { placeAt } from "../../../src/events/actors/places.js";

const SHARED = "/work/shared/data/events";
const OUT = new URL("../../../data/actors/", import.meta.url).pathname;
const SOURCE_DATE = "2014-01-30";
if (!existsSync(SHARED)) {
  console.error(`${SHARED} is absent: cannot rebuild the actor dictionary (the committed JSONL stays as is).`);
  process.exit(1);
}

/** CAMEO sector codes; anything else after a country code is a region ("SCGSRB", "PSEGZA"): a place, not an actor. */
const SECTORS = new Set([
  "GOV",
  "MIL",
  "REB",
  "OPP",
  "PTY",
  "COP",
  "JUD",
  "SPY",
  "MED",
  "EDU",
  "BUS",
  "CRM",
  "CVL",
  "ELI",
  "LEG",
  "LAB",
  "AGR",
  "REL",
  "HLH",
  "REF",
  "MOD",
  "RAD",
  "UAF",
  "INS",
  "SEP",
  "DEV",
  "ENV",
  "HRI",
  "JRN",
  "MNC",
  "IGO",
  "NGO",
  "ENT",
  "INT",
  "IMG",
  "CHR",
  "MUS",
  "JEW",
  "BUD",
  "HIN",
  "CON",
  "CTH",
  "SHI",
  "SUN",
  "ELT",
  "FRM",
  "NAV",
  "AIR",
  "AGT",
]);
/** Our country codes (ISO 3166-1 alpha-3 and XKX), from data/places. */
const ISO3 = new Set(
  (JSON.parse(readFileSync(new URL("../../../data/places/countries.json", import.meta.url), "utf8")) as { iso3: string }[]).map(
    (c) => c.iso3,
  ),
);
/**
 * Phoenix country codes that are not ISO 3166-1: states that are gone take their continuator (the Soviet
 * Union → RUS, East Germany → DEU, as the GSR gold codes "West German" DEU), Kosovo and East Timor their
 * ISO codes. Any other non-ISO head is a region ("WEUREB", "MEAREB"): the group's country is then the
 * place its name contains ("Irish National Liberation Army" → IRL), else none (placed by the story).
 */
const COUNTRY_FIX: Record<string, string> = {
  ANG: "AGO",
  KSV: "XKX",
  DDR: "DEU",
  SUN: "RUS",
  TMP: "TLS",
  CSK: "CZE",
  YUG: "SRB",
  SCG: "SRB",
};
/** CAMEO religion heads ("HINRAD", World Hindu Council): no country. */
const RELIGION = new Set(["HIN", "BUD", "MOS", "CHR", "JEW", "CTH", "SHI"]);
const NONSTATE: Record<string, string> = { IGO: "IGO", NGO: "NGO", IMG: "REB", MNC: "BUS", NGM: "NGO", UAF: "REB", UIS: "CVL" };
const SECTOR_MAP: Record<string, string> = { OPP: "PTY", SPY: "GOV", UAF: "REB", INS: "REB", MOD: "PTY", RAD: "PTY" };

function isoDate(d: string): string {
  const s = d.trim();
  if (/^\d{8}$/.test(s)) return `${s.slice(0, 4)}-${s.slice(4, 6)}-${clampDay(s.slice(4, 6), s.slice(6, 8))}`;
  if (/^\d{6}$/.test(s)) {
    const yy = Number(s.slice(0, 2));
    const y = yy <= 30 ? 2000 + yy : 1900 + yy;
    return `${y}-${s.slice(2, 4)}-${clampDay(s.slice(2, 4), s.slice(4, 6))}`;
  }
  return "";
}
function clampDay(mm: string, dd: string): string {
  const max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(mm) - 1] ?? 31;
  const d = Math.min(Math.max(Number(dd), 1), max);
  return String(d).padStart(2, "0");
}

export function parseRole(raw: string): Role | null {
  const m = /^\s*([A-Z-]{3,})\s*(.*)$/.exec(raw.trim());
  if (!m) return null;
  const code = m[1]!;
  if (code === "---") return null;
  const rest = m[2]!.trim();
  const head = code.slice(0, 3);
  let role: Role;
  if (code.length === 3 && !NONSTATE[code] && SECTORS.has(code) && !ISO3.has(code) && !COUNTRY_FIX[code]) {
    // "[ELI]" after an IGO term (Kofi Annan): a sector with no country.
    role = { country: null, sector: SECTOR_MAP[code] ?? code };
  } else if (RELIGION.has(head)) {
    role = { country: null, sector: "REL" };
  } else if (NONSTATE[head]) {
    role = { country: null, sector: NONSTATE[head]!, office: code.length > 3 ? code.slice(3) : undefined };
  } else {
    const raw = code.slice(3).match(/.{3}/g) ?? [];
    if (raw.length > 0 && !raw.some((s) => SECTORS.has(s))) return { country: head, sector: null };
    const sectors = raw.filter((s) => SECTORS.has(s)).map((s) => SECTOR_MAP[s] ?? s);
    const pick = sectors.includes("LEG") ? "LEG" : sectors.includes("JUD") ? "JUD" : sectors.includes("GOV") ? "GOV" : (sectors[0] ?? null);
    role = { country: head, sector: pick };
  }
  let from: string | null = null;
  let to: string | null = null;
  const range = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(rest);
  if (range) {
    from = isoDate(range[1]!);
    to = isoDate(range[2]!);
  } else if (/^>\s*\d{6,8}$/.test(rest)) from = isoDate(rest.replace(/\D/g, ""));
  else if (/^<\s*\d{6,8}$/.test(rest)) to = isoDate(rest.replace(/\D/g, ""));
  if (from || to) {
    role.from = from;
    role.to = to ?? (from ? SOURCE_DATE : null);
  }
  return role;
}

const SMALL = new Set(["of", "the", "and", "for", "de", "la", "le", "al", "el", "bin", "van", "von", "da", "du", "del", "der", "on", "in"]);
export function titleCase(token: string): string {
  const words = token.replace(/_+$/, "").split("_").filter(Boolean);
  return words
    .map((w, i) => {
      const lw = w.toLowerCase();
      if (i > 0 && SMALL.has(lw)) return lw;
      if (/^([A-Z]\.)+$/.test(w)) return w; // U.S., U.N.
      if (
        /^(US|UN|EU|UK|UAE|USA|NATO|UNSC|IAEA|OPEC|ASEAN|PLO|IDF|FBI|CIA|KGB|FSB|SVR|GRU|MI5|MI6|ANC|PKK|ISIS|ISIL|LTTE|FARC|ELN|IRA|ETA|AU|ECOWAS|SADC|WHO|IMF|WTO|OSCE|ICC|ICJ|NGO|PLA|KPA|SDF|YPG|HTS|AQAP|AQIM)$/.test(
          w,
        )
      )
        return w;
      if (lw === "mr" || lw === "mrs" || lw === "dr") return lw[0]!.toUpperCase() + lw.slice(1);
      if (words.length === 1 && w.length <= 3) return w; // acronyms: FSB, UN
      if (!/[AEIOUY]/.test(w) && w.length <= 5) return w; // acronyms without vowels: NTSB
      return lw.replace(/(^|[-'.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
    })
    .join(" ");
}

/**
 * "Liberation Tigers of Tamil Eelam (LTTE)" → the name without the parenthesis, and the acronym (3–6
 * letters, not a place nor a status word like "(acting"/"(interim") as an alias; other parentheses
 * ("(colombia)", "(acting") are dropped.
 */
export function splitName(raw: string): { name: string; acronym: string | null } {
  const m = /^(.*?)\s*\(([^)]*)\)?\s*(.*)$/.exec(raw);
  if (!m) return { name: raw.trim(), acronym: null };
  const inner = m[2]!.trim();
  const name = `${m[1]!} ${m[3]!}`.replace(/\s+/g, " ").trim();
  const isPlace = placeAt([inner.replace(/^./, (c) => c.toUpperCase())], 0) !== null;
  const status = /^(acting|interim|deputy|former|retired|elect)$/i.test(inner);
  const acronym = /^[A-Za-z]{3,6}$/.test(inner) && !isPlace && !status ? inner.toUpperCase() : null;
  return { name, acronym };
}

/** A Phoenix region code as country: the country its name contains, else none. */
function countryInName(name: string): string | null {
  const words = name.match(/[\p{L}]+(?:['’-][\p{L}]+)*/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const h = placeAt(words, i);
    if (h && (h.kind === "country" || h.kind === "demonym")) return h.country;
  }
  return null;
}

interface Raw {
  name: string;
  aliases: string[];
  roles: Role[];
}

function parsePhoenix(text: string): Raw[] {
  const out: Raw[] = [];
  let cur: Raw | null = null;
  let pendingCodes: Role[] = [];
  const flush = () => {
    if (cur) {
      cur.roles.push(...pendingCodes);
      out.push(cur);
    }
    cur = null;
    pendingCodes = [];
  };
  for (const rawLine of text.split("\n")) {
    const noComment = rawLine.replace(/#.*$/, "");
    if (!noComment.trim()) {
      if (cur && (cur as Raw).roles.length + pendingCodes.length > 0) flush();
      continue;
    }
    const codes = [...noComment.matchAll(/\[([^\]]+)\]/g)].map((m) => parseRole(m[1]!)).filter((r): r is Role => r !== null);
    const bare = noComment.replace(/\[[^\]]*\]/g, "").trim();
    if (/^\s/.test(noComment) && !bare) {
      // A role line under the current entry.
      if (cur) (cur as Raw).roles.push(...codes);
      continue;
    }
    if (bare.startsWith("+")) {
      if (cur) {
        (cur as Raw).aliases.push(bare.slice(1).trim());
        (cur as Raw).roles.push(...codes);
      }
      continue;
    }
    // A new head line: a name, maybe with inline codes.
    if (cur && ((cur as Raw).roles.length > 0 || pendingCodes.length > 0)) flush();
    else if (cur) {
      // The previous head had no codes yet: TABARI lets several heads share the roles that follow.
      out.push({ ...(cur as Raw), roles: [] });
      (out[out.length - 1] as Raw & { sharesNext?: boolean }).sharesNext = true;
    }
    cur = { name: bare, aliases: [], roles: codes };
  }
  flush();
  // Heads without roles take the roles of the next entry that has them.
  for (let i = out.length - 1; i >= 0; i--) {
    const r = out[i] as Raw & { sharesNext?: boolean };
    if (r.sharesNext && r.roles.length === 0 && out[i + 1]) r.roles = [...out[i + 1]!.roles];
  }
  return out;
}

/** CountryInfo: name → offices from <Government> comments, and leader group names. */
function parseCountryInfo(text: string): Map<string, { office: string; from: string | null }[]> {
  const offices = new Map<string, { office: string; from: string | null }[]>();
  let country = "";
  let group = "";
  let section = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const cn = /^<CountryName>(.*)<\/CountryName>/.exec(line);
    if (cn) country = titleCase(cn[1]!.replace(/ /g, "_"));
    const sec = /^<(Leaders|Government)>$/.exec(line);
    if (sec) section = sec[1]!;
    if (/^<\/(Leaders|Government)>$/.test(line)) section = "";
    if (section === "Leaders") {
      const g = /^<([A-Za-z' _-]+)>$/.exec(line);
      if (g && g[1] !== "Leaders") group = g[1]!;
    }
    const nm = /^\{?([A-Z][A-Z_.'-]+_)\}?/.exec(line);
    if (!nm || !section) continue;
    const names = [...line.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    if (names.length === 0) names.push(nm[1]!);
    const brackets = [...line.matchAll(/\[(?:[A-Z]{3,}\s*)?([<>]?\s*\d{8}(?:\s*-\s*\d{8})?)\]/g)].map((m) => m[1]!);
    let office = "";
    if (section === "Government") office = (/#\s*(.+)$/.exec(line)?.[1] ?? "").trim();
    else if (group) office = `${group.replace(/_/g, " ").replace(/s$/, "")} of ${country}`.replace(/^./, (c) => c.toUpperCase());
    if (!office) continue;
    const parts = office.split(/\s+&\s+/);
    brackets.forEach((b, i) => {
      const from = /(\d{8})/.exec(b.startsWith("<") ? "" : b)?.[1];
      for (const n of names) {
        const key = titleCase(n);
        const list = offices.get(key) ?? [];
        list.push({ office: parts[Math.min(i, parts.length - 1)]!, from: from ? isoDate(from) : null });
        offices.set(key, list);
      }
    });
  }
  return offices;
}

function slug(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function existingNames(): Set<string> {
  const names = new Set<string>();
  for (const f of ["curated.jsonl", "history.jsonl", "update-2026.jsonl"]) {
    const p = OUT + f;
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const e = JSON.parse(line) as ActorEntry;
      for (const n of [e.name, ...e.aliases]) names.add(n.toLowerCase().replace(/-/g, " "));
    }
  }
  return names;
}

const offices = parseCountryInfo(readFileSync(`${SHARED}/countryinfo/CountryInfo.120116.txt`, "latin1"));
const covered = existingNames();
const files: [string, string][] = [
  ["Phoenix.Countries.actors.txt", "phoenix"],
  ["Phoenix.International.actors.txt", "phoenix"],
  ["Phoenix.MilNonState.actors.txt", "phoenix"],
];
const ids = new Set<string>();
const lines: ActorEntry[] = [];
/** Flattened name (lower case, no hyphens) → the Phoenix entry that has it. */
const byFlatName = new Map<string, ActorEntry>();
const INSTITUTION =
  /\b(Party|Union|Council|Army|Front|Movement|Forces?|Committee|Assembly|Government|Administration|Politburo|Soviet|Organi[sz]ation|Coalition|Authority|Congress|League|Brigades?|Militia|Court|Commission|Parliament|Presidium|Nationalities|Task Force|State of)\b/;
/** Lower-case names and aliases written so far (CountryInfo leaders already in Phoenix are not added again). */
const known = new Set<string>();
const FIRST_NAMES = new Set(
  readFileSync(new URL("../../../data/ner/first-names.txt", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean),
);
let dropped = 0;
let places = 0;
for (const [file, origin] of files) {
  for (const r of parsePhoenix(readFileSync(`${SHARED}/petrarch2/${file}`, "utf8"))) {
    if (r.roles.length === 0) continue;
    if (r.roles.every((x) => x.sector === null)) {
      places++;
      continue;
    }
    const split = splitName(titleCase(r.name).replace(/^The /, ""));
    const name = split.name;
    if (!name || name.length < 2) continue;
    if (covered.has(name.toLowerCase().replace(/-/g, " "))) {
      dropped++;
      continue;
    }
    const aliasForms = r.aliases.map((a) => splitName(titleCase(a)));
    const aliases = [
      ...new Set(
        [...aliasForms.map((a) => a.name), ...[split, ...aliasForms].flatMap((a) => (a.acronym ? [a.acronym] : []))].filter(
          (a) => a && a !== name && a.length > 1,
        ),
      ),
    ];
    const roles = r.roles.map((role) => {
      const out = { ...role };
      if (out.country && !ISO3.has(out.country)) out.country = COUNTRY_FIX[out.country] ?? countryInName(name);
      return out;
    });
    for (const n of [name, ...aliases]) known.add(n.toLowerCase().replace(/-/g, " "));
    // The files are upper case, so "UNITA" and "SPLA" come out as "Unita", "Spla"; acronyms match only in
    // their own case: a short one-word organisation name is also kept upper case.
    if (!/CountryInfo/i.test(file))
      for (const n of [name, ...aliases])
        if (/^\p{Lu}\p{Ll}{2,4}$/u.test(n) && !aliases.includes(n.toUpperCase())) aliases.push(n.toUpperCase());
    const off = offices.get(name);
    if (off) {
      for (const role of roles) {
        const hit =
          off.find((o) => o.from && role.from && o.from.slice(0, 7) === role.from.slice(0, 7)) ?? (roles.length === 1 ? off[0] : undefined);
        if (hit && !role.office) role.office = hit.office;
      }
    }
    // People: CountryInfo rows; in the other files, entries with a term of office (IGO heads such as
    // Kofi Annan) or a first name CountryInfo lists.
    // An institution with a term ("Communist Party of the Soviet Union", "Kosovo Assembly") is no person: its
    // last word would become a surname ("Union", "Assembly").
    const type: "PER" | "ORG" =
      /CountryInfo/i.test(file) ||
      (file.includes("Countries") && roles.some((x) => x.from || x.to) && !INSTITUTION.test(name)) ||
      (file.includes("International") && roles.some((x) => x.from || x.to) && FIRST_NAMES.has(name.split(" ")[0]!))
        ? "PER"
        : "ORG";
    let id = `phx-${slug(name)}`;
    for (let k = 2; ids.has(id); k++) id = `phx-${slug(name)}-${k}`;
    ids.add(id);
    const entry: ActorEntry = { id, name, type, aliases, roles, origin };
    lines.push(entry);
    for (const n of [name, ...aliases])
      if (!byFlatName.has(n.toLowerCase().replace(/-/g, " "))) byFlatName.set(n.toLowerCase().replace(/-/g, " "), entry);
  }
}
const writePhoenix = () => writeFileSync(`${OUT}phoenix.jsonl`, lines.map((e) => JSON.stringify(e)).join("\n") + "\n");

/**
 * CountryInfo <Leaders> (heads of state and government with their terms, roughly 1960–2011) the Phoenix
 * files lack (the blocks CountryInfo gives no ISO code: Serbia and Montenegro with Yugoslavia, the Bosnian
 * entities; and single leaders the translation missed): GOV during each term, ELI otherwise.
 */
const CI_DATE = "2012-01-16";
const NO_CODE: Record<string, string> = {
  SERBIA_AND_MONTENEGRO: "SRB",
  "BOSNIAK/CROAT_FEDERATION": "BIH",
  BOSNIAN_SERB_REPUBLICA: "BIH",
  TURKISH_REPUBLIC_OF_NORTH_CYPRUS: "CYP",
};
const placeCodes = (
  JSON.parse(readFileSync(new URL("../../../data/places/curated.json", import.meta.url), "utf8")) as {
    codes?: Record<string, { iso3: string } | string>;
  }
).codes;
function leaders(text: string): Map<string, ActorEntry> {
  const out = new Map<string, ActorEntry>();
  for (const block of text.split("<Country>").slice(1)) {
    const ciName = block.match(/<CountryName>([^<]+)</)?.[1]?.trim() ?? "";
    const fix = placeCodes?.[ciName];
    const tagged = block.match(/<ISO3166-alpha3>([A-Z]{3})</)?.[1];
    const country = (typeof fix === "object" ? fix.iso3 : undefined) ?? NO_CODE[ciName] ?? tagged;
    if (!country || !ISO3.has(country)) continue;
    const body = block.match(/<Leaders>([\s\S]*?)<\/Leaders>/)?.[1] ?? "";
    let group = "";
    for (const raw of body.split("\n")) {
      const line = raw.trim();
      const g = /^<([A-Za-z' _-]+)>$/.exec(line);
      if (g) group = g[1]!;
      if (!/^[{A-Z]/.test(line)) continue;
      const names = [...line.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      if (names.length === 0) names.push(line.split(/\t|\s{2,}|\[/)[0]!);
      const terms = [...line.matchAll(/\[(?:[A-Z]{3,}\s*)?(?:(\d{8})\s*-\s*(\d{8})|>\s*(\d{8}))\]/g)];
      if (terms.length === 0) continue;
      const office = group ? `${group.replace(/s$/, "").replace(/^./, (c) => c.toUpperCase())} of ${titleCase(ciName)}` : undefined;
      const roles: Role[] = terms.map((t) => ({
        country,
        sector: "GOV",
        from: isoDate(t[1] ?? t[3]!),
        to: t[2] ? isoDate(t[2]) : CI_DATE,
        ...(office ? { office } : {}),
      }));
      const clean = names.map((n) => splitName(titleCase(n.trim())).name).filter((n) => n.length > 3 && n.includes(" "));
      // Compared without hyphens: "Popescu-Tariceanu" is Phoenix's "Popescu Tariceanu".
      const flat = (n: string) => n.toLowerCase().replace(/-/g, " ");
      if (clean.length === 0 || clean.some((n) => covered.has(flat(n)))) continue;
      if (clean.some((n) => known.has(flat(n)))) {
        // Already a Phoenix entry: CountryInfo's spelling ("Popescu-Tariceanu") becomes one of its aliases.
        const e = clean.map((n) => byFlatName.get(flat(n))).find(Boolean);
        if (e) for (const n of clean) if (n !== e.name && !e.aliases.includes(n)) e.aliases.push(n);
        continue;
      }
      const key = clean[0]!.toLowerCase();
      const prev = out.get(key);
      if (prev) {
        for (const r of roles)
          if (!prev.roles.some((x) => x.from === r.from && x.to === r.to)) prev.roles.splice(prev.roles.length - 1, 0, r);
        continue;
      }
      let id = `ci-${slug(clean[0]!)}`;
      for (let k = 2; ids.has(id); k++) id = `ci-${slug(clean[0]!)}-${k}`;
      ids.add(id);
      out.set(key, {
        id,
        name: clean[0]!,
        type: "PER",
        aliases: clean.slice(1),
        roles: [...roles, { country, sector: "ELI" }],
        origin: "countryinfo",
      });
    }
  }
  return out;
}
const ci = [...leaders(readFileSync(`${SHARED}/countryinfo/CountryInfo.120116.txt`, "latin1")).values()];
writePhoenix();
writeFileSync(`${OUT}countryinfo.jsonl`, ci.map((e) => JSON.stringify(e)).join("\n") + "\n");
console.log(`CountryInfo leaders not in Phoenix: ${ci.length}`);
console.log(`entries ${lines.length}, dropped (covered by curated/update) ${dropped}, country/place entries skipped ${places}`);
