/**
 * Trains the NER tagger (averaged perceptron) on the TRAIN split of WikiGold and MEANTIME and writes
 * data/ner/model.json. Run: npx tsx bench/nlp/train-ner.ts [--with-dev]
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeView, tokenFeatures } from "../../src/analyze/entities/features.js";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { lookupPlace } from "../../src/dict/places.js";
import { flatView, type GoldDoc, readMeantime, readWikigold, requireShared, splitOf } from "./corpora.js";

requireShared();
const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
const EPOCHS = Number(process.env.EPOCHS ?? 8);

interface Example {
  feats: string[][];
  gold: string[];
  sentenceStart: boolean[];
}

function examples(doc: GoldDoc, spans: { start: number; end: number; type: string }[]): Example {
  const text = doc.text.slice(0, doc.annotatedEnd);
  const p = prepare(text, splitSentences(text));
  const gold = p.tokens.map(() => "O");
  for (const s of spans) {
    let type = s.type;
    const surface = text.slice(s.start, s.end);
    if (type === "LOC" && lookupPlace(surface)?.kind === "demonym") type = "MISC";
    let first = true;
    p.tokens.forEach((t, i) => {
      if (t.start >= s.start && t.end <= s.end) {
        gold[i] = `${first ? "B" : "I"}-${type}`;
        first = false;
      }
    });
  }
  const view = makeView(p.tokens);
  const feats = p.tokens.map((_, i) => tokenFeatures(view, i, p.sentenceStart, p.stats));
  return { feats, gold, sentenceStart: p.sentenceStart };
}

// --with-dev also trains on the dev split (the shipped model); the held-out split is never used.
const splits = new Set(process.argv.includes("--with-dev") ? ["train", "dev"] : ["train"]);
const data: Example[] = [];
for (const d of readWikigold()) if (splits.has(splitOf(d.id))) data.push(examples(d, d.entities));
for (const d of readMeantime()) if (splits.has(splitOf(d.id))) data.push(examples(d, flatView(d)));
console.log(`training on ${data.length} documents, ${data.reduce((a, e) => a + e.gold.length, 0)} tokens`);

const T = TAGS.length;
const w = new Map<string, Float64Array>();
const tot = new Map<string, Float64Array>();
const ts = new Map<string, Float64Array>();
let c = 0;
function get(m: Map<string, Float64Array>, f: string): Float64Array {
  let v = m.get(f);
  if (!v) {
    v = new Float64Array(T);
    m.set(f, v);
  }
  return v;
}
function update(f: string, t: number, delta: number): void {
  const wv = get(w, f);
  const tv = get(tot, f);
  const sv = get(ts, f);
  tv[t]! += (c - sv[t]!) * wv[t]!;
  sv[t] = c;
  wv[t]! += delta;
}
function ctx(feats: string[], prev: string, prev2: string): string[] {
  return [...feats, `pt=${prev}`, `pt2=${prev2}|${prev}`, `pt+w=${prev}|${feats[1]}`];
}
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  let errors = 0;
  let n = 0;
  const order = data.map((_, i) => i).sort(() => rand() - 0.5);
  for (const k of order) {
    const ex = data[k];
    const out: string[] = [];
    for (let i = 0; i < ex!.gold.length; i++) {
      const prev = ex!.sentenceStart[i] ? "<S>" : out[i - 1]!;
      const prev2 = ex!.sentenceStart[i] || i < 2 || ex!.sentenceStart[i - 1] ? "<S>" : out[i - 2]!;
      const fs = ctx(ex!.feats[i]!, prev, prev2);
      const s = new Float64Array(T);
      for (const f of fs) {
        const v = w.get(f);
        if (v) for (let t = 0; t < T; t++) s[t]! += v[t]!;
      }
      let best = 0;
      for (let t = 1; t < T; t++) {
        if (TAGS[t]!.startsWith("I-") && prev!.slice(2) !== TAGS[t]!.slice(2)) continue;
        if (s[t]! > s[best]!) best = t;
      }
      const g = TAGS.indexOf(ex!.gold[i]!);
      c++;
      if (best !== g) {
        errors++;
        for (const f of fs) {
          update(f, g, 1);
          update(f, best, -1);
        }
      }
      n++;
      // Teacher forcing on the previous tag keeps the decoder's context realistic enough for greedy search.
      out.push(TAGS[best]!);
    }
  }
  console.log(`epoch ${epoch + 1}: token error ${((100 * errors) / n).toFixed(2)}%`);
}
const weights: Record<string, number[]> = {};
for (const [f, wv] of w) {
  const tv = tot.get(f) as Float64Array;
  const sv = ts.get(f) as Float64Array;
  const avg = Array.from(wv, (x, t) => Math.round(((tv[t]! + (c - sv[t]!) * x) / c) * 1000) / 1000);
  if (avg.some((x) => Math.abs(x) >= 0.002)) weights[f] = avg;
}
const out = join(import.meta.dirname, "..", "..", "data", "ner", "model.json");
writeFileSync(out, JSON.stringify({ tags: TAGS, weights }));
console.log(`wrote ${out}: ${Object.keys(weights).length} features`);
