/**
 * Wikinews dev (our own annotations, 19 articles): precision and recall of (PLOVER type, actor country,
 * recipient country, date) tuples, running the full pipeline (analyze + code) on each article's text.
 * Also: sentence-level no-event precision (sentences where we code no PLOVER event and the gold has none).
 */
import { existsSync, readFileSync } from "node:fs";
import { traceDrops } from "../../src/events/coder.js";
import type { Event } from "../../src/model/index.js";
import { run } from "./lib/pipeline.js";
import { type Split, splitOf } from "./lib/split.js";

const GOLD = "/work/shared/data/annotations/wikinews-dev.jsonl";
const CORPUS = "/work/shared/data/corpus/wikinews/wikinews_2019_2020.jsonl";

interface GoldEvent {
  plover: string | null;
  cameo: string | null;
  actor: string[];
  recipient: string[];
  date: string | null;
  mode: { negated: boolean; hypothetical: boolean; future: boolean; historical: boolean };
  evidence: string;
}

export interface WikinewsScore {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  matchedNoDate: number;
  goldFoundNoDate: number;
  goldFound: number;
  noEventSentences: number;
  noEventCorrect: number;
  sentences: number;
  seconds: number;
  misses: string[];
  extras: string[];
  /** Aggregate diagnosis (counts only, printed for both halves): predicted events right but for the date,
   * by how the date was set × how it differs from gold; gold events missed, by what was coded in their sentence. */
  dateDiag: Record<string, number>;
  missDiag: Record<string, number>;
  /** Wrong predictions by what the gold has in their sentence × the coder's method (counts only). */
  extraDiag: Record<string, number>;
  /** Gold events with nothing coded in their sentence, by gold PLOVER type (counts only). */
  missTypeDiag: Record<string, number>;
}

/** How a predicted date differs from the gold one (both not matching). */
function dateDiff(pred: string | null, gold: string): string {
  if (!pred) return "predicted null";
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (day.test(pred) && day.test(gold)) {
    const d = (Date.parse(`${pred}T00:00:00Z`) - Date.parse(`${gold}T00:00:00Z`)) / 86_400_000;
    if (d > 0)
      return d === 1
        ? "gold earlier by 1 day"
        : d <= 7
          ? "gold earlier by 2-7 days"
          : d <= 366
            ? "gold earlier by 8-366 days"
            : "gold earlier by > 1 year";
    return -d <= 7 ? "gold later by 1-7 days" : "gold later by > 7 days";
  }
  if (gold.length < pred.length) return pred < gold ? "gold coarser, pred before it" : "gold coarser, pred after it";
  if (gold.length > pred.length) return gold.startsWith(pred) ? "gold finer, inside pred" : "gold finer, outside pred";
  return "same precision, different";
}

/** How the predicted date was set. */
function dateHow(e: Event): string {
  const src = e.date.source ?? "?";
  if (src === "sentence") return "sentence time";
  if (src === "context") return "inherited narrative time";
  if (src === "lede") return "lede day";
  return `fallback (${src})`;
}

/** ISO week ("2019-W38") of a day ("2019-09-18"). */
function isoWeek(day: string): string {
  const d = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow + 3); // the week's Thursday decides its year
  const y = d.getUTCFullYear();
  const week =
    1 + Math.round((d.getTime() - Date.UTC(y, 0, 4)) / 604_800_000 - 3 / 7 + ((new Date(Date.UTC(y, 0, 4)).getUTCDay() + 6) % 7) / 7);
  return `${y}-W${String(week).padStart(2, "0")}`;
}

/** A predicted date matches the gold one when equal, or inside a coarser gold date (month, year, ISO week):
 * the guidelines give dates "at the precision the text supports". A null gold date is "unknowable". */
function dateOk(pred: string | null, gold: string | null): boolean {
  if (!gold) return true;
  if (!pred) return false;
  if (/^\d{4}-W\d{2}$/.test(gold)) return /^\d{4}-\d{2}-\d{2}/.test(pred) ? isoWeek(pred) === gold : pred === gold;
  return pred === gold || (gold.length < pred.length && pred.startsWith(gold));
}

function sideOk(pred: (string | null)[], gold: string[]): boolean {
  if (gold.length === 0) return pred.length === 0 || true;
  return pred.some((c) => c !== null && gold.includes(c));
}

function matches(e: Event, g: GoldEvent, withDate: boolean): boolean {
  if (e.plover?.event !== g.plover) return false;
  const a = e.actor.map((x) => x.country);
  const r = e.recipient.map((x) => x.country);
  const direct = sideOk(a, g.actor) && sideOk(r, g.recipient);
  const swapped = Boolean(e.reciprocal) && sideOk(r, g.actor) && sideOk(a, g.recipient);
  if (!direct && !swapped) return false;
  return !withDate || dateOk(e.date.value, g.date);
}

