/**
 * Trains the NER tagger (averaged perceptron) on the TRAIN split of WikiGold and MEANTIME and writes
 * data/ner/model.json. Run: npx tsx bench/nlp/train-ner.ts [--with-dev] [--out PATH] | [--cv K [--kinds]]
 * (train on train only with --out, then score dev with DATELINE_NER_MODEL=PATH npx tsx bench/nlp/run-ner.ts)
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeView, type TokenView, tokenFeatures } from "../../src/analyze/entities/features.js";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { type Segment, segments, Tagger, type TaggerModel, transitions, viterbi } from "../../src/analyze/entities/tagger.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { lookupPlace } from "../../src/dict/places.js";
import { flatView, type GoldDoc, type GoldSpan, readMeantime, readWikigold, requireShared, splitOf } from "./corpora.js";
import { emptyScores, errorKinds, prf, score } from "./ner.js";
import { ours } from "./run-ner.js";

requireShared();
const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
const EPOCHS = Number(process.env.EPOCHS ?? 6);

interface Example {
  feats: string[][];
  view: TokenView;
  gold: string[];
  sentenceStart: boolean[];
  segs: Segment[];
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
  const view = makeView(p.tokens, p.sentenceStart);
  const feats = p.tokens.map((_, i) => tokenFeatures(view, i, p.sentenceStart, p.stats));
  return {
    feats,
    view,
    gold,
    sentenceStart: p.sentenceStart,
    // Without the tokens, a hyphen inside a word is trained as any connector: holding it inside the name in
    // training too cost 0.3 (MEANTIME) and 0.5 (WikiGold) F1 in cross-validation; the tagger holds it when decoding.
    segs: segments(view, p.sentenceStart),
  };
}

/**
 * Structured averaged perceptron (Collins 2002): each segment the tagger scores (see `segments`) is decoded by
 * the same first-order Viterbi as at inference, and the weights move by the features of the gold sequence
 * minus those of the decoded one. Tokens outside the segments are O at inference and get no update.
 */
