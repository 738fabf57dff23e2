import type { Analysis, Article, Event, Outcome, Quote } from "../model/index.js";

/**
 * The store as the rest of the system sees it. One implementation (Kysely) serves SQLite and PostgreSQL.
 * The CLI, the HTTP API and the distributed worker use only this interface.
 */
export interface Store {
  /** Stores one processed page in one transaction. Idempotent: the same input twice stores one article. */
  put(record: ProcessedRecord): Promise<PutResult>;
  /** Records the outcome of one input for an ingest run (ok / skipped / failed). */
  recordOutcome(runId: string, outcome: Outcome): Promise<void>;
  startRun(meta: { command: string; inputs: string[] }): Promise<string>;
  finishRun(runId: string): Promise<void>;
  /** True when this input identity is already fully stored (used to resume and skip). */
  hasInput(inputId: string): Promise<boolean>;

  getArticle(id: string): Promise<StoredArticle | null>;
  listEvents(filter: EventFilter, page?: PageRequest): Promise<Paged<StoredEvent>>;
  listQuotes(filter: QuoteFilter, page?: PageRequest): Promise<Paged<StoredQuote>>;
  /** Matches of `query`; `sort` defaults to relevance when the query has words to rank by, else newest first. */
  search(query: string, page?: PageRequest, options?: SearchOptions): Promise<Paged<SearchHit>>;
  /**
   * Optional (added for the web UI's search facets): counts of ALL matches of `query` by source, by country
   * (countries of the entities an article mentions) and by publication month (`YYYY-MM`), largest first.
   * The server falls back to counting source and month over the first hits when a store lacks it.
   */
  searchFacets?(query: string): Promise<SearchFacets>;
  dyadTimeline(a: string, b: string, interval: "day" | "week" | "month", range?: DateRange): Promise<TimelinePoint[]>;
  getStory(id: string): Promise<StoredStory | null>;
  listActors(filter: { q?: string; country?: string }, page?: PageRequest): Promise<Paged<ActorSummary>>;
  stats(): Promise<StoreStats>;
  /** All articles in insertion order (for exports; page on with the cursor). */
  listArticles?(page?: PageRequest): Promise<Paged<ArticleRow>>;
  /** All stories in insertion order (for exports; page on with the cursor). */
  listStories?(page?: PageRequest): Promise<Paged<StoryRow>>;
  close(): Promise<void>;
}

export interface ArticleRow {
  id: string;
  storyId: string;
  article: Article;
}

export interface StoryRow {
  id: string;
  title: string;
  representativeId: string;
  firstSeen: string | null;
  /** Copies of the story (distinct URLs or inputs). */
  mentionCount: number;
  /** Distinct texts among the copies. */
  articleCount: number;
}

export interface ProcessedRecord {
  /** Identity of the input (path, URL, WARC record id, JSONL id). */
  inputId: string;
  url?: string;
  fetchedAt?: string;
  article: Article;
  analysis: Analysis;
}

export interface PutResult {
  articleId: string;
  storyId: string;
  /** `new` article, `duplicate` (same input or same content already stored), `near-duplicate` (joined a story). */
  status: "new" | "duplicate" | "near-duplicate";
}

export interface PageRequest {
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string | null;
}

export interface Paged<T> {
  items: T[];
  nextCursor: string | null;
  /** Exact total when cheap to know, else null (never a silent cap). */
  total: number | null;
}

export interface DateRange {
  from?: string;
  to?: string;
}

export interface EventFilter extends DateRange {
  actor?: string;
  recipient?: string;
  /** Either direction between actor and recipient. */
  dyad?: boolean;
  plover?: string;
  cameo?: string;
  quad?: number;
  mode?: "asserted" | "negated" | "hypothetical" | "future" | "historical";
  minConfidence?: number;
  articleId?: string;
  storyId?: string;
}

export interface QuoteFilter extends DateRange {
  speaker?: string;
  articleId?: string;
}

export interface StoredArticle {
  id: string;
  storyId: string;
  inputId: string;
  article: Article;
  analysis: Analysis;
  /** Other copies of the same story: id, title, source, url. */
  copies: { id: string; title: string; source: string | null; url: string | null; published: string | null }[];
}

export interface StoredEvent extends Event {
  id: string;
  articleId: string;
  storyId: string;
  /** Copies of the story that carry this event (honest NumMentions). */
  mentionCount: number;
  articleTitle?: string;
}

export interface StoredQuote extends Quote {
  id: string;
  articleId: string;
  storyId: string;
  /** Copies of the story that carry this quote. */
  mentionCount?: number;
}

/** `relevance`: BM25 (SQLite FTS5) / ts_rank_cd (PostgreSQL) over the query's words, title weighted up; `newest`: publication time. */
export type SearchSort = "relevance" | "newest";

export interface SearchOptions {
  sort?: SearchSort;
}

export interface SearchHit {
  articleId: string;
  storyId: string;
  title: string;
  source: string | null;
  published: string | null;
  url: string | null;
  /** Snippet with matches wrapped in «» markers (the UI renders them, never as HTML). */
  snippet: string;
  /** How many query words the snippet's article text matches (for display; the order comes from `sort`). */
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  source: FacetCount[];
  country: FacetCount[];
  month: FacetCount[];
}

export interface TimelinePoint {
  /** Start of the bucket: `2018-03-20`, `2018-W12` start day, or `2018-03-01`. */
  bucket: string;
  count: number;
  quad: { 1: number; 2: number; 3: number; 4: number };
  meanGoldstein: number | null;
  plover: Record<string, number>;
}

export interface StoredStory {
  id: string;
  title: string;
  mentionCount: number;
  firstSeen: string | null;
  articles: { id: string; title: string; source: string | null; url: string | null; published: string | null }[];
}

export interface ActorSummary {
  name: string;
  country: string | null;
  sector: string | null;
  events: number;
  quotes: number;
}

export interface StoreStats {
  articles: number;
  stories: number;
  events: number;
  quotes: number;
  entities: number;
  /** Copies stored (every distinct URL or input of every story); >= articles. */
  copies?: number;
}
