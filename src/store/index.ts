import type { Store } from "./store.js";

export type * from "./store.js";

/** Opens the store named by `--db`: a SQLite file path (default `./dateline.db`) or a `postgres://` URL. */
export async function openStore(_db: string): Promise<Store> {
  throw new Error("store not implemented yet");
}
