import { connect } from "./db/connect.js";
import { KyselyStore } from "./kysely-store.js";
import { migrate } from "./migrations/index.js";
import type { Store } from "./store.js";

export { KyselyStore } from "./kysely-store.js";
export { QuerySyntaxError } from "./search/parse.js";
export type * from "./store.js";

/** Opens the store named by `--db`: a SQLite file path (default `./dateline.db`) or a `postgres://` URL. Migrates to the latest schema. */
export async function openStore(db: string): Promise<Store & KyselyStore> {
  const conn = connect(db);
  try {
    await migrate(conn.db as never, conn.engine);
  } catch (err) {
    await conn.db.destroy();
    throw new Error(`cannot open store ${conn.target}: ${(err as Error).message}`);
  }
  return new KyselyStore(conn);
}
