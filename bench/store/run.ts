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
import { type Insertable, sql } from "kysely";
import pg from "pg";
import { signatureToBytes } from "../../src/dedupe/index.js";
import type { Database } from "../../src/store/db/schema.js";
import type { KyselyStore, ProcessedRecord } from "../../src/store/index.js";
import { openStore } from "../../src/store/index.js";
import { shortId } from "../../src/store/keys.js";
import { wikinewsDocs } from "../../test/store/records.js";
import { Markov, randomDay, records, rng } from "./synth.js";

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

/** Wall-clock p50/p95, and the p50 CPU time of this process (for SQLite the whole query runs in-process,
 * so CPU time is the query's cost without the wait for a core on a loaded machine). */
async function time<T>(runs: number, f: () => Promise<T>): Promise<{ p50: number; p95: number; cpu50: number; last: T }> {
  await f(); // warm-up
  const ms: number[] = [];
  const cpu: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    last = await f();
    ms.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { p50: pct(ms, 50), p95: pct(ms, 95), cpu50: pct(cpu, 50), last };
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

/** Tops the store up with synthetic articles (Markov text from Wikinews, bulk insert with FTS) — no events. */
async function bulkArticles(store: KyselyStore, articles: number): Promise<void> {
  const db = store.db;
  const chain = new Markov(wikinewsDocs());
  const r = rng(99);
  const sig = signatureToBytes(new Uint32Array(128));
  const now = new Date().toISOString();
  const BATCH = 250;
  for (let start = 0; start < articles; start += BATCH) {
    const n = Math.min(BATCH, articles - start);
    const stories: Insertable<Database["stories"]>[] = [];
    const arts: Insertable<Database["articles"]>[] = [];
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
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto("stories").values(stories).execute();
      const seqs = await trx.insertInto("articles").values(arts).returning(["seq", "title", "text"]).execute();
      if (store.engine === "sqlite")
        await sql`insert into articles_fts(rowid, title, body) values ${sql.join(seqs.map((x) => sql`(${x.seq}, ${x.title}, ${x.text})`))}`.execute(
          trx,
        );
    });
    if ((start / BATCH) % 20 === 0) process.stderr.write(`  bulk ${start + n}/${articles} articles\r`);
  }
  process.stderr.write("\n");
}

/**
 * Tops the store up with `events` synthetic events generated inside the database from the stored
 * events (the put-path ones, real CAMEO templates): each copy re-dated over 2015–2024 and re-cast
 * between 20 countries (RUS–USA about 10%), with actors, mentions and the daily dyad rollup.
 */
