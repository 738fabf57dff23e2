import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { WARCParser } from "warcio";

export interface WarcRange {
  start: number;
  end: number;
  records: number;
  pages: number;
}

/**
 * Cuts a WARC (plain or per-record gzip) into ranges of about `pagesPerRange` response/resource
 * records, on record boundaries: each range is itself a valid WARC file, so a worker can read it with
 * the ordinary WARC source. Offsets are in the file as stored (compressed offsets for `.warc.gz`).
 */
export async function* warcRanges(path: string, pagesPerRange: number): AsyncGenerator<WarcRange> {
  const size = (await stat(path)).size;
  const parser = new WARCParser(createReadStream(path));
  let start = 0;
  let records = 0;
  let pages = 0;
  for await (const record of parser) {
    const offset = parser.offset;
    if (pages >= pagesPerRange) {
      yield { start, end: offset, records, pages };
      start = offset;
      records = 0;
      pages = 0;
    }
    await record.skipFully();
    records++;
    if (record.warcType === "response" || record.warcType === "resource") pages++;
  }
  if (records > 0) yield { start, end: size, records, pages };
}