function trainOnce(data: Example[], epochs: number, log: boolean, seed0: number): TaggerModel {
  const T = TAGS.length;
  const O = TAGS.indexOf("O");
  const rules = transitions(TAGS);
  const tagName = (p: number) => (p === T ? "<S>" : TAGS[p]!);
  const w = new Map<string, Float64Array>();
  const tot = new Map<string, Float64Array>();
  const ts = new Map<string, Float64Array>();
  let c = 0;
  const get = (m: Map<string, Float64Array>, f: string): Float64Array => {
    let v = m.get(f);
    if (!v) {
      v = new Float64Array(T);
      m.set(f, v);
    }
    return v;
  };
  const update = (f: string, t: number, delta: number): void => {
    const wv = get(w, f);
    const tv = get(tot, f);
    const sv = get(ts, f);
    tv[t]! += (c - sv[t]!) * wv[t]!;
    sv[t] = c;
    wv[t]! += delta;
  };
  const transFeats = (p: number, word: string) => [`pt=${tagName(p)}`, `pt+w=${tagName(p)}|${word}`];
  let seed = seed0;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    let errors = 0;
    let n = 0;
    const order = data.map((_, i) => i).sort(() => rand() - 0.5);
    for (const k of order) {
      const ex = data[k]!;
      const seen = new Map<string, Set<string>>();
      for (const seg of ex.segs) {
        const fss: string[][] = [];
        const em: Float64Array[] = [];
        const tr: Float64Array[] = [];
        for (let i = seg.first; i <= seg.last; i++) {
          const fs = [...ex.feats[i]!];
          // The types this capitalised word already got in the document (the tagger's own decisions, as in Tagger.tag).
          if (ex.view.cap[i]) for (const t of seen.get(ex.view.w[i]!) ?? []) fs.push(`ph=${t}`);
          const s = new Float64Array(T);
          for (const f of fs) {
            const v = w.get(f);
            if (v) for (let t = 0; t < T; t++) s[t]! += v[t]!;
          }
          const r = new Float64Array((T + 1) * T);
          for (let p = 0; p <= T; p++)
            for (const f of transFeats(p, fs[0]!)) {
              const v = w.get(f);
              if (v) for (let t = 0; t < T; t++) r[p * T + t]! += v[t]!;
            }
          fss.push(fs);
          em.push(s);
          tr.push(r);
        }
        const start = ex.sentenceStart[seg.first] ? T : O;
        const pred = viterbi(em, tr, start, seg.link, rules, O);
        const gold = fss.map((_, j) => TAGS.indexOf(ex.gold[seg.first + j]!));
        // A gold I- tag the decoder cannot produce (after O or another type: the name began outside the segment) is a B- tag.
        for (let j = 0; j < gold.length; j++) {
          const g = TAGS[gold[j]!]!;
          const before = j === 0 ? "O" : TAGS[gold[j - 1]!]!;
          if (g.startsWith("I-") && before.slice(2) !== g.slice(2)) gold[j] = TAGS.indexOf(`B-${g.slice(2)}`);
        }
        c++;
        for (let j = 0; j < pred.length; j++) {
          const g = gold[j]!;
          const p = pred[j]!;
          const gp = j === 0 ? start : gold[j - 1]!;
          const pp = j === 0 ? start : pred[j - 1]!;
          n++;
          if (g === p && gp === pp) continue;
          if (g !== p) {
            errors++;
            for (const f of fss[j]!) {
              update(f, g, 1);
              update(f, p, -1);
            }
          }
          for (const f of transFeats(gp, fss[j]![0]!)) update(f, g, 1);
          for (const f of transFeats(pp, fss[j]![0]!)) update(f, p, -1);
        }
        pred.forEach((t, j) => {
          const i = seg.first + j;
          if (ex.view.cap[i] && t !== O) {
            const word = ex.view.w[i]!;
            const set = seen.get(word) ?? new Set<string>();
            set.add(TAGS[t]!.slice(2));
            seen.set(word, set);
          }
        });
      }
    }
    if (log) console.log(`epoch ${epoch + 1}: candidate-token error ${((100 * errors) / n).toFixed(2)}%`);
  }
  const weights: Record<string, number[]> = {};
  for (const [f, wv] of w) {
    const tv = tot.get(f) as Float64Array;
    const sv = ts.get(f) as Float64Array;
    const avg = Array.from(wv, (x, t) => Math.round(((tv[t]! + (c - sv[t]!) * x) / c) * 1000) / 1000);
    if (avg.some((x) => Math.abs(x) >= 0.002)) weights[f] = avg;
  }
  return { tags: TAGS, weights };
}

/**
 * The mean of models trained on differently shuffled data (RUNS of them, default 3; 6 epochs each): the perceptron depends
 * on the order it sees the documents in, and averaging over orders steadies it.
 */
function train(data: Example[], epochs: number, log: boolean): TaggerModel {
  const runs = Number(process.env.RUNS ?? 3);
  const sum = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    const m = trainOnce(data, epochs, log, Number(process.env.SEED ?? 42) + 1000 * r);
    for (const [f, v] of Object.entries(m.weights)) {
      const acc = sum.get(f);
      if (acc)
        v.forEach((x, t) => {
          acc[t]! += x;
        });
      else sum.set(f, [...v]);
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [f, v] of sum) {
    const mean = v.map((x) => Math.round((x / runs) * 1000) / 1000);
    if (mean.some((x) => Math.abs(x) >= 0.002)) weights[f] = mean;
  }
  return { tags: TAGS, weights };
}

interface Labelled {
  doc: GoldDoc;
  gold: GoldSpan[];
  ex: Example;
}
const labelled = (docs: GoldDoc[], view: (d: GoldDoc) => GoldSpan[], splits: Set<string>): Labelled[] =>
  docs.filter((d) => splits.has(splitOf(d.id))).map((d) => ({ doc: d, gold: view(d), ex: examples(d, view(d)) }));

