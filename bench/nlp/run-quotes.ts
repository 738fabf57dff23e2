/** Quotes on our Wikinews annotations and the seed: content found (token overlap ≥ 50%) and speaker right. */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { CUE_SET } from "../../src/analyze/quotes/cues.js";
import type { Article, Quote } from "../../src/model/index.js";
import { SHARED } from "./corpora.js";

export interface GoldQuote {
  kind: string;
  text: string;
  speaker: string | null;
  speakerMention?: string;
  cue?: string;
}
export interface QuoteDoc {
  id: string;
  date: string;
  text: string;
  quotes: GoldQuote[];
}

/** Wikinews annotations: 60% dev (looked at while writing rules), 40% held-out (never looked at). */
export function wikinewsSplit(id: string): "dev" | "heldout" {
  return (createHash("sha1").update(id).digest()[0] ?? 0) % 10 < 6 ? "dev" : "heldout";
}

export function readWikinewsQuotes(): QuoteDoc[] {
  const ann = readFileSync(join(SHARED, "annotations", "wikinews-dev.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const corpus = new Map<string, { text: string }>(
    readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l))
      .map((r: { id: string; text: string }) => [r.id, r]),
  );
  return ann.map((a: { id: string; date: string; quotes: GoldQuote[] }) => ({
    id: a.id,
    date: a.date,
    text: corpus.get(a.id)?.text ?? "",
    quotes: a.quotes,
  }));
}

export function articleOf(text: string, date: string | null, dateline?: string): Article {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = paragraphs.join("\n\n");
  return {
    title: "",
    text: body,
    paragraphs,
    byline: [],
    media: [],
    removed: [],
    messages: [],
    published: date ? { value: date, method: "bench" } : null,
    dateline: dateline ? { place: "", date: dateline } : null,
  };
}

const STOP = new Set(["the", "of", "a", "an", "and"]);
/** Word tokens, Unicode-aware ("Vučić" is one token, not "vu" + "i"). */
function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}
function content(s: string): Set<string> {
  return new Set(tokens(s).filter((t) => !STOP.has(t)));
}
export function overlap(a: string, b: string): number {
  const ta = tokens(a);
  const pool = tokens(b);
  if (!ta.length || !pool.length) return 0;
  const n = Math.max(ta.length, pool.length);
  let common = 0;
  for (const t of ta) {
    const k = pool.indexOf(t);
    if (k >= 0) {
      pool.splice(k, 1);
      common++;
    }
  }
  return common / n;
}

/**
 * The speaker is right when the canonical names share a non-stopword token; for an unnamed source (gold
 * speaker null) when no name is given or the mention shares a non-stopword token with the gold mention.
 * A named speaker must be resolved to the name: an unresolved "the spokesman" does not count.
 */
export function speakerRight(g: GoldQuote, p: Quote): boolean {
  const pn = p.speaker?.name ?? "";
  if (!g.speaker) {
    if (!pn) return true;
    const gm = content(g.speakerMention ?? "");
    return [...content(p.speaker?.text ?? "")].some((t) => gm.has(t));
  }
  const pt = content(pn);
  return [...content(g.speaker)].some((t) => pt.has(t));
}

export interface QuoteScore {
  set: string;
  gold: number;
  pred: number;
  contentFound: number;
  contentRightSpeaker: number;
  predMatched: number;
  predRightSpeaker: number;
  directGold: number;
  directRight: number;
  /** Per gold kind ("indirect", "indirect/unnamed", …): gold count, content found, speaker right. */
  kinds: Record<string, [number, number, number]>;
  /** Aggregate counts only: `${outcome} ${kind} ${where}` → gold quotes (see speakerWhere, outcomes in quoteBreakdown). */
  breakdown: Record<string, number>;
  /**
   * Gold quotes not found, by the best token overlap any prediction has with them (counts only): "none" (no
   * prediction shares a word), "under 25%", "25–50%" (a span cut too short or too long; "shorter"/"longer": the
   * closest prediction has fewer/more words than the gold quote), "taken" (a prediction
   * overlapping ≥ 50% that was matched to another gold quote: two gold quotes in one predicted span).
   */
  nearMiss: Record<string, number>;
  /**
   * Gold quotes not found, by how the character span of the prediction sharing most characters with them lies
   * against the gold quote's (counts only): "covers", "inside", "partial", each split by whether that prediction
   * was matched to another gold quote ("matched") or not ("extra"), plus "speaker right" (it names the gold
   * speaker); "apart" when no prediction shares a character; and whether the gold cue word is one the quote
   * rules know ("known cue", "cue unknown to the rules", "no gold cue").
   */
  missSpan: Record<string, number>;
}

