import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WARCParser, WARCRecord, WARCSerializer } from "warcio";
import { type SourceItem, warcRecords, warcSplitPoints } from "../../src/ingest/index.js";
import { collect, local, pages, tempDir } from "./helpers.js";
import { fixturePages, TestServer } from "./server.js";

const fixtures = fixturePages();
const dir = tempDir("dateline-warc-");

function body(bytes: Uint8Array) {
  return (async function* () {
    yield bytes;
  })();
}

/** A crawl of the fixture pages as a WARC written by warcio: warcinfo, request/response pairs, noise. */
async function writeWarc(name: string, gzip: boolean, copies = 1): Promise<{ path: string; htmlIds: string[] }> {
  const records: WARCRecord[] = [WARCRecord.createWARCInfo({ filename: name, warcVersion: "WARC/1.1" }, { software: "warcio.js test" })];
  const htmlIds: string[] = [];
  let n = 0;
  for (let copy = 0; copy < copies; copy++) {
    for (const f of fixtures) {
      const url = `https://news.example/${f.id}/${copy}`;
      const date = new Date(Date.UTC(2024, 0, 1, 0, n++)).toISOString();
      records.push(
        WARCRecord.create(
          { url, date, type: "request", warcVersion: "WARC/1.1", statusline: "GET / HTTP/1.1", httpHeaders: { Host: "news.example" } },
          body(new Uint8Array(0)),
        ),
      );
      const res = WARCRecord.create(
        { url, date, type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "text/html; charset=UTF-8" } },
        body(f.html),
      );
      htmlIds.push(res.warcHeader("WARC-Record-ID") as string);
      records.push(res);
      records.push(
        WARCRecord.create(
          { url: `${url}/logo.png`, date, type: "response", warcVersion: "WARC/1.1", httpHeaders: { "Content-Type": "image/png" } },
          body(new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
        ),
      );
    }
    records.push(
      WARCRecord.create(
        {
          url: `https://news.example/missing/${copy}`,
          type: "response",
          warcVersion: "WARC/1.1",
          statusline: "HTTP/1.1 404 Not Found",
          httpHeaders: { "Content-Type": "text/html" },
        },
        body(new TextEncoder().encode("<html><body>Not found</body></html>")),
      ),
    );
    // A gzip Content-Encoding payload: the reader must undo it.
    const enc = WARCRecord.create(
      {
        url: `https://news.example/encoded/${copy}`,
        type: "response",
        warcVersion: "WARC/1.1",
        httpHeaders: { "Content-Type": "application/xhtml+xml", "Content-Encoding": "gzip" },
      },
      body(gzipSync(fixtures[0]?.html ?? Buffer.alloc(0))),
    );
    htmlIds.push(enc.warcHeader("WARC-Record-ID") as string);
    records.push(enc);
    records.push(
      WARCRecord.create(
        { url: "https://news.example/", type: "metadata", warcVersion: "WARC/1.1" },
        body(new TextEncoder().encode("via: test\r\n")),
      ),
    );
  }
  const parts: Uint8Array[] = [];
  for (const r of records) parts.push(await WARCSerializer.serialize(r, { gzip }));
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat(parts));
  return { path, htmlIds };
}

async function all(gen: AsyncGenerator<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const i of gen) out.push(i);
  return out;
}

async function recordOffsets(path: string): Promise<number[]> {
  const parser = new WARCParser(createReadStream(path));
  const out: number[] = [];
  for await (const r of parser) {
    out.push(parser.offset);
    await r.readFully();
  }
  return out;
}

