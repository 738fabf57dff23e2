/** Events coded by the full pipeline in whole articles of the bundled Wikinews corpus (CC BY 2.5), for tests. */
import { run } from "../../bench/events/lib/pipeline.js";
import type { Event } from "../../src/model/index.js";
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