const PRONOUN = /^(he|she|they|it|we|i|his|her|their|its)$/i;
/**
 * Where the gold speaker is, from gold fields and the article text only: an unnamed source (speaker null), a
 * pronoun, a description that shares no word with the name ("the spokesperson"), or the name in the same
 * sentence as the quotation, an earlier one or a later one (the mention occurrence nearest the quotation).
 */
export function speakerWhere(text: string, sentences: { start: number; end: number }[], g: GoldQuote): string {
  if (!g.speaker) return "unnamed";
  const m = g.speakerMention ?? "";
  if (PRONOUN.test(m.trim())) return "pronoun";
  const name = content(g.speaker);
  if (![...content(m)].some((t) => name.has(t))) return "description";
  const qs = text.indexOf(g.text);
  if (qs < 0 || !m) return "unknown";
  const qe = qs + g.text.length;
  let best = -1;
  let dist = Number.POSITIVE_INFINITY;
  for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) {
    const d = i + m.length <= qs ? qs - i - m.length : i >= qe ? i - qe : 0;
    if (d < dist) {
      dist = d;
      best = i;
    }
  }
  if (best < 0) return "unknown";
  const from = sentences.find((s) => s.start <= qs && qs < s.end)?.start ?? qs;
  const to = sentences.find((s) => s.start < qe && qe <= s.end)?.end ?? qe;
  return best < from ? "earlier sentence" : best >= to ? "later sentence" : "same sentence";
}

export function scoreQuotes(
  set: string,
  docs: { text: string; gold: GoldQuote[]; pred: Quote[]; sentences?: { start: number; end: number }[] }[],
  debug = false,
): QuoteScore {
  const s: QuoteScore = {
    set,
    gold: 0,
    pred: 0,
    contentFound: 0,
    contentRightSpeaker: 0,
    predMatched: 0,
    predRightSpeaker: 0,
    directGold: 0,
    directRight: 0,
    kinds: {},
    breakdown: {},
    nearMiss: {},
    missSpan: {},
  };
  const count = (outcome: string, d: { text: string; sentences?: { start: number; end: number }[] }, g: GoldQuote) => {
    const key = `${outcome}\t${g.kind}\t${speakerWhere(d.text, d.sentences ?? [], g)}`;
    s.breakdown[key] = (s.breakdown[key] ?? 0) + 1;
  };
  for (const d of docs) {
    s.gold += d.gold.length;
    s.pred += d.pred.length;
    const used = new Set<number>();
    const missed: GoldQuote[] = [];
    for (const g of d.gold) {
      if (g.kind === "direct") s.directGold++;
      const kind = `${g.kind}${g.speaker ? "" : "/unnamed"}`;
      const k = s.kinds[kind] ?? [0, 0, 0];
      s.kinds[kind] = k;
      k[0]++;
      let best = -1;
      let bestOv = 0.5;
      // The best-overlapping unused prediction; on a tie (one report from two sources) the one with the right speaker.
      d.pred.forEach((p, i) => {
        const ov = overlap(g.text, p.text);
        if (used.has(i) || ov < 0.5) return;
        const cur = d.pred[best];
        if (best < 0 || ov > bestOv || (ov === bestOv && cur && !speakerRight(g, cur) && speakerRight(g, p))) {
          best = i;
          bestOv = ov;
        }
      });
      const p = d.pred[best];
      if (best < 0 || !p) {
        count("not found", d, g);
        const near = Math.max(0, ...d.pred.map((q) => overlap(g.text, q.text)));
        const closest = d.pred.find((q) => overlap(g.text, q.text) === near);
        const longer = !!closest && tokens(closest.text).length > tokens(g.text).length;
        const bin =
          near >= 0.5 ? "taken" : near > 0 ? `${near >= 0.25 ? "25–50%" : "under 25%"}, ${longer ? "longer" : "shorter"}` : "none";
        s.nearMiss[bin] = (s.nearMiss[bin] ?? 0) + 1;
        missed.push(g);
        if (debug) console.error(`MISS ${g.kind} [${g.speaker}/${g.speakerMention} ${g.cue}] ${g.text.slice(0, 100)}`);
        continue;
      }
      used.add(best);
      k[1]++;
      s.contentFound++;
      s.predMatched++;
      if (speakerRight(g, p)) {
        s.contentRightSpeaker++;
        s.predRightSpeaker++;
        k[2]++;
        if (g.kind === "direct") s.directRight++;
        count("right", d, g);
      } else {
        // An unresolved description ("the spokesman", "The ministry") names no one: no speaker.
        const unresolved = !p.speaker?.name || (!!g.speaker && /^(?:\p{Ll}|(?:the|a|an)\s)/iu.test(p.speaker.name));
        count(unresolved ? "no speaker" : "wrong speaker", d, g);
      }
      if (!speakerRight(g, p) && debug)
        console.error(`SPEAKER want ${g.speaker}/${g.speakerMention} got ${p.speaker?.name}/${p.speaker?.text}: ${g.text.slice(0, 80)}`);
    }
    for (const g of missed) countMissSpan(s, d.text, d.pred, used, g);
    if (debug)
      d.pred.forEach((p, i) => {
        if (!used.has(i)) console.error(`EXTRA ${p.kind} [${p.speaker?.name} ${p.cue}] ${p.text.slice(0, 100)}`);
      });
  }
  return s;
}

