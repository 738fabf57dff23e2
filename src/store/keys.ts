import { normalizeText, sha256 } from "../dedupe/index.js";
import type { Event, Quote } from "../model/index.js";

const countries = (xs: { country: string | null }[]) => [...new Set(xs.map((x) => x.country ?? "?"))].sort().join("+");

/**
 * Identity of an event inside a story: what happened (CAMEO code), between whom (countries), when,
 * and its ordinal among identical tuples of the article. Copies of the story carrying the same
 * tuple are mentions of one event, not new events.
 */
export function eventKeys(events: Event[]): string[] {
  const seen = new Map<string, number>();
  return events.map((e) => {
    const base = [e.cameo.code, countries(e.actor), countries(e.recipient), e.date.value ?? "", e.fromCaption ? "c" : ""].join("|");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

/** Identity of a quote inside a story: speaker plus the normalised words (first 200 characters). */
export function quoteKeys(quotes: Quote[]): string[] {
  const seen = new Map<string, number>();
  return quotes.map((q) => {
    const base = `${q.speaker?.name ?? ""}|${sha256(normalizeText(q.text).slice(0, 200)).slice(0, 16)}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}|${n}`;
  });
}

export function shortId(prefix: string, ...parts: string[]): string {
  return `${prefix}${sha256(parts.join("\u0000")).slice(0, 20)}`;
}

/** YYYY-MM-DD when an ISO value is known to the day, else null. */
export function dayOf(value: string | null | undefined): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(value) : null;
  return m ? m[1]! : null;
}

/** Unordered country pairs an event links (actor × recipient; among actors for reciprocal events). */
export function dyads(e: Event): [string, string][] {
  const a = [...new Set(e.actor.map((x) => x.country).filter((c): c is string => !!c))];
  const r = [...new Set(e.recipient.map((x) => x.country).filter((c): c is string => !!c))];
  const pairs = new Set<string>();
  for (const x of a) for (const y of r) pairs.add(x <= y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  if (e.reciprocal && r.length === 0) for (const x of a) for (const y of a) if (x < y) pairs.add(`${x}\u0000${y}`);
  return [...pairs].map((p) => p.split("\u0000") as [string, string]);
}

/** Whether an event counts as having happened (enters the dyad rollup). */
export function happened(e: Event): boolean {
  return !e.mode.negated && !e.mode.hypothetical && !e.mode.future;
}
