/**
 * Aggregate diagnosis of publication-date misses on the DEV half of WCXB. The held-out half is
 * skipped entirely (not even its class counts are printed: rules are written from dev only, and
 * run.ts gives the held-out aggregates). Each dated page we get wrong is put in one
 * class by what we returned (no date / a day one off the gold / another day) and by whether the
 * gold day appears in the page's HTML at all, in any common form: ISO and numeric `Y-M-D`, `D/M/Y`,
 * `M/D/Y` (either separator, two- or four-digit year), a month name in either order (English and
 * the other languages of src/extract/dates/months.ts), or a date-time whose day in UTC or in its
 * own zone is the gold day. Where the gold day appears, the place is counted too: visible text,
 * JSON-LD/scripts, or other markup (attributes). `--list` prints the dev misses with their class.
 * Usage: npx tsx bench/extraction/date-classes.ts [--list]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../../src/extract/decode/bytes.js";
import { collectBlocks } from "../../src/extract/html/blocks.js";
import { parseHtml } from "../../src/extract/html/dom.js";
import { stripInert } from "../../src/extract/html/prep.js";
import { pickMain, within } from "../../src/extract/html/score.js";
import { extract } from "../../src/extract/index.js";
import { blockKey } from "../../src/extract/post/whitespace.js";
import { parseDateLine } from "../../src/extract/text/rules/date-line.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction/wcxb-dev");
if (!existsSync(DATA)) {
  console.error(`${DATA} is absent`);
  process.exit(0);
}
const list = process.argv.includes("--list");
const isDev = (id: string) => createHash("sha1").update(`wcxb:${id}`).digest()[0]! % 2 === 0;

const MONTHS: string[][] = [
  ["january", "jan", "janvier", "januar", "enero", "janeiro", "gennaio", "januari", "stycznia"],
  ["february", "feb", "févr", "février", "fevrier", "februar", "febrero", "fevereiro", "febbraio", "februari"],
  ["march", "mar", "mars", "märz", "marzo", "março", "maart"],
  ["april", "apr", "avril", "abril", "aprile"],
  ["may", "mai", "mayo", "maio", "maggio", "mei"],
  ["june", "jun", "juin", "juni", "junio", "junho", "giugno"],
  ["july", "jul", "juillet", "juli", "julio", "julho", "luglio"],
  ["august", "aug", "août", "aout", "agosto", "augustus"],
  ["september", "sep", "sept", "septembre", "septiembre", "setembro", "settembre"],
  ["october", "oct", "octobre", "oktober", "octubre", "outubro", "ottobre"],
  ["november", "nov", "novembre", "noviembre", "novembro"],
  ["december", "dec", "décembre", "decembre", "dezember", "diciembre", "dezembro", "dicembre"],
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Regexes finding one day written in the common forms. */
function dayPatterns(iso: string): { numeric: RegExp; named: RegExp } {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const Y = `(?:${y}|${String(y).slice(2)})`;
  const M = `0?${m}`;
  const D = `0?${d}`;
  const sep = "[-/.]";
  const numeric = new RegExp(
    `(?<![\\d])(?:${y}${sep}?${String(m).padStart(2, "0")}${sep}?${String(d).padStart(2, "0")}|${y}${sep}${M}${sep}${D}|${D}${sep}${M}${sep}${Y}|${M}${sep}${D}${sep}${Y})(?![\\d])`,
  );
  const names = MONTHS[m - 1]!.map(esc).join("|");
  const named = new RegExp(
    `(?<![\\p{L}\\d])(?:(?:${names})\\.?\\s*${D}(?:st|nd|rd|th)?,?\\s*(?:${y})|${D}(?:st|nd|rd|th)?\\.?\\s*(?:de\\s+|of\\s+)?(?:${names})\\.?,?\\s*(?:de\\s+)?${y}|${y}\\s*(?:${names})\\.?\\s*${D})(?![\\d])`,
    "iu",
  );
  return { numeric, named };
}

