/** One real-world event mentioned twice in an article is one event with `mentions`. */
import type { Event } from "../model/index.js";

const countries = (as: { country: string | null }[]) => [...new Set(as.map((a) => a.country ?? "?"))].sort().join("+");

function key(e: Event, withRecipient = true): string {
  const sides = [countries(e.actor), withRecipient ? countries(e.recipient) : "*"];
  if (e.reciprocal) sides.sort();
  // Protest modes are different acts (a demonstration, a riot, a strike, a blockade: 141–145), other roots
  // one act told with more or less detail.
  const kind = e.cameo.code.startsWith("14") ? e.cameo.code.slice(0, 3) : e.cameo.code.slice(0, 2);
  return [kind, e.plover?.event ?? "-", sides.join(">"), e.date.value ?? "?", e.mode.negated, e.mode.hypothetical].join("|");
}

export function mergeMentions(events: Event[]): Event[] {
  const byKey = new Map<string, Event>();
  /** Events with a recipient by their key without it: a later mention with no recipient in its sentence
   * ("Marrero rejected this argument") is the same act told again. */
  const byActor = new Map<string, Event>();
  const out: Event[] = [];
  for (const e of events) {
    const k = key(e);
    const first = byKey.get(k) ?? (e.recipient.length === 0 ? byActor.get(key(e, false)) : undefined);
    if (!first && e.recipient.length > 0 && !byActor.has(key(e, false))) byActor.set(key(e, false), e);
    if (!first) {
      byKey.set(k, e);
      out.push(e);
      continue;
    }
    // The same sentence coded twice by two triggers: keep the more specific code.
    if (first.evidence.start === e.evidence.start) {
      if (e.cameo.code.length > first.cameo.code.length) Object.assign(first, { cameo: e.cameo, plover: e.plover });
      continue;
    }
    first.mentions = [...(first.mentions ?? []), e.evidence];
    first.confidence = Math.min(1, Math.max(first.confidence, e.confidence) + 0.05);
  }
  return out;
}
