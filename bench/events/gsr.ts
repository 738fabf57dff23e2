/**
 * PLOVER gold-standard records (dev half): per sentence, PLOVER v2 event type, actor and recipient
 * country, with the full pipeline (analyze + code). Prints per split (tune / held-out).
 */
import { existsSync, readFileSync } from "node:fs";
import { traceDrops } from "../../src/events/coder.js";
import type { Event } from "../../src/model/index.js";
import { goldCountry, run } from "./lib/pipeline.js";
import { type Split, splitOf } from "./lib/split.js";

export const GSR_FILE = "/work/shared/data/events/gold/plover-gsr-dev/plover_gsr_dev.normalized.jsonl";

interface GsrRow {
  id: string;
  date: string;
  text: string;
  event_plover2: string;
  source: { actorText: string; code: string }[];
  target: { actorText: string; code: string }[];
}

export interface GsrScore {
  n: number;
  typeOk: number;
  actorOk: number;
  recipientOk: number;
  recipientN: number;
  emitted: number;
  typeOkGivenEvent: number;
  seconds: number;
  failures: { id: string; text: string; gold: string; got: string }[];
  /** Sentences with no event, by why (counts only: see whyNone). */
  noEvent: Map<string, number>;
  /** Sentences with no event in which a reason occurred at all (a sentence counts once per reason). */
  noEventAny: Map<string, number>;
  /**
   * Aggregate outcome classes (counts only): none / right type / wrong type, and for emitted events
   * whether the actor country is right, missing (null) or another country; wrong types by gold → got
   * PLOVER type; the method of emitted events.
   */
  classes: Map<string, number>;
  /** Sentences whose actor or recipient country is wrong (whatever the type). */
  sideFailures: { id: string; text: string; gold: string; got: string; miss: string }[];
}

/** The sentence's main event: the most confident event with a PLOVER type. */
export function mainEvent(events: Event[]): Event | null {
  const withType = events.filter((e) => e.plover && !e.mode.negated);
  const pool = withType.length > 0 ? withType : events.filter((e) => e.plover);
  if (pool.length === 0) return null;
  return pool.reduce((a, b) => (b.confidence > a.confidence ? b : a));
}

/**
 * Filters of the coder in the order a trigger meets them (src/events/coder.ts), each with its class:
 * (b) no actor or no political actor, (c) a scope or precision filter, (s) speech verbs without a target.
 */
const STAGES: [string, "b" | "c" | "s"][] = [
  ["speech-after-coded", "s"],
  ["speech-no-speaker", "s"],
  ["speech-no-country", "s"],
  ["speech-no-target", "s"],
  ["speech-no-target-country", "s"],
  ["disaster", "c"],
  ["inside-claim", "c"],
  ["inside-mention", "c"],
  ["direct-quote", "c"],
  ["governed-infinitive", "c"],
  ["purpose-infinitive", "c"],
  ["coordinated-infinitive", "c"],
  ["noun-no-doer", "b"],
  ["noun-no-recipient", "c"],
  ["no-actor", "b"],
  ["lexicon-no-target", "c"],
  ["no-actor-country", "b"],
  ["only-sectors", "c"],
  ["government-rally", "c"],
  ["not-political", "b"],
  ["lexicon-no-pattern", "c"],
  ["lexicon-code-01", "c"],
  ["lexicon-code-02", "c"],
  ["generic-family", "c"],
  ["lexicon-intent-03", "c"],
  ["code-none", "c"],
  ["must-no-country", "b"],
  ["no-target-no-plover", "c"],
  ["no-target-not-political", "b"],
  ["no-target-needs-counterpart", "c"],
  ["no-target-not-subject-verb", "c"],
  ["no-target-weaker", "c"],
];
const STAGE = new Map(STAGES.map(([r, c], i) => [r, { i, c }]));

/**
 * Why a sentence has no event (aggregate diagnosis): (a) no trigger word at all, (b) a trigger but no actor
 * or no political actor, (c) a scope or precision filter dropped it, (s) only speech verbs without a target,
 * (d) other (only events without a PLOVER type, or an unlisted reason). Of several triggers, the one that
 * went furthest through the coder's filters gives the reason.
 */
export function whyNone(trace: string[], events: Event[]): string {
  const triggers = trace.filter((x) => x.startsWith("sentence:")).reduce((n, x) => n + Number(x.slice(9)), 0);
  if (triggers === 0) return "a no-trigger";
  if (events.length > 0) return "d events without a PLOVER type";
  let best: { i: number; c: string; r: string } | null = null;
  for (const r of trace) {
    const st = STAGE.get(r);
    if (st && (!best || st.i > best.i)) best = { ...st, r };
  }
  return best ? `${best.c} ${best.r}` : "d other";
}

