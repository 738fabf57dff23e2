import { readdirSync, readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { brotliCompressSync, gunzipSync, gzipSync } from "node:zlib";
import iconv from "iconv-lite";

const PAGES_DIR = join(import.meta.dirname, "../fixtures/ingest/pages");

/** The real fixture pages, id → UTF-8 bytes. */
export function fixturePages(): { id: string; html: Buffer }[] {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith(".html.gz"))
    .sort()
    .map((f) => ({ id: f.slice(0, 8), html: gunzipSync(readFileSync(join(PAGES_DIR, f))) }));
}

export interface Hit {
  path: string;
  at: number;
  headers: IncomingMessage["headers"];
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hits: number) => unknown;

/** A real HTTP server on 127.0.0.1 (random port) with routes set by the test; it records every request. */
export class TestServer {
  readonly hits: Hit[] = [];
  private readonly routes = new Map<string, Handler>();
  private server!: Server;
  origin = "";

  route(path: string, handler: Handler): this {
    this.routes.set(path, handler);
    return this;
  }

  /** A static response. */
  serve(path: string, body: string | Buffer, headers: Record<string, string> = {}, status = 200): this {
    return this.route(path, (_req, res) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
      res.end(body);
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0] as string;
      this.hits.push({ path, at: Date.now(), headers: req.headers });
      const handler = this.routes.get(path);
      if (!handler) {
        res.writeHead(404, { "content-type": "text/plain" });
        res.end("not found");
        return;
      }
      const n = this.hits.filter((h) => h.path === path).length;
      Promise.resolve(handler(req, res, n)).catch((err) => {
        res.destroy(err as Error);
      });
    });
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  url(path: string): string {
    return this.origin + path;
  }

  pathsHit(): string[] {
    return this.hits.map((h) => h.path);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

/** Sends `body` compressed as the client allows (br, then gzip). */
export function compressed(req: IncomingMessage, res: ServerResponse, body: Buffer, type = "text/html; charset=utf-8"): void {
  const accept = String(req.headers["accept-encoding"] ?? "");
  if (/\bbr\b/.test(accept)) {
    res.writeHead(200, { "content-type": type, "content-encoding": "br" });
    res.end(brotliCompressSync(body));
  } else if (/\bgzip\b/.test(accept)) {
    res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
    res.end(gzipSync(body));
  } else {
    res.writeHead(200, { "content-type": type });
    res.end(body);
  }
}

export function windows1252(html: Buffer): Buffer {
  return iconv.encode(html.toString("utf8").replace(/charset=["']?utf-8["']?/gi, "charset=windows-1252"), "windows-1252");
}
