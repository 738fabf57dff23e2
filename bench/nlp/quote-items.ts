/**
 * The quote probes' items: every quotation-marked span of five words or more and every sentence with a speech
 * or report word, and whether the analysis produced a quote covering it (half its characters for a quoted
 * span; any quote in the sentence for a cue sentence). Shared by `quote-probe.ts` (bundled Wikinews) and
 * `quote-web.ts` (news pages of the extraction benchmarks).
 */
import type { Analysis, Quote } from "../../src/model/index.js";
import { rng } from "../lib/rng.js";

/** Speech and report words, wider than the rules' cue list on purpose (the probe looks for what they miss). */
export const CUE =
  /\b(?:said|says|say|told|tells|according to|wrote|writes|tweeted|tweets|posted|announced|announces|added|adds|noted|notes|insisted|insists|warned|warns|stated|states|claimed|claims|explained|explains|asked|asks|responded|replied|argued|argues|described|confirmed|denied|reported|called|urged|commented|acknowledged|admitted|estimated|predicted|believes|believed|suggested|concluded|declared|remarked|revealed|told)\b/;

export interface Item {
  doc: number;
  kind: "quoted" | "cue";
  start: number;
  end: number;
  covered: boolean;
  by?: Quote;
}

export function quotedSpans(text: string): [number, number][] {
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

export function coveredShare(quotes: Quote[], a: number, b: number): [number, Quote | undefined] {
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

/**
 * The items of one analysed text. With `bySpeaker`, a cue sentence is covered too when it names the speaker of a
 * quote outside it (`"…?" ¶ Schiff asked.` split by the sentence splitter).
 */
export function itemsOf(doc: number, text: string, a: Pick<Analysis, "quotes" | "sentences">, bySpeaker = false): Item[] {
  const items: Item[] = [];
  for (const [s, e] of quotedSpans(text)) {
    const [share, by] = coveredShare(a.quotes, s, e);
    items.push({ doc, kind: "quoted", start: s, end: e, covered: share >= 0.5, by });
  }
  for (const sen of a.sentences) {
    const t = text.slice(sen.start, sen.end);
    if (!CUE.test(t)) continue;
    const by =
      a.quotes.find((q) => q.start < sen.end && q.end > sen.start) ??
      (bySpeaker ? a.quotes.find((q) => q.speaker && q.speaker.start >= sen.start && q.speaker.end <= sen.end) : undefined);
    items.push({ doc, kind: "cue", start: sen.start, end: sen.end, covered: !!by, by });
  }
  return items;
}

export function printCoverage(items: Item[]): void {
  for (const kind of ["quoted", "cue"] as const) {
    const all = items.filter((i) => i.kind === kind);
    const cov = all.filter((i) => i.covered).length;
    const named = all.filter((i) => i.covered && i.by?.speaker?.name && /^\p{Lu}/u.test(i.by.speaker.name)).length;
    console.log(
      `${kind}: ${cov}/${all.length} covered (${((100 * cov) / all.length).toFixed(1)}%), ${named} of them with a capitalised speaker name`,
    );
  }
}

/** One item in its context, with the quote covering it (speaker / cue, words). */
export function itemLine(it: Item, t: string, label: string): string {
  const ctx = `${t.slice(Math.max(0, it.start - 160), it.start)}⟦${t.slice(it.start, it.end)}⟧${t.slice(it.end, it.end + 80)}`.replace(
    /\s+/g,
    " ",
  );
  const sp = it.by ? ` -> [${it.by.speaker?.name ?? "-"} / ${it.by.cue}] ${it.by.text.slice(0, 60)}` : "";
  return `${label} ${it.kind === "quoted" ? `«${t.slice(it.start, it.end).slice(0, 80)}»` : ""}${sp}\n   …${ctx}…`;
}

/**
 * `SAMPLE=N SEED=S`: N uncovered items of each kind (or covered ones with `COVERED=1`), drawn with the seed.
 */
export function printSample(items: Item[], texts: string[], labelOf: (it: Item) => string): void {
  const n = Number(process.env.SAMPLE ?? 0);
  if (n <= 0) return;
  const seed = Number(process.env.SEED ?? 1);
  const want = !!process.env.COVERED;
  const rand = rng(seed);
  for (const kind of ["quoted", "cue"] as const) {
    const pool = items.filter((i) => i.kind === kind && i.covered === want);
    for (let k = pool.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [pool[k], pool[j]] = [pool[j] as Item, pool[k] as Item];
    }
    console.log(`\n== ${want ? "covered" : "uncovered"} ${kind} (${pool.length}), sample ${Math.min(n, pool.length)}`);
    for (const it of pool.slice(0, n)) console.log(itemLine(it, texts[it.doc] ?? "", labelOf(it)));
  }
}
