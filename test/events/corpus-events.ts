/** Events coded by the full pipeline in whole articles of the bundled Wikinews corpus (CC BY 2.5), for tests. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../bench/events/lib/pipeline.js";
import type { Event } from "../../src/model/index.js";
import { processPage } from "../../src/pipeline.js";
import { corpusRecord } from "../corpus.js";

const cache = new Map<string, Event[]>();

/** PLOVER events coded in the article whose id contains `id`, in sentences starting with `start` (also as a
 * later mention of an act told before). */
export function eventsIn(id: string, start: string): Event[] {
  let events = cache.get(id);
  if (!events) {
    const r = corpusRecord(id);
    events = run(r.text, r.date).events.filter((e) => e.plover);
    cache.set(id, events);
  }
  return events.filter((e) => e.evidence.sentence.startsWith(start) || e.mentions?.some((m) => m.sentence.startsWith(start)));
}

/** "TYPE ACTORS>RECIPIENTS" by country, e.g. "CONSULT USA>TUR". */
export const tuple = (e: Event) =>
  `${e.plover?.event} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")}`;

/** PLOVER events the whole pipeline codes on a real web page of test/fixtures/events/web (WCXB, CC BY 4.0), as
 * "TYPE ACTORS>RECIPIENTS «trigger» sentence…" lines. */
export function webPageEvents(page: string): string[] {
  const bytes = readFileSync(join(import.meta.dirname, "../fixtures/events/web", page));
  const { analysis } = processPage({ id: page, bytes, contentType: "text/html" });
  return analysis.events
    .filter((e) => e.plover)
    .map((e) => `${tuple(e)} «${e.evidence.trigger?.text}» ${e.evidence.sentence.slice(0, 60)}`);
}
