import { openStore, type Store } from "../store/index.js";
import { openQueue } from "./connect.js";
import { type EnqueueSummary, enqueue } from "./enqueue.js";

export interface CliEnqueueOptions {
  queue: string;
  /** Only a `postgres://` store is consulted (the one the workers write to); a SQLite default is ignored. */
  db?: string;
  quiet?: boolean;
  warcPagesPerItem?: number;
}

/**
 * `dateline ingest … --queue nats://…`: publishes work items instead of processing. Inputs already in
 * the workers' PostgreSQL store are not queued again; the rest is de-duplicated by the server.
 */
export async function enqueueFromCli(inputs: string[], opts: CliEnqueueOptions): Promise<EnqueueSummary> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  let store: Store | null = null;
  if (opts.db && /^postgres(ql)?:\/\//i.test(opts.db)) {
    try {
      store = await openStore(opts.db);
    } catch (err) {
      log(`dateline: ${opts.db}: cannot check the store for inputs already done (${(err as Error).message}); queueing everything`);
    }
  }
  const q = await openQueue(opts.queue, { create: true, name: "dateline-ingest" });
  try {
    const s = store;
    const sum = await enqueue(q, inputs, {
      log,
      warcPagesPerItem: opts.warcPagesPerItem,
      ...(s ? { alreadyStored: (id: string) => s.hasInput(id) } : {}),
    });
    if (!opts.quiet) {
      log(
        `queue ${q.config.name}: ${sum.queued} new items (${sum.pages} pages), ${sum.duplicate} already queued, ` +
          `${sum.stored} already stored, ${sum.failed.length} failed`,
      );
    }
    process.stdout.write(`${JSON.stringify({ queue: q.config.name, ...sum })}\n`);
    return sum;
  } finally {
    await q.close();
    await store?.close();
  }
}
