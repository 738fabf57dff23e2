/**
 * The actor dictionary: named people and organisations with dated roles.
 *
 * Data: `data/actors/*.jsonl`, one {@link ActorEntry} per line (see data/actors/SOURCES.md). Files are
 * read once, on first use. Entries from several files may describe the same actor; lookups return
 * matches ordered by origin priority (curated > update > countryinfo > phoenix), so the first match is
 * the best one.
 *
 * Lookup rules:
 * - `lookupActor(surface)`: exact match of the full name or an alias after light normalisation
 *   (whitespace, curly apostrophes, a leading "the"). Case-insensitive, except short acronyms
 *   ("UN", "FSB", "G20", "U.S."), which match only in their own case.
 * - `lookupSurname(surname, date?)`: people by their last name ("Peskov" → Dmitry Peskov); with a
 *   date, people holding a role at that date come first.
 * - `roleAt(entry, date)`: the role held at a date (ISO day, month or year); Trump is USA GOV in 2018
 *   and 2025, USA PTY in 2022.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ActorEntry, Role } from "./types.js";

export type { ActorEntry, Role } from "./types.js";

export interface ActorIndex {
  entries: ActorEntry[];
  byId: Map<string, ActorEntry>;
  /** Exact-case surface → entries (all names and aliases). */
  exact: Map<string, ActorEntry[]>;
  /** Lower-case surface → entries (names and aliases that are not short acronyms). */
  folded: Map<string, ActorEntry[]>;
  /** Lower-case surname → people. */
  surnames: Map<string, ActorEntry[]>;
  /** Problems met while loading (bad lines), for diagnostics. */
  problems: string[];
}

const ORIGIN_RANK: Record<string, number> = { curated: 0, update: 1, countryinfo: 2, phoenix: 3 };
const originRank = (e: ActorEntry): number => ORIGIN_RANK[e.origin ?? ""] ?? 4;

/** Surname particles that are not a surname on their own. */
const SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);

export const ACTORS_DIR = fileURLToPath(new URL("../../data/actors/", import.meta.url));

/** Normalise a surface form for lookup: NFC, straight apostrophes, single spaces, no leading "the". */
const SIMPLE_SURFACE = /^(?!the )[A-Za-z0-9.,&()-]+(?: [A-Za-z0-9.,&()-]+)*$/i;

export function normalizeSurface(s: string): string {
  if (SIMPLE_SURFACE.test(s)) return s;
  return s
    .normalize("NFC")
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u00a0\s]+/g, " ")
    .trim()
    .replace(/^the /i, "")
    .replace(/'s$/, "");
}

/** A short acronym matches only in its own case: "UN", "FSB", "G20", "U.S.", "EU". */
export function isAcronym(s: string): boolean {
  // More than five ASCII letters and digits (kept below) is no acronym: decided without building `t`.
  let kept = 0;
  for (let i = 0; i < s.length && kept <= 5; i++) {
    const c = s.charCodeAt(i) | 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) kept++;
  }
  if (kept > 5) return false;
  const t = s.replace(/[.\s-]/g, "");
  if (t.length === 0 || t.length > 5) return false;
  return /^[A-Z0-9&]+$/.test(t) && /[A-Z]/.test(t);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) {
    if (!list.includes(v)) list.push(v);
  } else m.set(k, [v]);
}

function surnameOf(name: string): string | null {
  const toks = name.split(" ").filter((t) => t.length > 0);
  while (toks.length > 1 && SUFFIXES.has(toks[toks.length - 1]!.toLowerCase().replace(/,$/, ""))) toks.pop();
  if (toks.length < 2) return null;
  const last = toks[toks.length - 1]!.replace(/,$/, "");
  return last.length >= 2 ? last : null;
}

