/**
 * A PostgreSQL server that ends the store's idle connections (a restart, an administrator's
 * pg_terminate_backend, a network drop) must not end the process that holds the store: the next query works.
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { PG, postgresEngine } from "./engines.js";
import { seedRecord } from "./records.js";

const base = PG;
if (!base)
  describe.skip("idle PostgreSQL connections ended by the server (DATELINE_TEST_PG unset: skipped)", () => it("skipped", () => {}));
else
  describe("idle PostgreSQL connections ended by the server", () => {
    const engine = postgresEngine(base);
    afterAll(() => engine.dropAll());

    it("keeps the process and the store alive, and the next query works", async () => {
      const url = await engine.create();
      const store = await openStore(url);
      try {
        await store.put(seedRecord());
        const before = await store.stats();
        const uncaught: unknown[] = [];
        const onUncaught = (e: unknown) => uncaught.push(e);
        process.on("uncaughtException", onUncaught);
        try {
          // End every connection to the store's database from another session, as an administrator would.
          const admin = new pg.Client({ connectionString: base });
          await admin.connect();
          const name = new URL(url).pathname.slice(1);
          const ended = await admin.query(
            "select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
            [name],
          );
          await admin.end();
          expect(ended.rowCount).toBeGreaterThan(0);
          await new Promise((r) => setTimeout(r, 200));
          expect(await store.stats()).toEqual(before);
        } finally {
          process.off("uncaughtException", onUncaught);
        }
        expect(uncaught).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });
