import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** A database target for one test file: a temp SQLite file, or a fresh PostgreSQL database. */
export interface Engine {
  name: "sqlite" | "postgres";
  /** Creates a fresh, empty database and returns its `--db` value. */
  create(): Promise<string>;
  /** Drops everything create() made. */
  dropAll(): Promise<void>;
}

export const PG = process.env.DATELINE_TEST_PG;
if (!PG)
  console.warn(
    "DATELINE_TEST_PG is not set: the PostgreSQL half of the store suite is skipped (set e.g. postgres://postgres@127.0.0.1:5432/test)",
  );

export function sqliteEngine(): Engine {
  const dirs: string[] = [];
  return {
    name: "sqlite",
    async create() {
      const dir = mkdtempSync(join(tmpdir(), "dateline-store-"));
      dirs.push(dir);
      return join(dir, "test.db");
    },
    async dropAll() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

export function postgresEngine(base: string): Engine {
  const made: string[] = [];
  const admin = async <T>(f: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try {
      return await f(c);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgres",
    async create() {
      const name = `dateline_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
      await admin((c) => c.query(`create database ${name}`));
      made.push(name);
      const u = new URL(base);
      u.pathname = `/${name}`;
      return u.toString();
    },
    async dropAll() {
      for (const name of made.splice(0)) await admin((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/** The engines this run can test: SQLite always, PostgreSQL when DATELINE_TEST_PG is set. */
export function engines(): Engine[] {
  return PG ? [sqliteEngine(), postgresEngine(PG)] : [sqliteEngine()];
}
