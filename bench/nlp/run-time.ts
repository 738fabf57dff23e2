/** Time resolution on MEANTIME TIMEX3 (DATE and TIME values): share of gold expressions found with the right value. */
import { pathToFileURL } from "node:url";
import * as chrono from "chrono-node";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { findTimes } from "../../src/analyze/times/index.js";
import { type GoldDoc, readMeantime, requireShared, splitOf } from "./corpora.js";

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

// Standalone: npx tsx bench/nlp/run-time.ts [--train]   (DEBUG=1 prints the misses of the tuning splits)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  requireShared();
  const splits = process.argv.includes("--train") ? ["train", "dev", "heldout"] : ["dev", "heldout"];
  console.log(timeTable(runTime(readMeantime(), !!process.env.DEBUG, splits)));
}
