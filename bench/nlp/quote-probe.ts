/**
 * Quote recall probe on the unannotated bundled Wikinews articles (no gold): every quotation-marked span of
 * five words or more and every sentence with a speech or report word, and whether the analysis produced a
 * quote covering it (half its characters for a quoted span; any quote in the sentence for a cue sentence).
 * Articles of the held-out half of our annotations are left out. Prints coverage; `SAMPLE=N SEED=S` also
 * prints N uncovered items of each kind, drawn with a fixed seed, for reading; `COVERED=1` samples covered
 * quoted spans instead (with their speakers), for reading precision.
 * Run: npx tsx bench/nlp/quote-probe.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleFor } from "../events/lib/pipeline.js";
import { rng } from "../lib/rng.js";
import { readWikinewsQuotes, wikinewsSplit } from "./run-quotes.js";

const path = join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl");
const heldout = new Set(
  readWikinewsQuotes()
    .filter((d) => wikinewsSplit(d.id) === "heldout")
    .map((d) => d.id),
);
// Interview transcripts ("((WN)) question ((Name)) answer") are left out too: their quotation marks are the
// interviewee's own reported words, not the news prose the quote rules read.
const docs = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; text: string; date: string })
  .filter((d) => !heldout.has(d.id) && !d.text.includes("(("));

/** Speech and report words, wider than the rules' cue list on purpose (the probe looks for what they miss). */
const CUE =
  /\b(?:said|says|say|told|tells|according to|wrote|writes|tweeted|tweets|posted|announced|announces|added|adds|noted|notes|insisted|insists|warned|warns|stated|states|claimed|claims|explained|explains|asked|asks|responded|replied|argued|argues|described|confirmed|denied|reported|called|urged|commented|acknowledged|admitted|estimated|predicted|believes|believed|suggested|concluded|declared|remarked|revealed|told)\b/;

interface Item {
  doc: number;
  kind: "quoted" | "cue";
  start: number;
  end: number;
  covered: boolean;
  by?: Quote;
}

function quotedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const re of [/“([^”\n]+)”/g, /"([^"\n]+)"/g]) {
    for (const m of text.matchAll(re)) {
      const s = (m.index ?? 0) + 1;
      const inner = m[1] ?? "";
      if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 5) out.push([s, s + inner.length]);
    }
  }
  return out;
}

function coveredShare(quotes: Quote[], a: number, b: number): [number, Quote | undefined] {
  let got = 0;
  let best: Quote | undefined;
  let bestShare = 0;
  // Quotes rarely overlap one another; summing their shares is close enough for a probe.
  for (const q of quotes) {
    const sh = Math.max(0, Math.min(b, q.end) - Math.max(a, q.start));
    got += sh;
    if (sh > bestShare) {
      bestShare = sh;
      best = q;
    }
  }
  return [Math.min(1, got / Math.max(1, b - a)), best];
}

const items: Item[] = [];
const texts: string[] = [];
const t0 = Date.now();
docs.forEach((d, doc) => {
  const article = articleFor(d.text, d.date);
  const a = analyze(article);
  texts.push(article.text);
  for (const [s, e] of quotedSpans(article.text)) {
    const [share, by] = coveredShare(a.quotes, s, e);
    items.push({ doc, kind: "quoted", start: s, end: e, covered: share >= 0.5, by });
  }
  for (const sen of a.sentences) {
    const t = article.text.slice(sen.start, sen.end);
    if (!CUE.test(t)) continue;
    const by = a.quotes.find((q) => q.start < sen.end && q.end > sen.start);
    items.push({ doc, kind: "cue", start: sen.start, end: sen.end, covered: !!by, by });
  }
});

for (const kind of ["quoted", "cue"] as const) {
  const all = items.filter((i) => i.kind === kind);
  const cov = all.filter((i) => i.covered).length;
  const named = all.filter((i) => i.covered && i.by?.speaker?.name && /^\p{Lu}/u.test(i.by.speaker.name)).length;
  console.log(
    `${kind}: ${cov}/${all.length} covered (${((100 * cov) / all.length).toFixed(1)}%), ${named} of them with a capitalised speaker name`,
  );
}
console.log(`${docs.length} articles, ${Date.now() - t0} ms`);

const n = Number(process.env.SAMPLE ?? 0);
if (n > 0) {
  const rand = rng(Number(process.env.SEED ?? 1));
  const want = !!process.env.COVERED;
  for (const kind of ["quoted", "cue"] as const) {
    const pool = items.filter((i) => i.kind === kind && i.covered === want);
    for (let k = pool.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [pool[k], pool[j]] = [pool[j] as Item, pool[k] as Item];
    }
    console.log(`\n== ${want ? "covered" : "uncovered"} ${kind} (${pool.length}), sample ${Math.min(n, pool.length)}`);
    for (const it of pool.slice(0, n)) {
      const t = texts[it.doc] ?? "";
      const ctx = `${t.slice(Math.max(0, it.start - 160), it.start)}⟦${t.slice(it.start, it.end)}⟧${t.slice(it.end, it.end + 80)}`.replace(
        /\s+/g,
        " ",
      );
      const sp = it.by ? ` -> [${it.by.speaker?.name ?? "-"} / ${it.by.cue}] ${it.by.text.slice(0, 60)}` : "";
      console.log(`#${it.doc}@${it.start} ${kind === "quoted" ? `«${t.slice(it.start, it.end).slice(0, 80)}»` : ""}${sp}\n   …${ctx}…`);
    }
  }
}
