import type { Command } from "commander";
import { startServer } from "../../server/index.js";
import { log } from "../io.js";
import { type ExitState, UsageError } from "../main.js";

export interface ServeOptions {
  db: string;
  host: string;
  port: string;
  ingestToken?: string;
  web: boolean;
}

/** `dateline serve [--port] [--host]`: the HTTP API and the web UI over one store, until Ctrl-C. */
export function register(program: Command, _exit: ExitState): void {
  program
    .command("serve")
    .description("serve the HTTP API (/api, OpenAPI at /api/openapi.json) and the web UI")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .option("--host <host>", "address to bind (127.0.0.1 keeps it on this machine)", "127.0.0.1")
    .option("--port <port>", "port (0 picks a free one)", "8080")
    .option("--ingest-token <token>", "switch POST /api/ingest on, guarded by this bearer token (or DATELINE_INGEST_TOKEN)")
    .option("--no-web", "API only: do not build or serve the web UI")
    .action(async (opts: ServeOptions) => {
      const running = await startServer({
        db: opts.db,
        host: opts.host,
        port: parsePort(opts.port),
        web: opts.web,
        ingestToken: opts.ingestToken ?? process.env.DATELINE_INGEST_TOKEN ?? null,
        log,
      });
      if (opts.host !== "127.0.0.1" && opts.host !== "localhost" && opts.host !== "::1") {
        log(`warning: listening on ${opts.host}: other machines can reach this server`);
      }
      process.stdout.write(`Dateline is serving ${opts.db} at ${running.url}\n`);
      await untilSignal();
      await running.close();
    });
}

export function parsePort(s: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not ${JSON.stringify(s)}`);
  return n;
}

/** Resolves on Ctrl-C or SIGTERM. */
export function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      process.off("SIGINT", done);
      process.off("SIGTERM", done);
      log("stopping");
      resolve();
    };
    process.on("SIGINT", done);
    process.on("SIGTERM", done);
  });
}
