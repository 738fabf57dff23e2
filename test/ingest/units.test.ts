import { describe, expect, it } from "vitest";
import { detectKind } from "../../src/ingest/detect.js";
import { retryAfterMs } from "../../src/ingest/fetcher.js";
import { HostQueue } from "../../src/ingest/politeness.js";
import { productToken, robotsFromStatus } from "../../src/ingest/robots.js";
import { USER_AGENT } from "../../src/version.js";

describe("small parts of the fetcher", () => {
  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("Wed, 20 Nov 2019 10:00:00 GMT");
    expect(retryAfterMs("7", now)).toBe(7000);
    expect(retryAfterMs("Wed, 20 Nov 2019 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Wed, 20 Nov 2019 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });

  it("matches robots.txt groups on the product token of the user agent", () => {
    expect(productToken(USER_AGENT)).toBe("Dateline");
    const body = new TextEncoder().encode("User-agent: dateline\nDisallow: /x\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n");
    const rules = robotsFromStatus("https://news.example/robots.txt", 200, body, USER_AGENT);
    expect(rules.allowed("https://news.example/a")).toBe(true);
    expect(rules.allowed("https://news.example/x/1")).toBe(false);
    expect(rules.crawlDelayMs).toBe(2000);
    expect(robotsFromStatus("https://news.example/robots.txt", 404, new Uint8Array(0), USER_AGENT).allowed("https://news.example/x")).toBe(
      true,
    );
    expect(robotsFromStatus("https://news.example/robots.txt", 401, new Uint8Array(0), USER_AGENT).allowed("https://news.example/x")).toBe(
      true,
    );
    expect(robotsFromStatus("https://news.example/robots.txt", 500, new Uint8Array(0), USER_AGENT).allowed("https://news.example/x")).toBe(
      false,
    );
    expect(robotsFromStatus("https://news.example/robots.txt", null, new Uint8Array(0), USER_AGENT).allowed("https://news.example/x")).toBe(
      false,
    );
  });

  it("detects feeds behind a BOM, comments, processing instructions and a DOCTYPE", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(detectKind(enc('\uFEFF<?xml version="1.0"?>\n<!-- generator -->\n<?xml-stylesheet href="a.xsl"?>\n<rss version="2.0">'))).toBe(
      "rss",
    );
    expect(detectKind(enc('<!DOCTYPE rss PUBLIC "-//Netscape" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss>'))).toBe("rss");
    expect(detectKind(enc("<?xml version='1.0'?><atom:feed xmlns:atom='http://www.w3.org/2005/Atom'>"))).toBe("atom");
    expect(detectKind(enc("<!doctype html><html><body>rss feed</body></html>"))).toBe("html");
    expect(detectKind(enc("just text"))).toBe("other");
  });

  it("runs one job at a time per host with the pause between, hosts in parallel", async () => {
    const q = new HostQueue();
    const log: string[] = [];
    const job = (name: string) => async () => {
      log.push(`start ${name} ${Date.now()}`);
      await new Promise((r) => setTimeout(r, 20));
      log.push(`end ${name}`);
    };
    const t0 = Date.now();
    await Promise.all([q.run("a", () => 100, job("a1")), q.run("a", () => 100, job("a2")), q.run("b", () => 100, job("b1"))]);
    const starts = Object.fromEntries(log.filter((l) => l.startsWith("start")).map((l) => l.split(" ").slice(1) as [string, string]));
    expect(Number(starts.b1) - t0).toBeLessThan(50);
    expect(Number(starts.a2) - Number(starts.a1)).toBeGreaterThanOrEqual(115); // 20 ms job + 100 ms pause
    expect(log.indexOf("end a1")).toBeLessThan(log.findIndex((l) => l.startsWith("start a2")));
  });
});