async function bulkEvents(store: KyselyStore, events: number): Promise<void> {
  const db = store.db;
  const pgsql = store.engine === "postgres";
  const base = Number((await sql<{ n: number }>`select coalesce(max(seq), 0) as n from events`.execute(db)).rows[0]!.n);
  const templates = Number((await sql<{ n: number }>`select count(*) as n from events`.execute(db)).rows[0]!.n);
  if (templates === 0) throw new Error("bulk events need some put() events as templates");
  const C = [
    "RUS",
    "USA",
    "CHN",
    "GBR",
    "FRA",
    "DEU",
    "IRN",
    "ISR",
    "UKR",
    "TUR",
    "IND",
    "PAK",
    "SYR",
    "IRQ",
    "JPN",
    "KOR",
    "PRK",
    "SAU",
    "EGY",
    "BRA",
  ];
  const arr = (e: string) =>
    pgsql
      ? sql.raw(`(array[${C.map((c) => `'${c}'`).join(",")}])[(${e}) + 1]`)
      : sql.raw(`json_extract('${JSON.stringify(C)}', '$[' || (${e}) || ']')`);
  // actor/recipient index: RUS→USA or USA→RUS for 10% of rows, else spread
  const ai = "(case when g % 10 = 0 then (g / 10) % 2 else (g * 7919) % 20 end)";
  const ri = "(case when g % 10 = 0 then 1 - (g / 10) % 2 else (g * 104723) % 20 end)";
  const day = pgsql
    ? sql.raw("to_char(date '2015-01-01' + ((g * 104729) % 3652)::int, 'YYYY-MM-DD')")
    : sql.raw("date('2015-01-01', '+' || ((g * 104729) % 3652) || ' days')");
  const CH = 100_000;
  for (let done = 0; done < events; done += CH) {
    const n = Math.min(CH, events - done);
    const series = pgsql
      ? sql`select g, t.* from generate_series(${done + 1}::bigint, ${done + n}::bigint) g join (select row_number() over (order by seq) - 1 as ti, * from events where seq <= ${base}) t on t.ti = g % cast(${templates} as integer)`
      : sql`with recursive s(g) as (select cast(${done + 1} as integer) union all select g + 1 from s where g < cast(${done + n} as integer)) select g, t.* from s join (select row_number() over (order by seq) - 1 as ti, * from events where seq <= ${base}) t on t.ti = g % cast(${templates} as integer)`;
    const json = pgsql
      ? sql.raw(
          `jsonb_set(jsonb_set(jsonb_set(json::jsonb, '{actor}', jsonb_build_array(jsonb_build_object('name', a, 'country', a))), '{recipient}', jsonb_build_array(jsonb_build_object('name', r, 'country', r))), '{date}', jsonb_build_object('value', d, 'precision', 'day'))::text`,
        )
      : sql.raw(
          `json_set(json, '$.actor', json_array(json_object('name', a, 'country', a)), '$.recipient', json_array(json_object('name', r, 'country', r)), '$.date', json_object('value', d, 'precision', 'day'))`,
        );
    await db.transaction().execute(async (trx) => {
      await sql`insert into events (id, story_id, article_id, event_key, cameo, quad, goldstein, plover, date_value, day, negated, hypothetical, future, historical, confidence, sentence, json, mention_count)
        select 'bulk' || g, story_id, article_id, event_key || '#' || g, cameo, quad, goldstein, plover, d, d, negated, hypothetical, future, historical, confidence, sentence, ${json}, 1
        from (select x.*, ${arr(ai)} as a, ${arr(ri)} as r, ${day} as d from (${series}) x) y`.execute(trx);
      await sql`insert into event_actors (event_seq, role, country, sector, name)
        select seq, 'a', ${sql.raw(pgsql ? "json::jsonb->'actor'->0->>'country'" : "json_extract(json, '$.actor[0].country')")}, null, ${sql.raw(pgsql ? "json::jsonb->'actor'->0->>'country'" : "json_extract(json, '$.actor[0].country')")}
        from events where seq > ${base} and id like 'bulk%' and cast(substr(id, 5) as integer) between cast(${done + 1} as integer) and cast(${done + n} as integer)`.execute(
        trx,
      );
      await sql`insert into event_actors (event_seq, role, country, sector, name)
        select seq, 'r', ${sql.raw(pgsql ? "json::jsonb->'recipient'->0->>'country'" : "json_extract(json, '$.recipient[0].country')")}, null, ${sql.raw(pgsql ? "json::jsonb->'recipient'->0->>'country'" : "json_extract(json, '$.recipient[0].country')")}
        from events where seq > ${base} and id like 'bulk%' and cast(substr(id, 5) as integer) between cast(${done + 1} as integer) and cast(${done + n} as integer)`.execute(
        trx,
      );
      await sql`insert into event_mentions (event_seq, article_id)
        select seq, article_id from events where seq > ${base} and id like 'bulk%' and cast(substr(id, 5) as integer) between cast(${done + 1} as integer) and cast(${done + n} as integer)`.execute(
        trx,
      );
    });
    process.stderr.write(`  bulk ${done + n}/${events} events\r`);
  }
  process.stderr.write("\n");
  // the daily dyad rollup for the bulk rows (asserted, day-dated), merged into what put() built
  const least = pgsql ? "least" : "min";
  const greatest = pgsql ? "greatest" : "max";
  const pairs = sql.raw(`${least}(a.country, r.country) as lo, ${greatest}(a.country, r.country) as hi`);
  const joined = sql`from events e join event_actors a on a.event_seq = e.seq and a.role = 'a' join event_actors r on r.event_seq = e.seq and r.role = 'r'
    where e.seq > ${base} and e.day is not null and e.negated = 0 and e.hypothetical = 0 and e.future = 0`;
  await sql`insert into dyad_daily (lo, hi, day, n, q1, q2, q3, q4, goldstein_sum)
    select lo, hi, day, count(*), sum(case when quad = 1 then 1 else 0 end), sum(case when quad = 2 then 1 else 0 end),
      sum(case when quad = 3 then 1 else 0 end), sum(case when quad = 4 then 1 else 0 end), sum(goldstein)
    from (select ${pairs}, e.day, e.quad, e.goldstein ${joined}) x
    group by lo, hi, day
    on conflict (lo, hi, day) do update set n = dyad_daily.n + excluded.n, q1 = dyad_daily.q1 + excluded.q1, q2 = dyad_daily.q2 + excluded.q2,
      q3 = dyad_daily.q3 + excluded.q3, q4 = dyad_daily.q4 + excluded.q4, goldstein_sum = dyad_daily.goldstein_sum + excluded.goldstein_sum`.execute(
    db,
  );
  await sql`insert into dyad_plover (lo, hi, day, plover, n)
    select lo, hi, day, plover, count(*) from (select ${pairs}, e.day, e.plover ${joined} and e.plover is not null) x
    group by lo, hi, day, plover
    on conflict (lo, hi, day, plover) do update set n = dyad_plover.n + excluded.n`.execute(db);
  await sql`analyze`.execute(db);
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
  queries: { name: string; p50: number; p95: number; cpu50: number; rows: number }[];
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
    // records are generated ahead in chunks so only put() is timed
    const gen = records(INGEST, EVENTS_PER, 7);
    let ms = 0;
    let i = 0;
    for (;;) {
      const chunk: ProcessedRecord[] = [];
      for (let k = 0; k < 500; k++) {
        const n = gen.next();
        if (n.done) break;
        chunk.push(n.value);
      }
      if (chunk.length === 0) break;
      const t0 = performance.now();
      for (const rec of chunk) await store.put(rec);
      ms += performance.now() - t0;
      i += chunk.length;
      process.stderr.write(`  ${i}/${INGEST} (${((i / ms) * 1000).toFixed(0)}/s)\r`);
    }
    const ingestSeconds = ms / 1000;
    const afterIngest = await store.stats();
    const bytes = (await sizeOf(store, target)) - empty;
    process.stderr.write(`\n${engine}: bulk top-up to ${ARTICLES} articles / ${EVENTS} events…\n`);
    const t1 = performance.now();
    await bulkArticles(store, Math.max(0, ARTICLES - afterIngest.articles));
    await bulkEvents(store, Math.max(0, EVENTS - afterIngest.events));
    const loadSeconds = (performance.now() - t1) / 1000;
    const stats = await store.stats();
    const queries: Row["queries"] = [];
    for (const interval of ["day", "week", "month"] as const) {
      const q = await time(RUNS, () => store.dyadTimeline("RUS", "USA", interval));
      queries.push({ name: `dyad timeline RUS–USA by ${interval}`, p50: q.p50, p95: q.p95, cpu50: q.cpu50, rows: q.last.length });
    }
    const q2 = await time(RUNS, () => store.dyadTimeline("CHN", "IND", "day", { from: "2019-01-01", to: "2019-12-31" }));
    queries.push({ name: "dyad timeline CHN–IND 2019 by day", p50: q2.p50, p95: q2.p95, cpu50: q2.cpu50, rows: q2.last.length });
    const q3 = await time(RUNS, () => store.listEvents({ actor: "RUS", recipient: "USA" }, { limit: 50 }));
    queries.push({ name: "events RUS→USA, first page of 50 + total", p50: q3.p50, p95: q3.p95, cpu50: q3.cpu50, rows: q3.last.total ?? 0 });
    for (const s of SEARCHES) {
      const q = await time(Math.max(5, Math.floor(RUNS / 3)), () => store.search(s, { limit: 20 }));
      queries.push({ name: `search ${s} (20 hits + total)`, p50: q.p50, p95: q.p95, cpu50: q.cpu50, rows: q.last.total ?? 0 });
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
const os = await import("node:os");
let out = `## Store benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores, load average at the end ${os.loadavg()[0]!.toFixed(1)})\n\n`;
out += `Flags: --ingest ${INGEST} --articles ${ARTICLES} --events ${EVENTS} --runs ${RUNS}; ${EVENTS_PER} events per ingested article; 10% of ingested articles are syndicated copies.\n\n`;
out +=
  "| engine | ingested via put() | articles/s | bytes/article (incl. events, FTS, dedupe) | store size for queries | bulk top-up s |\n|---|---|---|---|---|---|\n";
for (const r of rows)
  out += `| ${r.engine} | ${r.ingested} in ${f(r.ingestSeconds)} s | ${f(r.perSecond)} | ${f(r.bytesPerArticle, 0)} | ${r.articles} articles, ${r.events} events | ${f(r.loadSeconds)} |\n`;
out +=
  "\n| query | " + rows.map((r) => `${r.engine} p50 ms | ${r.engine} p95 ms | ${r.engine} CPU p50 ms`).join(" | ") + " | rows/total |\n";
out += "|---|" + rows.map(() => "---|---|---|").join("") + "---|\n";
const names = rows[0]?.queries.map((q) => q.name) ?? [];
for (let i = 0; i < names.length; i++)
  out += `| ${names[i]} | ${rows.map((r) => `${f(r.queries[i]!.p50)} | ${f(r.queries[i]!.p95)} | ${f(r.queries[i]!.cpu50)}`).join(" | ")} | ${rows.map((r) => r.queries[i]!.rows).join(" / ")} |\n`;
process.stdout.write(out);
if (args.has("write")) writeFileSync(args.get("write")!, out);
