import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "commander";
import { processPage } from "../../pipeline.js";
import { openQueue } from "../../queue/connect.js";
import { pipelineHandler } from "../../queue/pipeline-handler.js";
import { startWorker } from "../../queue/worker.js";
import { openStore } from "../../store/index.js";
import { log } from "../io.js";
import { type ExitState, UsageError } from "../main.js";

interface WorkerCliOptions {
  queue: string;
  db: string;
  concurrency: string;
  maxAttempts: string;
  ackWait?: string;
  exitWhenEmpty?: boolean;
  allowPrivateAddresses?: boolean;
  userAgent?: string;
  quiet?: boolean;
}

/** `dateline worker --queue nats://… --db postgres://…`: process queued inputs until stopped (SIGTERM). */
export function register(program: Command, exit: ExitState): void {
  program
    .command("worker")
    .description("pull queued inputs from NATS JetStream, run the pipeline, store each result; SIGTERM finishes in-flight items")
    .requiredOption("--queue <url>", "nats://HOST:4222[/NAME] (NAME defaults to DATELINE)")
    .option("--db <db>", "SQLite file or postgres:// URL (use PostgreSQL for more than one worker)", "./dateline.db")
    .option("--concurrency <n>", "items in progress at once in this process", "2")
    .option("--max-attempts <n>", "attempts before an input goes to the dead letters", "3")
    .option("--ack-wait <seconds>", "redeliver an item when its worker went silent this long (sets the shared consumer)")
    .option("--exit-when-empty", "exit once nothing is pending or in flight")
    .option("--allow-private-addresses", "allow fetching loopback and private addresses")
    .option("--user-agent <ua>", "HTTP User-Agent for fetching")
    .option("-q, --quiet", "no progress lines on stderr")
    .action(async (opts: WorkerCliOptions) => {
      const concurrency = positiveInt(opts.concurrency, "--concurrency");
      const maxAttempts = positiveInt(opts.maxAttempts, "--max-attempts");
      const ackWaitMs = opts.ackWait !== undefined ? positiveInt(opts.ackWait, "--ack-wait") * 1000 : undefined;
      const q = await openQueue(opts.queue, {
        create: true,
        name: "dateline-worker",
        settings: ackWaitMs !== undefined ? { ackWaitMs } : {},
      });
      const store = await openStore(opts.db).catch(async (err: Error) => {
        await q.close();
        throw err;
      });
      warmUp(opts.quiet ? undefined : log);
      const tmp = await mkdtemp(join(tmpdir(), "dateline-worker-"));
      const runId = await store.startRun({ command: "worker", inputs: [opts.queue] });
      const handle = startWorker(
        q,
        pipelineHandler({
          store,
          runId,
          tmpDir: tmp,
          sourceOptions: {
            allowPrivateAddresses: opts.allowPrivateAddresses,
            userAgent: opts.userAgent,
            log: opts.quiet ? undefined : log,
          },
        }),
        { concurrency, maxAttempts, exitWhenEmpty: opts.exitWhenEmpty, log: opts.quiet ? undefined : log },
      );
      const stop = () => handle.stop();
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      try {
        const stats = await handle.done;
        await store.finishRun(runId);
        process.stdout.write(`${JSON.stringify(stats)}\n`);
        if (stats.dead > 0) exit.code = 1;
      } finally {
        process.off("SIGTERM", stop);
        process.off("SIGINT", stop);
        await store.close();
        await q.close();
        await rm(tmp, { recursive: true, force: true });
      }
    });
}

/**
 * Runs the pipeline once on a small page before taking work: lazy loading (dictionaries, models) then
 * happens here, not inside the first item, where a long synchronous stretch would outlast the ack wait
 * (no in-progress signal can be sent while the event loop is busy) and get the item redelivered.
 */
function warmUp(log?: (line: string) => void): void {
  const t = performance.now();
  const text = "LONDON, March 3 (Reuters) - The minister said on Tuesday that talks with France would resume next week.";
  processPage({ id: "dateline:warm-up", bytes: new TextEncoder().encode(text), contentType: "text/plain; charset=utf-8" });
  log?.(`worker: pipeline ready in ${Math.round(performance.now() - t)} ms`);
}

function positiveInt(v: string, flag: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number, got ${JSON.stringify(v)}`);
  return n;
}
