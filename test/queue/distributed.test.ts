import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteQueue, openQueue, type Queue } from "../../src/queue/connect.js";
import { queueStatus } from "../../src/queue/status.js";
import { openStore } from "../../src/store/index.js";
import { NATS, PG, queueUrl, ROOT, uniqueName, WIKINEWS, wikinewsIds, writeTestWarc } from "./env.js";
import { createDatabase, query } from "./pg.js";
import { dateline, type Proc, run } from "./proc.js";

const ready = Boolean(NATS && PG);
if (!ready) console.warn("test/queue/distributed.test.ts skipped: set DATELINE_TEST_NATS and DATELINE_TEST_PG to run it");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Two real worker processes share one queue and one PostgreSQL database; one is killed with SIGKILL
 * midway. Every input must be stored exactly once and every event counted once. (bench/scale compares
 * the whole store against a single-process `dateline ingest` of the same inputs; here that would double
 * the test's CPU time.)
 */
describe.skipIf(!ready)("distributed ingestion: NATS JetStream workers → PostgreSQL", () => {
  const name = uniqueName("dlq_e2e");
  const dir = join(ROOT, "test", ".tmp", name);
  const url = queueUrl(name);
  let q: Queue;
  let db: { url: string; drop: () => Promise<void> };
  let warc: { urls: string[]; recordIds: string[] };
  let poison: string;
  let poisonRecords: string;
  const workers: Proc[] = [];
  let failed = true;

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    warc = await writeTestWarc(join(dir, "pages.warc"));
    poison = join(dir, "poison.html");
    writeFileSync(poison, Buffer.from([0x3c, 0x68, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe, 0x00, 0x00, 0x07, 0x08]));
    // Two records that can never be read: one without text, one that is not JSON.
    poisonRecords = join(dir, "poison.jsonl");
    writeFileSync(
      poisonRecords,
      '{"id": "poison:no-text", "title": "Nothing here", "text": "  "}\n{"id": "poison:broken", "text": "cut off\n',
    );
    db = await createDatabase(name);
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    // Delete the queue even when the test failed before opening it (the enqueue created it).
    const qq = q ?? (await openQueue(url).catch(() => null));
    if (qq) {
      await deleteQueue(qq);
      await qq.close();
    }
    await db?.drop();
    if (!failed) rmSync(dir, { recursive: true, force: true });
  });

  it("stores every input exactly once although a worker dies, dead-letters the poison, re-enqueues nothing", async () => {
    const warcPath = join(dir, "pages.warc");
    const ids = wikinewsIds();
    const [first, firstWarc] = await Promise.all([
      run(["ingest", WIKINEWS, poisonRecords, poison, "--queue", url, "--db", db.url]),
      run(["queue", "add", warcPath, "--warc-pages", "2", "--queue", url]),
    ]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ queued: ids.length + 3, duplicate: 0 });
    expect(JSON.parse(firstWarc.stdout)).toMatchObject({ queued: 3, pages: 5 });

    q = await openQueue(url);
    const args = ["worker", "--queue", url, "--db", db.url, "--concurrency", "2", "--ack-wait", "15", "--max-attempts", "3"];
    const a = dateline(args);
    const b = dateline(args);
    workers.push(a, b);
    const total = ids.length + 3 + 3;
    let killedAt = -1;
    const deadline = Date.now() + 200_000;
    for (;;) {
      const s = await queueStatus(q, { deadLetters: 0 });
      if (process.env.DATELINE_TEST_VERBOSE) console.log(new Date().toISOString(), JSON.stringify({ ...s, workers: s.workers.length }));
      if (killedAt < 0 && s.done >= 40) {
        a.child.kill("SIGKILL");
        killedAt = s.done;
      }
      if (killedAt >= 0 && s.pending === 0 && s.inFlight === 0) break;
      if (Date.now() > deadline) {
        writeFileSync(join(dir, "worker-a.log"), a.stderr());
        writeFileSync(join(dir, "worker-b.log"), b.stderr());
        throw new Error(`workers did not finish (logs in ${dir}): ${JSON.stringify({ ...s, workers: undefined })}`);
      }
      await sleep(killedAt < 0 ? 300 : 1000);
    }
    expect((await a.exit).signal).toBe("SIGKILL");
    expect(killedAt).toBeLessThan(total - 2);

    // SIGTERM: the survivor finishes what it holds and exits on its own, reporting its counters.
    b.child.kill("SIGTERM");
    const bExit = await b.exit;
    expect(bExit.signal).toBeNull();
    expect([0, 1]).toContain(bExit.code);
    expect(JSON.parse(b.stdout().trim().split("\n").at(-1) ?? "{}")).toMatchObject({ state: "stopped", inFlight: 0 });

    // Dead letters: the binary page at once, the unreadable records after 3 attempts; nothing else.
    const s = await queueStatus(q, { deadLetters: 10 });
    const dead = Object.fromEntries(s.recentDeadLetters.map((d) => [d.input, [d.attempts, d.reason]]));
    expect(dead).toEqual({
      [poison]: [1, expect.stringMatching(/binary/)],
      "poison:no-text": [3, "record has neither text nor html"],
      "poison.jsonl:2": [3, expect.stringMatching(/^not JSON/)],
    });
    expect(s.done).toBe(total - 3);

    // Every input stored exactly once: all ids there, one article each.
    const got = await openStore(db.url);
    try {
      for (const id of [...ids, ...warc.recordIds]) {
        expect(await got.hasInput(id), id).toBe(true);
      }
      const stats = await got.stats();
      expect(stats.articles).toBe(ids.length + warc.recordIds.length);
      const [inputs] = await query<{ n: number }>(db.url, "select count(*)::int as n from inputs");
      expect(inputs?.n).toBe(ids.length + warc.recordIds.length);
      // Events counted once: each event's mention count is the number of distinct articles citing it
      // (an input stored twice would bump the count without a new mention, or add a second article).
      const [ev] = await query<{ events: number; bad: number; mentions: number }>(
        db.url,
        `select count(*)::int as events,
                count(*) filter (where e.mention_count <> (select count(*) from event_mentions m where m.event_seq = e.seq))::int as bad,
                coalesce(sum(e.mention_count), 0)::int as mentions
           from events e`,
      );
      expect(ev?.events).toBe(stats.events);
      expect(ev?.events).toBeGreaterThan(0);
      expect(ev?.bad).toBe(0);
    } finally {
      await got.close();
    }

    // Re-running the same enqueue adds nothing.
    const [again, againWarc] = await Promise.all([
      run(["ingest", WIKINEWS, poisonRecords, poison, "--queue", url, "--db", db.url]),
      run(["queue", "add", warcPath, "--warc-pages", "2", "--queue", url]),
    ]);
    expect(JSON.parse(again.stdout)).toMatchObject({ queued: 0 });
    expect(JSON.parse(againWarc.stdout)).toMatchObject({ queued: 0 });
    expect((await queueStatus(q, { deadLetters: 0 })).pending).toBe(0);
    failed = false;
  }, 240_000);
});
