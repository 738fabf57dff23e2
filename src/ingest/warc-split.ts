import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { WARCParser } from "warcio";
import { isIntact } from "./warc-record.js";

export async function isGzip(path: string, at: number): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(2);
    await fh.read(buf, 0, 2, at);
    return buf[0] === 0x1f && buf[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

export async function hasBytes(path: string, from: number, end: number): Promise<boolean> {
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
