import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warcRecords } from "../../src/ingest/index.js";
import { pages, tempDir } from "./helpers.js";
import { fixturePages, TestServer } from "./server.js";

const ROOT = join(import.meta.dirname, "../..");

function dateline(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(ROOT, "bin/dateline"), args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

describe("dateline ingest <feed URL> end to end", () => {
  const site = new TestServer();
  const dir = tempDir("dateline-ingest-cli-");
  beforeAll(async () => {
    await site.start();
    const rss = readFileSync(join(import.meta.dirname, "../fixtures/ingest/feeds/rss.xml"), "utf8");
    const [europa, rukban] = fixturePages();
    site
      .route("/rss.xml", (_q, res) =>
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss.replaceAll("{{ORIGIN}}", site.origin)),
      )
      .serve("/robots.txt", "User-agent: *\nDisallow: /private/\n", { "content-type": "text/plain" })
      .serve("/news/europa", europa?.html ?? "")
      .serve("/news/rukban", rukban?.html ?? "");
  });
  afterAll(() => site.stop());

  it("stores a feed's pages, writes them to --warc-out, and fetches nothing new on the next run", async () => {
    const db = join(dir, "d.db");
    const warc = join(dir, "crawl.warc.gz");
    const first = await dateline([
      "ingest",
      site.url("/rss.xml"),
      "--db",
      db,
      "--allow-private-addresses",
      "--delay",
      "0",
      "--warc-out",
      warc,
    ]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`${site.url("/rss.xml")}: 2 fetched, 1 skipped by robots.txt`);
    expect(existsSync(join(`${db}.sources`, "sources-state.json"))).toBe(true);
    const archived = pages(
      await (async () => {
        const out = [];
        for await (const i of warcRecords(warc)) out.push(i);
        return out;
      })(),
    );
    expect(archived.map((p) => p.url).sort()).toEqual([site.url("/news/europa"), site.url("/news/rukban")]);
    const before = site.hits.length;
    const second = await dateline(["ingest", site.url("/rss.xml"), "--db", db, "--allow-private-addresses", "--delay", "0"]);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("2 seen before");
    expect(
      site.hits
        .slice(before)
        .map((h) => h.path)
        .filter((p) => p.startsWith("/news/")),
    ).toEqual([]);
  }, 180_000);
});

describe("dateline ingest <page that is no article>", () => {
  it("skips the page and names it once, with the extractor's reason", async () => {
    const dir = tempDir("dateline-ingest-skip-");
    const page = join(import.meta.dirname, "../fixtures/extract/no-article-landing/source.html.gz");
    const r = await dateline(["ingest", page, "--db", join(dir, "d.db")]);
    expect(r.code).toBe(0);
    const line = r.stderr.split("\n").find((l) => l.includes("no article found")) ?? "";
    expect(line).toMatch(/: skipped: no article found \(\d+ words of prose, \d+ article signals\)$/);
    expect(line.split(page).length - 1).toBe(1);
    expect(r.stderr).toContain("1 skipped");
  }, 60_000);
});