/** Build an index from entries (exported for tests and for benches with their own dictionaries). */
export function buildActorIndex(entries: ActorEntry[], problems: string[] = []): ActorIndex {
  const sorted = [...entries].sort((a, b) => originRank(a) - originRank(b));
  const idx: ActorIndex = { entries: sorted, byId: new Map(), exact: new Map(), folded: new Map(), surnames: new Map(), problems };
  for (const e of sorted) {
    if (!idx.byId.has(e.id)) idx.byId.set(e.id, e);
    for (const raw of [e.name, ...e.aliases]) {
      const s = normalizeSurface(raw);
      if (!s) continue;
      push(idx.exact, s, e);
      if (!isAcronym(s)) push(idx.folded, s.toLowerCase(), e);
      if (e.type === "PER" && !e.fullNameOnly) {
        const sn = surnameOf(s);
        if (sn && !isAcronym(sn)) push(idx.surnames, sn.toLowerCase(), e);
      }
    }
  }
  return idx;
}

/** Parse one JSONL file of actor entries; bad lines become problems naming the file and line. */
export function parseActorLines(text: string, file: string, problems: string[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith("#") || line.startsWith("//")) continue;
    try {
      const e = JSON.parse(line) as ActorEntry;
      if (typeof e.id !== "string" || typeof e.name !== "string" || !Array.isArray(e.roles)) {
        problems.push(`${file}:${i + 1}: entry lacks id, name or roles`);
        continue;
      }
      if (!Array.isArray(e.aliases)) e.aliases = [];
      out.push(e);
    } catch (err) {
      problems.push(`${file}:${i + 1}: ${(err as Error).message}`);
    }
  }
  return out;
}

let loaded: ActorIndex | null = null;

/** Load every `data/actors/*.jsonl` once and index it. */
export function loadActors(dir: string = ACTORS_DIR): ActorIndex {
  if (loaded && dir === ACTORS_DIR) return loaded;
  const problems: string[] = [];
  const entries: ActorEntry[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort();
  } catch (err) {
    problems.push(`${dir}: ${(err as Error).message}`);
  }
  for (const f of files) entries.push(...parseActorLines(readFileSync(dir + f, "utf8"), f, problems));
  const idx = buildActorIndex(entries, problems);
  if (dir === ACTORS_DIR) loaded = idx;
  return idx;
}

/** Entries whose full name or alias is exactly this surface form (best first). */
export function lookupActor(surface: string, index: ActorIndex = loadActors()): ActorEntry[] {
  const s = normalizeSurface(surface);
  if (!s) return [];
  const exact = index.exact.get(s);
  if (exact) return exact;
  if (isAcronym(s)) return [];
  return index.folded.get(s.toLowerCase()) ?? [];
}

/** The entry with this id. */
export function getActor(id: string, index: ActorIndex = loadActors()): ActorEntry | undefined {
  return index.byId.get(id);
}

/**
 * People whose surname is this word ("Peskov"). With a date, those holding a role then come first;
 * ties keep origin priority.
 */
export function lookupSurname(surname: string, date?: string | null, index: ActorIndex = loadActors()): ActorEntry[] {
  const list = index.surnames.get(normalizeSurface(surname).toLowerCase()) ?? [];
  if (!date || list.length < 2) return list;
  const active = list.filter((e) => hasDatedRoleAt(e, date));
  return active.length > 0 ? [...active, ...list.filter((e) => !active.includes(e))] : list;
}

