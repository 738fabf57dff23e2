/**
 * Store benchmark: ingest throughput through the real put path (one transaction per article, dedupe,
 * events once per story), bytes per article, and query latency (dyad timeline, search, event listing)
 * at scale, on SQLite and PostgreSQL.
 *
 *   npx tsx bench/store/run.ts [--engine sqlite|postgres|both] [--ingest 100000] [--articles 100000]
 *                              [--events 1000000] [--runs 30] [--pg postgres://…/test]
 *
 * The query phase tops the store up to --articles articles and --events events with bulk inserts of
 * synthetic rows (same tables, same rollup), then times the queries. Scale down with smaller flags;
 * the table says what was run.
 */
import { rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { signatureToBytes } from "../../src/dedupe/index.js";
import type { Event } from "../../src/model/index.js";
import type { KyselyStore } from "../../src/store/index.js";
import { openStore } from "../../src/store/index.js";
import { dyads, shortId } from "../../src/store/keys.js";
import { wikinewsDocs } from "../../test/store/records.js";
import { eventTemplates, Markov, randomDay, records, rng, synthEvent } from "./synth.js";

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ""), process.argv[i + 1] ?? "");
const num = (k: string, d: number) => (args.has(k) ? Number(args.get(k)) : d);
const INGEST = num("ingest", 100_000);
const ARTICLES = num("articles", 100_000);
const EVENTS = num("events", 1_000_000);
const RUNS = num("runs", 30);
const EVENTS_PER = 10;
const PG_URL = args.get("pg") ?? process.env.DATELINE_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const ENGINES = (args.get("engine") ?? "both") === "both" ? ["sqlite", "postgres"] : [args.get("engine")!];

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function time<T>(runs: number, f: () => Promise<T>): Promise<{ p50: number; p95: number; last: T }> {
  await f(); // warm-up
  const ms: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await f();
    ms.push(performance.now() - t);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), last };
}

async function pgAdmin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

async function sizeOf(store: KyselyStore, target: string): Promise<number> {
  if (store.engine === "sqlite") {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    return statSync(target).size;
  }
  const r = await sql<{ n: string }>`select pg_database_size(current_database()) as n`.execute(store.db);
  return Number(r.rows[0]!.n);
}

