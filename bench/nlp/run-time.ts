/** Time resolution on MEANTIME TIMEX3 (DATE and TIME values): share of gold expressions found with the right value. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { findTimes } from "../../src/analyze/times/index.js";
import { type GoldDoc, readMeantime, requireShared, SHARED, splitOf } from "./corpora.js";

export interface TimeResult {
  split: string;
  gold: number;
  ours: number;
  oursFound: number;
  chrono: number;
  predicted: number;
}

/** Gold TIMEX3 we score: DATE/TIME with a value, not the document's own creation-time line. */
function scorable(doc: GoldDoc) {
  return doc.timexes.filter(
    (t) => (t.type === "DATE" || t.type === "TIME") && t.value && !/^X+/.test(t.value) && t.start < doc.annotatedEnd,
  );
}

function same(a: string | null, b: string): boolean {
  if (!a) return false;
  const norm = (v: string) => v.replace(/T(\d\d:\d\d)(:\d\d)?Z?$/, "T$1");
  return norm(a) === norm(b) || (b.includes("T") && !a.includes("T") && b.startsWith(a) && /T(MO|AF|EV|NI)$/.test(b));
}

function chronoValue(text: string, t: { start: number; end: number }, dct: string): string | null {
  const r = chrono.parse(text.slice(Math.max(0, t.start - 10), t.end + 5), { instant: new Date(`${dct}T12:00:00Z`), timezone: 0 });
  const x = r[0];
  if (!x) return null;
  const s = x.start;
  const p = (n: number | null) => String(n ?? 0).padStart(2, "0");
  if (s.isCertain("day") || s.isCertain("weekday")) return `${s.get("year")}-${p(s.get("month"))}-${p(s.get("day"))}`;
  if (s.isCertain("month")) return `${s.get("year")}-${p(s.get("month"))}`;
  return String(s.get("year"));
}

/** Scores the dev and held-out splits (and train when asked: tuning data like dev); debug prints dev/train misses only. */
export function runTime(docs: GoldDoc[], debug: boolean, splits: string[] = ["dev", "heldout"]): TimeResult[] {
  const out: TimeResult[] = [];
  for (const split of splits) {
    const r: TimeResult = { split, gold: 0, ours: 0, oursFound: 0, chrono: 0, predicted: 0 };
    for (const d of docs) {
      if (splitOf(d.id) !== split || !d.dct) continue;
      const text = d.text.slice(0, d.annotatedEnd);
      const times = findTimes(text, splitSentences(text), d.dct.slice(0, 10));
      r.predicted += times.length;
      for (const g of scorable(d)) {
        r.gold++;
        const hit = times.find((t) => t.start < g.end && g.start < t.end);
        if (hit) r.oursFound++;
        if (hit && same(hit.value, g.value)) r.ours++;
        else if (debug && split !== "heldout")
          console.error(
            `${split}\t${g.value}\t${JSON.stringify(text.slice(g.start, g.end))}\tours=${hit?.value ?? "-"} ${JSON.stringify(hit?.text ?? "")}\tdct=${d.dct} …${JSON.stringify(text.slice(Math.max(0, g.start - 50), g.end + 30))}`,
          );
        if (same(chronoValue(text, g, d.dct.slice(0, 10)), g.value)) r.chrono++;
      }
    }
    out.push(r);
  }
  return out;
}

export function timeTable(rs: TimeResult[]): string {
  const lines = [
    "| split | gold TIMEX3 (DATE/TIME) | ours: found | ours: right value | chrono-node alone: right value | ratio |",
    "|---|---|---|---|---|---|",
  ];
  for (const r of rs) {
    const pct = (n: number) => `${((100 * n) / r.gold).toFixed(1)}%`;
    lines.push(
      `| ${r.split} | ${r.gold} | ${pct(r.oursFound)} | **${pct(r.ours)}** | ${pct(r.chrono)} | ${(r.ours / Math.max(1, r.chrono)).toFixed(2)} |`,
    );
  }
  return lines.join("\n");
}

/** Words and phrases that often belong to a date or time (a wide net: most hits are not dates). */
const DATE_LIKE =
  /\b(?:(?:early|mid|late)[- ]?)?(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|march|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|spring|summer|autumn|fall|winter|weekends?|(?:year|month|week|day|decade|quarter|hour)s?|century|centuries|ago|since|until|christmas|easter|halloween|thanksgiving|eid|ramadan|\d{4}s|\d0s|'\d\d|the past|recent(?:ly)?|next|last|fiscal|yesterday|today|tonight|tomorrow|now|current(?:ly)?|morning|afternoon|evening|night|noon|midday|midnight|overnight|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)|\d{4}|formerly|previously|soon|later|earlier|future|era|season|anniversary)\b/gi;

/**
 * Where to look for missed classes: date-like words that no TimeRef covers, grouped by the words around them
 * (most frequent first), in the bundled Wikinews articles without annotations, or (meantime) in the whole text
 * of the MEANTIME train and dev documents. A filter (a regular expression) keeps the groups that match it.
 */
export function scanMisses(source: "wikinews" | "meantime", filter: RegExp | null): string[] {
  const docs: { text: string; date: string }[] = [];
  if (source === "meantime") {
    for (const d of readMeantime()) if (splitOf(d.id) !== "heldout" && d.dct) docs.push({ text: d.text, date: d.dct.slice(0, 10) });
  } else {
    const annotated = new Set(JSON.parse(readFileSync(join(SHARED, "annotations", "ids.json"), "utf8")) as string[]);
    const file = join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl");
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const a = JSON.parse(line) as { id: string; text: string; date: string };
      if (!annotated.has(a.id)) docs.push({ text: a.text, date: a.date });
    }
  }
  const groups = new Map<string, { n: number; example: string }>();
  for (const d of docs) {
    const times = findTimes(d.text, splitSentences(d.text), d.date);
    for (const m of d.text.matchAll(DATE_LIKE)) {
      const a = m.index;
      const b = a + m[0].length;
      if (times.some((t) => t.start < b && a < t.end)) continue;
      const prev = d.text.slice(Math.max(0, a - 20), a).match(/(\S+)\s*$/)?.[1] ?? "";
      const next = d.text.slice(b, b + 20).match(/^\s*(\S+)/)?.[1] ?? "";
      const key = `${prev} [${m[0]}] ${next}`.toLowerCase();
      if (filter && !filter.test(key)) continue;
      const g = groups.get(key) ?? { n: 0, example: `${d.date} …${d.text.slice(Math.max(0, a - 50), b + 30).replace(/\s+/g, " ")}…` };
      g.n++;
      groups.set(key, g);
    }
  }
  return [...groups].sort((x, y) => y[1].n - x[1].n).map(([k, g]) => `${g.n}\t${k}\t${g.example}`);
}

// Standalone: npx tsx bench/nlp/run-time.ts [--train]   (DEBUG=1 prints the misses of the tuning splits)
//             npx tsx bench/nlp/run-time.ts --scan [wikinews|meantime] [FILTER]   (date-like words we do not cover)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  requireShared();
  const scan = process.argv.indexOf("--scan");
  if (scan >= 0) {
    const rest = process.argv.slice(scan + 1);
    const source = rest[0] === "meantime" ? "meantime" : "wikinews";
    const filter = rest.find((x) => x !== "meantime" && x !== "wikinews");
    for (const line of scanMisses(source, filter ? new RegExp(filter, "i") : null)) console.log(line);
  } else {
    const splits = process.argv.includes("--train") ? ["train", "dev", "heldout"] : ["dev", "heldout"];
    console.log(timeTable(runTime(readMeantime(), !!process.env.DEBUG, splits)));
  }
}