/** The first and last day covered by an ISO date of day, month or year precision. */
export function dateSpan(iso: string): [string, string] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const [, y, mo, d] = m;
  if (d) return [`${y}-${mo}-${d}`, `${y}-${mo}-${d}`];
  if (mo) {
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    return [`${y}-${mo}-01`, `${y}-${mo}-${String(last).padStart(2, "0")}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

const DAY = 86_400_000;
const toMs = (d: string): number => Date.parse(`${d.slice(0, 10)}T00:00:00Z`);

function isDated(r: Role): boolean {
  return Boolean(r.from || r.to);
}

/**
 * A pure function of a date string, memoised (role dates and article dates repeat: parsing them is most of the
 * cost of roleAt); `which` 0: the day itself, 1: the first day of its span, 2: the last.
 */
const msMemo = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
function ms(d: string, which: 0 | 1 | 2): number {
  const memo = msMemo[which]!;
  let v = memo.get(d);
  if (v === undefined) {
    v = which === 0 ? toMs(d) : toMs(dateSpan(d)![which - 1]!);
    if (memo.size > 100000) memo.clear();
    memo.set(d, v);
  }
  return v;
}

/** Days of overlap between a role and a period (0 when disjoint). */
function overlapDays(r: Role, start: string, end: string): number {
  const rs = r.from ? ms(r.from, 1) : Number.NEGATIVE_INFINITY;
  const re = r.to ? ms(r.to, 2) : Number.POSITIVE_INFINITY;
  const s = Math.max(rs, ms(start, 0));
  const e = Math.min(re, ms(end, 0));
  return e < s ? 0 : (e - s) / DAY + 1;
}

function hasDatedRoleAt(e: ActorEntry, date: string): boolean {
  const span = dateSpan(date);
  if (!span) return false;
  return e.roles.some((r) => isDated(r) && overlapDays(r, span[0], span[1]) > 0);
}

/**
 * The role an actor held at a date (ISO day, month or year). For a month or year, the role covering
 * most of it. Undated roles are the fallback when no dated role covers the date. Without a date, the
 * current role (open-ended, latest start). Null when the actor held no role then.
 */
export function roleAt(entry: ActorEntry, isoDate?: string | null): Role | null {
  const roles = entry.roles;
  if (roles.length === 0) return null;
  const undated = roles.find((r) => !isDated(r)) ?? null;
  if (!isoDate) {
    const open = roles.filter((r) => isDated(r) && !r.to).sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
    return open[0] ?? undated ?? roles[roles.length - 1] ?? null;
  }
  const span = dateSpan(isoDate);
  if (!span) return undated;
  let best: Role | null = null;
  let bestDays = 0;
  for (const r of roles) {
    if (!isDated(r)) continue;
    const d = overlapDays(r, span[0], span[1]);
    // Prefer more overlap; on a tie prefer the government role, then the later start.
    if (
      d > bestDays ||
      (d > 0 &&
        d === bestDays &&
        best &&
        (sectorRank(r) < sectorRank(best) || (sectorRank(r) === sectorRank(best) && (r.from ?? "") > (best.from ?? ""))))
    ) {
      best = r;
      bestDays = d;
    }
  }
  return best ?? undated;
}

/**
 * No role covers the date and none is undated: the role closest in time (a minister named a year after
 * leaving office is still of that country; the dictionary's first role for a date before it).
 */
export function nearestRole(entry: ActorEntry, date: string | null): Role | null {
  if (!date) return null;
  const day = date.slice(0, 10);
  let best: Role | null = null;
  let gap = Number.POSITIVE_INFINITY;
  for (const r of entry.roles) {
    const from = r.from ?? "0000";
    const to = r.to ?? "9999";
    const d = day < from ? Date.parse(from) - Date.parse(day) : day > to ? Date.parse(day) - Date.parse(to) : 0;
    if (Number.isFinite(d) && d < gap) [best, gap] = [r, d];
  }
  return best;
}

/** Whether an office is that of a head of state or government ("President of Egypt", "Prime minister of Israel"). */
export function isLeaderOffice(office: string | undefined): boolean {
  return (
    !!office &&
    /\b(president|prime minister|premier|king|queen|emir|sultan|chancellor|heads? of (state|government)|supreme leader)\b/i.test(office) &&
    !/bank|fund|court|council|assembly|senate|commission/i.test(office)
  );
}

const SECTOR_RANK: Record<string, number> = { GOV: 0, MIL: 1, LEG: 2, JUD: 3, COP: 4, IGO: 5 };
function sectorRank(r: Role): number {
  return SECTOR_RANK[r.sector ?? ""] ?? 9;
}

/** Every role an actor held at some point in the period (for display and tests). */
export function rolesDuring(entry: ActorEntry, isoDate: string): Role[] {
  const span = dateSpan(isoDate);
  if (!span) return [];
  return entry.roles.filter((r) => isDated(r) && overlapDays(r, span[0], span[1]) > 0);
}
