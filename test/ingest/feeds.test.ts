import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectKind } from "../../src/ingest/detect.js";
import { parseFeed } from "../../src/ingest/feeds.js";
import { parseSitemap } from "../../src/ingest/sitemaps.js";
import { collect, local, pages, tempDir } from "./helpers.js";
import { fixturePages, TestServer } from "./server.js";

const FEEDS = join(import.meta.dirname, "../fixtures/ingest/feeds");
const [europa, rukban, moonshot, blackfriday] = fixturePages().map((f) => f.html) as [Buffer, Buffer, Buffer, Buffer];

describe("feeds and sitemaps from a loopback server", () => {
  const site = new TestServer();
  const doc = (name: string) => readFileSync(join(FEEDS, name), "utf8").replaceAll("{{ORIGIN}}", site.origin);
  beforeAll(async () => {
    await site.start();
    // Feeds and sitemaps are served with unhelpful types on purpose: detection is by content.
    site
      .serve("/robots.txt", "User-agent: *\nDisallow: /private/\n", { "content-type": "text/plain" })
      .route("/rss.xml", (_q, res) => res.writeHead(200, { "content-type": "text/xml" }).end(doc("rss.xml")))
      .route("/atom.xml", (_q, res) => res.writeHead(200, { "content-type": "application/octet-stream" }).end(doc("atom.xml")))
      .route("/rdf.xml", (_q, res) => res.writeHead(200, { "content-type": "text/plain" }).end(doc("rdf.xml")))
      .route("/feed", (_q, res) => res.writeHead(200, { "content-type": "text/html" }).end(doc("rss.xml")))
      .route("/sitemap.xml", (_q, res) => res.writeHead(200, { "content-type": "application/xml" }).end(doc("sitemap-index.xml")))
      .route("/sitemap-news.xml", (_q, res) => res.writeHead(200).end(doc("sitemap-news.xml")))
      .route("/sitemap-2018.xml", (_q, res) => res.writeHead(200).end(doc("sitemap-2018.xml")))
      .route("/sitemap-news.xml.gz", (_q, res) =>
        res.writeHead(200, { "content-type": "application/gzip" }).end(gzipSync(doc("sitemap-news.xml"))),
      )
      .serve("/news/europa", europa)
      .serve("/news/rukban", rukban)
      .serve("/news/moonshot", moonshot)
      .serve("/news/blackfriday", blackfriday)
      .serve("/news/old", europa)
      .serve("/private/hidden", europa);
  });
  afterAll(() => site.stop());

  it("detects feeds and sitemaps by content", () => {
    expect(detectKind(Buffer.from(doc("rss.xml")))).toBe("rss");
    expect(detectKind(Buffer.from(doc("atom.xml")))).toBe("atom");
    expect(detectKind(Buffer.from(doc("rdf.xml")))).toBe("rdf");
    expect(detectKind(Buffer.from(doc("sitemap-index.xml")))).toBe("sitemapindex");
    expect(detectKind(Buffer.from(doc("sitemap-news.xml")))).toBe("urlset");
    expect(detectKind(europa)).toBe("html");
  });

  it("parses RSS 2.0 items: link, guid, title, date, relative links", () => {
    const items = parseFeed(doc("rss.xml"), site.url("/rss.xml"));
    expect(items.map((i) => i.url)).toEqual([site.url("/news/europa"), site.url("/news/rukban"), site.url("/private/hidden")]);
    expect(items[0]).toMatchObject({
      key: "sciencealert-europa-2019",
      title: "NASA Finds Water Plumes Above the Surface of Jupiter's Icy Moon Europa",
      published: "2019-11-19T02:02:00.000Z",
      source: "Test Science Desk",
    });
    expect(items[1]?.title).toBe("Fact Check: Russia, US and al-Tanf & Rukban");
  });

  it("parses Atom (alternate link, not the enclosure) and RDF", () => {
    const atom = parseFeed(doc("atom.xml"), site.url("/atom.xml"));
    expect(atom.map((i) => i.url)).toEqual([site.url("/news/moonshot"), site.url("/news/blackfriday")]);
    expect(atom[0]).toMatchObject({ key: "tag:test,2019:moonshot", published: "2019-11-19T04:15:38.000Z" });
    expect(atom[1]?.published).toBe("2019-11-20T07:00:00.000Z");
    const rdf = parseFeed(doc("rdf.xml"), site.url("/rdf.xml"));
    expect(rdf).toEqual([expect.objectContaining({ url: site.url("/news/europa"), published: "2019-11-19T02:02:00.000Z" })]);
  });

  it("parses Google News sitemaps and sitemap indexes", () => {
    const index = parseSitemap(doc("sitemap-index.xml"), site.url("/sitemap.xml"));
    expect(index.sitemaps.map((s) => s.url)).toEqual([site.url("/sitemap-news.xml"), site.url("/sitemap-2018.xml")]);
    const news = parseSitemap(doc("sitemap-news.xml"), site.url("/sitemap-news.xml"));
    expect(news.pages[0]).toMatchObject({
      url: site.url("/news/moonshot"),
      title: "NASA's commercial moon shot: Musk, Bezos firms bid",
      published: "2019-11-19T04:15:38.000Z",
      source: "Test Business Desk",
    });
    expect(news.pages[1]).toMatchObject({ url: site.url("/news/blackfriday"), modified: "2019-11-20T07:00:00.000Z" });
  });

  it("fetches a feed's pages with title and date hints, honouring robots.txt", async () => {
    const { items, summary } = await collect([site.url("/feed")], local());
    const got = pages(items);
    expect(got.map((p) => p.url).sort()).toEqual([site.url("/news/europa"), site.url("/news/rukban")]);
    const e = got.find((p) => p.url === site.url("/news/europa"));
    expect(e?.hints).toMatchObject({ published: "2019-11-19T02:02:00.000Z", source: "Test Science Desk" });
    expect(Buffer.from(e?.bytes ?? []).equals(europa)).toBe(true);
    expect(summary[0]).toMatchObject({ fetched: 2, robots: 1 });
    expect(site.pathsHit()).not.toContain("/private/hidden");
  });

  it("remembers seen items across runs and fetches only new ones", async () => {
    const stateDir = tempDir();
    const first = await collect([site.url("/atom.xml")], local({ stateDir }));
    expect(pages(first.items)).toHaveLength(2);
    const hitsBefore = site.hits.length;
    const second = await collect([site.url("/atom.xml")], local({ stateDir }));
    expect(pages(second.items)).toHaveLength(0);
    expect(second.summary[0]?.seenBefore).toBe(2);
    expect(site.hits.slice(hitsBefore).map((h) => h.path)).toEqual(["/robots.txt", "/atom.xml"]); // a new run reads robots.txt again
  });

  it("keeps only items newer than --since", async () => {
    const { items, summary } = await collect([site.url("/rss.xml")], local({ since: "2019-11-19T00:00:00Z" }));
    expect(pages(items).map((p) => p.url)).toEqual([site.url("/news/europa")]);
    expect(summary[0]?.tooOld).toBe(2);
  });

  it("walks a sitemap index, skipping child sitemaps older than --since", async () => {
    const before = site.hits.length;
    const { items } = await collect([site.url("/sitemap.xml")], local({ since: "2019-01-01" }));
    expect(
      pages(items)
        .map((p) => p.url)
        .sort(),
    ).toEqual([site.url("/news/blackfriday"), site.url("/news/moonshot")]);
    const moon = pages(items).find((p) => p.url === site.url("/news/moonshot"));
    expect(moon?.hints?.title).toBe("NASA's commercial moon shot: Musk, Bezos firms bid");
    expect(site.hits.slice(before).map((h) => h.path)).not.toContain("/sitemap-2018.xml");
  });

  it("reads a gzipped sitemap served as application/gzip", async () => {
    const { items } = await collect([site.url("/sitemap-news.xml.gz")], local());
    expect(
      pages(items)
        .map((p) => p.url)
        .sort(),
    ).toEqual([site.url("/news/blackfriday"), site.url("/news/moonshot")]);
  });

  it("lists a feed's pages on a dry run without fetching them", async () => {
    const lines: string[] = [];
    const before = site.hits.length;
    const { items } = await collect([site.url("/rss.xml")], local({ dryRun: true, log: (l) => lines.push(l) }));
    expect(items.every((i) => i.kind === "skipped")).toBe(true);
    expect(lines.filter((l) => l.startsWith("would fetch"))).toHaveLength(2);
    expect(lines.filter((l) => l.startsWith("robots.txt forbids"))).toHaveLength(1);
    expect(
      site.hits
        .slice(before)
        .map((h) => h.path)
        .filter((p) => p.startsWith("/news/")),
    ).toEqual([]);
  });

  it("fetches the pages of different hosts in parallel, one at a time per host", async () => {
    const hosts = [await new TestServer().start(), await new TestServer().start()];
    for (const h of hosts)
      for (const p of ["/1", "/2"])
        h.route(p, async (_q, res) => {
          await new Promise((r) => setTimeout(r, 300));
          res.writeHead(200, { "content-type": "text/html" }).end(europa);
        });
    const links = hosts.flatMap((h) => ["/1", "/2"].map((p) => `<item><link>${h.url(p)}</link></item>`)).join("");
    site.route("/two-hosts.xml", (_q, res) =>
      res.writeHead(200).end(`<rss version="2.0"><channel><title>t</title>${links}</channel></rss>`),
    );
    try {
      const { items } = await collect([site.url("/two-hosts.xml")], local());
      expect(pages(items)).toHaveLength(4);
      const [a, b] = hosts.map((h) => h.hits.filter((x) => x.path !== "/robots.txt").map((x) => x.at)) as [number[], number[]];
      // same host: the second request waits for the first (300 ms); other host: it does not wait
      expect((a[1] as number) - (a[0] as number)).toBeGreaterThanOrEqual(290);
      expect((b[1] as number) - (b[0] as number)).toBeGreaterThanOrEqual(290);
      expect(Math.abs((b[0] as number) - (a[0] as number))).toBeLessThan(290);
    } finally {
      for (const h of hosts) await h.stop();
    }
  });

  it("reads a feed saved to disk and fetches its pages", async () => {
    const file = join(tempDir(), "saved.rss");
    writeFileSync(file, doc("rdf.xml"));
    const { items } = await collect([file], local());
    expect(pages(items).map((p) => p.url)).toEqual([site.url("/news/europa")]);
  });
});
