/**
 * Throughput of distributed ingestion on this machine: the single-process CLI, then 1 and 2 worker
 * processes (bin/dateline worker) pulling from NATS JetStream and writing to PostgreSQL, on the same
 * input. Also the split of one page's cost (pipeline CPU vs store.put) and the queue's own ceiling.
 *
 *   npx tsx bench/scale/run.ts [--reps 3] [--input FILE.jsonl] [--concurrency 2]
 *
 * Needs NATS (DATELINE_TEST_NATS, default nats://127.0.0.1:4222) and PostgreSQL (DATELINE_TEST_PG,
 * default postgres://postgres@127.0.0.1:5432/test). Writes the table to bench/scale/RESULTS.md.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { sources } from "../../src/ingest/index.js";
import { processPage } from "../../src/pipeline.js";
import { deleteQueue, openQueue } from "../../src/queue/connect.js";
import { enqueue } from "../../src/queue/enqueue.js";
import { emptyOutcome } from "../../src/queue/handler.js";
import { queueStatus } from "../../src/queue/status.js";
import { startWorker } from "../../src/queue/worker.js";
import { openStore } from "../../src/store/index.js";

const ROOT = join(import.meta.dirname, "..", "..");
const NATS = process.env.DATELINE_TEST_NATS ?? "nats://127.0.0.1:4222";
const PG = process.env.DATELINE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? dflt) : dflt;
};
const REPS = Number(arg("reps", "3"));
const INPUT = arg("input", join(ROOT, "examples", "wikinews", "wikinews_2019_2020.jsonl"));
const CONC = arg("concurrency", "2");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const uid = () => `${Date.now().toString(36)}${randomBytes(2).toString("hex")}`;

async function withDb<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const name = `dl_bench_${uid()}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const u = new URL(PG);
  u.pathname = `/${name}`;
  try {
    return await fn(u.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

function dateline(args: string[]): { child: ChildProcess; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [join(ROOT, "bin", "dateline"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "ignore"] });
  return { child, exit: new Promise((r) => child.on("exit", (code) => r(code))) };
}

/** Row counts of the main tables, read with a plain client (a schema change shows as "n/a"). */
async function stats(db: string): Promise<Record<string, number> | null> {
  const c = new pg.Client({ connectionString: db });
  try {
    await c.connect();
    const out: Record<string, number> = {};
    for (const t of ["articles", "stories", "events", "quotes", "entities", "inputs"]) {
      out[t] = Number((await c.query(`select count(*)::int as n from ${t}`)).rows[0]?.n);
    }
    return out;
  } catch (err) {
    console.error(`cannot read the store's counts: ${(err as Error).message}`);
    return null;
  } finally {
    await c.end().catch(() => {});
  }
}

