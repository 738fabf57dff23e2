import type { FacetCount, Paged, PageRequest, SearchFacets, SearchHit, SearchOptions, Store } from "../../store/index.js";

export interface SearchAnswer extends Paged<SearchHit> {
  /** Null unless asked for. `basis` says whether counts cover all matches or only the first ones. */
  facets: (SearchFacets & { basis: "all" | "first-hits"; counted: number }) | null;
}

/** How many hits the fallback facet count reads when the store cannot count facets itself. */
const FALLBACK_HITS = 1000;

export async function searchWithFacets(
  store: Store,
  q: string,
  page: PageRequest,
  facets: boolean,
  options: SearchOptions = {},
): Promise<SearchAnswer> {
  const hits = await store.search(q, page, options);
  if (!facets) return { ...hits, facets: null };
  if (store.searchFacets) {
    const f = await store.searchFacets(q);
    return { ...hits, facets: { ...f, basis: "all", counted: hits.total ?? sum(f.source) } };
  }
  return { ...hits, facets: await countFirstHits(store, q) };
}

/** Fallback: count source and month over the first FALLBACK_HITS hits (country needs the store). */
async function countFirstHits(store: Store, q: string): Promise<NonNullable<SearchAnswer["facets"]>> {
  const source = new Map<string, number>();
  const month = new Map<string, number>();
  let cursor: string | null = null;
  let counted = 0;
  let complete = true;
  do {
    const page: Paged<SearchHit> = await store.search(q, { limit: 200, cursor }, { sort: "newest" });
    for (const h of page.items) {
      bump(source, h.source ?? "(unknown)");
      bump(month, h.published ? h.published.slice(0, 7) : "(undated)");
      counted++;
    }
    cursor = page.nextCursor;
    if (cursor && counted >= FALLBACK_HITS) {
      complete = false;
      break;
    }
  } while (cursor);
  return { source: sorted(source), country: [], month: sorted(month), basis: complete ? "all" : "first-hits", counted };
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function sorted(m: Map<string, number>): FacetCount[] {
  return [...m].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function sum(xs: FacetCount[]): number {
  return xs.reduce((s, x) => s + x.count, 0);
}
