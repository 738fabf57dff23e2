import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { startServer } from "../../server/index.js";
import { openStore } from "../../store/index.js";
import { log } from "../io.js";
import type { ExitState } from "../main.js";
import { ingest } from "./ingest.js";
import { parsePort, untilSignal } from "./serve.js";

const EXAMPLES = join(dirname(fileURLToPath(import.meta.url)), "../../../examples");

/**
 * `dateline demo`: the README's main job — ingest the bundled examples into SQLite, summarise them, and
 * serve the web UI on 127.0.0.1 (print-only with `--no-serve`).
 */
export function register(program: Command, exit: ExitState): void {
  program
    .command("demo")
    .description("ingest the bundled sample corpus (examples/) into SQLite, print a summary and serve the web UI")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .option("--no-serve", "print the summary and exit without serving the web UI")
    .option("--port <port>", "port for the web UI (default 8080, or a free one when 8080 is taken)")
    .action(async (opts: { db: string; serve: boolean; port?: string }) => {
      if (!existsSync(EXAMPLES)) throw new Error(`bundled examples not found at ${EXAMPLES}`);
      log(`ingesting the bundled examples into ${opts.db} (the first run takes a minute; later runs skip what is stored) …`);
      const summary = await ingest([EXAMPLES], { db: opts.db, quiet: true });
      if (summary.failed > 0) exit.code = 1;
      const store = await openStore(opts.db);
      try {
        const stats = await store.stats();
        const rusUsa = await store.listEvents({ actor: "RUS", recipient: "USA", dyad: true }, { limit: 10 });
        log(
          `ingested examples/: ${summary.ok} new, ${summary.duplicate} already stored, ${summary.skipped} skipped, ${summary.failed} failed`,
        );
        process.stdout.write(
          `${stats.articles} articles in ${stats.stories} stories · ${stats.quotes} quotes · ${stats.events} events · ${stats.entities} entity mentions\n`,
        );
        process.stdout.write(`Russia–United States events (${rusUsa.total ?? rusUsa.items.length}):\n`);
        for (const e of rusUsa.items) {
          const who = (xs: { country: string | null }[]) => [...new Set(xs.map((x) => x.country ?? "?"))].join("+");
          process.stdout.write(
            `  ${e.date.value ?? "undated"}  ${e.cameo.code} ${e.plover?.event ?? "-"}  ${who(e.actor)}→${who(e.recipient)}  “${e.evidence.sentence.slice(0, 90)}…”\n`,
          );
        }
        process.stdout.write(`database: ${opts.db}\n`);
      } finally {
        await store.close();
      }
      if (!opts.serve) return;
      const port = opts.port === undefined ? undefined : parsePort(opts.port);
      const running = await listenOnFreePort(opts.db, port);
      process.stdout.write(`web UI: ${running.url}#/dyad/RUS/USA  (Ctrl-C to stop)\n`);
      await untilSignal();
      await running.close();
    });
}

/** Listens on the given port, or on 8080 and else any free port, always on 127.0.0.1. */
async function listenOnFreePort(db: string, port: number | undefined) {
  try {
    return await startServer({ db, host: "127.0.0.1", port: port ?? 8080, log });
  } catch (err) {
    if (port !== undefined || (err as { code?: string }).code !== "EADDRINUSE") throw err;
    return startServer({ db, host: "127.0.0.1", port: 0, log });
  }
}