/** Tops the store up with synthetic articles and events by bulk insert (same tables, same rollup). */
async function bulkLoad(store: KyselyStore, articles: number, events: number): Promise<void> {
  const db = store.db;
  const chain = new Markov(wikinewsDocs());
  const templates = eventTemplates();
  const r = rng(99);
  const sig = signatureToBytes(new Uint32Array(128));
  const now = new Date().toISOString();
  const perArticle = Math.max(1, Math.ceil(events / Math.max(1, articles)));
  let evLeft = events;
  const rollup = new Map<string, { lo: string; hi: string; day: string; quad: number; plover: string; n: number; g: number }>();
  const BATCH = 200;
  for (let start = 0; start < articles; start += BATCH) {
    const n = Math.min(BATCH, articles - start);
    await db.transaction().execute(async (trx) => {
      const stories = [];
      const arts = [];
      const evs: { row: Record<string, unknown>; e: Event }[] = [];
      for (let i = 0; i < n; i++) {
        const id = `bulk-${start + i}`;
        const text = chain.article(r, 3 + Math.floor(r() * 4));
        const title = chain.sentence(r, 12).replace(/[.!?]$/, "");
        const day = randomDay(r);
        const aid = shortId("a", id);
        const sid = shortId("s", id);
        stories.push({ id: sid, title, representative_id: aid, first_seen: day, mention_count: 1, article_count: 1, created_at: now });
        arts.push({
          id: aid,
          story_id: sid,
          content_hash: shortId("h", id),
          title,
          source: `Outlet ${i % 50}`,
          site_name: null,
          language: "en",
          url: `https://bulk.example.org/${id}`,
          published: day,
          sort_key: day,
          text,
          article_json: JSON.stringify({ title, text, paragraphs: text.split("\n\n"), byline: [], media: [], removed: [], messages: [] }),
          analysis_json: "{}",
          signature: sig,
          shingle_count: 0,
          created_at: now,
        });
        const k = Math.min(evLeft, perArticle);
        evLeft -= k;
        for (let j = 0; j < k; j++) {
          const e = synthEvent(r, templates, randomDay(r), text);
          evs.push({
            e,
            row: {
              id: shortId("e", sid, String(j)),
              story_id: sid,
              article_id: aid,
              event_key: String(j),
              cameo: e.cameo.code,
              quad: e.cameo.quad,
              goldstein: e.cameo.goldstein,
              plover: e.plover?.event ?? null,
              date_value: e.date.value,
              day: e.date.value,
              negated: e.mode.negated ? 1 : 0,
              hypothetical: e.mode.hypothetical ? 1 : 0,
              future: e.mode.future ? 1 : 0,
              historical: e.mode.historical ? 1 : 0,
              confidence: e.confidence,
              sentence: e.evidence.sentence,
              json: JSON.stringify(e),
              mention_count: 1,
            },
          });
        }
      }
      await trx.insertInto("stories").values(stories).execute();
      const seqs = await trx.insertInto("articles").values(arts).returning("seq").execute();
      if (store.engine === "sqlite")
        for (let i = 0; i < arts.length; i++)
          await sql`insert into articles_fts(rowid, title, body) values (${seqs[i]!.seq}, ${arts[i]!.title}, ${arts[i]!.text})`.execute(
            trx,
          );
      for (let i = 0; i < evs.length; i += 100) {
        const chunk = evs.slice(i, i + 100);
        const got = await trx
          .insertInto("events")
          .values(chunk.map((x) => x.row) as never)
          .returning("seq")
          .execute();
        const actors = chunk.flatMap((x, j) => [
          ...x.e.actor.map((a) => ({ event_seq: got[j]!.seq, role: "a", country: a.country, sector: a.sector ?? null, name: a.name })),
          ...x.e.recipient.map((a) => ({ event_seq: got[j]!.seq, role: "r", country: a.country, sector: a.sector ?? null, name: a.name })),
        ]);
        await trx.insertInto("event_actors").values(actors).execute();
        await trx
          .insertInto("event_mentions")
          .values(chunk.map((x, j) => ({ event_seq: got[j]!.seq, article_id: x.row.article_id as string })))
          .execute();
        for (const { e } of chunk) {
          if (e.mode.negated || e.mode.hypothetical || e.mode.future) continue;
          for (const [lo, hi] of dyads(e)) {
            const key = `${lo}|${hi}|${e.date.value}|${e.cameo.quad}|${e.plover?.event ?? ""}`;
            const cur = rollup.get(key);
            if (cur) {
              cur.n++;
              cur.g += e.cameo.goldstein;
            } else
              rollup.set(key, {
                lo,
                hi,
                day: e.date.value!,
                quad: e.cameo.quad,
                plover: e.plover?.event ?? "",
                n: 1,
                g: e.cameo.goldstein,
              });
          }
        }
      }
    });
    if ((start / BATCH) % 50 === 0) process.stderr.write(`  bulk ${start + n}/${articles} articles\r`);
  }
  const rows = [...rollup.values()];
  for (let i = 0; i < rows.length; i += 500)
    await db.transaction().execute(async (trx) => {
      for (const x of rows.slice(i, i + 500))
        await trx
          .insertInto("dyad_daily")
          .values({ lo: x.lo, hi: x.hi, day: x.day, quad: x.quad, plover: x.plover, n: x.n, goldstein_sum: x.g })
          .onConflict((oc) =>
            oc
              .columns(["lo", "hi", "day", "quad", "plover"])
              .doUpdateSet({ n: sql`dyad_daily.n + ${x.n}`, goldstein_sum: sql`dyad_daily.goldstein_sum + ${x.g}` }),
          )
          .execute();
    });
  if (store.engine === "postgres") await sql`analyze`.execute(db);
  else await sql`analyze`.execute(db);
  process.stderr.write("\n");
}

interface Row {
  engine: string;
  ingested: number;
  ingestSeconds: number;
  perSecond: number;
  bytesPerArticle: number;
  articles: number;
  events: number;
  loadSeconds: number;
  queries: { name: string; p50: number; p95: number; rows: number }[];
}

const SEARCHES = [
  "government",
  '"prime minister"',
  "police AND protest",
  "election OR vote -Trump",
  'title:minister source:"Outlet 7"',
  "court date:2019-01-01..2019-06-30",
];

