import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { USER_AGENT } from "../../src/version.js";
import { collect, local, pages, tempDir } from "./helpers.js";
import { compressed, fixturePages, TestServer, windows1252 } from "./server.js";

const fixtures = fixturePages();
const [a, b, c, italian] = fixtures.map((f) => f.html) as [Buffer, Buffer, Buffer, Buffer];

describe("polite fetcher against a loopback server", () => {
  const site = new TestServer();
  beforeAll(async () => {
    await site.start();
    site
      .serve("/robots.txt", "User-agent: *\nDisallow: /private/\nAllow: /private/open.html\n\nUser-agent: OtherBot\nDisallow: /\n", {
        "content-type": "text/plain",
      })
      .serve("/news/a.html", a)
      .serve("/private/secret.html", b)
      .serve("/private/open.html", c)
      .route("/news/gz.html", (req, res) => compressed(req, res, a))
      .route("/news/latin.html", (_req, res) => {
        res.writeHead(200, { "content-type": "text/html; charset=windows-1252" });
        res.end(windows1252(italian));
      })
      .route("/r/1", (_req, res) => {
        res.writeHead(301, { location: "/r/2" });
        res.end();
      })
      .route("/r/2", (_req, res) => {
        res.writeHead(302, { location: `${site.origin}/news/a.html` });
        res.end();
      })
      .route("/loop", (_req, res) => {
        res.writeHead(302, { location: "/loop" });
        res.end();
      })
      .route("/slow", async (_req, res) => {
        await new Promise((r) => setTimeout(r, 1500));
        res.writeHead(200, { "content-type": "text/html" });
        res.end(a);
      })
      .route("/big", (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 40; i++) res.write(a);
        res.end();
      })
      .route("/big-declared", (_req, res) => {
        const body = Buffer.concat(Array(40).fill(a));
        res.writeHead(200, { "content-type": "text/html", "content-length": String(body.length) });
        res.end(body);
      })
      .route("/busy", (_req, res, n) => {
        if (n === 1) {
          res.writeHead(429, { "retry-after": "1" });
          res.end();
          return;
        }
        res.writeHead(200, { "content-type": "text/html" });
        res.end(b);
      })
      .route("/down", (_req, res, n) => {
        res.writeHead(n < 3 ? 503 : 200, { "content-type": "text/html" });
        res.end(n < 3 ? "" : c);
      })
      .route("/etag.html", (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { "content-type": "text/html", etag: '"v1"', "last-modified": "Tue, 19 Nov 2019 10:00:00 GMT" });
        res.end(a);
      });
  });
  afterAll(() => site.stop());

  it("fetches a page with the product user agent and keeps the Content-Type", async () => {
    const { items, summary } = await collect([site.url("/news/a.html")], local());
    const [page] = pages(items);
    expect(page?.url).toBe(site.url("/news/a.html"));
    expect(Buffer.from(page?.bytes ?? []).equals(a)).toBe(true);
    expect(page?.contentType).toBe("text/html; charset=utf-8");
    expect(Date.parse(page?.fetchedAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
    const hit = site.hits.find((h) => h.path === "/news/a.html");
    expect(hit?.headers["user-agent"]).toBe(USER_AGENT);
    expect(summary[0]).toMatchObject({ fetched: 1, failed: 0 });
  });

  it("honours an overriding user agent, and robots.txt groups by product token", async () => {
    const { items } = await collect([site.url("/news/a.html")], local({ userAgent: "OtherBot/2.0" }));
    expect(items[0]).toMatchObject({ kind: "skipped", why: expect.stringContaining("robots.txt") });
    expect(site.hits.some((h) => h.path === "/news/a.html" && h.headers["user-agent"] === "OtherBot/2.0")).toBe(false);
  });

  it("skips pages robots.txt disallows without requesting them; Allow overrides", async () => {
    const before = site.hits.length;
    const { items, summary } = await collect([site.url("/private/secret.html"), site.url("/private/open.html")], local());
    expect(items[0]).toMatchObject({ kind: "skipped", input: site.url("/private/secret.html") });
    expect(items[1]?.kind).toBe("page");
    const paths = site.hits.slice(before).map((h) => h.path);
    expect(paths).not.toContain("/private/secret.html");
    expect(paths).toContain("/private/open.html");
    expect(summary[0]?.robots).toBe(1);
  });

  it("undoes gzip and br Content-Encoding", async () => {
    const { items } = await collect([site.url("/news/gz.html")], local());
    expect(Buffer.from(pages(items)[0]?.bytes ?? []).equals(a)).toBe(true);
    const hit = site.hits.findLast((h) => h.path === "/news/gz.html");
    expect(hit?.headers["accept-encoding"]).toMatch(/br/);
  });

  it("passes a windows-1252 page through undecoded with its charset", async () => {
    const { items } = await collect([site.url("/news/latin.html")], local());
    const page = pages(items)[0];
    expect(page?.contentType).toBe("text/html; charset=windows-1252");
    expect(Buffer.from(page?.bytes ?? []).equals(windows1252(italian))).toBe(true);
    expect(Buffer.from(page?.bytes ?? []).toString("utf8")).toContain("\uFFFD"); // not UTF-8
  });

  it("follows redirects up to the limit", async () => {
    const ok = await collect([site.url("/r/1")], local());
    expect(pages(ok.items)[0]?.url).toBe(site.url("/news/a.html"));
    expect(pages(ok.items)[0]?.id).toBe(site.url("/r/1"));
    const loop = await collect([site.url("/loop")], local({ maxRedirects: 3 }));
    expect(loop.items[0]).toMatchObject({ kind: "failed", why: "more than 3 redirects" });
  });

  it("times out slow responses and refuses oversize bodies", async () => {
    const t0 = Date.now();
    const slow = await collect([site.url("/slow")], local({ timeoutMs: 300 }));
    expect(slow.items[0]).toMatchObject({ kind: "failed", why: expect.stringContaining("timed out") });
    expect(Date.now() - t0).toBeLessThan(1400);
    const big = await collect([site.url("/big"), site.url("/big-declared")], local({ maxBytes: 200_000 }));
    expect(big.items.map((i) => i.kind)).toEqual(["failed", "failed"]);
    expect(big.items[0]).toMatchObject({ why: expect.stringContaining("too large") });
    expect(big.summary.map((s) => s.failed)).toEqual([1, 1]);
  });

  it("waits for Retry-After on 429 and backs off on 503", async () => {
    const t0 = Date.now();
    const { items } = await collect([site.url("/busy")], local());
    expect(items[0]?.kind).toBe("page");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    const down = await collect([site.url("/down")], local({ delayMs: 50 }));
    expect(down.items[0]?.kind).toBe("page");
    const tries = site.hits.filter((h) => h.path === "/down").map((h) => h.at);
    expect(tries).toHaveLength(3);
    expect((tries[2] as number) - (tries[1] as number)).toBeGreaterThanOrEqual((tries[1] as number) - (tries[0] as number));
    const giveUp = await collect([site.url("/busy")], local({ retries: 0 }));
    expect(giveUp.items[0]?.kind).toBe("page"); // second hit of /busy succeeds at once
  });

  it("sends a conditional GET on the next run and reports not modified", async () => {
    const stateDir = tempDir();
    const first = await collect([site.url("/etag.html")], local({ stateDir }));
    expect(first.items[0]?.kind).toBe("page");
    const second = await collect([site.url("/etag.html")], local({ stateDir }));
    expect(second.items[0]).toMatchObject({ kind: "skipped", why: expect.stringContaining("not modified") });
    expect(second.summary[0]?.notModified).toBe(1);
    const last = site.hits.findLast((h) => h.path === "/etag.html");
    expect(last?.headers["if-none-match"]).toBe('"v1"');
    expect(last?.headers["if-modified-since"]).toBe("Tue, 19 Nov 2019 10:00:00 GMT");
  });
});

