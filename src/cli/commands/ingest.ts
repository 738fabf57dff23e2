import type { Command } from "commander";
import { type SourceOptions, sources } from "../../ingest/index.js";
import { ingestPage } from "../../ingest-page.js";
import { openStore } from "../../store/index.js";
import { log, logError } from "../io.js";
import type { ExitState } from "../main.js";

export interface IngestOptions {
  db: string;
  allowPrivateAddresses?: boolean;
  since?: string;
  dryRun?: boolean;
  userAgent?: string;
  quiet?: boolean;
  /** Enqueue on NATS JetStream for `dateline worker` instead of processing here (src/queue). */
  queue?: string;
  /** Sources (src/ingest): pause between requests to one host in ms, WARC copy of fetched pages, state dir. */
  delay?: string;
  warcOut?: string;
  stateDir?: string;
}

/** `dateline ingest <inputs…> [--db]`: read, extract, analyse, code and store; idempotent. */
export function register(program: Command, exit: ExitState): void {
  program
    .command("ingest")
    .description("ingest pages (files, directories, URLs, feeds, sitemaps, WARC) into the store")
    .argument("<inputs...>", "files, directories, URLs, feeds, sitemaps, WARC archives, .jsonl records")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .option("--allow-private-addresses", "allow fetching loopback and private addresses")
    .option("--since <date>", "only feed and sitemap items published after this date")
    .option("--dry-run", "list what would be fetched, store nothing")
    .option("--user-agent <ua>", "HTTP User-Agent for fetching")
    .option("-q, --quiet", "no per-input lines on stderr")
    .option("--delay <ms>", "pause between two requests to one host (robots.txt Crawl-delay is a floor)", "1000")
    .option("--warc-out <file>", "also write every fetched page to this WARC file (.warc.gz to compress)")
    .option("--state-dir <dir>", "where feed items seen and ETags are remembered between runs (default: <db>.sources)")
    .option("--queue <url>", "enqueue work items on nats://HOST:4222[/NAME] for `dateline worker` instead of processing")
    .action(async (inputs: string[], opts: IngestOptions) => {
      if (opts.queue) {
        const { enqueueFromCli } = await import("../../queue/cli-enqueue.js");
        if ((await enqueueFromCli(inputs, { queue: opts.queue, db: opts.db, quiet: opts.quiet })).failed.length > 0) exit.code = 1;
        return;
      }
      const summary = await ingest(inputs, opts);
      if (summary.failed > 0) exit.code = 1;
    });
}

export interface IngestSummary {
  ok: number;
  duplicate: number;
  skipped: number;
  failed: number;
}

export async function ingest(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  if (opts.dryRun) return dryRun(inputs, opts);
  const store = await openStore(opts.db);
  const summary: IngestSummary = { ok: 0, duplicate: 0, skipped: 0, failed: 0 };
  const runId = await store.startRun({ command: "ingest", inputs });
  try {
    for await (const item of sources(inputs, sourceOptions(opts))) {
      if (item.kind !== "page") {
        summary[item.kind]++;
        logError(item.input, item.why);
        await store.recordOutcome(
          runId,
          item.kind === "failed"
            ? { input: item.input, status: "failed", why: item.why }
            : { input: item.input, status: "skipped", why: item.why },
        );
        continue;
      }
      const page = item.page;
      try {
        const r = await ingestPage(store, runId, page);
        switch (r.status) {
          case "stored":
            summary.ok++;
            break;
          case "duplicate":
          case "already-stored":
            summary.duplicate++;
            break;
          case "skipped":
            summary.skipped++;
            if (!opts.quiet) logError(page.id, `skipped: ${r.why}`);
            break;
          case "invalid":
            summary.failed++;
            logError(page.id, r.why);
        }
      } catch (err) {
        summary.failed++;
        logError(page.id, (err as Error).message);
        await store.recordOutcome(runId, { input: page.id, status: "failed", why: (err as Error).message });
      }
    }
    await store.finishRun(runId);
  } finally {
    await store.close();
  }
  if (!opts.quiet)
    log(`ingest: ${summary.ok} stored, ${summary.duplicate} already stored, ${summary.skipped} skipped, ${summary.failed} failed`);
  return summary;
}

/** The CLI flags as source options (src/ingest/types.ts). */
function sourceOptions(opts: IngestOptions): SourceOptions {
  const delayMs = opts.delay === undefined ? undefined : Number(opts.delay);
  const stateDir = opts.stateDir ?? (/^postgres(ql)?:\/\//.test(opts.db) ? undefined : `${opts.db}.sources`);
  return { ...opts, delayMs: Number.isFinite(delayMs) ? delayMs : undefined, stateDir };
}

/** `--dry-run`: list what would be read or fetched; open no store, process and write nothing. */
async function dryRun(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { ok: 0, duplicate: 0, skipped: 0, failed: 0 };
  for await (const item of sources(inputs, sourceOptions(opts))) {
    if (item.kind === "page") {
      summary.skipped++;
      process.stdout.write(`would ingest ${item.page.url ?? item.page.id}\n`);
    } else if (item.kind === "failed") {
      summary.failed++;
      logError(item.input, item.why);
    } else summary.skipped++;
  }
  return summary;
}
