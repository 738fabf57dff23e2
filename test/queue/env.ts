import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { WARCRecord, WARCSerializer } from "warcio";

/** NATS / PostgreSQL for the queue tests; unset means the tests say they are skipped. */
export const NATS = process.env.DATELINE_TEST_NATS;
export const PG = process.env.DATELINE_TEST_PG;

export const ROOT = join(import.meta.dirname, "..", "..");
export const WIKINEWS = join(ROOT, "examples", "wikinews", "wikinews_2019_2020.jsonl");
export const HTML_DIR = join(ROOT, "examples", "html");

/** The ids of the bundled Wikinews records (what the CLI uses as their input identity). */
export function wikinewsIds(): string[] {
  return readFileSync(WIKINEWS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { id: string }).id));
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export function queueUrl(name: string): string {
  return `${(NATS ?? "").replace(/\/+$/, "")}/${name}`;
}

/**
 * Writes a WARC holding the bundled real HTML pages (examples/html, Zyte benchmark, MIT) as HTTP
 * responses, each after its request record, plus a warcinfo record: what a crawler leaves.
 */
export async function writeTestWarc(path: string, gzip = false): Promise<{ urls: string[]; recordIds: string[] }> {
  const parts: Uint8Array[] = [];
  const urls: string[] = [];
  const recordIds: string[] = [];
  parts.push(
    await WARCSerializer.serialize(
      WARCRecord.createWARCInfo({ filename: "test.warc", warcVersion: "WARC/1.1" }, { software: "dateline-test" }),
      { gzip },
    ),
  );
  const files = readdirSync(HTML_DIR)
    .filter((f) => f.endsWith(".html.gz"))
    .sort();
  for (const [i, f] of files.entries()) {
    const url = `https://news.example.org/story/${i}/${f.slice(0, 12)}`;
    const html = gunzipSync(readFileSync(join(HTML_DIR, f)));
    const date = `2020-0${1 + (i % 9)}-1${i % 10}T10:00:00Z`;
    const req = WARCRecord.create(
      { url, date, type: "request", warcVersion: "WARC/1.1", statusline: "GET / HTTP/1.1", httpHeaders: { Host: "news.example.org" } },
      [],
    );
    parts.push(await WARCSerializer.serialize(req, { gzip }));
    const res = WARCRecord.create(
      {
        url,
        date,
        type: "response",
        warcVersion: "WARC/1.1",
        statusline: "HTTP/1.1 200 OK",
        httpHeaders: { "Content-Type": "text/html; charset=utf-8" },
      },
      [new Uint8Array(html)],
    );
    parts.push(await WARCSerializer.serialize(res, { gzip }));
    urls.push(url);
    recordIds.push(res.warcHeader("WARC-Record-ID") as string);
  }
  writeFileSync(path, Buffer.concat(parts));
  return { urls, recordIds };
}
