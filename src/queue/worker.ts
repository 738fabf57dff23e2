import { hostname } from "node:os";
import type { Consumer, JsMsg } from "@nats-io/jetstream";
import type { KV } from "@nats-io/kv";
import { type Queue, statsBucket } from "./connect.js";
import { publishDeadLetter } from "./dead-letter.js";
import { type ItemHandler, PermanentError } from "./handler.js";
import { decodeItem, describeItem, type WorkItem } from "./item.js";
import { transientKind } from "./transient.js";

export interface WorkerOptions {
  /** Items processed at once in this process (they overlap I/O; CPU work is still one thread). */
  concurrency?: number;
  /** Attempts before an item goes to the dead letters (default 3). */
  maxAttempts?: number;
  /** Stop once nothing is pending or in flight anywhere (batch jobs, benchmarks). */
  exitWhenEmpty?: boolean;
  /** Delay before a failed item is offered again, by attempt number (default 1 s, 4 s, 16 s … ≤ 60 s). */
  retryDelayMs?: (attempt: number) => number;
  log?: (line: string) => void;
  /** How often counters go to the stats bucket and a progress line to the log (ms, default 2000). */
  reportEveryMs?: number;
}

export interface WorkerStats {
  worker: string;
  host: string;
  pid: number;
  startedAt: string;
  updatedAt: string;
  concurrency: number;
  inFlight: number;
  items: number;
  stored: number;
  duplicate: number;
  skipped: number;
  failedAttempts: number;
  dead: number;
  state: "running" | "stopping" | "stopped";
}

export interface WorkerHandle {
  stats: WorkerStats;
  /** Finish the items in flight, take no new ones, then resolve `done`. */
  stop(): void;
  done: Promise<WorkerStats>;
}

/**
 * Pulls work items and runs `handler` on each; acknowledges only after the handler returned (i.e. after
 * its commit), keeps long items alive with in-progress signals, retries failures with a delay and
 * dead-letters an item after `maxAttempts` (with the last error as reason). An item redelivered more
 * often than that without any worker finishing it (workers crashing on it) is dead-lettered unprocessed.
 */