/** CPU seconds (user + system) a live process has used so far, from /proc; null once it has exited. */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = f.slice(f.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/** The single-process CLI, wall time including its start-up (which is measured apart), and its CPU time. */
async function cliRun(): Promise<{ seconds: number; cpu: number; stats: Record<string, number> | null }> {
  return withDb(async (db) => {
    const t = performance.now();
    const p = dateline(["ingest", INPUT, "--db", db, "-q"]);
    let cpu = 0;
    const poll = setInterval(() => {
      cpu = cpuSeconds(p.child.pid) ?? cpu;
    }, 100);
    await p.exit;
    clearInterval(poll);
    return { seconds: (performance.now() - t) / 1000, cpu, stats: await stats(db) };
  });
}

async function cliStartup(): Promise<number> {
  const empty = join(ROOT, "bench", "out", `empty-${uid()}.jsonl`);
  (await import("node:fs")).mkdirSync(join(ROOT, "bench", "out"), { recursive: true });
  writeFileSync(empty, "");
  return withDb(async (db) => {
    const t = performance.now();
    await dateline(["ingest", empty, "--db", db, "-q"]).exit;
    return (performance.now() - t) / 1000;
  });
}

/** N worker processes, started and warmed up first; timed from the enqueue to the last acknowledgement. */
async function workersRun(
  n: number,
  concurrency: string,
): Promise<{ seconds: number; cpu: number; stats: Record<string, number> | null; items: number }> {
  return withDb(async (db) => {
    const url = `${NATS}/dlbench_${uid()}`;
    const q = await openQueue(url, { create: true });
    const procs = Array.from({ length: n }, () => dateline(["worker", "--queue", url, "--db", db, "--concurrency", concurrency, "-q"]));
    try {
      for (;;) {
        const s = await queueStatus(q, { deadLetters: 0 });
        if (s.workers.filter((w) => w.alive).length >= n) break;
        await sleep(200);
      }
      const cpu0 = procs.map((p) => cpuSeconds(p.child.pid) ?? 0);
      const t = performance.now();
      const sum = await enqueue(q, [INPUT]);
      for (;;) {
        const s = await queueStatus(q, { deadLetters: 0 });
        if (s.done + s.dead.items >= sum.queued) break;
        await sleep(100);
      }
      const seconds = (performance.now() - t) / 1000;
      const cpu = procs.reduce((n, p, i) => n + (cpuSeconds(p.child.pid) ?? 0) - (cpu0[i] ?? 0), 0);
      for (const p of procs) p.child.kill("SIGTERM");
      await Promise.all(procs.map((p) => p.exit));
      return { seconds, cpu, stats: await stats(db), items: sum.queued };
    } finally {
      for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
      await deleteQueue(q);
      await q.close();
    }
  });
}

/** Where one page's time goes, in one process: the pipeline (CPU) and the store's transaction (I/O). */
async function split(): Promise<{ processMs: number; putMs: number; pages: number }> {
  return withDb(async (db) => {
    const store = await openStore(db);
    const proc: number[] = [];
    const put: number[] = [];
    processPage({ id: "warm-up", bytes: new TextEncoder().encode("Warm-up page."), contentType: "text/plain" });
    for await (const it of sources([INPUT], { quiet: true })) {
      if (it.kind !== "page") continue;
      const t0 = performance.now();
      const { article, analysis } = processPage(it.page);
      const t1 = performance.now();
      await store.put({ inputId: it.page.id, url: it.page.url, fetchedAt: it.page.fetchedAt, article, analysis });
      proc.push(t1 - t0);
      put.push(performance.now() - t1);
    }
    await store.close();
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    return { processMs: mean(proc), putMs: mean(put), pages: proc.length };
  });
}

/** The queue alone: enqueue rate, and one in-process worker with a handler that does nothing. */
async function queueCeiling(): Promise<{ enqueuePerS: number; noopPerS: number; items: number }> {
  const url = `${NATS}/dlbench_${uid()}`;
  const q = await openQueue(url, { create: true });
  try {
    let t = performance.now();
    const sum = await enqueue(q, [INPUT]);
    const enqueuePerS = sum.queued / ((performance.now() - t) / 1000);
    t = performance.now();
    const w = startWorker(q, async () => emptyOutcome(), { concurrency: 16, exitWhenEmpty: true });
    const st = await w.done;
    const noopPerS = st.items / ((performance.now() - t) / 1000 - 2); // minus the final 2 s empty poll
    return { enqueuePerS, noopPerS, items: sum.queued };
  } finally {
    await deleteQueue(q);
    await q.close();
  }
}

const fmt = (x: number, d = 1) => x.toFixed(d);
const lines: string[] = [];
const out = (s = "") => {
  lines.push(s);
  console.log(s);
};

const pages = (await (await import("node:fs/promises")).readFile(INPUT, "utf8")).split("\n").filter((l) => l.trim()).length;
console.error(
  `input ${INPUT}: ${pages} records; ${REPS} repetitions; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);

const sp = await split();
console.error(`split: pipeline ${fmt(sp.processMs)} ms/page, put ${fmt(sp.putMs)} ms/page`);
const qc = await queueCeiling();
console.error(`queue alone: enqueue ${fmt(qc.enqueuePerS, 0)}/s, no-op worker ${fmt(qc.noopPerS, 0)}/s`);
const startup = median(await Promise.all([cliStartup()]));
const cli: number[] = [];
const one: number[] = [];
const oneC1: number[] = [];
const two: number[] = [];
let ref: Record<string, number> | null = null;
const cpu = { cli: [] as number[], oneC1: [] as number[], one: [] as number[], two: [] as number[] };
const same: Record<string, "yes" | "NO" | "n/a"> = { "1 worker": "yes", "2 workers": "yes" };
const compare = (k: string, st: Record<string, number> | null) => {
  if (same[k] === "NO") return;
  if (!st || !ref) same[k] = "n/a";
  else if (JSON.stringify(st) !== JSON.stringify(ref)) {
    same[k] = "NO";
    console.error(`${k}: store differs from the CLI's: ${JSON.stringify(st)} vs ${JSON.stringify(ref)}`);
  }
};
function writeTable(done: number): void {
  lines.length = 0;
  const rate = (s: number) => pages / s;
  out(`# bench/scale — distributed ingestion throughput`);
  out();
  out(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), Node ${process.version}; NATS JetStream and PostgreSQL on loopback.`);
  out(`Input: ${INPUT.replace(`${ROOT}/`, "")} (${pages} records, one work item each). Medians of ${done} run(s).`);
  out(
    `Load average when the bench started: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(" ")} (other work on the machine slows every row alike).`,
  );
  out();
  out(`| setup | seconds | pages/s | vs CLI | CPU ms/page (our processes) | same store as CLI |`);
  out(`|---|---:|---:|---:|---:|---|`);
  const cliS = median(cli);
  const cliSteady = Math.max(0.001, cliS - startup);
  out(
    `| single-process CLI \`dateline ingest\` (wall, incl. ${fmt(startup)} s start-up) | ${fmt(cliS)} | ${fmt(rate(cliS))} | 1.00 | ${fmt((median(cpu.cli) * 1000) / pages, 0)} (incl. start-up) | (reference) |`,
  );
  out(`| single-process CLI, start-up subtracted | ${fmt(cliSteady)} | ${fmt(rate(cliSteady))} | ${fmt(cliS / cliSteady, 2)} | — | — |`);
  out(
    `| 1 worker, --concurrency 1 | ${fmt(median(oneC1))} | ${fmt(rate(median(oneC1)))} | ${fmt(cliS / median(oneC1), 2)} | ${fmt((median(cpu.oneC1) * 1000) / pages, 0)} | — |`,
  );
  out(
    `| 1 worker, --concurrency ${CONC} | ${fmt(median(one))} | ${fmt(rate(median(one)))} | ${fmt(cliS / median(one), 2)} | ${fmt((median(cpu.one) * 1000) / pages, 0)} | ${same["1 worker"]} |`,
  );
  out(
    `| 2 workers, --concurrency ${CONC} each | ${fmt(median(two))} | ${fmt(rate(median(two)))} | ${fmt(cliS / median(two), 2)} | ${fmt((median(cpu.two) * 1000) / pages, 0)} | ${same["2 workers"]} |`,
  );
  out();
  out(
    `**2 workers / 1 worker: ${fmt(median(one) / median(two), 2)}×** (same concurrency per worker). Workers are timed from the enqueue to the`,
  );
  out(`last acknowledgement, after they started and warmed up; the CLI's wall time includes its start-up.`);
  out(`CPU ms/page: user + system time of the CLI or worker processes (from /proc), excluding PostgreSQL and NATS — the`);
  out(`figure that does not depend on what else runs on the machine. "Same store": row counts of articles, stories,`);
  out(`events, quotes, entities and inputs equal the CLI's (the working tree changes while the bench runs: a mismatch`);
  out(`can be code that changed between runs; see the log).`);
  out();
  out(`## Where one page's time goes (one process, sequential, ${sp.pages} pages)`);
  out();
  out(`| step | mean ms/page |`);
  out(`|---|---:|`);
  out(`| pipeline: extract → analyze → code events (CPU, \`processPage\`) | ${fmt(sp.processMs)} |`);
  out(`| store: \`Store.put\`, one PostgreSQL transaction (mostly round-trip waits) | ${fmt(sp.putMs)} |`);
  out();
  out(`## The queue alone`);
  out();
  out(`| measure | items/s |`);
  out(`|---|---:|`);
  out(`| enqueue (${qc.items} items, publish with Nats-Msg-Id, 256 in flight) | ${fmt(qc.enqueuePerS, 0)} |`);
  out(`| one worker, no-op handler, 16 slots (pull + ack-ack round trips) | ${fmt(qc.noopPerS, 0)} |`);
  out();
  out(`Stats of the CLI's store: ${JSON.stringify(ref)}`);
  writeFileSync(join(ROOT, "bench", "scale", "RESULTS.md"), `${lines.join("\n")}\n`);
}

for (let r = 0; r < REPS; r++) {
  const c = await cliRun();
  cli.push(c.seconds);
  cpu.cli.push(c.cpu);
  ref ??= c.stats;
  console.error(`rep ${r + 1}: CLI ${fmt(c.seconds)} s`);
  const w1c1 = await workersRun(1, "1");
  oneC1.push(w1c1.seconds);
  cpu.oneC1.push(w1c1.cpu);
  const w1 = await workersRun(1, CONC);
  one.push(w1.seconds);
  cpu.one.push(w1.cpu);
  compare("1 worker", w1.stats);
  const w2 = await workersRun(2, CONC);
  two.push(w2.seconds);
  cpu.two.push(w2.cpu);
  compare("2 workers", w2.stats);
  writeTable(r + 1);
  console.error(
    `rep ${r + 1}: 1 worker c=1 ${fmt(w1c1.seconds)} s, 1 worker c=${CONC} ${fmt(w1.seconds)} s, 2 workers ${fmt(w2.seconds)} s`,
  );
}
