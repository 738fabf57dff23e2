import type { Queue } from "./connect.js";
import { statsBucket } from "./connect.js";
import { type DeadLetter, listDeadLetters } from "./dead-letter.js";
import type { WorkerStats } from "./worker.js";

export interface QueueStatus {
  queue: string;
  /** Items ever accepted on the work stream (server de-duplicated). */
  enqueued: number;
  /** Not yet delivered to any worker. */
  pending: number;
  /** Delivered and not yet acknowledged (being processed, or waiting for a retry). */
  inFlight: number;
  /** Deliveries that were redeliveries (crashed worker, retry). */
  redelivered: number;
  /** Items acknowledged after processing (stored, already stored or skipped pages). */
  done: number;
  /** Failed attempts that were retried, summed over workers. */
  failedAttempts: number;
  /** Dead letters: whole items, and single pages inside items. */
  dead: { items: number; pages: number };
  /** Pages stored / already stored / skipped, summed over the workers' last reports. */
  pages: { stored: number; duplicate: number; skipped: number };
  workers: (WorkerStats & { alive: boolean })[];
  recentDeadLetters: (DeadLetter & { seq: number })[];
}

/** Reads the stream, consumer, dead-letter stream and worker reports; changes nothing. */
export async function queueStatus(q: Queue, opts: { deadLetters?: number } = {}): Promise<QueueStatus> {
  const { jsm, config } = q;
  const work = await jsm.streams.info(config.workStream).catch(() => null);
  if (!work) throw new Error(`queue ${config.name} does not exist on ${config.servers.join(",")} (nothing was enqueued yet)`);
  const consumer = await jsm.consumers.info(config.workStream, config.consumer).catch(() => null);
  const deadInfo = await jsm.streams.info(config.deadStream, { subjects_filter: ">" }).catch(() => null);
  const subjects = deadInfo?.state.subjects ?? {};
  const deadItems = subjects[`${config.deadSubject}.item`] ?? 0;
  const deadPages = subjects[`${config.deadSubject}.page`] ?? 0;
  const enqueued = work.state.last_seq;
  const pending = consumer?.num_pending ?? work.state.messages;
  const inFlight = consumer?.num_ack_pending ?? 0;
  // Work-queue retention deletes a message when it is acknowledged: what left the stream is finished.
  const finished = Math.max(0, enqueued - work.state.messages);
  const workers: (WorkerStats & { alive: boolean })[] = [];
  const kv = await statsBucket(q).catch(() => null);
  if (kv) {
    // Keys from the bucket stream's subject counts (one request) rather than kv.keys(), whose watcher
    // can wait forever when a worker reports while it lists.
    const prefix = `$KV.${config.statsBucket}.`;
    const info = await jsm.streams.info(`KV_${config.statsBucket}`, { subjects_filter: `${prefix}>` }).catch(() => null);
    for (const subject of Object.keys(info?.state.subjects ?? {})) {
      const e = await kv.get(subject.slice(prefix.length)).catch(() => null);
      if (!e || e.length === 0) continue;
      const w = e.json<WorkerStats>();
      const alive = w.state !== "stopped" && Date.now() - Date.parse(w.updatedAt) < 10_000;
      workers.push({ ...w, alive });
    }
  }
  workers.sort((a, b) => a.worker.localeCompare(b.worker));
  const sum = (k: "stored" | "duplicate" | "skipped" | "failedAttempts") => workers.reduce((n, w) => n + w[k], 0);
  const recent = await listDeadLetters(q, opts.deadLetters ?? 20);
  return {
    queue: config.name,
    enqueued,
    pending,
    inFlight,
    redelivered: consumer?.num_redelivered ?? 0,
    done: Math.max(0, finished - deadItems),
    failedAttempts: sum("failedAttempts"),
    dead: { items: deadItems, pages: deadPages },
    pages: { stored: sum("stored"), duplicate: sum("duplicate"), skipped: sum("skipped") },
    workers,
    recentDeadLetters: recent.map((d) => ({ ...d.letter, seq: d.seq })),
  };
}