describe("politeness", () => {
  it("keeps the delay between requests to one host, with Crawl-delay as a floor", async () => {
    const site = await new TestServer().start();
    site.serve("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", { "content-type": "text/plain" });
    for (const p of ["/1", "/2", "/3"]) site.serve(p, a);
    try {
      await collect([site.url("/1"), site.url("/2"), site.url("/3")], local({ delayMs: 100 }));
      const at = site.hits.filter((h) => h.path !== "/robots.txt").map((h) => h.at);
      expect(at).toHaveLength(3);
      for (let i = 1; i < at.length; i++) expect((at[i] as number) - (at[i - 1] as number)).toBeGreaterThanOrEqual(390);
    } finally {
      await site.stop();
    }
  });

  it("treats a 404 robots.txt as allow-all and a 5xx one as disallow-all", async () => {
    const open = await new TestServer().start();
    open.serve("/p", a);
    const broken = await new TestServer().start();
    broken.serve("/robots.txt", "oops", {}, 503).serve("/p", a);
    try {
      const { items } = await collect([open.url("/p"), broken.url("/p")], local({ retries: 0 }));
      expect(items.map((i) => i.kind)).toEqual(["page", "skipped"]);
      expect(broken.pathsHit()).not.toContain("/p");
    } finally {
      await open.stop();
      await broken.stop();
    }
  });

  it("lists what would be fetched on a dry run without fetching pages", async () => {
    const site = await new TestServer().start();
    site.serve("/p", a);
    try {
      const lines: string[] = [];
      const { items } = await collect([site.url("/p")], local({ dryRun: true, log: (l) => lines.push(l) }));
      expect(items[0]).toMatchObject({ kind: "skipped", why: "dry run: would fetch" });
      expect(lines).toContain(`would fetch ${site.url("/p")}`);
      expect(site.pathsHit()).toEqual(["/robots.txt"]);
    } finally {
      await site.stop();
    }
  });
});
