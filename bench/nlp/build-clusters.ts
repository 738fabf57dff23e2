/**
 * Brown word clusters (Brown et al. 1992, the windowed algorithm of Liang 2005) learned from unannotated news:
 * the 295 bundled Wikinews articles (examples/wikinews, CC BY 2.5) and the seed page, tokenized as the entity
 * finder tokenizes. Words that occur in the same contexts end up under the same bit path ("Putin" and
 * "Merkel", "Russia" and "Brazil"), so a name the annotated sets never show still gets the class of the names
 * it is used like. Writes data/ner/word-clusters.tsv (word as written, bit path); a tagger feature (prefixes
 * of the path). Deterministic: no randomness, ties broken by frequency then by the word.
 * Run: npx tsx bench/nlp/build-clusters.ts [--clusters C] [--min N] [--with-web] (OUT=PATH writes elsewhere;
 * CHECK=1 compares the losses kept up to date with ones computed from scratch every 1000 words).
 * Chosen by 4-fold CV of the tagger: 200 clusters over 100; --with-web (5× more text, not news) scored lower.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { prepare } from "../../src/analyze/entities/prepare.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";

const ROOT = join(import.meta.dirname, "..", "..");
const arg = (name: string, dflt: number) => {
  const k = process.argv.indexOf(name);
  return k > 0 ? Number(process.argv[k + 1]) : dflt;
};
/** Number of clusters kept active (the leaves of the tree) and the fewest occurrences a word needs. */
const C = arg("--clusters", 200);
const MIN = arg("--min", 3);

