import type { ActorSummary, Paged, Store } from "../../store/index.js";

export interface CountrySummary {
  country: string;
  /** Events summed over the country's actors (an event with two actors of one country counts twice). */
  events: number;
  quotes: number;
  actors: number;
}

/** Reads at most this many actors; the answer says when it stopped early. */
const MAX_ACTORS = 20_000;

/** Countries that appear as actors, most active first: what the dyad picker offers. */
export async function listCountries(store: Store): Promise<{ items: CountrySummary[]; complete: boolean }> {
  const by = new Map<string, CountrySummary>();
  let cursor: string | null = null;
  let read = 0;
  do {
    const page: Paged<ActorSummary> = await store.listActors({}, { limit: 500, cursor });
    for (const a of page.items) {
      if (!a.country) continue;
      const c = by.get(a.country) ?? { country: a.country, events: 0, quotes: 0, actors: 0 };
      c.events += a.events;
      c.quotes += a.quotes;
      c.actors++;
      by.set(a.country, c);
    }
    read += page.items.length;
    cursor = page.nextCursor;
  } while (cursor && read < MAX_ACTORS);
  const items = [...by.values()].sort((a, b) => b.events - a.events || a.country.localeCompare(b.country));
  return { items, complete: cursor === null };
}
