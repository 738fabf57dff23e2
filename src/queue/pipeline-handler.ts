import type { SourceOptions } from "../ingest/index.js";
import { validatePage } from "../ingest/validate.js";
import { processPage } from "../pipeline.js";
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
 * `validatePage` screens it, `processPage` runs extract → analyze → code events, `store.put` commits it
 * in one transaction. Already stored inputs are skipped, as in `dateline ingest`.
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
      const bad = validatePage(page);
      if (bad) {
        await store.recordOutcome(runId, { input: page.id, status: "failed", why: bad });
        if (single) throw new PermanentError(bad);
        out.deadPages.push({ input: page.id, why: bad });
        continue;
      }
      if (await store.hasInput(page.id)) {
        out.duplicate++;
        await store.recordOutcome(runId, { input: page.id, status: "skipped", why: "already stored" });
        continue;
      }
      const { article, analysis } = processPage(page);
      if (article.notArticle) {
        out.skipped++;
        const why = article.messages.find((m) => m.code === "no-article")?.reason ?? "not an article";
        await store.recordOutcome(runId, { input: page.id, status: "skipped", why });
        continue;
      }
      const put = await store.put({ inputId: page.id, url: page.url, fetchedAt: page.fetchedAt, article, analysis });
      if (put.status === "duplicate") out.duplicate++;
      else out.stored++;
      await store.recordOutcome(runId, { input: page.id, status: "ok", articleId: put.articleId, storyId: put.storyId });
    }
    return out;
  };
}
