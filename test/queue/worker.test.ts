import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteQueue, openQueue, type Queue } from "../../src/queue/connect.js";
import { listDeadLetters } from "../../src/queue/dead-letter.js";
import { enqueue } from "../../src/queue/enqueue.js";
import { emptyOutcome, type ItemHandler, PermanentError } from "../../src/queue/handler.js";
import { queueStatus } from "../../src/queue/status.js";
import { startWorker } from "../../src/queue/worker.js";
import { NATS, queueUrl, uniqueName, WIKINEWS, wikinewsIds } from "./env.js";

if (!NATS) console.warn("test/queue/worker.test.ts skipped: set DATELINE_TEST_NATS=nats://127.0.0.1:4222 to run it");

/** A tiny handler standing in for the pipeline: records what it saw, fails on chosen ids. */
function recorder(fail: (id: string, attempt: number) => Error | null) {
  const seen = new Map<string, number>();
  const handler: ItemHandler = async (item, ctx) => {
    const err = fail(item.id, ctx.attempt);
    if (err) throw err;
    seen.set(item.id, (seen.get(item.id) ?? 0) + 1);
    return { ...emptyOutcome(), stored: 1 };
  };
  return { seen, handler };
}

describe.skipIf(!NATS)("queue on NATS JetStream (tiny handler)", () => {
  const N = wikinewsIds().length;
  let q: Queue;
  let url: string;
  beforeAll(async () => {
    url = queueUrl(uniqueName("dlq_worker"));
    q = await openQueue(url, { create: true, settings: { ackWaitMs: 1500 } });
  });
  afterAll(async () => {
    if (!q) return;
    await deleteQueue(q);
    await q.close();
  });

  it("enqueues each record once; a re-run adds nothing", async () => {
    const first = await enqueue(q, [WIKINEWS]);
    expect(first.queued).toBe(N);
    expect(first.duplicate).toBe(0);
    const again = await enqueue(q, [WIKINEWS]);
    expect(again.queued).toBe(0);
    expect(again.duplicate).toBe(N);
    // Beyond the de-dup window, the store decides: inputs it holds are not sent at all.
    const stored = await enqueue(q, [WIKINEWS], { alreadyStored: async () => true });
    expect(stored).toMatchObject({ queued: 0, duplicate: 0, stored: N });
    const s = await queueStatus(q);
    expect(s.enqueued).toBe(N);
    expect(s.pending).toBe(N);
  });

  it("processes every item once, retries failures, dead-letters the poison with its reason", async () => {
    const ids = new Set(wikinewsIds());
    const [poison, flaky, permanent] = [...ids].slice(10, 13) as [string, string, string];
    const { seen, handler } = recorder((id, attempt) => {
      if (id === poison) return new Error("parser exploded on this page");
      if (id === flaky && attempt === 1) return new Error("database connection reset");
      if (id === permanent) return new PermanentError("binary data, not a text or HTML page");
      return null;
    });
    const w = startWorker(q, handler, { concurrency: 4, maxAttempts: 3, exitWhenEmpty: true, retryDelayMs: () => 100 });
    const stats = await w.done;
    expect(seen.size).toBe(ids.size - 2);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    expect(seen.has(flaky)).toBe(true);
    expect(stats).toMatchObject({ items: ids.size - 2, dead: 2, failedAttempts: 3, state: "stopped" });
    const dead = await listDeadLetters(q);
    expect(dead.map((d) => [d.letter.input, d.letter.reason, d.letter.attempts]).sort()).toEqual(
      [
        [poison, "parser exploded on this page", 3],
        [permanent, "binary data, not a text or HTML page", 1],
      ].sort(),
    );
    const s = await queueStatus(q);
    expect(s).toMatchObject({ pending: 0, inFlight: 0, done: ids.size - 2, dead: { items: 2, pages: 0 } });
  });

  it("waits out a database outage and a write conflict in place, without using up attempts", async () => {
    const url3 = queueUrl(uniqueName("dlq_outage"));
    const q3 = await openQueue(url3, { create: true });
    try {
      await enqueue(q3, [WIKINEWS]);
      const [down, racing] = wikinewsIds().slice(0, 2);
      const calls = new Map<string, number[]>();
      const w = startWorker(
        q3,
        async (item, ctx) => {
          const n = (calls.get(item.id) ?? []).concat(ctx.attempt);
          calls.set(item.id, n);
          if (item.id === down && n.length <= 2)
            throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
          if (item.id === racing && n.length === 1)
            throw Object.assign(new Error("duplicate key value violates unique constraint"), { code: "23505" });
          return { ...emptyOutcome(), stored: 1 };
        },
        { concurrency: 4, exitWhenEmpty: true, retryDelayMs: () => 100 },
      );
      const stats = await w.done;
      expect(calls.get(down as string)).toEqual([1, 1, 1]);
      expect(calls.get(racing as string)).toEqual([1, 1]);
      expect(stats).toMatchObject({ items: N, failedAttempts: 0, dead: 0 });
    } finally {
      await deleteQueue(q3);
      await q3.close();
    }
  });

  it("redelivers what a dead worker held, to another worker", async () => {
    const url2 = queueUrl(uniqueName("dlq_redeliver"));
    const q2 = await openQueue(url2, { create: true, settings: { ackWaitMs: 1000 } });
    const other = await openQueue(url2);
    try {
      await enqueue(q2, [WIKINEWS]);
      // A "worker" that takes three items and dies before acknowledging them.
      const consumer = await other.js.consumers.get(other.config.workStream, other.config.consumer);
      const taken = [];
      for (let i = 0; i < 3; i++) taken.push(await consumer.next({ expires: 2000 }));
      expect(taken.every(Boolean)).toBe(true);
      await other.nc.close();
      const attempts = new Map<string, number>();
      const { seen, handler } = recorder(() => null);
      const w = startWorker(
        q2,
        async (item, ctx) => {
          attempts.set(item.id, ctx.attempt);
          return handler(item, ctx);
        },
        { concurrency: 2, exitWhenEmpty: true },
      );
      await w.done;
      expect(seen.size).toBe(N);
      const again = [...attempts.entries()].filter(([, a]) => a === 2).map(([id]) => id);
      expect(again.sort()).toEqual(taken.map((m) => (m ? JSON.parse(m.string()).id : "")).sort());
    } finally {
      await deleteQueue(q2);
      await q2.close();
    }
  });
});
