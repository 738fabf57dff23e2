import { USER_AGENT } from "../version.js";
import { AgentPool, HttpError, type HttpResponse, httpGet } from "./http.js";
import { HostQueue, sleep } from "./politeness.js";
import { disallowAll, type RobotsRules, robotsFromStatus } from "./robots.js";
import { SsrfError } from "./ssrf.js";
import type { SourceState } from "./state.js";
import type { SourceOptions } from "./types.js";

export type FetchResult =
  | { kind: "ok"; url: string; finalUrl: string; status: number; headers: HttpResponse["headers"]; body: Uint8Array; fetchedAt: string }
  | { kind: "not-modified"; url: string }
  | { kind: "robots"; url: string; why: string }
  | { kind: "failed"; url: string; why: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const RETRY_STATUS = new Set([429, 503]);
const RETRY_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ECONNABORTED"]);

/**
 * The polite fetcher: robots.txt per origin, one request at a time per host with a pause (robots
 * Crawl-delay as a floor), retries on 429/503 honouring Retry-After, conditional GET, redirects
 * (each hop checked by the SSRF guard and robots.txt), size and time limits.
 */
export class Fetcher {
  readonly userAgent: string;
  private readonly queue = new HostQueue();
  private readonly agents = new AgentPool();
  private readonly robotsCache = new Map<string, Promise<RobotsRules>>();
  private readonly robotsSettled = new Map<string, RobotsRules>();
  private readonly delayMs: number;
  private readonly retries: number;
  private readonly maxRetryAfterMs: number;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly maxRedirects: number;
  private readonly allowPrivate: boolean;

  constructor(
    private readonly opts: SourceOptions,
    private readonly state: SourceState,
  ) {
    this.userAgent = opts.userAgent || USER_AGENT;
    this.delayMs = opts.delayMs ?? 1000;
    this.retries = opts.retries ?? 3;
    this.maxRetryAfterMs = opts.maxRetryAfterMs ?? 120_000;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
    this.maxRedirects = opts.maxRedirects ?? 5;
    this.allowPrivate = opts.allowPrivateAddresses ?? false;
  }

  /** Fetches `url`; with `conditional`, sends the validators remembered from the last run. */
  async fetch(url: string, conditional = true): Promise<FetchResult> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      return { kind: "failed", url, why: "not a valid URL" };
    }
    const remembered = conditional ? this.state.validators(url) : undefined;
    for (let hop = 0; hop <= this.maxRedirects; hop++) {
      let rules: RobotsRules;
      try {
        rules = await this.robots(current);
      } catch (err) {
        return { kind: "failed", url, why: (err as Error).message };
      }
      if (!rules.allowed(current.href))
        return {
          kind: "robots",
          url,
          why: `disallowed by ${current.origin}/robots.txt${hop ? ` (after redirect to ${current.href})` : ""}`,
        };
      const headers: Record<string, string> = {
        "user-agent": this.userAgent,
        accept: "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,*/*;q=0.8",
      };
      if (hop === 0 && remembered?.etag) headers["if-none-match"] = remembered.etag;
      if (hop === 0 && remembered?.lastModified) headers["if-modified-since"] = remembered.lastModified;
      let res: HttpResponse;
      try {
        res = await this.getWithRetries(current, headers, rules);
      } catch (err) {
        return { kind: "failed", url, why: describe(err) };
      }
      if (REDIRECTS.has(res.status)) {
        const location = res.headers.location;
        if (!location) return { kind: "failed", url, why: `HTTP ${res.status} without Location` };
        try {
          current = new URL(location, current);
        } catch {
          return { kind: "failed", url, why: `bad redirect Location ${location}` };
        }
        continue;
      }
      if (res.status === 304) return { kind: "not-modified", url };
      if (res.status < 200 || res.status >= 300) return { kind: "failed", url, why: `HTTP ${res.status}` };
      if (conditional && hop === 0)
        this.state.setValidators(url, { etag: header(res, "etag"), lastModified: header(res, "last-modified") });
      else if (conditional) this.state.setValidators(url, {}); // validators of a redirect target do not apply to the URL asked for
      return {
        kind: "ok",
        url,
        finalUrl: current.href,
        status: res.status,
        headers: res.headers,
        body: res.body,
        fetchedAt: new Date().toISOString(),
      };
    }
    return { kind: "failed", url, why: `more than ${this.maxRedirects} redirects` };
  }

  /** Closes the keep-alive connections. */
  close(): void {
    this.agents.close();
  }

  /** robots.txt rules for the origin of `url` (fetched once per run and origin). */
  robots(url: URL): Promise<RobotsRules> {
    let rules = this.robotsCache.get(url.origin);
    if (!rules) {
      const origin = url.origin;
      rules = this.fetchRobots(url);
      rules.then((r) => this.robotsSettled.set(origin, r)).catch(() => {});
      this.robotsCache.set(origin, rules);
    }
    return rules;
  }

  private async fetchRobots(url: URL): Promise<RobotsRules> {
    let target = new URL("/robots.txt", url.origin);
    const robotsUrl = target.href;
    const headers = { "user-agent": this.userAgent, accept: "text/plain,*/*;q=0.5" };
    // RFC 9309 §2.3.1.2: follow at least five redirects.
    for (let hop = 0; hop <= 5; hop++) {
      let res: HttpResponse;
      try {
        res = await this.getWithRetries(target, headers, undefined);
      } catch (err) {
        if (err instanceof SsrfError) throw err;
        return robotsFromStatus(robotsUrl, null, new Uint8Array(0), this.userAgent);
      }
      if (REDIRECTS.has(res.status) && res.headers.location) {
        target = new URL(res.headers.location, target);
        continue;
      }
      return robotsFromStatus(robotsUrl, res.status, res.body, this.userAgent);
    }
    return disallowAll("too many redirects (disallow all)");
  }

  private delayFor(rules: RobotsRules | undefined): number {
    return Math.max(this.delayMs, rules?.crawlDelayMs ?? 0);
  }

  private async getWithRetries(url: URL, headers: Record<string, string>, rules: RobotsRules | undefined): Promise<HttpResponse> {
    const host = url.host;
    for (let attempt = 0; ; attempt++) {
      let res: HttpResponse;
      try {
        res = await this.queue.run(
          host,
          () => this.delayFor(rules ?? this.cachedRules(url)),
          () =>
            httpGet({
              url,
              headers,
              allowPrivate: this.allowPrivate,
              allowList: this.opts.allowAddresses,
              agents: this.agents,
              timeoutMs: this.timeoutMs,
              maxBytes: this.maxBytes,
              signal: this.opts.signal,
            }),
          this.opts.signal,
        );
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (attempt < this.retries && code && RETRY_CODES.has(code)) {
          await sleep(this.backoff(attempt), this.opts.signal);
          continue;
        }
        throw err;
      }
      if (!RETRY_STATUS.has(res.status) || attempt >= this.retries) return res;
      const wait = retryAfterMs(header(res, "retry-after")) ?? this.backoff(attempt);
      if (wait > this.maxRetryAfterMs)
        throw new HttpError(`HTTP ${res.status}, Retry-After ${Math.round(wait / 1000)} s is longer than we wait`);
      this.queue.holdUntil(host, Date.now() + wait);
    }
  }

  private cachedRules(url: URL): RobotsRules | undefined {
    return this.robotsSettled.get(url.origin);
  }

  private backoff(attempt: number): number {
    return Math.max(this.delayMs, 250) * 2 ** attempt;
  }
}

function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Retry-After as delta-seconds or an HTTP-date, in ms from now. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException & { hostname?: string };
  if (e.code === "ENOTFOUND") return `host not found (${e.hostname ?? ""})`.replace(" ()", "");
  if (e.code === "ECONNREFUSED") return "connection refused";
  return e.message || String(err);
}