/** Date-times with a zone whose UTC day or own-zone day is `iso` while the other is not. */
const DATETIME = /(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})/g;
function zoneShifted(html: string, iso: string): boolean {
  for (const m of html.matchAll(DATETIME)) {
    const local = `${m[1]}-${m[2]}-${m[3]}`;
    const t = Date.parse(`${local}T${m[4]}:${m[5]}:00${m[6] === "Z" ? "Z" : m[6]!.replace(/^([+-]\d{2}):?(\d{2})$/, "$1:$2")}`);
    if (Number.isNaN(t)) continue;
    const utc = new Date(t).toISOString().slice(0, 10);
    if (utc !== local && (utc === iso || local === iso)) return true;
  }
  return false;
}

/** How the gold day is written in the visible text, and the label right before it. */
function textForm(text: string, iso: string): string {
  const { numeric, named } = dayPatterns(iso);
  const n = named.exec(text) ?? numeric.exec(text);
  if (!n) return "";
  const kind = named.test(n[0]) ? "named" : /^\d{4}/.test(n[0]) ? "numeric-ymd" : "numeric-dmy/mdy";
  const before = text.slice(Math.max(0, n.index - 40), n.index).toLowerCase();
  const label = /updat|modif|revis|review/.test(before)
    ? "update-label"
    : /publi|post|date|written|creat|on\s*:?\s*$/.test(before)
      ? "publish-label"
      : "no-label";
  return `${kind}, ${label}`;
}

/** Where the block holding the gold day sits, for pages where we found no date. */
function blockPlace(html: string, iso: string, title: string): string {
  const { numeric, named } = dayPatterns(iso);
  const blocks = collectBlocks(parseHtml(stripInert(html).html), Date.now() + 60_000);
  const { main } = pickMain(blocks);
  const mainStart = main ? blocks.findIndex((b) => within(b.container, main)) : -1;
  const tk = blockKey(title);
  const head = blocks.findIndex((b) => b.heading && tk.length > 0 && blockKey(b.text) === tk);
  const h = head >= 0 ? head : mainStart;
  const i = blocks.findIndex((b) => named.test(b.text) || numeric.test(b.text));
  if (i < 0) return "in no block";
  const b = blocks[i]!;
  const pos =
    h < 0 ? "no head" : i < h - 15 ? "far before head" : i > Math.max(h, mainStart) + 15 ? "far after head/body start" : "near head";
  const m = named.exec(b.text) ?? numeric.exec(b.text)!;
  const p = parseDateLine(m[0]);
  const parsed = p && `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}` === iso ? "parses" : "parse fails";
  const size = b.chars > 140 || b.words > 16 ? "long block" : "short block";
  if (pos === "near head" && size === "short block") {
    const rest = b.text.replace(m[0], " ").trim();
    const words = (rest.match(/\p{L}+/gu) ?? []).length;
    const feats = [
      parseDateLine(b.text) ? "whole line parses" : `${words < 3 ? "1-2" : words < 6 ? "3-5" : "6+"} other words`,
      /\bby\b/i.test(rest) ? "by" : "",
      /\bon\s*$/i.test(b.text.slice(0, b.text.indexOf(m[0]))) ? "'on' before" : "",
      /\bread\b/i.test(rest) ? "read-time" : "",
      /[|•·]/.test(rest) ? "separator" : "",
      parsed === "parse fails" ? `form ${m[0].replace(/\p{L}+/gu, "a").replace(/\d/g, "9")}` : "",
    ].filter(Boolean);
    bump(shapes, `  near-head short block: ${feats.join(", ")}`);
  }
  return `${pos}, ${size}, ${parsed}${b.drop ? `, dropped ${b.drop}` : ""}${head < 0 ? ", headline not found" : ""}`;
}

