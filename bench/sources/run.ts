/**
 * WARC ingest rate and memory: generates a WARC of about --size-mb MB (default 1024) from real news
 * pages in a temp dir (plain and gzip-per-record), reads it back in a fresh process with our
 * `warcRecords()` and with warcio.js's bare parser (the peer), and prints records/s, MB/s, pages/s
 * and resident memory over the run. The files are deleted afterwards.
 *
 *   npx tsx bench/sources/run.ts [--size-mb 1024] [--only plain|gzip] [--keep] [--dir DIR]
 *
 * With --dir, generated files are kept in DIR and reused by later runs of the same size.
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import { WARCParser, WARCRecord, WARCSerializer } from "warcio";
import { warcRecords } from "../../src/ingest/warc.js";

const gzipAsync = promisify(gzip);
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

interface ReadResult {
  reader: string;
  records: number;
  pages: number;
  failed: number;
  seconds: number;
  /** CPU seconds (user + system) of the reading process: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  bytes: number;
  peakRssMb: number;
  rssMbAt: number[]; // RSS at 10/25/50/75/100 % of the file
  heapMbAt: number[];
}

if (args[0] === "--read") await readMode(args[1] as string, args[2] as string);
else await main();

async function main(): Promise<void> {
  const sizeMb = Number(flag("--size-mb") ?? 1024);
  const only = flag("--only");
  const pages = loadPages();
  const keepDir = flag("--dir");
  const dir = keepDir ?? mkdtempSync(join(tmpdir(), "dateline-warc-bench-"));
  const rows: { file: string; mb: number; gen: number; results: ReadResult[] }[] = [];
  try {
    for (const gzip of [false, true]) {
      if (only && only !== (gzip ? "gzip" : "plain")) continue;
      const file = join(dir, `bench-${sizeMb}.warc${gzip ? ".gz" : ""}`);
      const t0 = performance.now();
      if (!keepDir || !existsSync(file)) {
        const n = await generate(file, pages.list, sizeMb * 1e6, gzip);
        process.stderr.write(`generated ${file}: ${n} captures, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
      }
      const gen = (performance.now() - t0) / 1000;
      const mb = statSync(file).size / 1e6;
      const results: ReadResult[] = [];
      const readers = (flag("--readers") ?? "dateline,dateline-streaming,warcio").split(",");
      for (const reader of readers) {
        if (reader === "dateline-streaming" && !gzip) continue;
        results.push(await readInChild(reader, file));
        process.stderr.write(`read ${file} with ${reader}\n`);
      }
      rows.push({ file: gzip ? "gzip per record" : "plain", mb, gen, results });
      if (!keepDir) rmSync(file);
    }
  } finally {
    if (!keepDir) rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows, pages.origin);
}

function loadPages(): { list: Buffer[]; origin: string } {
  const shared = "../shared/data/extraction";
  const dirs = [join(shared, "zyte/html"), join(shared, "wcxb-dev/html")].filter((d) => existsSync(d));
  if (dirs.length === 0) {
    process.stderr.write(
      "NOTE: ../shared/data is absent; using the 4 fixture pages of test/fixtures/ingest/pages instead (less variety).\n",
    );
    dirs.push("test/fixtures/ingest/pages");
  }
  const list: Buffer[] = [];
  for (const d of dirs)
    for (const f of readdirSync(d)
      .filter((x) => x.endsWith(".html.gz"))
      .sort())
      list.push(gunzipSync(readFileSync(join(d, f))));
  return { list, origin: `${list.length} real pages from ${dirs.join(" + ")}` };
}

function body(bytes: Uint8Array) {
  return (async function* () {
    yield bytes;
  })();
}

/**
 * Captures like Common Crawl's: request, response, metadata per page, repeated until the size is
 * reached. Each distinct record is serialized once by warcio; copies get a fresh WARC-Record-ID,
 * target URI and date of the same length (the block digest covers only the block, so it stays valid).
 * gzip members are compressed on the libuv pool, a few at a time, in order.
 */
