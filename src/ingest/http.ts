import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { resolveGuarded } from "./ssrf.js";

/** One HTTP GET (no redirect following): the SSRF guard runs before the socket opens. */
export interface HttpRequest {
  url: URL;
  headers: Record<string, string>;
  allowPrivate: boolean;
  /** Private addresses allowed one by one. */
  allowList?: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  agents: AgentPool;
}

export interface HttpResponse {
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
  /** Body after Content-Encoding is undone (charset is left alone). Empty for redirects and 304. */
  body: Uint8Array;
}

export class HttpError extends Error {
  override name = "HttpError";
}

/** One keep-alive agent per origin with a single socket: one connection per host. One pool per run. */
export class AgentPool {
  private readonly agents = new Map<string, HttpAgent>();

  for(url: URL): HttpAgent {
    const key = url.origin;
    let agent = this.agents.get(key);
    if (!agent) {
      const opts = { keepAlive: true, maxSockets: 1, maxFreeSockets: 1, timeout: 60_000 };
      agent = url.protocol === "https:" ? new HttpsAgent(opts) : new HttpAgent(opts);
      this.agents.set(key, agent);
    }
    return agent;
  }

  /** Closes the pool's sockets (end of a run). */
  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}

export async function httpGet(req: HttpRequest): Promise<HttpResponse> {
  const { url } = req;
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new HttpError(`unsupported scheme ${url.protocol}`);
  if (url.username || url.password) throw new HttpError("URLs with credentials are not fetched");
  // Resolve and check BEFORE any socket exists; the socket then connects to exactly this address.
  const resolved = await resolveGuarded(url.hostname, req.allowPrivate, req.allowList);
  const pinned: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: object[]) => void)(null, [resolved]);
    else cb(null, resolved.address, resolved.family);
  };
  return await new Promise<HttpResponse>((resolve, reject) => {
    const send = url.protocol === "https:" ? httpsRequest : httpRequest;
    const timer = setTimeout(() => fail(new HttpError(`timed out after ${req.timeoutMs} ms`)), req.timeoutMs);
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.signal?.removeEventListener("abort", onAbort);
      request.destroy(err);
      reject(err);
    };
    const onAbort = () => fail(new HttpError("aborted"));
    const request = send(url, {
      method: "GET",
      headers: { "accept-encoding": "gzip, deflate, br", ...req.headers },
      agent: req.agents.for(url),
      lookup: pinned,
    });
    req.signal?.addEventListener("abort", onAbort, { once: true });
    request.on("error", (err) => fail(err));
    request.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const finish = (body: Uint8Array) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        req.signal?.removeEventListener("abort", onAbort);
        resolve({ url: url.href, status, headers: res.headers, body });
      };
      if ((status >= 300 && status < 400) || status === 204 || status === 429 || status >= 500) {
        res.resume(); // drain so the socket can be reused
        res.on("end", () => finish(new Uint8Array(0)));
        res.on("error", fail);
        return;
      }
      const declared = Number(res.headers["content-length"]);
      if (Number.isFinite(declared) && declared > req.maxBytes) {
        fail(new HttpError(`body too large: Content-Length ${declared} > ${req.maxBytes} bytes`));
        return;
      }
      readBody(res, req.maxBytes).then(finish, fail);
    });
    request.end();
  });
}

async function readBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(res.headers["content-encoding"] ?? "identity")
    .toLowerCase()
    .trim();
  let stream: NodeJS.ReadableStream = res;
  if (encoding === "gzip" || encoding === "x-gzip") stream = res.pipe(createGunzip());
  else if (encoding === "deflate") stream = res.pipe(createInflate());
  else if (encoding === "br") stream = res.pipe(createBrotliDecompress());
  else if (encoding !== "identity" && encoding !== "") throw new HttpError(`unsupported Content-Encoding ${encoding}`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new HttpError(`body too large: more than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
