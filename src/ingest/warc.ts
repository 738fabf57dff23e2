import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { LimitReader, WARCParser, type WARCRecord } from "warcio";
import type { Page } from "../model/index.js";
import type { SourceItem } from "./types.js";

/** Part of a WARC to read: records that START at a byte offset in [start, end), and/or a record index range. */
export interface WarcRange {
  /** Byte offset of the first record (a record boundary, e.g. from `warcSplitPoints`). Default 0. */
  start?: number;
  /** Records starting at or after this byte offset are left to the next range. Default: end of file. */
  end?: number;
  /** Index (0-based, counted from `start`) of the first record to read. */
  fromRecord?: number;
  /** Index of the first record NOT to read. */
  toRecord?: number;
}

export interface WarcOptions {
  /** Largest HTML payload kept (default 10 MiB); larger responses are skipped with a message. */
  maxBytes?: number;
  /** Called with (bytes read so far within the range, range length) as records go by. */
  onProgress?: (done: number, total: number) => void;
  /** Called for every record left out (not a response, not 200, not HTML): counts only. */
  onIgnored?: (why: string) => void;
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\b/i;
const READ_CHUNK = 1 << 18;

export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/**
 * Streams the HTML responses of a WARC (plain or gzip per record) as pages: id = WARC-Record-ID,
 * url = WARC-Target-URI, fetchedAt = WARC-Date, contentType = the HTTP Content-Type. Only one
 * record is in memory at a time. A truncated or corrupt record yields a `failed` item naming the
 * file and byte offset; reading resumes at the next intact record, or ends cleanly at EOF.
 */
export async function* warcRecords(path: string, range: WarcRange = {}, opts: WarcOptions = {}): AsyncGenerator<SourceItem> {
  const size = (await stat(path)).size;
  const end = Math.min(range.end ?? size, size);
  const rangeStart = range.start ?? 0;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const name = basename(path);
  const gz = await isGzip(path, rangeStart);
  let from = rangeStart;
  let index = 0;
  while (from < end) {
    const stream = createReadStream(path, { start: from, highWaterMark: READ_CHUNK });
    const parser = new WARCParser(stream);
    let recordAt = from;
    let problem: string | null = null;
    let lastEnd = from;
    try {
      for await (const record of parser) {
        // warcio falls back to reading raw bytes when inflating fails: in a .gz file that is damage.
        const inflating = !gz || !!parser._reader.compressed;
        recordAt = inflating ? from + parser.offset : lastEnd;
        if (recordAt >= end) break;
        if (!inflating) {
          problem = "corrupt gzip member";
          break;
        }
        if (!isIntact(record)) {
          problem = "corrupt record: no WARC/1.x line, WARC-Record-ID, WARC-Type or Content-Length";
          break;
        }
        const i = index++;
        if (range.toRecord !== undefined && i >= range.toRecord) break;
        const wanted = range.fromRecord === undefined || i >= range.fromRecord;
        let item: SourceItem | null = null;
        if (wanted) item = await readRecord(record, maxBytes, opts);
        else await drain(record);
        if (gz && !parser._reader.compressed) {
          problem = "corrupt gzip data";
          break;
        }
        if (truncated(record)) {
          problem = `truncated record ${record.warcHeader("WARC-Record-ID") ?? ""}`.trim();
          break;
        }
        if (item) yield item.kind === "page" ? item : { ...item, input: `${name}@${recordAt}` };
        lastEnd = from + (gz ? parser._reader.getRawOffset() : parser.offset + parser.recordLength);
        opts.onProgress?.(lastEnd - rangeStart, end - rangeStart);
      }
      if (!problem && range.toRecord !== undefined && index >= range.toRecord) return;
      if (!problem && gz && !parser._reader.compressed) {
        recordAt = lastEnd;
        problem = "corrupt gzip member";
      } else if (!problem && lastEnd < end && (await hasBytes(path, lastEnd, end))) {
        // The parser stopped early (a gzip member or record cut short): bytes left over mean damage.
        recordAt = lastEnd;
        problem = gz ? "truncated or corrupt gzip member" : "truncated or unreadable record";
      }
    } catch (err) {
      problem = `corrupt record: ${(err as Error).message}`;
    } finally {
      stream.destroy();
    }
    if (!problem) return;
    yield { kind: "failed", input: `${name}@${recordAt}`, why: problem };
    const next = await nextRecordStart(path, recordAt + 1, end, gz);
    if (next === null) return;
    from = next;
  }
}

interface ParserInternals {
  _reader: { getRawOffset(): number; compressed: string | null };
  offset: number;
  recordLength: number;
}
declare module "warcio" {
  interface WARCParser extends ParserInternals {}
}

function isIntact(record: WARCRecord): boolean {
  const len = record.warcHeader("Content-Length");
  return (
    /^WARC\/1\.\d$/.test(record.warcHeaders.statusline.trim()) &&
    !!record.warcHeader("WARC-Record-ID") &&
    !!record.warcType &&
    len !== null &&
    len !== undefined &&
    /^\d+$/.test(len)
  );
}

/** The record's block reader stopped before Content-Length bytes: the file ended inside it. */
function truncated(record: WARCRecord): boolean {
  const reader = record._reader;
  return reader instanceof LimitReader && reader.limit > 0;
}

async function drain(record: WARCRecord): Promise<void> {
  const reader = record._reader;
  for await (const _ of reader) {
    // discard
  }
}

async function readRecord(record: WARCRecord, maxBytes: number, opts: WarcOptions): Promise<SourceItem | null> {
  const ignore = async (why: string) => {
    opts.onIgnored?.(why);
    await drain(record);
    return null;
  };
  if (record.warcType !== "response") return ignore(`${record.warcType} record`);
  const http = record.httpHeaders;
  if (!http) return ignore("response without HTTP headers");
  if (Number(http.statusCode) !== 200) return ignore(`HTTP ${http.statusCode}`);
  const contentType = http.headers.get("content-type") ?? undefined;
  if (!contentType || !HTML.test(contentType)) return ignore(`not HTML (${contentType ?? "no Content-Type"})`);
  const id = record.warcHeader("WARC-Record-ID") as string;
  if (record.warcContentLength > maxBytes) {
    await drain(record);
    return { kind: "skipped", input: id, why: `payload of ${record.warcContentLength} bytes is larger than ${maxBytes}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = await record.readFully(true);
  } catch (err) {
    await drain(record);
    return { kind: "failed", input: id, why: `cannot decode payload: ${(err as Error).message}` };
  }
  await drain(record);
  const page: Page = {
    id,
    bytes,
    url: record.warcTargetURI ?? undefined,
    fetchedAt: isoOrUndefined(record.warcDate),
    contentType,
  };
  return { kind: "page", page };
}

function isoOrUndefined(d: string | null | undefined): string | undefined {
  if (!d) return undefined;
  const t = Date.parse(d);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

async function isGzip(path: string, at: number): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(2);
    await fh.read(buf, 0, 2, at);
    return buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

async function hasBytes(path: string, from: number, end: number): Promise<boolean> {
  if (from >= end) return false;
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(Math.min(4096, end - from));
    const { bytesRead } = await fh.read(buf, 0, buf.length, from);
    // trailing NULs or whitespace after the last record are not a record
    return buf.subarray(0, bytesRead).some((b) => b !== 0 && b !== 0x0a && b !== 0x0d && b !== 0x20);
  } finally {
    await fh.close();
  }
}

/**
 * The byte offset of the first intact record starting in [from, end), or null. Candidates are
 * gzip member headers (1f 8b 08) or "WARC/1." lines; each is confirmed by parsing its headers.
 */
export async function nextRecordStart(path: string, from: number, end: number, gz: boolean): Promise<number | null> {
  const magic = gz ? Buffer.from([0x1f, 0x8b, 0x08]) : Buffer.from("WARC/1.");
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(1 << 20);
    let pos = from;
    while (pos < end) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) return null;
      const chunk = buf.subarray(0, bytesRead);
      let i = chunk.indexOf(magic);
      while (i >= 0) {
        const at = pos + i;
        if (at >= end) return null;
        if ((gz || at === 0 || (i >= 1 ? chunk[i - 1] === 0x0a : true)) && (await recordStartsAt(path, at))) return at;
        i = chunk.indexOf(magic, i + 1);
      }
      if (bytesRead < magic.length) return null;
      pos += bytesRead - (magic.length - 1);
    }
    return null;
  } finally {
    await fh.close();
  }
}

async function recordStartsAt(path: string, at: number): Promise<boolean> {
  const stream = createReadStream(path, { start: at, end: at + (1 << 16), highWaterMark: 1 << 16 });
  try {
    const record = await new WARCParser(stream).parse();
    return !!record && isIntact(record);
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
}

/**
 * Splits a WARC into `parts` byte ranges of about equal size, each starting at a record boundary,
 * so several workers can read one large archive. Seeks to the cut points (no full scan).
 */
export async function warcSplitPoints(path: string, parts: number): Promise<{ start: number; end: number }[]> {
  const size = (await stat(path)).size;
  const gz = await isGzip(path, 0);
  const starts = [0];
  for (let k = 1; k < parts; k++) {
    const target = Math.floor((size * k) / parts);
    if (target <= (starts[starts.length - 1] as number)) continue;
    const at = await nextRecordStart(path, target, size, gz);
    if (at === null) break;
    if (at > (starts[starts.length - 1] as number)) starts.push(at);
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? size }));
}