async function generate(path: string, pages: Buffer[], target: number, gzip: boolean): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  const pending: Promise<Buffer>[] = [];
  const flush = async (keep: number) => {
    while (pending.length > keep) {
      const bytes = await (pending.shift() as Promise<Buffer>);
      size += bytes.length;
      if (!out.write(bytes)) await once(out, "drain");
    }
  };
  const put = async (parts: Buffer[]) => {
    const raw = Buffer.concat(parts);
    pending.push(gzip ? gzipAsync(raw, { level: 6 }) : Promise.resolve(raw));
    await flush(gzip ? 6 : 0);
  };
  const serialize = async (r: WARCRecord) =>
    Buffer.from(await WARCSerializer.serialize(r, { gzip: false, digest: { algo: "sha-1", prefix: "sha1:", base32: true } }));
  await put([
    await serialize(WARCRecord.createWARCInfo({ filename: "bench.warc", warcVersion: "WARC/1.1" }, { software: "dateline bench" })),
  ]);
  const URL0 = "https://news.example/000000/0000.html";
  const DATE0 = "2024-01-01T00:00:00Z";
  const templates: Buffer[][] = [];
  for (const html of pages) {
    const recs = [
      WARCRecord.create(
        {
          url: URL0,
          date: DATE0,
          type: "request",
          warcVersion: "WARC/1.1",
          statusline: "GET / HTTP/1.1",
          httpHeaders: { Host: "news.example" },
        },
        body(new Uint8Array(0)),
      ),
      WARCRecord.create(
        {
          url: URL0,
          date: DATE0,
          type: "response",
          warcVersion: "WARC/1.1",
          httpHeaders: { "Content-Type": "text/html; charset=utf-8", Server: "bench" },
        },
        body(html),
      ),
      WARCRecord.create({ url: URL0, date: DATE0, type: "metadata", warcVersion: "WARC/1.1" }, body(Buffer.from("fetchTimeMs: 120\r\n"))),
    ];
    templates.push(await Promise.all(recs.map(serialize)));
  }
  let n = 0;
  while (size < target) {
    const url = `https://news.example/${String(Math.floor(n / pages.length) % 1e6).padStart(6, "0")}/${String(n % pages.length).padStart(4, "0")}.html`;
    const date = new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString().replace(/\.\d{3}Z$/, "Z");
    for (const t of templates[n % pages.length] as Buffer[]) {
      const cut = t.indexOf("\r\n\r\n");
      const head = t
        .subarray(0, cut)
        .toString("latin1")
        .replace(/<urn:uuid:[0-9a-f-]{36}>/, `<urn:uuid:${randomUUID()}>`)
        .replace(URL0, url)
        .replace(DATE0, date);
      await put([Buffer.from(head, "latin1"), t.subarray(cut)]);
    }
    n++;
  }
  await flush(0);
  out.end();
  await once(out, "close");
  return n;
}

async function readInChild(reader: string, file: string): Promise<ReadResult> {
  const child = spawn(process.execPath, ["--import", "tsx", "bench/sources/run.ts", "--read", reader, file], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  await once(child, "close");
  return JSON.parse(out) as ReadResult;
}

/** Child process: read the whole file, sampling memory. */
async function readMode(reader: string, file: string): Promise<void> {
  const size = statSync(file).size;
  let peak = 0;
  let done = 0;
  const marks = [0.1, 0.25, 0.5, 0.75, 1];
  const rssAt: number[] = [];
  const heapAt: number[] = [];
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    while (rssAt.length < marks.length && done / size >= (marks[rssAt.length] as number)) {
      rssAt.push(m.rss / 1e6);
      heapAt.push(m.heapUsed / 1e6);
    }
  };
  const timer = setInterval(sample, 100);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let records = 0;
  let pages = 0;
  let failed = 0;
  if (reader.startsWith("dateline")) {
    const streaming = reader === "dateline-streaming";
    for await (const item of warcRecords(file, {}, { streaming, onProgress: (d) => (done = d), onIgnored: () => records++ })) {
      records++;
      if (item.kind === "page") pages++;
      else if (item.kind === "failed") failed++;
    }
  } else {
    // The peer: warcio.js's own parser reading every record's payload, no filtering.
    const parser = new WARCParser(createReadStream(file, { highWaterMark: 1 << 18 }));
    for await (const record of parser) {
      records++;
      const payload = await record.readFully(true);
      if (record.warcType === "response" && payload.length > 0) pages++;
      done = parser.offset;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  done = size;
  sample();
  clearInterval(timer);
  const result: ReadResult = {
    reader:
      reader === "dateline"
        ? "dateline warcRecords()"
        : reader === "dateline-streaming"
          ? "dateline warcRecords({streaming})"
          : "warcio.js WARCParser (peer)",
    records,
    pages,
    failed,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    bytes: size,
    peakRssMb: peak / 1e6,
    rssMbAt: rssAt,
    heapMbAt: heapAt,
  };
  process.stdout.write(JSON.stringify(result));
}

function printTable(rows: { file: string; mb: number; gen: number; results: ReadResult[] }[], origin: string): void {
  const lines: string[] = [];
  lines.push(`WARC ingest on ${origin}; Node ${process.version}; one process per reader.`);
  lines.push("");
  lines.push(
    "| WARC | size MB | reader | records/s | pages/s | MB/s | MB per CPU-s | wall s | CPU s | peak RSS MB | RSS MB at 10/25/50/75/100 % | heap MB at 10/50/100 % | failed |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    const base = row.results.find((r) => r.reader.startsWith("warcio"));
    for (const r of row.results) {
      const ratio = base && r !== base ? ` (${(base.cpuSeconds / r.cpuSeconds).toFixed(2)}× peer)` : "";
      lines.push(
        `| ${row.file} | ${row.mb.toFixed(0)} | ${r.reader} | ${(r.records / r.seconds).toFixed(0)} | ${(r.pages / r.seconds).toFixed(0)} | ${(r.bytes / 1e6 / r.seconds).toFixed(1)} | ${(r.bytes / 1e6 / r.cpuSeconds).toFixed(1)}${ratio} | ${r.seconds.toFixed(0)} | ${r.cpuSeconds.toFixed(0)} | ${r.peakRssMb.toFixed(0)} | ${r.rssMbAt.map((x) => x.toFixed(0)).join(" / ")} | ${[r.heapMbAt[0], r.heapMbAt[2], r.heapMbAt[4]].map((x) => (x ?? 0).toFixed(0)).join(" / ")} | ${r.failed} |`,
      );
    }
  }
  lines.push("");
  lines.push(
    `Load average while measuring: ${loadavg()
      .map((x) => x.toFixed(1))
      .join(", ")} on ${cpus().length} cores.`,
  );
  console.log(lines.join("\n"));
}
