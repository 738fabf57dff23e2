import type { SourceOptions } from "../ingest/index.js";
import { ingestPage } from "../ingest-page.js";
import type { Store } from "../store/index.js";
import { emptyOutcome, type ItemHandler, type ItemOutcome, PermanentError } from "./handler.js";
import { readItem } from "./read-item.js";

export interface PipelineHandlerOptions {
  store: Store;
  runId: string;
  tmpDir: string;
  sourceOptions?: SourceOptions;
}

/**
 * The worker's handler: the CLI's own steps for every page of the item — `sources()` reads it,
 * `ingestPage` (src/ingest-page.ts, the same function
 * `dateline ingest` calls) screens it, runs extract → analyze → code events and commits it in one transaction. Already stored inputs are skipped, as in `dateline ingest`.
 *
 * Failures: a single-input item (file, URL, record) that cannot be read throws (retried, then
 * dead-lettered); one bad record inside a WARC range is reported on its own and the range goes on.
 * A page that fails validation can never succeed: it becomes a dead letter at once.
 */
export function pipelineHandler(opts: PipelineHandlerOptions): ItemHandler {
  const { store, runId } = opts;
  return async (item) => {
    const out: ItemOutcome = emptyOutcome();
    const single = item.kind !== "warc";
    for await (const src of readItem(item, opts.tmpDir, opts.sourceOptions)) {
      if (src.kind === "skipped") {
        out.skipped++;
        await store.recordOutcome(runId, { input: src.input, status: "skipped", why: src.why });
        continue;
      }
      if (src.kind === "failed") {
        if (single) throw new Error(src.why);
        out.deadPages.push({ input: src.input, why: src.why });
        await store.recordOutcome(runId, { input: src.input, status: "failed", why: src.why });
        continue;
      }
      const page = src.page;
      const r = await ingestPage(store, runId, page);
      if (r.status === "invalid") {
        if (single) throw new PermanentError(r.why);
        out.deadPages.push({ input: page.id, why: r.why });
      } else if (r.status === "stored") out.stored++;
      else if (r.status === "skipped") out.skipped++;
      else out.duplicate++;
    }
    return out;
  };
}
