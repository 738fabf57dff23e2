import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from "@nats-io/jetstream";
import { type KV, Kvm } from "@nats-io/kv";
import { connect, type NatsConnection } from "@nats-io/transport-node";
import { parseQueueUrl, type QueueConfig } from "./config.js";

export interface QueueSettings {
  /** How long a delivered item may go without an ack or an in-progress signal before redelivery (ms). */
  ackWaitMs?: number;
  /** Server-side de-duplication window for `Nats-Msg-Id` (ms). */
  dedupWindowMs?: number;
}

export const DEFAULT_ACK_WAIT_MS = 60_000;
export const DEFAULT_DEDUP_WINDOW_MS = 2 * 3600_000;

export interface Queue {
  config: QueueConfig;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  close(): Promise<void>;
}

const ns = (ms: number) => ms * 1_000_000;

/** Connects to NATS; `create` makes the streams, the consumer and the stats bucket when missing. */
export async function openQueue(url: string, opts: { create?: boolean; settings?: QueueSettings; name?: string } = {}): Promise<Queue> {
  const config = parseQueueUrl(url);
  const nc = await connect({
    servers: config.servers,
    name: opts.name ?? "dateline",
    ...(config.user ? { user: config.user, pass: config.pass ?? "" } : {}),
  });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const q: Queue = { config, nc, js, jsm, close: () => nc.drain() };
  try {
    if (opts.create) await ensureQueue(q, opts.settings ?? {});
  } catch (err) {
    await nc.close();
    throw err;
  }
  return q;
}

async function ensureQueue(q: Queue, s: QueueSettings): Promise<void> {
  const { config, jsm } = q;
  const dedup = ns(s.dedupWindowMs ?? DEFAULT_DEDUP_WINDOW_MS);
  const work = await jsm.streams.info(config.workStream).catch(() => null);
  if (!work) {
    await jsm.streams.add({
      name: config.workStream,
      subjects: [`${config.workSubject}.>`],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
      duplicate_window: dedup,
    });
  } else if (work.config.duplicate_window !== dedup && s.dedupWindowMs !== undefined) {
    await jsm.streams.update(config.workStream, { ...work.config, duplicate_window: dedup });
  }
  if (!(await jsm.streams.info(config.deadStream).catch(() => null))) {
    await jsm.streams.add({
      name: config.deadStream,
      subjects: [`${config.deadSubject}.>`],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      duplicate_window: dedup,
    });
  }
  const ackWait = ns(s.ackWaitMs ?? DEFAULT_ACK_WAIT_MS);
  const consumer = await jsm.consumers.info(config.workStream, config.consumer).catch(() => null);
  if (!consumer) {
    await jsm.consumers.add(config.workStream, {
      durable_name: config.consumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: `${config.workSubject}.>`,
      ack_wait: ackWait,
      // Attempts are counted by the workers (they dead-letter with the reason); the server never drops.
      max_deliver: -1,
      max_ack_pending: 10_000,
      max_waiting: 4096,
    });
  } else if (s.ackWaitMs !== undefined && consumer.config.ack_wait !== ackWait) {
    await jsm.consumers.update(config.workStream, config.consumer, { ack_wait: ackWait });
  }
  await statsBucket(q);
}

/** Per-worker counters and heartbeats, one key per worker process. */
export function statsBucket(q: Queue): Promise<KV> {
  return new Kvm(q.js).create(q.config.statsBucket, { history: 1 });
}

/** Deletes the queue's streams and bucket (tests, `dateline queue delete`). */
export async function deleteQueue(q: Queue): Promise<void> {
  const { jsm, config } = q;
  for (const s of [config.workStream, config.deadStream, `KV_${config.statsBucket}`]) {
    await jsm.streams.delete(s).catch(() => false);
  }
}
