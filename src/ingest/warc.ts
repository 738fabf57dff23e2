import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { WARCParser } from "warcio";
import type { SourceItem } from "./types.js";
import { gzipMemberRecords } from "./warc-gzip.js";
import { drain, isIntact, type RecordOptions, readRecord, truncated } from "./warc-record.js";
import { hasBytes, isGzip, nextRecordStart } from "./warc-split.js";

export { warcSplitPoints } from "./warc-split.js";

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

export interface WarcOptions extends RecordOptions {
  /** Called with (bytes read so far within the range, range length) as records go by. */
  onProgress?: (done: number, total: number) => void;
  /** Read .warc.gz with warcio's own (pure JS, slower) inflater instead of node:zlib member by member. */
  streaming?: boolean;
  /** gzip members larger than this (compressed bytes, default 64 MiB) are read by the streaming reader. */
  maxMemberBytes?: number;
}
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
  if (!opts.streaming && (await isGzip(path, range.start ?? 0))) yield* gzipMemberRecords(path, range, opts);
  else yield* streamRecords(path, range, opts);
}

/** The streaming reader (warcio end to end): plain WARCs, and gzip ones with `streaming`. */
export async function* streamRecords(path: string, range: WarcRange = {}, opts: WarcOptions = {}): AsyncGenerator<SourceItem> {
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
