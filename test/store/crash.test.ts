/**
 * Crash safety with a real child process: `bin/dateline ingest <dir>` is killed with SIGKILL in the
 * middle; nothing committed is lost, the database opens cleanly, and re-running the same command
 * completes the rest, ending where an uninterrupted run ends (every page once, no torn records: each
 * article's events and quotes match its stored analysis).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { engines, PG } from "./engines.js";
import { wikinewsDocs } from "./records.js";

const BIN = join(dirname(fileURLToPath(import.meta.url)), "../../bin/dateline");
const FILES = 16;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "dateline-crash-"));
  const pages = join(dir, "pages");
  mkdirSync(pages);
  const docs = wikinewsDocs().slice(0, FILES);
  for (let i = 0; i < docs.length; i++)
    writeFileSync(join(pages, `${String(i).padStart(3, "0")}.txt`), `${docs[i]!.title}\n\n${docs[i]!.text}\n`);
  return pages;
}

function ingest(pages: string, db: string): ChildProcess {
  return spawn(process.execPath, [BIN, "ingest", pages, "--db", db, "-q"], { stdio: ["ignore", "ignore", "pipe"] });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** Committed articles, read from outside the child (WAL lets a reader in while it writes). */
async function committed(db: string): Promise<number> {
  try {
    if (db.startsWith("postgres")) {
      const c = new pg.Client({ connectionString: db });
      await c.connect();
      try {
        return Number((await c.query("select count(*) as n from articles")).rows[0].n);
      } finally {
        await c.end();
      }
    }
    const s = new Sqlite(db, { readonly: true, fileMustExist: true });
    try {
      return (s.prepare("select count(*) as n from articles").get() as { n: number }).n;
    } finally {
      s.close();
    }
  } catch {
    return 0;
  }
}

async function snapshot(db: string) {
  const store = await openStore(db);
  try {
    const stats = await store.stats();
    const inputs = Number(
      (
        await store.db
          .selectFrom("inputs")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const titles = (await store.db.selectFrom("articles").select("title").orderBy("title").execute()).map((r) => r.title);
    // Atomicity: every stored article has exactly the events and quotes its stored analysis holds.
    const rows = await store.db.selectFrom("articles").select(["id", "analysis_json"]).execute();
    const torn: string[] = [];
    for (const r of rows) {
      const analysis = JSON.parse(r.analysis_json) as { events: unknown[]; quotes: unknown[] };
      const ev = await store.db
        .selectFrom("event_mentions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("article_id", "=", r.id)
        .executeTakeFirstOrThrow();
      const qu = await store.db
        .selectFrom("quote_mentions")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("article_id", "=", r.id)
        .executeTakeFirstOrThrow();
      if (Number(ev.n) !== analysis.events.length || Number(qu.n) !== analysis.quotes.length) torn.push(r.id);
    }
    const { articles, stories, copies } = stats;
    return { stats: { articles, stories, copies }, inputs, titles, torn };
  } finally {
    await store.close();
  }
}

if (!PG) describe.skip("kill -9 on postgres (DATELINE_TEST_PG unset: skipped)", () => it("skipped", () => {}));

for (const engine of engines()) {
  describe(`kill -9 during ingest (${engine.name})`, () => {
    afterAll(() => engine.dropAll());

    it("loses nothing committed, and the re-run completes the rest", { timeout: 300_000 }, async () => {
      const pages = corpus();
      const db = await engine.create();
      const child = ingest(pages, db);
      let seen = 0;
      const deadline = Date.now() + 120_000;
      while (seen < 3 && child.exitCode === null && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 25));
        seen = await committed(db);
      }
      expect(child.exitCode, "the ingest finished before it could be killed: make the corpus larger").toBeNull();
      child.kill("SIGKILL");
      await exited(child);
      expect(child.signalCode).toBe("SIGKILL");

      const after = await snapshot(db);
      expect(after.stats.articles).toBeGreaterThanOrEqual(seen);
      expect(after.stats.articles).toBeLessThan(FILES);
      // every input the store says it has is complete: article, copy, events and quotes all there
      expect(after.inputs).toBe(after.stats.copies);
      expect(after.torn).toEqual([]);

      const rerun = ingest(pages, db);
      expect(await exited(rerun)).toBe(0);
      const resumed = await snapshot(db);

      // what an uninterrupted run stores: every page once, each its own story (the pages are different stories)
      const titles = wikinewsDocs()
        .slice(0, FILES)
        .map((d) => d.title)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const clean = { stats: { articles: FILES, stories: FILES, copies: FILES } };
      expect([...resumed.titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles);
      expect(resumed.stats).toEqual(clean.stats);
      expect(resumed.inputs).toBe(FILES);
      expect(resumed.torn).toEqual([]);

      // and once more: the same input again adds nothing
      expect(await exited(ingest(pages, db))).toBe(0);
      expect((await snapshot(db)).stats).toEqual(clean.stats);
    });
  });
}
