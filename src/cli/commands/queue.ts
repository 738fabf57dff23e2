import type { Command } from "commander";
import { enqueueFromCli } from "../../queue/cli-enqueue.js";
import { deleteQueue, openQueue } from "../../queue/connect.js";
import { type QueueStatus, queueStatus } from "../../queue/status.js";
import { log, printJson } from "../io.js";
import { type ExitState, UsageError } from "../main.js";

interface StatusOptions {
  queue: string;
  json?: boolean;
  dead: string;
  watch?: string;
}

/** `dateline queue status|create|delete --queue nats://…`: look after the distributed ingestion queue. */
export function register(program: Command, exit: ExitState): void {
  const queue = program.command("queue").description("the NATS JetStream work queue used by `ingest --queue` and `worker`");
  queue
    .command("add")
    .description("enqueue inputs for `dateline worker` (what `ingest --queue` does, with the queue's own options)")
    .argument("<inputs...>", "files, directories, URLs, feeds, sitemaps, WARC archives, .jsonl records")
    .requiredOption("--queue <url>", "nats://HOST:4222[/NAME]")
    .option("--db <db>", "the workers' postgres:// store: inputs it already holds are not queued")
    .option("--warc-pages <n>", "response records per WARC work item", "50")
    .option("-q, --quiet", "no summary line on stderr")
    .action(async (inputs: string[], opts: { queue: string; db?: string; warcPages: string; quiet?: boolean }) => {
      const warcPagesPerItem = Number(opts.warcPages);
      if (!Number.isInteger(warcPagesPerItem) || warcPagesPerItem < 1) throw new UsageError("--warc-pages must be a positive whole number");
      const sum = await enqueueFromCli(inputs, { queue: opts.queue, db: opts.db, quiet: opts.quiet, warcPagesPerItem });
      if (sum.failed.length > 0) exit.code = 1;
    });
  queue
    .command("status")
    .description("pending, in flight, done, failed and the dead letters")
    .requiredOption("--queue <url>", "nats://HOST:4222[/NAME]")
    .option("--json", "print the status as JSON")
    .option("--dead <n>", "how many recent dead letters to list", "20")
    .option("--watch <seconds>", "print a progress line on stderr every few seconds until nothing is pending or in flight")
    .action(async (opts: StatusOptions) => {
      const dead = Number(opts.dead);
      if (!Number.isInteger(dead) || dead < 0) throw new UsageError(`--dead must be a whole number, got ${JSON.stringify(opts.dead)}`);
      const q = await openQueue(opts.queue, { name: "dateline-status" });
      if (!(await q.jsm.streams.info(q.config.workStream).catch(() => null))) {
        await q.close();
        throw new UsageError(`queue ${q.config.name} does not exist on ${q.config.servers.join(",")} (nothing was enqueued yet)`);
      }
      try {
        if (opts.watch !== undefined) {
          const every = Number(opts.watch) * 1000;
          if (!(every > 0)) throw new UsageError(`--watch must be a number of seconds, got ${JSON.stringify(opts.watch)}`);
          for (;;) {
            const s = await queueStatus(q, { deadLetters: 0 });
            log(progressLine(s));
            if (s.pending === 0 && s.inFlight === 0) break;
            await new Promise((r) => setTimeout(r, every));
          }
        }
        const s = await queueStatus(q, { deadLetters: dead });
        if (opts.json) printJson(s);
        else process.stdout.write(formatStatus(s));
      } finally {
        await q.close();
      }
    });
  queue
    .command("create")
    .description("create the queue's streams and consumer (ingest --queue and worker do it when missing)")
    .requiredOption("--queue <url>", "nats://HOST:4222[/NAME]")
    .option("--ack-wait <seconds>", "redeliver an item whose worker went silent this long", "60")
    .option("--dedup-window <seconds>", "how long the server remembers enqueued input ids", "7200")
    .action(async (opts: { queue: string; ackWait: string; dedupWindow: string }) => {
      const ackWaitMs = Number(opts.ackWait) * 1000;
      const dedupWindowMs = Number(opts.dedupWindow) * 1000;
      if (!(ackWaitMs > 0) || !(dedupWindowMs > 0)) throw new UsageError("--ack-wait and --dedup-window take a number of seconds");
      const q = await openQueue(opts.queue, { create: true, settings: { ackWaitMs, dedupWindowMs } });
      await q.close();
      log(`queue ${q.config.name}: ready`);
    });
  queue
    .command("delete")
    .description("delete the queue's streams (pending items and dead letters are lost)")
    .requiredOption("--queue <url>", "nats://HOST:4222[/NAME]")
    .option("--yes", "really delete")
    .action(async (opts: { queue: string; yes?: boolean }) => {
      if (!opts.yes) throw new UsageError("queue delete loses pending items and dead letters: add --yes");
      const q = await openQueue(opts.queue);
      try {
        await deleteQueue(q);
      } finally {
        await q.close();
      }
      log(`queue ${q.config.name}: deleted`);
    });
}

function progressLine(s: QueueStatus): string {
  const alive = s.workers.filter((w) => w.alive).length;
  return (
    `queue ${s.queue}: ${s.done}/${s.enqueued} done, ${s.pending} pending, ${s.inFlight} in flight, ` +
    `${s.failedAttempts} failed attempts, ${s.dead.items + s.dead.pages} dead letters, ${alive} worker(s) alive`
  );
}

function formatStatus(s: QueueStatus): string {
  const rows: [string, number | string][] = [
    ["enqueued", s.enqueued],
    ["pending", s.pending],
    ["in flight", s.inFlight],
    ["done", s.done],
    ["failed attempts (retried)", s.failedAttempts],
    ["dead letters (items)", s.dead.items],
    ["dead letters (pages in items)", s.dead.pages],
    ["redelivered", s.redelivered],
    ["pages stored", s.pages.stored],
    ["pages already stored", s.pages.duplicate],
    ["pages skipped", s.pages.skipped],
  ];
  let out = `queue ${s.queue}\n`;
  for (const [k, v] of rows) out += `  ${k.padEnd(30)} ${v}\n`;
  out += `workers (${s.workers.filter((w) => w.alive).length} alive of ${s.workers.length} seen)\n`;
  for (const w of s.workers) {
    out += `  ${w.worker.padEnd(32)} ${(w.alive ? w.state : "gone").padEnd(9)} items ${w.items}, stored ${w.stored}, retries ${w.failedAttempts}, dead ${w.dead}, last report ${w.updatedAt}\n`;
  }
  if (s.recentDeadLetters.length) {
    out += `dead letters (latest ${s.recentDeadLetters.length})\n`;
    for (const d of s.recentDeadLetters) out += `  ${d.level} ${d.input}: ${d.reason} (attempts ${d.attempts}, ${d.at})\n`;
  }
  return out;
}