export function runGsr(): Record<Split, GsrScore> | null {
  if (!existsSync(GSR_FILE)) {
    console.error(`PLOVER-GSR: ${GSR_FILE} is absent (no /work/shared/data): skipped.`);
    return null;
  }
  const rows: GsrRow[] = readFileSync(GSR_FILE, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const empty = (): GsrScore => ({
    n: 0,
    typeOk: 0,
    actorOk: 0,
    recipientOk: 0,
    recipientN: 0,
    emitted: 0,
    typeOkGivenEvent: 0,
    seconds: 0,
    failures: [],
    sideFailures: [],
    noEvent: new Map(),
    noEventAny: new Map(),
    classes: new Map(),
  });
  const out: Record<Split, GsrScore> = { tune: empty(), "held-out": empty() };
  for (const r of rows) {
    const s = out[splitOf(r.id)];
    const t0 = performance.now();
    const trace: string[] = [];
    traceDrops((reason) => trace.push(reason));
    const { events } = run(r.text, r.date);
    traceDrops(null);
    s.seconds += (performance.now() - t0) / 1000;
    s.n++;
    const ev = mainEvent(events);
    if (!ev) {
      const why = whyNone(trace, events);
      s.noEvent.set(why, (s.noEvent.get(why) ?? 0) + 1);
      for (const r of new Set(trace.filter((x) => !x.startsWith("sentence:")))) s.noEventAny.set(r, (s.noEventAny.get(r) ?? 0) + 1);
    }
    const goldSrc = new Set(r.source.map((x) => goldCountry(x.code)));
    const goldTgt = new Set(r.target.map((x) => goldCountry(x.code)));
    const compound = goldTgt.size === 0;
    const before = { a: s.actorOk, r: s.recipientOk };
    if (ev) {
      s.emitted++;
      if (ev.plover?.event === r.event_plover2) {
        s.typeOk++;
        s.typeOkGivenEvent++;
      }
      const a = ev.actor.map((x) => x.country);
      const rc = ev.recipient.map((x) => x.country);
      const sides = ev.reciprocal || compound ? [...a, ...rc] : a;
      if (sides.some((c) => c && goldSrc.has(c))) s.actorOk++;
      if (!compound) {
        s.recipientN++;
        if (rc.some((c) => c && goldTgt.has(c))) s.recipientOk++;
      }
    } else if (!compound) s.recipientN++;
    const bump = (k: string) => s.classes.set(k, (s.classes.get(k) ?? 0) + 1);
    if (!ev) bump("outcome: no event");
    else {
      const typeOk = ev.plover?.event === r.event_plover2;
      const a = ev.actor.map((x) => x.country);
      const sides = ev.reciprocal || compound ? [...a, ...ev.recipient.map((x) => x.country)] : a;
      const actorOk = sides.some((c) => c && goldSrc.has(c));
      const actorCls = actorOk ? "actor right" : a.every((c) => !c) ? "actor null" : "actor other country";
      bump(`outcome: ${typeOk ? "type right" : "type wrong"}, ${actorCls}`);
      if (!typeOk) bump(`wrong type: gold ${r.event_plover2} -> got ${ev.plover?.event}`);
      bump(`method of emitted: ${(ev.method ?? "?").replace(/[:(].*$/, "")}`);
    }
    if (!ev && !compound) bump("no event (gold has a recipient)");
    const gold = `${r.event_plover2} ${[...goldSrc].join("+")}>${[...goldTgt].join("+")}`;
    const got = ev
      ? `${ev.plover?.event}/${ev.cameo.code} ${ev.actor.map((x) => `${x.country}(${x.name})`).join("+")}>${ev.recipient.map((x) => `${x.country}(${x.name})`).join("+")} [${ev.evidence.trigger?.text}]`
      : `none (${events.length} events)`;
    if (!ev || ev.plover?.event !== r.event_plover2) s.failures.push({ id: r.id, text: r.text, gold, got });
    const miss = [s.actorOk === before.a ? "actor" : "", !compound && s.recipientOk === before.r ? "recipient" : ""]
      .filter(Boolean)
      .join("+");
    if (miss) s.sideFailures.push({ id: r.id, text: r.text, gold, got, miss });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const res = runGsr();
  // --tune-only: nothing of the held-out half is printed (not even its aggregates).
  const shown = (split: string) => !process.argv.includes("--tune-only") || split === "tune";
  if (res) {
    for (const [split, s] of Object.entries(res)) {
      if (!shown(split)) continue;
      console.log(
        `${split}: n=${s.n} type ${(s.typeOk / s.n).toFixed(3)} actor ${(s.actorOk / s.n).toFixed(3)} recipient ${(s.recipientOk / Math.max(1, s.recipientN)).toFixed(3)} emitted ${(s.emitted / s.n).toFixed(3)}`,
      );
    }
    // Counts only, both halves: why sentences have no event (no sentence text).
    if (process.argv.includes("--why-none"))
      for (const [split, sc] of Object.entries(res)) {
        if (!shown(split)) continue;
        console.log(`${split}: ${sc.n - sc.emitted} of ${sc.n} sentences without an event, by the furthest filter reached:`);
        for (const [k, v] of [...sc.noEvent].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(3)}  ${k}`);
        console.log(
          `  (reasons met at all in those sentences: ${[...sc.noEventAny]
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => `${k} ${v}`)
            .join(", ")})`,
        );
      }
    // Counts only, both halves: outcome classes.
    if (process.argv.includes("--classes"))
      for (const [split, sc] of Object.entries(res)) {
        if (!shown(split)) continue;
        console.log(`${split}: outcome classes (counts only)`);
        for (const [k, v] of [...sc.classes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`  ${String(v).padStart(3)}  ${k}`);
      }
    // Tune half only: the held-out half is never printed.
    if (process.argv.includes("--failures")) for (const f of res.tune.failures) console.log(`${f.gold}  |  ${f.got}  |  ${f.text}`);
    if (process.argv.includes("--actor-failures"))
      for (const f of res.tune.sideFailures) console.log(`${f.id} ${f.miss}: ${f.gold}  |  ${f.got}  |  ${f.text}`);
  }
}