describe.each([
  ["plain", false, false],
  ["gzip", true, false],
  ["gzip-streaming", true, true],
])("WARC reader (%s)", (kind, gzip, streaming) => {
  const name = `crawl-${kind}.warc${gzip ? ".gz" : ""}`;
  const read = (file: string, range = {}) => all(warcRecords(file, range, { streaming }));
  let path = "";
  let htmlIds: string[] = [];
  let full: SourceItem[] = [];
  beforeAll(async () => {
    ({ path, htmlIds } = await writeWarc(name, gzip));
    full = await read(path);
  });

  it("yields only HTML 200 responses, with record id, target URI, WARC-Date and Content-Type", () => {
    const got = pages(full);
    expect(full.every((i) => i.kind === "page")).toBe(true);
    expect(got.map((p) => p.id)).toEqual(htmlIds);
    const first = got[0];
    expect(first?.url).toBe(`https://news.example/${fixtures[0]?.id}/0`);
    expect(first?.fetchedAt).toBe("2024-01-01T00:00:00.000Z");
    expect(first?.contentType).toBe("text/html; charset=UTF-8");
    for (let i = 0; i < fixtures.length; i++)
      expect(Buffer.from(got[i]?.bytes ?? []).equals(fixtures[i]?.html ?? Buffer.alloc(0))).toBe(true);
    // the gzip-encoded payload comes out decoded
    expect(Buffer.from(got[fixtures.length]?.bytes ?? []).equals(fixtures[0]?.html ?? Buffer.alloc(0))).toBe(true);
  });

  it("survives truncation anywhere: the pages before the cut, one failure naming file@offset, no hang", async () => {
    const bytes = readFileSync(path);
    const bounds = await recordOffsets(path);
    bounds.push(bytes.length);
    const cut = join(dir, `cut-${name}`);
    const cuts = Number(process.env.DATELINE_WARC_CUTS ?? 24); // more for a soak run
    for (let k = 1; k < cuts; k++) {
      const at = Math.floor((bytes.length * k) / cuts) + (k % 13);
      writeFileSync(cut, bytes.subarray(0, at));
      const items = await read(cut);
      const ids = pages(items).map((p) => p.id);
      expect(ids).toEqual(htmlIds.slice(0, ids.length));
      const failed = items.filter((i) => i.kind === "failed");
      expect(failed.length).toBeLessThanOrEqual(1);
      const nearBoundary = bounds.some((b) => Math.abs(b - at) < 16);
      if (!nearBoundary) {
        expect(failed).toHaveLength(1);
        expect(failed[0]?.input).toMatch(new RegExp(`^cut-${name.replace(/\./g, "\\.")}@\\d+$`));
        const offset = Number(failed[0]?.input.split("@")[1]);
        expect(offset).toBe(bounds.filter((b) => b < at).pop());
      }
    }
  });

  it("reports a corrupt record and goes on with the records after it", async () => {
    const bytes = Buffer.from(readFileSync(path));
    const bounds = await recordOffsets(path);
    const victim = bounds[5] as number; // the 2nd page's response record (warcinfo, req, resp, png, req, RESP)
    bytes.fill(0x58, victim, victim + 40);
    const bad = join(dir, `bad-${name}`);
    writeFileSync(bad, bytes);
    const items = await read(bad);
    const failed = items.filter((i) => i.kind === "failed");
    expect(failed).toHaveLength(1);
    expect(failed[0]?.input).toBe(`bad-${name}@${victim}`);
    expect(pages(items).map((p) => p.id)).toEqual(htmlIds.filter((_, i) => i !== 1));
  });

  it("reads record index ranges and byte ranges from split points without gaps or duplicates", async () => {
    const big = await writeWarc(`big-${name}`, gzip, 6);
    const ranges = await warcSplitPoints(big.path, 4);
    expect(ranges.length).toBe(4);
    const offsets = await recordOffsets(big.path);
    for (const r of ranges) expect(offsets).toContain(r.start);
    const ids: string[] = [];
    for (const r of ranges) for (const p of pages(await read(big.path, r))) ids.push(p.id);
    expect(ids).toEqual(big.htmlIds);
    // records 2..7 (0 = warcinfo, 1 = request, 2 = response, 3 = png, 4 = request, 5 = response, …)
    const slice = pages(await read(big.path, { fromRecord: 2, toRecord: 8 })).map((p) => p.id);
    expect(slice).toEqual(big.htmlIds.slice(0, 2));
  });
});

describe("gzip members too large to inflate in memory", () => {
  it("are handed to the streaming reader, which reads the rest of the file", async () => {
    const { path, htmlIds } = await writeWarc("members.warc.gz", true, 2);
    const small = { maxMemberBytes: 2048 }; // the response members are larger: fall back at the first one
    expect(pages(await all(warcRecords(path, {}, small))).map((p) => p.id)).toEqual(htmlIds);
    const slice = pages(await all(warcRecords(path, { fromRecord: 2, toRecord: 8 }, small))).map((p) => p.id);
    expect(slice).toEqual(htmlIds.slice(0, 2));
  });
});

describe("WARC through sources() and --warc-out", () => {
  const site = new TestServer();
  beforeAll(async () => {
    await site.start();
    for (const f of fixtures) site.serve(`/p/${f.id}`, f.html, { "content-type": "text/html; charset=utf-8", "x-test": "1" });
  });
  afterAll(() => site.stop());

  it("writes fetched pages to a WARC that replays to the same pages", async () => {
    const out = join(dir, "fetched.warc.gz");
    const urls = fixtures.map((f) => site.url(`/p/${f.id}`));
    const fetched = pages((await collect(urls, local({ warcOut: out }))).items);
    expect(fetched).toHaveLength(fixtures.length);
    const { items, summary } = await collect([out], local());
    const replayed = pages(items);
    expect(replayed.map((p) => p.url)).toEqual(urls);
    for (let i = 0; i < replayed.length; i++) {
      expect(Buffer.from(replayed[i]?.bytes ?? []).equals(Buffer.from(fetched[i]?.bytes ?? []))).toBe(true);
      expect(replayed[i]?.contentType).toBe("text/html; charset=utf-8");
      expect(replayed[i]?.id).toMatch(/^<urn:uuid:/);
    }
    expect(summary[0]).toMatchObject({ source: out, fetched: fixtures.length, failed: 0 });
    // a second read gives the same ids: a re-run stores nothing twice
    const again = pages((await collect([out], local())).items).map((p) => p.id);
    expect(again).toEqual(replayed.map((p) => p.id));
  });
});
