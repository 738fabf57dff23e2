/** NER part of the NLP bench: ours vs. compromise on MEANTIME and WikiGold (dev and held-out splits). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import nlp from "compromise";
import { findEntities } from "../../src/analyze/entities/index.js";
import type { Tagger } from "../../src/analyze/entities/tagger.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { flatView, type GoldDoc, type GoldSpan, readMeantime, readWikigold, requireShared, SHARED, splitOf } from "./corpora.js";
import { emptyScores, prf, type Scores, score } from "./ner.js";

/** Our entities as gold-comparable spans (the same mapping for every model scored). */
export function ours(doc: GoldDoc, text: string, tagger?: Tagger): GoldSpan[] {
  const ents = findEntities(text, splitSentences(text), doc.dct?.slice(0, 10) ?? null, undefined, tagger);
  const out: GoldSpan[] = [];
  for (const e of ents) {
    let type: string = e.type;
    if (type === "GPE") type = "LOC";
    // MEANTIME's guidelines tag nationality adjectives ("German", "Irish") as location mentions.
    if (type === "NORP" && doc.corpus === "meantime") type = "LOC";
    out.push({ start: e.start, end: e.end, type });
  }
  return out;
}

function compromise(text: string): GoldSpan[] {
  const doc = nlp(text);
  const out: GoldSpan[] = [];
  const add = (view: { json: (o: object) => unknown }, type: string) => {
    for (const j of view.json({ offset: true }) as { offset: { start: number; length: number }; text: string }[]) {
      let start = j.offset.start;
      let end = start + j.offset.length;
      // compromise's offsets include trailing punctuation of the last term: trim it.
      while (end > start && /[\s.,;:!?"')\]]/.test(text[end - 1]!) && !/\b[A-Z]\.$|[A-Z]\.[A-Z]\.$/.test(text.slice(start, end))) end--;
      while (start < end && /[\s"'(]/.test(text[start]!)) start++;
      out.push({ start, end, type });
    }
  };
  add(doc.people(), "PER");
  add(doc.places(), "LOC");
  add(doc.organizations(), "ORG");
  return out;
}

export interface NerResult {
  corpus: string;
  split: string;
  view: string;
  ours: Scores;
  peer: Scores;
  tokens: number;
  ms: number;
}

export function runNer(docs: GoldDoc[], corpus: string, debug: boolean): NerResult[] {
  const results: NerResult[] = [];
  const views = corpus === "meantime" ? ["flat", "strict"] : ["strict"];
  for (const split of ["dev", "heldout"] as const) {
    for (const view of views) {
      const r: NerResult = { corpus, split, view, ours: emptyScores(), peer: emptyScores(), tokens: 0, ms: 0 };
      const errors: string[] = [];
      for (const d of docs) {
        if (splitOf(d.id) !== split) continue;
        const text = d.text.slice(0, d.annotatedEnd);
        const gold = view === "flat" ? flatView(d) : d.entities;
        const t0 = performance.now();
        const pred = ours(d, text);
        r.ms += performance.now() - t0;
        r.tokens += text.split(/\s+/).length;
        score(
          r.ours,
          gold,
          pred,
          debug && split === "dev" && view !== "strict" ? errors : debug && split === "dev" && corpus === "wikigold" ? errors : undefined,
          text,
        );
        score(r.peer, gold, compromise(text));
      }
      if (errors.length) console.error(errors.join("\n"));
      results.push(r);
    }
  }
  return results;
}

export function nerTable(results: NerResult[]): string {
  const lines = [
    "| corpus | split | gold view | type | ours P | ours R | ours F1 | compromise F1 | ratio |",
    "|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    for (const t of ["PER", "ORG", "LOC", "ALL"] as const) {
      const o = prf(r.ours[t]);
      const p = prf(r.peer[t]);
      lines.push(
        `| ${r.corpus} | ${r.split} | ${r.view} | ${t === "ALL" ? "**all**" : t} | ${o.p.toFixed(1)} | ${o.r.toFixed(1)} | ${t === "ALL" ? `**${o.f.toFixed(1)}**` : o.f.toFixed(1)} | ${p.f.toFixed(1)} | ${p.f ? (o.f / p.f).toFixed(2) : "-"} |`,
      );
    }
  }
  return lines.join("\n");
}

/** CPU time of the entity finder alone (sentences split beforehand) over the bundled Wikinews corpus. */
function entitySpeed(): string {
  const texts = readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const docs = texts.map((t) => ({ t, s: splitSentences(t) }));
  const tokens = texts.reduce((n, t) => n + (t.match(/\S+/g)?.length ?? 0), 0);
  for (const d of docs.slice(0, 30)) findEntities(d.t, d.s, null);
  const cpu: number[] = [];
  for (let k = 0; k < 5; k++) {
    const c0 = process.cpuUsage();
    for (const d of docs) findEntities(d.t, d.s, null);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const med = [...cpu].sort((a, b) => a - b)[2] ?? 0;
  return `entities only: ${tokens} tokens, CPU ${med.toFixed(0)} ms (median of 5), ${Math.round(tokens / (med / 1000)).toLocaleString("en")} tokens per CPU-second`;
}

// Standalone: npx tsx bench/nlp/run-ner.ts [--speed]   (DEBUG=1 prints dev errors to stderr)
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  requireShared();
  const debug = !!process.env.DEBUG;
  const corpus = process.env.CORPUS;
  const results = [
    ...(corpus && corpus !== "meantime" ? [] : runNer(readMeantime(), "meantime", debug)),
    ...(corpus && corpus !== "wikigold" ? [] : runNer(readWikigold(), "wikigold", debug)),
  ];
  console.log(nerTable(results));
  if (process.argv.includes("--speed")) console.log(entitySpeed());
}
