import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { detectKind, isFeed, isSitemap } from "./detect.js";
import { Fetcher } from "./fetcher.js";
import { isUrl, listFiles, readStdin } from "./files.js";
import { jsonlRecords } from "./jsonl.js";
import { SourceState } from "./state.js";
import { formatSummary, newSummary, Progress } from "./summary.js";
import type { SourceItem, SourceOptions, SourceSummary } from "./types.js";
import { isWarcPath, warcRecords } from "./warc.js";
import { WarcWriter } from "./warc-writer.js";
import { expandDocument, urlSource, type WebContext } from "./web.js";

export type { SourceItem, SourceOptions, SourceSummary } from "./types.js";
export { type WarcRange, warcRecords, warcSplitPoints } from "./warc.js";

interface Run {
  opts: SourceOptions;
  state: SourceState;
  progress: Progress;
  summaries: SourceSummary[];
  fetcher?: Fetcher;
  warc?: WarcWriter;
}

/**
 * Turns CLI inputs into pages: files, directories, `-` for stdin, `.jsonl` records, http(s) URLs
 * (fetched politely; feeds and sitemaps expand into their pages), local feed/sitemap files, and
 * WARC archives. Never throws for one bad input: it yields a failure and goes on.
 */
export async function* sources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const run: Run = {
    opts,
    state: new SourceState(opts.stateDir),
    progress: new Progress(opts.progress ?? (process.stderr.isTTY === true && !opts.quiet)),
    summaries: [],
  };
  try {
    for (const input of inputs) yield* one(input, run);
  } finally {
    run.progress.clear();
    if (!opts.dryRun) run.state.save();
    await run.warc?.close();
    run.fetcher?.close();
    if (run.summaries.length) {
      opts.onSummary?.(run.summaries);
      if (!opts.quiet) {
        const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
        for (const s of run.summaries) log(formatSummary(s));
      }
    }
  }
}

async function* one(input: string, run: Run): AsyncGenerator<SourceItem> {
  try {
    if (input === "-") {
      yield { kind: "page", page: { id: "stdin", bytes: await readStdin(), fetchedAt: new Date().toISOString() } };
      return;
    }
    if (isUrl(input)) {
      yield* urlSource(input, webContext(input, run));
      return;
    }
    const info = await stat(input).catch(() => null);
    if (!info) {
      yield { kind: "failed", input, why: "no such file or directory" };
      return;
    }
    if (info.isDirectory()) {
      for (const file of await listFiles(input)) yield* one(file, run);
      return;
    }
    if (/\.jsonl$/i.test(input)) {
      yield* jsonlRecords(input);
      return;
    }
    if (isWarcPath(input)) {
      yield* warcSource(input, run);
      return;
    }
    const bytes = new Uint8Array(await readFile(input));
    const kind = /\.(xml|rss|atom|rdf)$/i.test(input) ? detectKind(bytes) : "other";
    if (isFeed(kind) || isSitemap(kind)) {
      // A feed or sitemap saved to disk: fetch the pages it lists.
      yield* expandDocument(resolve(input), bytes, webContext(input, run));
      return;
    }
    yield { kind: "page", page: { id: resolve(input), bytes, fetchedAt: info.mtime.toISOString() } };
  } catch (err) {
    yield { kind: "failed", input, why: (err as Error).message };
  }
}

function webContext(input: string, run: Run): WebContext {
  run.fetcher ??= new Fetcher(run.opts, run.state);
  if (run.opts.warcOut && !run.warc && !run.opts.dryRun) run.warc = new WarcWriter(run.opts.warcOut);
  const summary = newSummary(input);
  run.summaries.push(summary);
  return { fetcher: run.fetcher, state: run.state, opts: run.opts, summary, progress: run.progress, warc: run.warc };
}

async function* warcSource(path: string, run: Run): AsyncGenerator<SourceItem> {
  const summary = newSummary(path);
  run.summaries.push(summary);
  const mb = (n: number) => (n / 1e6).toFixed(0);
  for await (const item of warcRecords(
    path,
    {},
    {
      maxBytes: run.opts.maxBytes,
      onProgress: (done, total) => run.progress.update(`${path}: ${mb(done)}/${mb(total)} MB, ${summary.fetched} pages`),
      onIgnored: () => {
        summary.skipped++;
      },
    },
  )) {
    if (item.kind === "page") summary.fetched++;
    else if (item.kind === "failed") {
      summary.failed++;
      const key = item.why.replace(/<urn:[^>]*>/g, "<record>");
      summary.reasons[key] = (summary.reasons[key] ?? 0) + 1;
    } else summary.skipped++;
    yield item;
  }
}
