import type { Page } from "../model/index.js";

/** What a source yields: a page to process, or an input that could not be read (with why). */
export type SourceItem =
  | { kind: "page"; page: Page }
  | { kind: "failed"; input: string; why: string }
  | { kind: "skipped"; input: string; why: string };

export interface SourceOptions {
  /** Allow fetching loopback/private addresses (tests, intranets). Off by default. */
  allowPrivateAddresses?: boolean;
  /** Single private addresses allowed without allowing all (e.g. ["127.0.0.1"] for a local test server). */
  allowAddresses?: string[];
  userAgent?: string;
  /** Only feed/sitemap items newer than this ISO date. */
  since?: string;
  dryRun?: boolean;
  /** Where incremental state (seen feed items, ETag/Last-Modified, robots cache) is kept. Unset: nothing persists. */
  stateDir?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
  /** Minimum pause between two requests to one host, in ms (default 1000). robots.txt Crawl-delay is a floor. */
  delayMs?: number;
  /** Attempts after a 429/503 or a network error (default 3). */
  retries?: number;
  /** Longest Retry-After we wait for, in ms (default 120 000); longer ones fail the URL. */
  maxRetryAfterMs?: number;
  /** Whole-request timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression, in bytes (default 10 MiB). */
  maxBytes?: number;
  /** Redirects followed per URL (default 5). */
  maxRedirects?: number;
  /** Hosts fetched at the same time (default 4); each host still gets one connection. */
  concurrency?: number;
  /** Write every fetched page to this WARC file (`.warc.gz` for gzip). */
  warcOut?: string;
  /** Progress line on stderr: default when stderr is a TTY. */
  progress?: boolean;
  /** Receives the per-source summary at the end of the run (besides the log line). */
  onSummary?: (summary: SourceSummary[]) => void;
  /** Skip the summary lines on the log. */
  quiet?: boolean;
}

/** What happened to one input (a URL, a feed, a sitemap, a WARC file). */
export interface SourceSummary {
  source: string;
  fetched: number;
  notModified: number;
  robots: number;
  seenBefore: number;
  tooOld: number;
  skipped: number;
  failed: number;
  /** Failure reasons with counts. */
  reasons: Record<string, number>;
}