/** Size of a maximum one-to-one matching of gold to predicted events (Kuhn's augmenting paths): each
 * prediction counts for at most one gold event and the other way round, independent of their order. */
function matchCount(preds: Event[], golds: GoldEvent[], withDate: boolean): number {
  const owner = new Array<number>(preds.length).fill(-1);
  const ok = golds.map((g) => preds.map((e) => matches(e, g, withDate)));
  const tryGold = (gi: number, seen: boolean[]): boolean => {
    for (let pi = 0; pi < preds.length; pi++) {
      if (!ok[gi]![pi] || seen[pi]) continue;
      seen[pi] = true;
      if (owner[pi] === -1 || tryGold(owner[pi]!, seen)) {
        owner[pi] = gi;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let gi = 0; gi < golds.length; gi++) if (tryGold(gi, new Array<boolean>(preds.length).fill(false))) n++;
  return n;
}

export function runWikinews(): Record<Split, WikinewsScore> | null {
  if (!existsSync(GOLD) || !existsSync(CORPUS)) {
    console.error(`Wikinews: ${GOLD} or ${CORPUS} is absent (no /work/shared/data): skipped.`);
    return null;
  }
  const texts = new Map<string, { text: string; date: string }>();
  for (const line of readFileSync(CORPUS, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; text: string; date: string };
    texts.set(r.id, r);
  }
  const empty = (): WikinewsScore => ({
    articles: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    matchedNoDate: 0,
    goldFound: 0,
    goldFoundNoDate: 0,
    noEventSentences: 0,
    noEventCorrect: 0,
    sentences: 0,
    seconds: 0,
    misses: [],
    extras: [],
    dateDiag: {},
    missDiag: {},
    extraDiag: {},
    missTypeDiag: {},
  });
  const out: Record<Split, WikinewsScore> = { tune: empty(), "held-out": empty() };
  for (const line of readFileSync(GOLD, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const g = JSON.parse(line) as { id: string; date: string; events: GoldEvent[] };
    const art = texts.get(g.id);
    if (!art) continue;
    const s = out[splitOf(g.id)];
    const t0 = performance.now();
    // Why each sentence's triggers were not coded (the coder's filters), by the sentence's first offset.
    const whyNot = new Map<number, string[]>();
    let curStart = -1;
    if (process.argv.includes("--diag"))
      traceDrops((reason, _t, toks) => {
        if (reason.startsWith("sentence:")) {
          curStart = toks?.[0]?.start ?? -1;
          whyNot.set(curStart, []);
        } else whyNot.get(curStart)?.push(reason);
      });
    const { analysis, events } = run(art.text, g.date);
    traceDrops(null);
    s.seconds += (performance.now() - t0) / 1000;
    s.articles++;
    s.sentences += analysis.sentences.length;
    const golds = g.events.filter((e) => e.plover);
    const preds = events.filter((e) => e.plover);
    s.gold += golds.length;
    s.predicted += preds.length;
    const m = matchCount(preds, golds, true);
    s.matched += m;
    s.goldFound += m;
    const mNoDate = matchCount(preds, golds, false);
    s.matchedNoDate += mNoDate;
    s.goldFoundNoDate += mNoDate;
    const bump = (r: Record<string, number>, k: string) => {
      r[k] = (r[k] ?? 0) + 1;
    };
    // (i) predictions right but for the date: how their date was set × how it differs from gold.
    for (const e of preds) {
      if (golds.some((ge) => matches(e, ge, true))) continue;
      const ge = golds.find((x) => matches(e, x, false));
      if (!ge) continue;
      bump(s.dateDiag, `${dateHow(e)} | ${dateDiff(e.date.value, ge.date!)}`);
    }
    // (ii) gold events missed: nothing coded in their sentence, a PLOVER event of another tuple, right but the date.
    for (const ge of golds) {
      if (preds.some((e) => matches(e, ge, true))) continue;
      const inSent = events.filter((e) => e.evidence.sentence.includes(ge.evidence) || ge.evidence.includes(e.evidence.sentence));
      const pl = inSent.filter((e) => e.plover);
      const k =
        inSent.length === 0
          ? "no event in its sentence"
          : pl.length === 0
            ? "only non-PLOVER (01/02) events in its sentence"
            : pl.some((e) => matches(e, ge, false))
              ? "right tuple, wrong date"
              : pl.some((e) => e.plover?.event === ge.plover)
                ? "right type, wrong actor/recipient"
                : "wrong type";
      bump(s.missDiag, k);
      if (inSent.length === 0) {
        bump(s.missTypeDiag, ge.plover ?? "-");
        // Why nothing was coded there: the filters that dropped its triggers (or no trigger at all).
        const sent = analysis.sentences.find((x) => {
          const t = art.text.slice(x.start, x.end);
          return t.includes(ge.evidence) || ge.evidence.includes(t);
        });
        const reasons = sent ? [...new Set((whyNot.get(sent.start) ?? []).map((r) => r.replace(/@.*$/, "")))].sort() : [];
        bump(s.missTypeDiag, `  why: ${sent ? reasons.join(", ") || "no trigger" : "evidence spans sentences"}`);
      }
    }
    // (iii) predictions matching no gold event: what the gold has in their sentence × how they were coded.
    for (const e of preds) {
      if (golds.some((ge) => matches(e, ge, true))) continue;
      const here = golds.filter((ge) => e.evidence.sentence.includes(ge.evidence) || ge.evidence.includes(e.evidence.sentence));
      const k =
        here.length === 0
          ? "no gold event in its sentence"
          : here.some((ge) => matches(e, ge, false))
            ? "gold same tuple, other date"
            : here.some((ge) => ge.plover === e.plover?.event)
              ? "gold same type, other sides"
              : "gold other type";
      const method = (e.method ?? "?").replace(/^pattern:/, "").replace(/:paired$/, "");
      bump(s.extraDiag, `${k} | ${/no-target/.test(method) ? "no-target" : method === "lexicon" ? "lexicon" : "own pattern"}`);
      if (k === "gold other type")
        bump(
          s.extraDiag,
          `  type: ${e.plover?.event}/${e.cameo.code.slice(0, 2)} where gold has ${[...new Set(here.map((ge) => ge.plover))].sort().join("+")}`,
        );
    }
    for (const ge of golds)
      if (!preds.some((e) => matches(e, ge, true))) {
        // What we coded in the gold event's sentence (to tell a missing trigger from a wrong argument or date).
        const here = events
          .filter((e) => e.evidence.sentence.includes(ge.evidence) || ge.evidence.includes(e.evidence.sentence))
          .map(
            (e) =>
              `${e.plover?.event ?? "-"}/${e.cameo.code} ${e.actor.map((x) => x.country).join("+")}>${e.recipient.map((x) => x.country).join("+")} ${e.date.value} [${e.evidence.trigger?.text}]`,
          );
        s.misses.push(
          `${ge.plover} ${ge.actor.join("+")}>${ge.recipient.join("+")} ${ge.date} | ${ge.evidence.slice(0, 120)}\n    coded here: ${here.join("; ") || "nothing"}`,
        );
      }
    for (const e of preds)
      if (!golds.some((ge) => matches(e, ge, true)))
        s.extras.push(
          `${e.plover?.event}/${e.cameo.code} ${e.actor.map((x) => x.country).join("+")}>${e.recipient.map((x) => x.country).join("+")} ${e.date.value} [${e.evidence.trigger?.text}] | ${e.evidence.sentence.slice(0, 120)}`,
        );
    // Sentence-level no-event precision.
    for (const sent of analysis.sentences) {
      const stext = art.text.slice(sent.start, sent.end);
      const coded = preds.some((e) => e.evidence.start === sent.start || e.mentions?.some((x) => x.start === sent.start));
      if (coded) continue;
      s.noEventSentences++;
      const goldHere = g.events.some((ge) => ge.plover && (stext.includes(ge.evidence) || ge.evidence.includes(stext)));
      if (!goldHere) s.noEventCorrect++;
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const all = runWikinews();
  // --tune-only: nothing of the held-out half is printed (not even its aggregates).
  const res = all && process.argv.includes("--tune-only") ? { tune: all.tune } : all;
  if (res) {
    for (const [split, s] of Object.entries(res)) {
      const p = s.matched / Math.max(1, s.predicted);
      const r = s.goldFound / Math.max(1, s.gold);
      console.log(
        `${split}: articles ${s.articles} gold ${s.gold} pred ${s.predicted} P ${p.toFixed(3)} R ${r.toFixed(3)} | no date: P ${(s.matchedNoDate / Math.max(1, s.predicted)).toFixed(3)} R ${(s.goldFoundNoDate / Math.max(1, s.gold)).toFixed(3)} | no-event precision ${(s.noEventCorrect / Math.max(1, s.noEventSentences)).toFixed(3)}`,
      );
    }
    for (const [split, s] of Object.entries(res)) {
      console.log(`${split}: predictions right but for the date (how set | how it differs), counts only`);
      for (const [k, n] of Object.entries(s.dateDiag).sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
      console.log(`${split}: gold events missed, by what was coded in their sentence, counts only`);
      for (const [k, n] of Object.entries(s.missDiag).sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
      if (process.argv.includes("--diag")) {
        console.log(`${split}: gold events with nothing coded in their sentence, by gold type, counts only`);
        for (const [k, n] of Object.entries(s.missTypeDiag).sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
        console.log(`${split}: wrong predictions, by what the gold has in their sentence | how coded, counts only`);
        for (const [k, n] of Object.entries(s.extraDiag).sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
      }
    }
    if (process.argv.includes("--failures")) {
      console.log("--- misses (tune)");
      for (const x of res.tune.misses) console.log(x);
      console.log("--- extras (tune)");
      for (const x of res.tune.extras) console.log(x);
    }
  }
}
