/** A recoverable problem met while processing one record (like a vfile message). */
export interface Message {
  /** Which stage noticed it: `ingest`, `extract`, `analyze`, `events`, `store`. */
  stage: string;
  /** Short machine-readable code, e.g. `encoding-guessed`, `no-article`, `truncated`. */
  code: string;
  /** Human-readable explanation naming the input where useful. */
  reason: string;
  severity: "info" | "warning" | "error";
}

/** The outcome of one input in a batch: it never aborts the batch. */
export type Outcome =
  | { input: string; status: "ok"; articleId?: string; storyId?: string; messages?: Message[] }
  | { input: string; status: "skipped"; why: string }
  | { input: string; status: "failed"; why: string };
