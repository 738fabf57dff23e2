import { notArticleWhy } from "./extract/not-article.js";
import { validatePage } from "./ingest/validate.js";
import type { Page } from "./model/index.js";
import { processPage } from "./pipeline.js";
import type { Store } from "./store/index.js";

/** What became of one page: stored (new or joining a story), already there, not an article, or unusable. */
export type PageResult =
  | { status: "stored" | "duplicate"; articleId: string; storyId: string }
  | { status: "already-stored" }
  | { status: "skipped"; why: string }
  | { status: "invalid"; why: string };

/**
 * The one path from a page to the store, shared by `dateline ingest`, `dateline demo` and the
 * distributed worker: screen the bytes, skip inputs already stored, run the pipeline, commit the result
 * in one transaction, and record the outcome for the run. Errors from the pipeline or the store are
 * thrown: the caller decides whether they fail the input (CLI) or are retried (worker).
 */
export async function ingestPage(store: Store, runId: string, page: Page): Promise<PageResult> {
  const bad = validatePage(page);
  if (bad) {
    await store.recordOutcome(runId, { input: page.id, status: "failed", why: bad });
    return { status: "invalid", why: bad };
  }
  if (await store.hasInput(page.id)) {
    await store.recordOutcome(runId, { input: page.id, status: "skipped", why: "already stored" });
    return { status: "already-stored" };
  }
  const { article, analysis } = processPage(page);
  if (article.notArticle) {
    const why = notArticleWhy(page.id, article.messages);
    await store.recordOutcome(runId, { input: page.id, status: "skipped", why });
    return { status: "skipped", why };
  }
  const put = await store.put({ inputId: page.id, url: page.url, fetchedAt: page.fetchedAt, article, analysis });
  await store.recordOutcome(runId, { input: page.id, status: "ok", articleId: put.articleId, storyId: put.storyId });
  return { status: put.status === "duplicate" ? "duplicate" : "stored", articleId: put.articleId, storyId: put.storyId };
}
