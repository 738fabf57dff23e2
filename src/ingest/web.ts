import { pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import type { Page } from "../model/index.js";
import { detectKind, isFeed, isSitemap } from "./detect.js";
import { type LinkItem, parseFeed } from "./feeds.js";
import type { Fetcher, FetchResult } from "./fetcher.js";
import { parseSitemap } from "./sitemaps.js";
import type { SourceState } from "./state.js";
import { addFailure, type Progress } from "./summary.js";
import type { SourceItem, SourceOptions, SourceSummary } from "./types.js";
import type { WarcWriter } from "./warc-writer.js";

/** How deep sitemap indexes may nest, and how many sitemaps one input may expand to. */
const MAX_SITEMAP_DEPTH = 3;
const MAX_SITEMAPS = 1000;

export interface WebContext {
  fetcher: Fetcher;
  state: SourceState;
  opts: SourceOptions;
  summary: SourceSummary;
  progress: Progress;
  warc?: WarcWriter;
}

/**
 * A URL input: fetches it; a feed or sitemap (recognised by content) expands into the pages it
 * lists (new ones only, newer than `since`), anything else is one page.
 */
export async function* urlSource(url: string, ctx: WebContext): AsyncGenerator<SourceItem> {
  if (ctx.opts.dryRun && !LOOKS_LIKE_A_LIST.test(url)) {
    // A page: only robots.txt is asked. (Feeds and sitemaps are fetched to list what they hold.)
    yield await dryRunItem(url, undefined, ctx);
    return;
  }
  const res = await ctx.fetcher.fetch(url, true);
  if (res.kind !== "ok") {
    yield outcome(res, ctx);
    return;
  }
  // sitemap.xml.gz is often served as application/gzip (no Content-Encoding): look inside.
  const body = gunzipped(res.body, ctx.opts.maxBytes ?? 10 * 1024 * 1024) ?? res.body;
  const kind = detectKind(body, contentType(res));
  if (isFeed(kind) || isSitemap(kind)) {
    yield* expand(url, body, res.finalUrl, ctx, 0);
    return;
  }
  if (ctx.opts.dryRun) {
    ctx.summary.skipped++;
    yield { kind: "skipped", input: url, why: "dry run: would fetch" };
    return;
  }
  yield await pageItem(res, ctx, undefined);
}

/** A feed or sitemap read from disk: its pages are fetched like those of a fetched feed. */
export function expandDocument(path: string, body: Uint8Array, ctx: WebContext): AsyncGenerator<SourceItem> {
  return expand(path, body, pathToFileURL(path).href, ctx, 0);
}

async function* expand(source: string, body: Uint8Array, base: string, ctx: WebContext, depth: number): AsyncGenerator<SourceItem> {
  const xml = Buffer.from(body).toString("utf8");
  const kind = detectKind(body);
  let items: LinkItem[];
  try {
    if (isFeed(kind)) items = parseFeed(xml, base);
    else {
      const map = parseSitemap(xml, base);
      items = map.pages;
      const since = ctx.opts.since ? Date.parse(ctx.opts.since) : Number.NaN;
      for (const child of map.sitemaps.slice(0, MAX_SITEMAPS)) {
        if (!Number.isNaN(since) && child.modified && Date.parse(child.modified) < since) {
          ctx.summary.tooOld++;
          continue;
        }
        if (depth >= MAX_SITEMAP_DEPTH) {
          addFailure(ctx.summary, `sitemap index nested deeper than ${MAX_SITEMAP_DEPTH}`);
          yield { kind: "failed", input: child.url, why: `sitemap index nested deeper than ${MAX_SITEMAP_DEPTH}` };
          continue;
        }
        const sub = await ctx.fetcher.fetch(child.url, true);
        if (sub.kind !== "ok") {
          yield outcome(sub, ctx);
          continue;
        }
        const subBody = gunzipped(sub.body, ctx.opts.maxBytes ?? 10 * 1024 * 1024) ?? sub.body;
        if (!isSitemap(detectKind(subBody))) {
          addFailure(ctx.summary, "listed in a sitemap index but not a sitemap");
          yield { kind: "failed", input: child.url, why: "listed in a sitemap index but not a sitemap" };
          continue;
        }
        yield* expand(child.url, subBody, sub.finalUrl, ctx, depth + 1);
      }
    }
  } catch (err) {
    addFailure(ctx.summary, (err as Error).message);
    yield { kind: "failed", input: source, why: `${kind}: ${(err as Error).message}` };
    return;
  }
  yield* fetchItems(source, selectNew(source, items, ctx), ctx);
}

/** Items not seen in earlier runs and not older than `since`. */
function selectNew(source: string, items: LinkItem[], ctx: WebContext): LinkItem[] {
  const since = ctx.opts.since ? Date.parse(ctx.opts.since) : Number.NaN;
  const seen = new Set<string>();
  return items.filter((it) => {
    if (seen.has(it.key)) return false;
    seen.add(it.key);
    const date = it.published ?? it.modified;
    if (!Number.isNaN(since) && date && Date.parse(date) < since) {
      ctx.summary.tooOld++;
      return false;
    }
    if (ctx.state.hasSeen(source, it.key)) {
      ctx.summary.seenBefore++;
      return false;
    }
    return true;
  });
}

/** Fetches the items, several hosts at a time (each host still one request at a time). */
async function* fetchItems(source: string, items: LinkItem[], ctx: WebContext): AsyncGenerator<SourceItem> {
  if (ctx.opts.dryRun) {
    for (const it of items) yield await dryRunItem(it.url, it.published, ctx);
    return;
  }
  let done = 0;
  const jobs = items.map((it) => async (): Promise<SourceItem> => {
    try {
      const res = await ctx.fetcher.fetch(it.url, false);
      done++;
      ctx.progress.update(`${source}: ${done}/${items.length} pages`);
      if (res.kind === "ok") ctx.state.markSeen(source, it.key); // robots.txt may change: ask again next run
      if (res.kind !== "ok") return outcome(res, ctx);
      return await pageItem(res, ctx, it);
    } catch (err) {
      addFailure(ctx.summary, (err as Error).message);
      return { kind: "failed", input: it.url, why: (err as Error).message };
    }
  });
  yield* runConcurrently(jobs, Math.max(1, ctx.opts.concurrency ?? 4));
}

/** URLs a dry run fetches anyway, to list what they hold: feeds and sitemaps by their usual names. */
const LOOKS_LIKE_A_LIST = /(\.(xml|rss|atom|rdf)(\.gz)?|\/feed\/?|\/rss\/?|sitemap[^/]*)([?#].*)?$/i;

async function dryRunItem(url: string, published: string | undefined, ctx: WebContext): Promise<SourceItem> {
  const rules = await ctx.fetcher.robots(new URL(url)).catch((err: Error) => err);
  if (rules instanceof Error) {
    addFailure(ctx.summary, rules.message);
    return { kind: "failed", input: url, why: rules.message };
  }
  const allowed = rules.allowed(url);
  const log = ctx.opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  log(`${allowed ? "would fetch" : "robots.txt forbids"} ${url}${published ? ` (${published})` : ""}`);
  if (allowed) ctx.summary.skipped++;
  else ctx.summary.robots++;
  return { kind: "skipped", input: url, why: allowed ? "dry run: would fetch" : "dry run: disallowed by robots.txt" };
}

async function pageItem(res: Extract<FetchResult, { kind: "ok" }>, ctx: WebContext, item: LinkItem | undefined): Promise<SourceItem> {
  ctx.summary.fetched++;
  if (ctx.warc)
    await ctx.warc.write({ url: res.finalUrl, fetchedAt: res.fetchedAt, status: res.status, headers: res.headers, body: res.body });
  const page: Page = {
    id: res.url,
    bytes: res.body,
    url: res.finalUrl,
    fetchedAt: res.fetchedAt,
    contentType: contentType(res),
  };
  if (item && (item.title || item.published || item.source))
    page.hints = { title: item.title, published: item.published, source: item.source };
  return { kind: "page", page };
}

function outcome(res: Exclude<FetchResult, { kind: "ok" }>, ctx: WebContext): SourceItem {
  if (res.kind === "not-modified") {
    ctx.summary.notModified++;
    return { kind: "skipped", input: res.url, why: "not modified since the last run" };
  }
  if (res.kind === "robots") {
    ctx.summary.robots++;
    return { kind: "skipped", input: res.url, why: res.why };
  }
  addFailure(ctx.summary, res.why);
  return { kind: "failed", input: res.url, why: res.why };
}

/** The inflated bytes of a gzip body, or null when it is not gzip or does not inflate within `max`. */
function gunzipped(body: Uint8Array, max: number): Uint8Array | null {
  if (body[0] !== 0x1f || body[1] !== 0x8b) return null;
  try {
    return new Uint8Array(gunzipSync(body, { maxOutputLength: max }));
  } catch {
    return null;
  }
}

function contentType(res: Extract<FetchResult, { kind: "ok" }>): string | undefined {
  const v = res.headers["content-type"];
  return Array.isArray(v) ? v[0] : v;
}

/** Runs up to `n` jobs at once and yields results as they finish. */
export async function* runConcurrently<T>(jobs: (() => Promise<T>)[], n: number): AsyncGenerator<T> {
  const running = new Map<number, Promise<{ i: number; value: T }>>();
  let next = 0;
  const start = () => {
    const i = next++;
    const job = jobs[i] as () => Promise<T>;
    running.set(
      i,
      job().then((value) => ({ i, value })),
    );
  };
  while (next < jobs.length && running.size < n) start();
  while (running.size > 0) {
    const { i, value } = await Promise.race(running.values());
    running.delete(i);
    if (next < jobs.length) start();
    yield value;
  }
}