const texts: string[] = [];
for (const line of readFileSync(join(ROOT, "examples", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")) {
  const r = JSON.parse(line) as { title?: string; text: string };
  if (r.title) texts.push(r.title);
  texts.push(r.text);
}
// --with-web: also the article bodies of the two extraction benchmarks beside the repo (../shared/data:
// WCXB development split, CC BY 4.0; Zyte article-extraction benchmark, MIT), unannotated for names.
if (process.argv.includes("--with-web")) {
  const data = join(ROOT, "..", "shared", "data", "extraction");
  const gt = join(data, "wcxb-dev", "ground-truth");
  for (const f of readdirSync(gt).sort()) {
    const r = JSON.parse(readFileSync(join(gt, f), "utf8")) as { ground_truth?: { main_content?: string } };
    if (r.ground_truth?.main_content) texts.push(r.ground_truth.main_content);
  }
  const zyte = JSON.parse(readFileSync(join(data, "zyte", "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
  for (const k of Object.keys(zyte).sort()) if (zyte[k]?.articleBody) texts.push(zyte[k]!.articleBody!);
}
const seedDir = join(ROOT, "examples", "seed");
for (const f of readdirSync(seedDir).sort()) if (f.endsWith(".txt")) texts.push(readFileSync(join(seedDir, f), "utf8"));

// The token stream: sentences separated by a boundary token.
const BOUND = "<s>";
const UNK = "<unk>";
const stream: string[] = [BOUND];
for (const text of texts) {
  const p = prepare(text, splitSentences(text));
  p.tokens.forEach((t, i) => {
    if (p.sentenceStart[i] && i > 0) stream.push(BOUND);
    stream.push(t.text);
  });
  stream.push(BOUND);
}
const freq = new Map<string, number>();
for (const w of stream) freq.set(w, (freq.get(w) ?? 0) + 1);
const known = (w: string) => (freq.get(w) ?? 0) >= MIN;
const toks = stream.map((w) => (known(w) || w === BOUND ? w : UNK));
const count = new Map<string, number>();
for (const w of toks) count.set(w, (count.get(w) ?? 0) + 1);
const words = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
const id = new Map(words.map((w, k) => [w, k]));
const V = words.length;

// Bigram counts per word: right neighbours and left neighbours.
const right: Map<number, number>[] = words.map(() => new Map());
const left: Map<number, number>[] = words.map(() => new Map());
const lcount = new Float64Array(V);
const rcount = new Float64Array(V);
for (let k = 0; k + 1 < toks.length; k++) {
  const a = id.get(toks[k]!)!;
  const b = id.get(toks[k + 1]!)!;
  right[a]!.set(b, (right[a]!.get(b) ?? 0) + 1);
  left[b]!.set(a, (left[b]!.get(a) ?? 0) + 1);
  lcount[a]! += 1;
  rcount[b]! += 1;
}
const N = toks.length - 1;
console.log(`${toks.length} tokens, ${V} word types (≥ ${MIN} occurrences), ${C} clusters`);

// Active clusters live in S = C + 1 slots.
const S = C + 1;
const n2 = new Float64Array(S * S); // bigram counts between slots (left slot × right slot)
const pl = new Float64Array(S); // left marginal counts
const pr = new Float64Array(S);
const active = new Uint8Array(S);
const slotOf = new Int32Array(V).fill(-1);
const L = new Float64Array(S * S); // merge loss of slots i < j at L[i * S + j]

const term = (n: number, a: number, b: number): number => (n > 0 ? (n / N) * Math.log((n * N) / (a * b)) : 0);
/** Mutual-information weight between slots x ≠ y (both directions), or of x with itself. */
const wt = (x: number, y: number): number =>
  x === y ? term(n2[x * S + x]!, pl[x]!, pr[x]!) : term(n2[x * S + y]!, pl[x]!, pr[y]!) + term(n2[y * S + x]!, pl[y]!, pr[x]!);
/** The weight between the union of slots i and j and slot c (c ∉ {i, j}). */
const wtMerged = (i: number, j: number, c: number): number =>
  term(n2[i * S + c]! + n2[j * S + c]!, pl[i]! + pl[j]!, pr[c]!) + term(n2[c * S + i]! + n2[c * S + j]!, pl[c]!, pr[i]! + pr[j]!);
/** The weight of the union of i and j with itself. */
const wtSelf = (i: number, j: number): number =>
  term(n2[i * S + i]! + n2[i * S + j]! + n2[j * S + i]! + n2[j * S + j]!, pl[i]! + pl[j]!, pr[i]! + pr[j]!);

/** Loss of mutual information when slots i and j merge, from scratch. */
function loss(i: number, j: number): number {
  let before = 0;
  let after = wtSelf(i, j);
  for (let c = 0; c < S; c++) {
    if (!active[c]) continue;
    if (c !== j) before += wt(i, c);
    if (c !== i) before += wt(j, c);
    if (c !== i && c !== j) after += wtMerged(i, j, c);
  }
  // The pair weight of i with j was skipped on both sides: it counts once.
  before += wt(i, j);
  return before - after;
}
const setL = (i: number, j: number, v: number) => {
  L[i < j ? i * S + j : j * S + i] = v;
};
const getL = (i: number, j: number) => L[i < j ? i * S + j : j * S + i]!;

/** Puts word w into the free slot s, with its bigram counts against the active slots. */
function addWord(w: number, s: number): void {
  // Pairs already active gain the terms of the new slot (computed once its counts are in).
  slotOf[w] = s;
  for (const [u, c] of right[w]!) {
    const t = slotOf[u]!;
    if (t >= 0) n2[s * S + t]! += c;
  }
  for (const [u, c] of left[w]!) {
    const t = slotOf[u]!;
    if (t >= 0 && u !== w) n2[t * S + s]! += c;
  }
  pl[s] = lcount[w]!;
  pr[s] = rcount[w]!;
  for (let i = 0; i < S; i++) {
    if (!active[i]) continue;
    for (let j = i + 1; j < S; j++) {
      if (!active[j]) continue;
      L[i * S + j]! += wt(i, s) + wt(j, s) - wtMerged(i, j, s);
    }
  }
  active[s] = 1;
  for (let c = 0; c < S; c++) if (active[c] && c !== s) setL(c, s, loss(c, s));
}

/** The active pair of least loss (ties: the lower slots). */
function bestPair(): [number, number] {
  let best = Number.POSITIVE_INFINITY;
  let bi = -1;
  let bj = -1;
  for (let i = 0; i < S; i++) {
    if (!active[i]) continue;
    for (let j = i + 1; j < S; j++) {
      if (!active[j]) continue;
      const v = L[i * S + j]!;
      if (v < best) {
        best = v;
        bi = i;
        bj = j;
      }
    }
  }
  return [bi, bj];
}

const members: number[][] = Array.from({ length: S }, () => []);
/** Merges slot b into slot a (a < b) and frees b; the losses of the other pairs are updated, not recomputed. */
function merge(a: number, b: number): void {
  // Other pairs: their loss changes through the terms with a, b (before) and with the merged cluster (after).
  const others: number[] = [];
  for (let c = 0; c < S; c++) if (active[c] && c !== a && c !== b) others.push(c);
  const wa = new Float64Array(S);
  const wb = new Float64Array(S);
  const wm = new Float64Array(S);
  for (const c of others) {
    wa[c] = wt(c, a);
    wb[c] = wt(c, b);
    wm[c] = wtMerged(a, b, c);
  }
  const delta = new Float64Array(S * S);
  for (let x = 0; x < others.length; x++)
    for (let y = x + 1; y < others.length; y++) {
      const i = others[x]!;
      const j = others[y]!;
      const old = wtMerged(i, j, a) + wtMerged(i, j, b);
      // the union of i and j against the union of a and b
      const ijm =
        term(n2[i * S + a]! + n2[j * S + a]! + n2[i * S + b]! + n2[j * S + b]!, pl[i]! + pl[j]!, pr[a]! + pr[b]!) +
        term(n2[a * S + i]! + n2[a * S + j]! + n2[b * S + i]! + n2[b * S + j]!, pl[a]! + pl[b]!, pr[i]! + pr[j]!);
      delta[i * S + j] = wm[i]! - wa[i]! - wb[i]! + wm[j]! - wa[j]! - wb[j]! - (ijm - old);
    }
  // Merge the counts into a.
  for (let c = 0; c < S; c++) n2[a * S + c]! += n2[b * S + c]!;
  for (let c = 0; c < S; c++) n2[c * S + a]! += n2[c * S + b]!;
  for (let c = 0; c < S; c++) {
    n2[b * S + c] = 0;
    n2[c * S + b] = 0;
  }
  pl[a]! += pl[b]!;
  pr[a]! += pr[b]!;
  pl[b] = 0;
  pr[b] = 0;
  active[b] = 0;
  for (let x = 0; x < others.length; x++)
    for (let y = x + 1; y < others.length; y++) {
      const i = others[x]!;
      const j = others[y]!;
      L[i * S + j]! += delta[i * S + j]!;
    }
  for (const c of others) setL(a, c, loss(a, c));
  for (const w of members[b]!) {
    slotOf[w] = a;
    members[a]!.push(w);
  }
  members[b] = [];
}

// Phase 1: the C most frequent words start as clusters; each next word enters, then the best pair merges.
let next = 0;
for (; next < Math.min(C, V); next++) {
  addWord(next, next);
  members[next]!.push(next);
}
for (; next < V; next++) {
  let free = 0;
  while (active[free]) free++;
  addWord(next, free);
  members[free]!.push(next);
  const [a, b] = bestPair();
  merge(a, b);
  if (next % 1000 === 0) {
    console.log(`${next} / ${V}`);
    if (process.env.CHECK) {
      let worst = 0;
      for (let i = 0; i < S; i++)
        for (let j = i + 1; j < S; j++) if (active[i] && active[j]) worst = Math.max(worst, Math.abs(getL(i, j) - loss(i, j)));
      console.log(`largest drift of the kept losses: ${worst}`);
    }
  }
}

// Phase 2: merge the C clusters into one tree; a merge of a and b puts a under 0 and b under 1.
const node = new Int32Array(S).fill(-1); // tree node of each slot
const parent: number[] = [];
const bit: string[] = [];
let nodes = 0;
for (let s = 0; s < S; s++)
  if (active[s]) {
    node[s] = nodes++;
    parent.push(-1);
    bit.push("");
  }
const wordLeaf = new Int32Array(V).fill(-1);
for (let s = 0; s < S; s++) if (active[s]) for (const w of members[s]!) wordLeaf[w] = node[s]!;
for (;;) {
  const [a, b] = bestPair();
  if (a < 0) break;
  const m = nodes++;
  parent.push(-1);
  bit.push("");
  parent[node[a]!] = m;
  bit[node[a]!] = "0";
  parent[node[b]!] = m;
  bit[node[b]!] = "1";
  merge(a, b);
  node[a] = m;
}
const pathOf = (leaf: number): string => {
  let p = "";
  for (let x = leaf; parent[x]! >= 0; x = parent[x]!) p = bit[x]! + p;
  return p;
};

const lines = [
  "# word\tbit path (Brown clusters of the bundled Wikinews articles; bench/nlp/build-clusters.ts; CC BY 2.5, credit Wikinews)",
];
const out = words
  .map((w, k) => [w, pathOf(wordLeaf[k]!)] as const)
  .filter(([w]) => w !== BOUND && w !== UNK)
  .sort((x, y) => (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
for (const [w, p] of out) lines.push(`${w}\t${p}`);
const outPath = process.env.OUT ?? join(ROOT, "data", "ner", "word-clusters.tsv");
writeFileSync(outPath, `${lines.join("\n")}\n`);
console.log(`wrote ${outPath}: ${out.length} words`);
