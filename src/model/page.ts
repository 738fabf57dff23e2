/** A fetched or read input before extraction: raw bytes plus where and when they came from. */
export interface Page {
  /** Stable identity of the input: a URL, a file path, a WARC record id, or a caller-supplied id. */
  id: string;
  /** Raw bytes as received (undecoded). */
  bytes: Uint8Array;
  /** Canonical URL when known (HTTP, WARC target URI, feed link). */
  url?: string;
  /** When the page was fetched or read (ISO 8601). */
  fetchedAt?: string;
  /** MIME type, e.g. `text/html; charset=gbk` or `text/plain`. Sniffed when absent. */
  contentType?: string;
  /** Optional hints from the source (feed item title/date, JSONL record fields). */
  hints?: PageHints;
}

export interface PageHints {
  title?: string;
  /** A date the source vouches for (feed pubDate, WARC-Date is NOT one: it is fetchedAt). */
  published?: string;
  language?: string;
  source?: string;
}
