import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type SourceItem, type SourceOptions, type SourceSummary, sources } from "../../src/ingest/index.js";

/** Options for runs against the loopback test server: only 127.0.0.1 is let through the SSRF guard. */
export function local(extra: SourceOptions = {}): SourceOptions {
  return { allowAddresses: ["127.0.0.1"], delayMs: 0, quiet: true, progress: false, ...extra };
}

export async function collect(inputs: string[], opts: SourceOptions): Promise<{ items: SourceItem[]; summary: SourceSummary[] }> {
  const items: SourceItem[] = [];
  let summary: SourceSummary[] = [];
  for await (const item of sources(inputs, { ...opts, onSummary: (s) => (summary = s) })) items.push(item);
  return { items, summary };
}

export function pages(items: SourceItem[]) {
  return items.flatMap((i) => (i.kind === "page" ? [i.page] : []));
}

export function tempDir(prefix = "dateline-ingest-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
