/**
 * PLOVER gold-standard records (dev half): per sentence, PLOVER v2 event type, actor and recipient
 * country, with the full pipeline (analyze + code). Prints per split (tune / held-out).
 */
import { existsSync, readFileSync } from "node:fs";
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
  });
  const out: Record<Split, GsrScore> = { tune: empty(), "held-out": empty() };
  for (const r of rows) {
    const s = out[splitOf(r.id)];
    const t0 = performance.now();
    const { events } = run(r.text, r.date);
    s.seconds += (performance.now() - t0) / 1000;
    s.n++;
    const ev = mainEvent(events);
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
  if (res) {
    for (const [split, s] of Object.entries(res)) {
      console.log(
        `${split}: n=${s.n} type ${(s.typeOk / s.n).toFixed(3)} actor ${(s.actorOk / s.n).toFixed(3)} recipient ${(s.recipientOk / Math.max(1, s.recipientN)).toFixed(3)} emitted ${(s.emitted / s.n).toFixed(3)}`,
      );
    }
    // Tune half only: the held-out half is never printed.
    if (process.argv.includes("--failures")) for (const f of res.tune.failures) console.log(`${f.gold}  |  ${f.got}  |  ${f.text}`);
    if (process.argv.includes("--actor-failures"))
      for (const f of res.tune.sideFailures) console.log(`${f.id} ${f.miss}: ${f.gold}  |  ${f.got}  |  ${f.text}`);
  }
}