let lastText = "";
function places(html: string, iso: string): string {
  const { numeric, named } = dayPatterns(iso);
  const has = (s: string) => numeric.test(s) || named.test(s);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]!).join("\n");
  const noScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>|<!--[\s\S]*?-->/gi, " ");
  const text = noScripts
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;|&#160;/g, " ")
    .replace(/\s+/g, " ");
  const attrs = [...noScripts.matchAll(/<[^>]*>/g)].map((m) => m[0]).join("\n");
  lastText = text;
  const where: string[] = [];
  if (has(text)) where.push("text");
  if (has(scripts)) where.push("script");
  if (has(attrs)) where.push("attr");
  if (!where.length && zoneShifted(html, iso)) where.push("zone-shifted");
  return where.join("+") || "absent";
}

type Tally = Map<string, number>;
const shapes: Tally = new Map();
const t: Tally = new Map();
const totals = [0, 0];
const invented = [0, 0];
const bump = (t: Tally, k: string) => t.set(k, (t.get(k) ?? 0) + 1);
const DAY = 86_400_000;

for (const f of readdirSync(join(DATA, "ground-truth")).sort()) {
  const id = f.replace(/\.json$/, "");
  if (!isDev(id)) continue;
  const h = join(DATA, "html", `${id}.html.gz`);
  if (!existsSync(h)) continue;
  const j = JSON.parse(readFileSync(join(DATA, "ground-truth", f), "utf8"));
  const gold = (j.ground_truth.publish_date as string | null)?.slice(0, 10);
  const bytes = readFileSync(h);
  const a = extract({ id, bytes, url: j.url, contentType: "text/html" });
  const ours = a.published?.value?.slice(0, 10);
  if (!gold) {
    invented[0]! += ours ? 1 : 0;
    invented[1]!++;
    continue;
  }
  totals[1]!++;
  if (ours === gold) {
    totals[0]!++;
    continue;
  }
  const html = decodeBytes(gunzipSync(bytes), "text/html", id).text;
  const got = !ours ? "none" : Math.abs(Date.parse(ours) - Date.parse(gold)) === DAY ? "one-day-off" : "other-day";
  const where = places(html, gold);
  const inUrl = dayPatterns(gold).numeric.test(j.url) ? " (also in URL)" : "";
  bump(t, `gold ${where === "absent" ? "absent" : where === "zone-shifted" ? "zone-shifted only" : "present"} / ours ${got}`);
  if (where !== "absent" && where !== "zone-shifted") bump(t, `  present in: ${where}`);
  if (where.includes("text")) bump(t, `  in text as: ${textForm(lastText, gold)} / ours ${got}`);
  if (!ours && where !== "absent") bump(t, `  ours none, gold block: ${blockPlace(html, gold, a.title ?? "")}`);
  if (ours && a.modified?.value?.slice(0, 10) === gold) bump(t, `  gold = our modified time / ours ${got}`);
  if (list) console.log(`${id} gold=${gold} ours=${ours ?? "-"} (${a.published?.method ?? "-"}) gold in: ${where}${inUrl}`);
}

const keys = [...t.keys()].sort((a, b) => (a.startsWith("  ") === b.startsWith("  ") ? a.localeCompare(b) : a.startsWith("  ") ? 1 : -1));
for (const [k, n] of shapes) console.log(`${k.padEnd(38)} ${String(n).padStart(4)}`);
const pct = (x: number[]) => `${x[0]}/${x[1]} right (${((100 * x[0]!) / (x[1]! || 1)).toFixed(1)}%)`;
console.log(`\nmisses by class (dated WCXB dev pages)  dev`);
for (const k of keys) console.log(`${k.padEnd(38)} ${String(t.get(k)).padStart(4)}`);
const inv = (x: number[]) => `${x[0]}/${x[1]} (${((100 * x[0]!) / (x[1]! || 1)).toFixed(1)}%)`;
console.log(`\ndate: dev ${pct(totals)}`);
console.log(`invented on undated pages: dev ${inv(invented)}`);