const cvArg = process.argv.indexOf("--cv");
if (cvArg > 0) {
  // K-fold cross-validation over train+dev (never held-out): each fold is scored by the whole entity finder
  // with a model trained on the other folds. Steadier than one small dev split for choosing features.
  const K = Number(process.argv[cvArg + 1] ?? 4);
  const all = [
    ...labelled(readMeantime(), flatView, new Set(["train", "dev"])),
    ...labelled(readWikigold(), (d) => d.entities, new Set(["train", "dev"])),
  ];
  // CV_SALT=x draws other folds (`cv:x:${id}`), to check that a change holds beyond one split (keep one CV_MODELS dir per salt).
  const salt = process.env.CV_SALT ? `${process.env.CV_SALT}:` : "";
  const fold = (d: GoldDoc) => (createHash("sha1").update(`cv:${salt}${d.id}`).digest()[0] ?? 0) % K;
  const scores = { meantime: emptyScores(), wikigold: emptyScores() };
  const errors: string[] = [];
  // --kinds: the errors counted by kind per corpus (see errorKinds), most frequent first.
  const kinds = { meantime: new Map<string, number>(), wikigold: new Map<string, number>() };
  for (let k = 0; k < K; k++) {
    // CV_MODELS=DIR keeps each fold's model (DIR/fold-k.json) and reuses it, so that changes to the rules after
    // the tagger can be scored again without retraining (delete DIR after changing features or training).
    const saved = process.env.CV_MODELS ? join(process.env.CV_MODELS, `fold-${k}.json`) : null;
    const weights: TaggerModel =
      saved && existsSync(saved)
        ? (JSON.parse(readFileSync(saved, "utf8")) as TaggerModel)
        : train(
            all.filter((l) => fold(l.doc) !== k).map((l) => l.ex),
            EPOCHS,
            false,
          );
    if (saved && !existsSync(saved)) {
      mkdirSync(process.env.CV_MODELS!, { recursive: true });
      writeFileSync(saved, JSON.stringify(weights));
    }
    const model = new Tagger(weights);
    for (const l of all.filter((x) => fold(x.doc) === k)) {
      const text = l.doc.text.slice(0, l.doc.annotatedEnd);
      const mine: string[] = [];
      const pred = ours(l.doc, text, model);
      score(scores[l.doc.corpus as "meantime" | "wikigold"], l.gold, pred, mine, text);
      errorKinds(kinds[l.doc.corpus as "meantime" | "wikigold"], l.gold, pred);
      errors.push(...mine.map((e) => `${l.doc.corpus}\t${l.doc.id}\t${e}`));
    }
  }
  if (process.env.DEBUG) console.error(errors.join("\n"));
  if (process.argv.includes("--kinds"))
    for (const [corpus, m] of Object.entries(kinds))
      for (const [kind, n] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${corpus}\t${n}\t${kind}`);
  for (const [corpus, s] of Object.entries(scores))
    console.log(
      `cv ${corpus}: ` +
        (["PER", "ORG", "LOC", "ALL"] as const)
          .map((t) => {
            const r = prf(s[t]);
            return `${t} ${r.p.toFixed(1)}/${r.r.toFixed(1)}/${r.f.toFixed(1)}`;
          })
          .join("  "),
    );
} else {
  // --with-dev also trains on the dev split (the shipped model); the held-out split is never used.
  const splits = new Set(process.argv.includes("--with-dev") ? ["train", "dev"] : ["train"]);
  const data = [...labelled(readWikigold(), (d) => d.entities, splits), ...labelled(readMeantime(), flatView, splits)].map((l) => l.ex);
  console.log(`training on ${data.length} documents, ${data.reduce((a, e) => a + e.gold.length, 0)} tokens`);
  const model = train(data, EPOCHS, true);
  const outArg = process.argv.indexOf("--out");
  const out = outArg > 0 ? (process.argv[outArg + 1] as string) : join(import.meta.dirname, "..", "..", "data", "ner", "model.json");
  writeFileSync(out, JSON.stringify(model));
  console.log(`wrote ${out}: ${Object.keys(model.weights).length} features`);
}
