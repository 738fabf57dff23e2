import type {
  ActorSummary,
  Paged,
  SearchFacets,
  SearchHit,
  StoredArticle,
  StoredEvent,
  StoredQuote,
  StoredStory,
  StoreStats,
  TimelinePoint,
} from "../store/store.js";

export type { Paged, SearchHit, StoredArticle, StoredEvent, StoredQuote, StoredStory, StoreStats, TimelinePoint };

export interface SearchAnswer extends Paged<SearchHit> {
  facets: (SearchFacets & { basis: "all" | "first-hits"; counted: number }) | null;
}
export interface TimelineAnswer {
  a: string;
  b: string;
  interval: "day" | "week" | "month";
  points: TimelinePoint[];
}
export interface CountrySummary {
  country: string;
  events: number;
  quotes: number;
  actors: number;
}

/** An error answer from the API, with its message (shown to the user as text). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | null | undefined>;

export async function get<T>(path: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") qs.set(k, String(v));
  const url = `${path}${qs.size > 0 ? `?${qs}` : ""}`;
  const res = await fetch(url, { signal, headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const msg = (body as { error?: { message?: string } } | null)?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiError(res.status, msg);
  }
  return body as T;
}

export const api = {
  stats: (s?: AbortSignal) => get<StoreStats>("/api/stats", {}, s),
  countries: (s?: AbortSignal) => get<{ items: CountrySummary[] }>("/api/countries", {}, s),
  timeline: (a: string, b: string, interval: string, range: { from?: string; to?: string }, s?: AbortSignal) =>
    get<TimelineAnswer>(`/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline`, { interval, ...range }, s),
  events: (params: Params, s?: AbortSignal) => get<Paged<StoredEvent>>("/api/events", params, s),
  article: (id: string, s?: AbortSignal) => get<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`, {}, s),
  search: (q: string, sort: "relevance" | "newest", cursor: string | null, s?: AbortSignal) =>
    get<SearchAnswer>("/api/search", { q, sort, cursor, facets: cursor ? undefined : true, limit: 20 }, s),
  quotes: (params: Params, s?: AbortSignal) => get<Paged<StoredQuote>>("/api/quotes", params, s),
  actors: (params: Params, s?: AbortSignal) => get<Paged<ActorSummary>>("/api/actors", params, s),
};