/** Where the closest prediction's span lies against a gold quote that was not found (see QuoteScore.missSpan). */
function countMissSpan(s: QuoteScore, text: string, pred: Quote[], used: Set<number>, g: GoldQuote): void {
  const add = (k: string) => {
    s.missSpan[k] = (s.missSpan[k] ?? 0) + 1;
  };
  const gs = text.indexOf(g.text);
  if (gs < 0) {
    add("gold text not in the article");
    return;
  }
  // Whether the quote rules know the gold cue word at all (counts only).
  const cue = (g.cue ?? "").toLowerCase();
  add(!cue ? "no gold cue" : CUE_SET.has(cue) || cue === "according to" ? "known cue" : "cue unknown to the rules");
  const ge = gs + g.text.length;
  // The prediction sharing the most characters with the gold quote (none: "apart").
  const shared = (q: Quote) => Math.max(0, Math.min(ge, q.end) - Math.max(gs, q.start));
  const most = Math.max(0, ...pred.map(shared));
  const i = pred.findIndex((q) => shared(q) === most);
  const p = pred[i];
  if (!p || most === 0) {
    add("apart");
    return;
  }
  const rel = p.start <= gs && ge <= p.end ? "covers" : gs <= p.start && p.end <= ge ? "inside" : "partial";
  add(`${rel}, ${used.has(i) ? "matched" : "extra"}`);
  if (speakerRight(g, p)) add("speaker right");
}

