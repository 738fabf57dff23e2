import type { FastifyInstance } from "fastify";
import { openStore, type Store } from "../store/index.js";
import { buildServer } from "./app.js";
import { ensureWebBuild } from "./web-build.js";

export { buildServer, ROUTES, type ServerOptions } from "./app.js";

export interface StartOptions {
  db: string;
  host?: string;
  port?: number;
  /** Serve the web UI (building it first when needed). Default true. */
  web?: boolean;
  ingestToken?: string | null;
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** Opens the store, builds the UI if needed and listens (127.0.0.1 unless told otherwise). */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const log = opts.log ?? (() => {});
  const webRoot = opts.web === false ? null : await ensureWebBuild(log);
  const store = await openStore(opts.db);
  const app = await buildServer({ store, webRoot, ingestToken: opts.ingestToken ?? null });
  const host = opts.host ?? "127.0.0.1";
  try {
    await app.listen({ host, port: opts.port ?? 8080 });
  } catch (err) {
    await store.close();
    throw err;
  }
  const addr = app.server.address();
  const port = typeof addr === "object" && addr ? addr.port : opts.port;
  const shown = host.includes(":") ? `[${host}]` : host === "0.0.0.0" ? "127.0.0.1" : host;
  return {
    url: `http://${shown}:${port}/`,
    app,
    store,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
