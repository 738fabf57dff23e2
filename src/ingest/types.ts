import type { Page } from "../model/index.js";

/** What a source yields: a page to process, or an input that could not be read (with why). */
export type SourceItem =
  | { kind: "page"; page: Page }
  | { kind: "failed"; input: string; why: string }
  | { kind: "skipped"; input: string; why: string };

export interface SourceOptions {
  /** Allow fetching loopback/private addresses (tests, intranets). Off by default. */
  allowPrivateAddresses?: boolean;
  userAgent?: string;
  /** Only feed/sitemap items newer than this ISO date. */
  since?: string;
  dryRun?: boolean;
  /** Where incremental state (seen feed items, robots cache) is kept. */
  stateDir?: string;
  signal?: AbortSignal;
  log?: (line: string) => void;
}
