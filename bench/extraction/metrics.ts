/** Metrics for the extraction benchmark, ported from their definitions in ../shared/data/README.md. */

// ---- Zyte (article-extraction-benchmark evaluate.py) ----
const ZTOK = /[\p{L}\p{N}_]+/gu;
export function zyteTokens(s: string): string[] {
  return s.match(ZTOK) ?? [];
}
function shingles(tokens: string[], n = 4): Map<string, number> {
  const m = new Map<string, number>();
  if (tokens.length === 0) return m;
  if (tokens.length < n) {
    m.set(tokens.join("\u0001"), 1);
    return m;
  }
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join("\u0001");
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}
export interface ZytePage {
  tp: number;
  fp: number;
  fn: number;
  exact: boolean;
}
export function zytePage(pred: string, truth: string): ZytePage {
  const pt = zyteTokens(pred);
  const tt = zyteTokens(truth);
  const ps = shingles(pt);
  const ts = shingles(tt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of ps) {
    const t = ts.get(k) ?? 0;
    tp += Math.min(c, t);
    fp += Math.max(0, c - t);
  }
  for (const [k, c] of ts) fn += Math.max(0, c - (ps.get(k) ?? 0));
  const total = tp + fp + fn || 1;
  return { tp: tp / total, fp: fp / total, fn: fn / total, exact: pt.join(" ") === tt.join(" ") };
}
export function zyteScore(pages: ZytePage[]): { p: number; r: number; f1: number; acc: number } {
  const precs: number[] = [];
  const recs: number[] = [];
  for (const x of pages) {
    const pr = x.fp === 0 && x.fn === 0 ? 1 : x.tp + x.fp > 0 ? x.tp / (x.tp + x.fp) : Number.NaN;
    const rc = x.fp === 0 && x.fn === 0 ? 1 : x.tp + x.fn > 0 ? x.tp / (x.tp + x.fn) : Number.NaN;
    if (x.tp + x.fp > 0) precs.push(pr);
    if (x.tp + x.fn > 0) recs.push(rc);
  }
  const mean = (a: number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);
  const p = mean(precs);
  const r = mean(recs);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, acc: mean(pages.map((x) => (x.exact ? 1 : 0))) };
}

// ---- WCXB (its evaluate.py): lower-cased \w+ bag of words ----
const WTOK = /[\p{L}\p{N}\p{M}_]+/gu;
export function wordBag(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of s.toLowerCase().match(WTOK) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}
export function wcxbF1(pred: string, truth: string): number {
  const p = wordBag(pred);
  const t = wordBag(truth);
  let common = 0;
  let np = 0;
  let nt = 0;
  for (const c of p.values()) np += c;
  for (const c of t.values()) nt += c;
  for (const [k, c] of p) common += Math.min(c, t.get(k) ?? 0);
  if (np === 0 && nt === 0) return 1;
  if (np === 0 || nt === 0 || common === 0) return 0;
  const pr = common / np;
  const rc = common / nt;
  return (2 * pr * rc) / (pr + rc);
}
const norm = (s: string) => (s.toLowerCase().match(WTOK) ?? []).join(" ");
/** Share of snippets whose words appear, in order, in the text. */
export function snippetRate(text: string, snippets: string[]): { hit: number; n: number } {
  const t = ` ${norm(text)} `;
  let hit = 0;
  for (const s of snippets) {
    const k = norm(s);
    if (k && t.includes(` ${k} `)) hit++;
  }
  return { hit, n: snippets.filter((s) => norm(s)).length };
}

// ---- metadata ----
export function normTitle(s: string | undefined | null): string {
  return (s ?? "").replace(/\s+/g, " ").trim().toLowerCase();
}
function nameTokens(s: string): string[] {
  return (s.toLowerCase().match(WTOK) ?? []).filter((t) => t !== "and" && t !== "by");
}
export function authorExact(pred: string, gold: string): boolean {
  const a = nameTokens(pred).join(" ");
  return a.length > 0 && a === nameTokens(gold).join(" ");
}
export function authorF1(pred: string, gold: string): number {
  return wcxbF1(nameTokens(pred).join(" "), nameTokens(gold).join(" "));
}
