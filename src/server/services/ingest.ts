import { notArticleWhy } from "../../extract/not-article.js";
import { validatePage } from "../../ingest/validate.js";
import type { Page } from "../../model/index.js";
import type { PutResult, Store } from "../../store/index.js";
import { HttpError } from "../errors.js";
import type { IngestBody } from "../schemas.js";

export interface IngestAnswer {
  articleId?: string;
  storyId?: string;
  status: PutResult["status"] | "skipped";
  why?: string;
}

/** One page posted to the API → the same pipeline as `dateline ingest` → the store. */
export async function ingestOne(store: Store, body: IngestBody): Promise<IngestAnswer> {
  const page = toPage(body);
  const bad = validatePage(page);
  if (bad) throw new HttpError(422, "unprocessable", `page ${page.id}: ${bad}`);
  if (await store.hasInput(page.id)) return { status: "duplicate", why: "already stored" };
  // Loaded on first use: the pipeline's dictionaries take seconds to load and most servers never ingest.
  const { processPage } = await import("../../pipeline.js");
  const { article, analysis } = processPage(page);
  if (article.notArticle) {
    return { status: "skipped", why: notArticleWhy(page.id, article.messages) };
  }
  return store.put({ inputId: page.id, url: page.url, fetchedAt: page.fetchedAt, article, analysis });
}

function toPage(body: IngestBody): Page {
  const isHtml = body.html !== undefined;
  const content = body.html ?? body.text ?? "";
  const page: Page = {
    id: body.id ?? body.url ?? "",
    bytes: new TextEncoder().encode(content),
    fetchedAt: body.fetchedAt ?? new Date().toISOString(),
    contentType: body.contentType ?? (isHtml ? "text/html; charset=utf-8" : "text/plain; charset=utf-8"),
  };
  if (body.url) page.url = body.url;
  const hints: NonNullable<Page["hints"]> = {};
  if (body.title) hints.title = body.title;
  if (body.published) hints.published = body.published;
  if (body.language) hints.language = body.language;
  if (body.source) hints.source = body.source;
  if (Object.keys(hints).length > 0) page.hints = hints;
  return page;
}