async function benchEngine(engine: string): Promise<Row> {
  let target: string;
  let cleanup: () => Promise<void>;
  if (engine === "sqlite") {
    target = join(tmpdir(), `dateline-bench-${process.pid}.db`);
    for (const s of ["", "-wal", "-shm"]) rmSync(target + s, { force: true });
    cleanup = async () => {
      for (const s of ["", "-wal", "-shm"]) rmSync(target + s, { force: true });
    };
  } else {
    const name = `dateline_bench_${process.pid}`;
    await pgAdmin((c) => c.query(`drop database if exists ${name} with (force)`).then(() => c.query(`create database ${name}`)));
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    target = u.toString();
    cleanup = () => pgAdmin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined);
  }
  const store = await openStore(target);
  try {
    const empty = await sizeOf(store, target);
    process.stderr.write(`${engine}: ingesting ${INGEST} articles through put()…\n`);
    const t0 = performance.now();
    let i = 0;
    for (const rec of records(INGEST, EVENTS_PER, 7)) {
      await store.put(rec);
      if (++i % 1000 === 0) process.stderr.write(`  ${i}/${INGEST} (${((i / (performance.now() - t0)) * 1000).toFixed(0)}/s)\r`);
    }
    const ingestSeconds = (performance.now() - t0) / 1000;
    const afterIngest = await store.stats();
    const bytes = (await sizeOf(store, target)) - empty;
    process.stderr.write(`\n${engine}: bulk top-up to ${ARTICLES} articles / ${EVENTS} events…\n`);
    const t1 = performance.now();
    await bulkLoad(store, Math.max(0, ARTICLES - afterIngest.articles), Math.max(0, EVENTS - afterIngest.events));
    const loadSeconds = (performance.now() - t1) / 1000;
    const stats = await store.stats();
    const queries: Row["queries"] = [];
    for (const interval of ["day", "week", "month"] as const) {
      const q = await time(RUNS, () => store.dyadTimeline("RUS", "USA", interval));
      queries.push({ name: `dyad timeline RUS–USA by ${interval}`, p50: q.p50, p95: q.p95, rows: q.last.length });
    }
    const q2 = await time(RUNS, () => store.dyadTimeline("CHN", "IND", "day", { from: "2019-01-01", to: "2019-12-31" }));
    queries.push({ name: "dyad timeline CHN–IND 2019 by day", p50: q2.p50, p95: q2.p95, rows: q2.last.length });
    const q3 = await time(RUNS, () => store.listEvents({ actor: "RUS", recipient: "USA" }, { limit: 50 }));
    queries.push({ name: "events RUS→USA, first page of 50 + total", p50: q3.p50, p95: q3.p95, rows: q3.last.total ?? 0 });
    for (const s of SEARCHES) {
      const q = await time(Math.max(5, Math.floor(RUNS / 3)), () => store.search(s, { limit: 20 }));
      queries.push({ name: `search ${s} (20 hits + total)`, p50: q.p50, p95: q.p95, rows: q.last.total ?? 0 });
    }
    return {
      engine,
      ingested: INGEST,
      ingestSeconds,
      perSecond: INGEST / ingestSeconds,
      bytesPerArticle: afterIngest.articles ? bytes / afterIngest.articles : 0,
      articles: stats.articles,
      events: stats.events,
      loadSeconds,
      queries,
    };
  } finally {
    await store.close();
    await cleanup();
  }
}

const rows: Row[] = [];
for (const e of ENGINES) {
  try {
    rows.push(await benchEngine(e));
  } catch (err) {
    process.stderr.write(`${e}: ${(err as Error).message}\n`);
  }
}

const f = (x: number, d = 1) => x.toFixed(d);
let out = `## Store benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${(await import("node:os")).cpus().length} cores)\n\n`;
out += `Flags: --ingest ${INGEST} --articles ${ARTICLES} --events ${EVENTS} --runs ${RUNS}; ${EVENTS_PER} events per ingested article; 10% of ingested articles are syndicated copies.\n\n`;
out +=
  "| engine | ingested via put() | articles/s | bytes/article (incl. events, FTS, dedupe) | store size for queries | bulk top-up s |\n|---|---|---|---|---|---|\n";
for (const r of rows)
  out += `| ${r.engine} | ${r.ingested} in ${f(r.ingestSeconds)} s | ${f(r.perSecond)} | ${f(r.bytesPerArticle, 0)} | ${r.articles} articles, ${r.events} events | ${f(r.loadSeconds)} |\n`;
out += "\n| query | " + rows.map((r) => `${r.engine} p50 ms | ${r.engine} p95 ms`).join(" | ") + " | rows/total |\n";
out += "|---|" + rows.map(() => "---|---|").join("") + "---|\n";
const names = rows[0]?.queries.map((q) => q.name) ?? [];
for (let i = 0; i < names.length; i++)
  out += `| ${names[i]} | ${rows.map((r) => `${f(r.queries[i]!.p50)} | ${f(r.queries[i]!.p95)}`).join(" | ")} | ${rows.map((r) => r.queries[i]!.rows).join(" / ")} |\n`;
process.stdout.write(out);
if (args.has("write")) writeFileSync(args.get("write")!, out);