export function startWorker(q: Queue, handler: ItemHandler, opts: WorkerOptions = {}): WorkerHandle {
  const concurrency = Math.max(1, opts.concurrency ?? 1);
  const maxAttempts = Math.max(1, opts.maxAttempts ?? 3);
  const retryDelay = opts.retryDelayMs ?? ((a: number) => Math.min(60_000, 1000 * 4 ** (a - 1)));
  const log = opts.log ?? (() => {});
  const host = hostname();
  const now = new Date().toISOString();
  const stats: WorkerStats = {
    worker: `${host}-${process.pid}-${Math.random().toString(36).slice(2, 6)}`.replace(/[^A-Za-z0-9_-]/g, "_"),
    host,
    pid: process.pid,
    startedAt: now,
    updatedAt: now,
    concurrency,
    inFlight: 0,
    items: 0,
    stored: 0,
    duplicate: 0,
    skipped: 0,
    failedAttempts: 0,
    dead: 0,
    state: "running",
  };
  let stopping = false;
  let kv: KV | null = null;
  let ackWaitMs = 60_000;

  const report = async () => {
    stats.updatedAt = new Date().toISOString();
    if (kv) await kv.put(stats.worker, JSON.stringify(stats)).catch(() => 0);
  };

  const dead = async (level: "item" | "page", input: string, reason: string, attempts: number, item?: WorkItem) => {
    await publishDeadLetter(q, { level, input, reason, attempts, item, worker: stats.worker, at: new Date().toISOString() });
    stats.dead++;
    log(`dead letter: ${input}: ${reason} (after ${attempts} attempt${attempts === 1 ? "" : "s"})`);
  };

  const ack = async (m: JsMsg) => {
    const ok = await m.ackAck().catch(() => false);
    if (!ok) log(`ack of message ${m.seq} not confirmed: it may be delivered again (harmless, the store is idempotent)`);
  };

  const handle = async (m: JsMsg) => {
    const attempt = m.info.deliveryCount;
    let item: WorkItem;
    try {
      item = decodeItem(m.data);
    } catch (err) {
      await dead("item", `message ${m.seq} on ${m.subject}`, (err as Error).message, attempt);
      await ack(m);
      return;
    }
    if (attempt > maxAttempts) {
      await dead(
        "item",
        item.id,
        `delivered ${attempt} times and no worker finished it (it crashed or outran the ack wait)`,
        attempt,
        item,
      );
      await ack(m);
      return;
    }
    stats.inFlight++;
    const beat = setInterval(() => m.working(), Math.max(500, Math.floor(ackWaitMs / 3)));
    try {
      const out = await runInPlace(item, attempt);
      for (const p of out.deadPages) await dead("page", p.input, p.why, attempt, item);
      await ack(m);
      stats.items++;
      stats.stored += out.stored;
      stats.duplicate += out.duplicate;
      stats.skipped += out.skipped;
    } catch (err) {
      const reason = (err as Error).message || String(err);
      if (transientKind(err) === "outage") {
        // Only when stopping during an outage: give the item back, it has not failed.
        m.nak();
        return;
      }
      if (err instanceof PermanentError || attempt >= maxAttempts) {
        await dead("item", item.id, reason, attempt, item);
        await ack(m);
      } else {
        stats.failedAttempts++;
        const delay = retryDelay(attempt);
        log(`${describeItem(item)}: attempt ${attempt} of ${maxAttempts} failed: ${reason}; retry in ${Math.round(delay / 1000)} s`);
        m.nak(delay);
      }
    } finally {
      clearInterval(beat);
      stats.inFlight--;
    }
  };

  /**
   * Runs the handler, retrying in place (the item stays held, in-progress signals keep going) while the
   * error is an outage (database or network away: wait with back-off, as long as it takes) or a
   * conflict with another worker (at most 3 quick retries). Anything else is thrown to the caller.
   */
  const runInPlace = async (item: WorkItem, attempt: number) => {
    let conflicts = 0;
    let wait = 1000;
    for (;;) {
      try {
        return await handler(item, { attempt });
      } catch (err) {
        const kind = transientKind(err);
        if (kind === "conflict" && conflicts++ < 3) continue;
        if (kind !== "outage" || stopping) throw err;
        log(`${describeItem(item)}: ${(err as Error).message}; store or network unavailable, retrying in ${Math.round(wait / 1000)} s`);
        await new Promise((r) => setTimeout(r, wait));
        wait = Math.min(30_000, wait * 2);
      }
    }
  };

  const drained = async (consumer: Consumer) => {
    const info = await consumer.info(false).catch(() => null);
    return info !== null && info.num_pending === 0 && info.num_ack_pending === 0;
  };

  const slot = async (consumer: Consumer) => {
    while (!stopping) {
      let m: JsMsg | null;
      try {
        m = await consumer.next({ expires: 2000 });
      } catch (err) {
        if (stopping) break;
        log(`pull failed: ${(err as Error).message}; retrying`);
        await new Promise((r) => setTimeout(r, 1000));
        continue;
      }
      if (!m) {
        if (opts.exitWhenEmpty && stats.inFlight === 0 && (await drained(consumer))) break;
        continue;
      }
      if (stopping) {
        m.nak(); // taken while stopping: give it straight back
        break;
      }
      await handle(m);
    }
  };

  const run = async (): Promise<WorkerStats> => {
    kv = await statsBucket(q).catch(() => null);
    const info = await q.jsm.consumers.info(q.config.workStream, q.config.consumer);
    ackWaitMs = Math.floor((info.config.ack_wait ?? 30e9) / 1_000_000);
    const consumer = await q.js.consumers.get(q.config.workStream, q.config.consumer);
    await report();
    let last = { t: Date.now(), items: 0 };
    const timer = setInterval(() => {
      void report();
      const t = Date.now();
      const rate = ((stats.items - last.items) * 1000) / Math.max(1, t - last.t);
      last = { t, items: stats.items };
      log(
        `worker ${stats.worker}: ${stats.items} items (${stats.stored} stored, ${stats.duplicate} already stored, ${stats.skipped} skipped), ` +
          `${stats.failedAttempts} retries, ${stats.dead} dead, ${stats.inFlight} in flight, ${rate.toFixed(1)} items/s`,
      );
    }, opts.reportEveryMs ?? 2000);
    try {
      await Promise.all(Array.from({ length: concurrency }, () => slot(consumer)));
    } finally {
      clearInterval(timer);
      stats.state = "stopped";
      await report();
    }
    return stats;
  };

  const done = run();
  return {
    stats,
    stop() {
      if (stopping) return;
      stopping = true;
      stats.state = "stopping";
      log(`worker ${stats.worker}: stopping after ${stats.inFlight} item(s) in flight`);
    },
    done,
  };
}
