import type { Generated } from "kysely";

/** Table types shared by SQLite and PostgreSQL (one Kysely code path). Booleans are 0/1 integers. */
export interface Database {
  stories: StoriesTable;
  articles: ArticlesTable;
  copies: CopiesTable;
  inputs: InputsTable;
  lsh: LshTable;
  sources: SourcesTable;
  entities: EntitiesTable;
  events: EventsTable;
  event_actors: EventActorsTable;
  event_mentions: EventMentionsTable;
  quotes: QuotesTable;
  quote_mentions: QuoteMentionsTable;
  dyad_daily: DyadDailyTable;
  dyad_plover: DyadPloverTable;
  runs: RunsTable;
  outcomes: OutcomesTable;
}

export interface StoriesTable {
  id: string;
  title: string;
  representative_id: string;
  first_seen: string | null;
  /** Copies of the story (distinct URLs or inputs carrying it). */
  mention_count: number;
  /** Distinct texts (exact copies share one article). */
  article_count: number;
  created_at: string;
}

export interface ArticlesTable {
  seq: Generated<number>;
  id: string;
  story_id: string;
  content_hash: string;
  title: string;
  source: string | null;
  site_name: string | null;
  language: string | null;
  url: string | null;
  published: string | null;
  /** Sort key: publication time when known, else ingest time (ISO text). */
  sort_key: string;
  text: string;
  article_json: string;
  analysis_json: string;
  signature: Uint8Array;
  shingle_count: number;
  created_at: string;
}

export interface CopiesTable {
  seq: Generated<number>;
  article_id: string;
  story_id: string;
  url: string | null;
  url_norm: string | null;
  source: string | null;
  title: string;
  published: string | null;
  fetched_at: string | null;
  /** `original`, `exact`, `near`. */
  kind: string;
  created_at: string;
}

export interface InputsTable {
  input_id: string;
  article_id: string;
  story_id: string;
  created_at: string;
}

export interface LshTable {
  key: string;
  article_seq: number;
}

export interface SourcesTable {
  name: string;
  articles: number;
}

export interface EntitiesTable {
  article_seq: number;
  story_id: string;
  name: string;
  type: string;
  country: string | null;
  sector: string | null;
  ref: string | null;
  mentions: number;
}

export interface EventsTable {
  seq: Generated<number>;
  id: string;
  story_id: string;
  article_id: string;
  event_key: string;
  cameo: string;
  quad: number;
  goldstein: number;
  plover: string | null;
  date_value: string | null;
  /** YYYY-MM-DD when the event date is known to the day, else null. */
  day: string | null;
  negated: number;
  hypothetical: number;
  future: number;
  historical: number;
  confidence: number;
  sentence: string;
  json: string;
  mention_count: number;
}

export interface EventActorsTable {
  event_seq: number;
  /** `a` actor, `r` recipient. */
  role: string;
  country: string | null;
  sector: string | null;
  name: string;
}

export interface EventMentionsTable {
  event_seq: number;
  article_id: string;
}

export interface QuotesTable {
  seq: Generated<number>;
  id: string;
  story_id: string;
  article_id: string;
  quote_key: string;
  kind: string;
  speaker: string | null;
  speaker_country: string | null;
  text: string;
  date: string | null;
  json: string;
  mention_count: number;
}

export interface QuoteMentionsTable {
  quote_seq: number;
  article_id: string;
}

/** Daily rollup per unordered country pair (lo ≤ hi): counts by quad class and the Goldstein sum. */
export interface DyadDailyTable {
  lo: string;
  hi: string;
  day: string;
  n: number;
  q1: number;
  q2: number;
  q3: number;
  q4: number;
  goldstein_sum: number;
}

/** Daily counts per unordered country pair and PLOVER type. */
export interface DyadPloverTable {
  lo: string;
  hi: string;
  day: string;
  plover: string;
  n: number;
}

export interface RunsTable {
  id: string;
  command: string;
  inputs_json: string;
  started_at: string;
  finished_at: string | null;
}

export interface OutcomesTable {
  seq: Generated<number>;
  run_id: string;
  input: string;
  status: string;
  why: string | null;
  article_id: string | null;
  story_id: string | null;
  at: string;
}
