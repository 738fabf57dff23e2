import { type Kysely, type Migration, type MigrationProvider, Migrator } from "kysely";
import type { Engine } from "../db/engine.js";
import * as m001 from "./001_init.js";
import * as m002 from "./002_dyad_rollup.js";

/** Migrations in order; each receives the engine so it can pick engine-specific column types. */
const ALL: [string, { up(db: Kysely<unknown>, engine: Engine): Promise<void> }][] = [
  ["001_init", m001],
  ["002_dyad_rollup", m002],
];

class Provider implements MigrationProvider {
  constructor(private engine: Engine) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, m] of ALL) out[name] = { up: (db) => m.up(db, this.engine) };
    return out;
  }
}

/** Brings the schema up to date; throws with the failing migration's name. */
export async function migrate(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new Provider(engine),
    migrationTableName: "dateline_migration",
    migrationLockTableName: "dateline_migration_lock",
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName ?? "?";
    throw new Error(`store migration ${failed} failed: ${(error as Error).message ?? String(error)}`);
  }
}