export function runQuotes(debug: boolean): QuoteScore[] {
  const docs = readWikinewsQuotes();
  const out: QuoteScore[] = [];
  for (const split of ["dev", "heldout"] as const) {
    const rows = docs
      .filter((d) => wikinewsSplit(d.id) === split)
      .map((d) => {
        const article = articleOf(d.text, d.date);
        const a = analyze(article);
        return { text: article.text, gold: d.quotes, pred: a.quotes, sentences: a.sentences };
      });
    out.push(scoreQuotes(`wikinews ${split}`, rows, debug && split === "dev"));
  }
  const seedDir = join(SHARED, "..", "seed");
  if (existsSync(join(seedDir, "expected.json"))) {
    const exp = JSON.parse(readFileSync(join(seedDir, "expected.json"), "utf8"));
    const raw = readFileSync(join(seedDir, "000_99228c402bf3de7c.txt"), "utf8");
    // The seed's body as the extraction stage gives it: the paragraphs between the caption and the page furniture.
    const body = raw.split(/\n\s*\n/).map((p) => p.trim());
    const first = body.findIndex((p) => /^MOSCOW, March 22/.test(p));
    const last = body.findIndex((p, i) => i > first && /^Back to Top/.test(p));
    const text = body.slice(first, last).join("\n\n");
    const pred = analyze(articleOf(text, "2018-03-23", "2018-03-22")).quotes;
    out.push(scoreQuotes("seed", [{ text, gold: exp.quotes, pred }], debug));
  }
  return out;
}

export function quoteTable(rs: QuoteScore[]): string {
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
  const lines = [
    "| set | gold quotes | predicted | content recall | recall with right speaker | content precision | precision with right speaker | direct quotes: right speaker |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of rs)
    lines.push(
      `| ${r.set} | ${r.gold} | ${r.pred} | ${pct(r.contentFound, r.gold)} | **${pct(r.contentRightSpeaker, r.gold)}** | ${pct(r.predMatched, r.pred)} | **${pct(r.predRightSpeaker, r.pred)}** | ${pct(r.directRight, r.directGold)} |`,
    );
  const kinds = rs.map(
    (r) =>
      `${r.set}: ${Object.entries(r.kinds)
        .sort()
        .map(([k, [n, f, ok]]) => `${k} ${ok}/${f}/${n}`)
        .join(", ")}`,
  );
  return [...lines, "", "Per gold kind (right speaker / content found / gold):", ...kinds, "", ...rs.flatMap(quoteBreakdown)].join("\n");
}

/**
 * Gold quotes by outcome (right, wrong speaker, no speaker — an unresolved description such as "the
 * spokesman" counts here —, not found),
 * gold kind and where the gold speaker is: counts only, no text, so it may be printed for held-out.
 */
export function quoteBreakdown(r: QuoteScore): string[] {
  if (r.set === "seed") return [];
  const outcomes = ["right", "wrong speaker", "no speaker", "not found"];
  const wheres = ["same sentence", "earlier sentence", "later sentence", "pronoun", "description", "unnamed", "unknown"];
  const lines = [
    `Breakdown, ${r.set} (gold quotes; kind: ${outcomes.join(" / ")}):`,
    `| speaker is | ${["direct", "indirect", "mixed"].join(" | ")} | all |`,
    "|---|---|---|---|---|",
  ];
  for (const w of wheres) {
    const cell = (kind: string | null) =>
      outcomes
        .map((o) =>
          Object.entries(r.breakdown)
            .filter(([k]) => {
              const [ko, kk, kw] = k.split("\t");
              return ko === o && kw === w && (kind === null || kk === kind);
            })
            .reduce((a, [, n]) => a + n, 0),
        )
        .join(" / ");
    if (!Object.keys(r.breakdown).some((k) => k.endsWith(`\t${w}`))) continue;
    lines.push(`| ${w} | ${cell("direct")} | ${cell("indirect")} | ${cell("mixed")} | ${cell(null)} |`);
  }
  const bins = ["none", "under 25%, shorter", "under 25%, longer", "25–50%, shorter", "25–50%, longer", "taken"];
  const near = bins.map((b) => `${b} ${r.nearMiss[b] ?? 0}`).join("; ");
  const spans = Object.entries(r.missSpan)
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join("; ");
  return [
    ...lines,
    `Not found, by the best overlap of any prediction: ${near}.`,
    `Not found, the span of the prediction sharing most characters against the gold quote's: ${spans}.`,
    "",
  ];
}

// Standalone: `npx tsx bench/nlp/run-quotes.ts` prints the quote table (DEBUG=1 lists dev and seed misses).
if (process.argv[1] && import.meta.filename === process.argv[1]) console.log(quoteTable(runQuotes(!!process.env.DEBUG)));
