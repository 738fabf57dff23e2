import { type FileHandle, open, stat } from "node:fs/promises";
import { basename } from "node:path";
import { inflateRawSync } from "node:zlib";
import { WARCParser } from "warcio";
import type { SourceItem } from "./types.js";
import type { WarcOptions, WarcRange } from "./warc.js";
import { streamRecords } from "./warc.js";
import { drain, isIntact, readRecord, truncated } from "./warc-record.js";
import { nextRecordStart } from "./warc-split.js";

/** Members larger than this (compressed) are left to the streaming reader, so memory stays bounded. */
const MAX_MEMBER = 64 * 1024 * 1024;
/** Inflated size at which a member is left to the streaming reader too (a decompression bomb, a video). */
const MAX_INFLATED = 256 * 1024 * 1024;
const FIRST_READ = 1 << 20;

/**
 * A .warc.gz read member by member with node:zlib (native inflate, several times faster than
 * warcio's pure-JS one): each gzip member — one record in a standard WARC — is inflated whole and
 * parsed by warcio from memory. Member boundaries are exact, so a damaged member is reported with
 * its offset and reading goes on at the next one. Memory is bounded by the largest member (up to
 * 64 MiB compressed); anything larger goes to the streaming reader from that offset on.
 */
export async function* gzipMemberRecords(path: string, range: WarcRange, opts: WarcOptions): AsyncGenerator<SourceItem> {
  const size = (await stat(path)).size;
  const end = Math.min(range.end ?? size, size);
  const start = range.start ?? 0;
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const name = basename(path);
  const file = new Window(await open(path, "r"), size);
  let pos = start;
  let index = 0;
  try {
    while (pos < end) {
      if (range.toRecord !== undefined && index >= range.toRecord) return;
      const member = await readMember(file, pos, opts.maxMemberBytes ?? MAX_MEMBER);
      if (member.kind === "too-big") {
        const shift = (n: number | undefined) => (n === undefined ? undefined : Math.max(0, n - index));
        yield* streamRecords(path, { start: pos, end, fromRecord: shift(range.fromRecord), toRecord: shift(range.toRecord) }, opts);
        return;
      }
      if (member.kind === "end") return;
      if (member.kind === "bad") {
        yield { kind: "failed", input: `${name}@${pos}`, why: member.why };
        const next = await nextRecordStart(path, pos + 1, end, true);
        if (next === null) return;
        pos = next;
        continue;
      }
      // One member, usually one record (several if a writer packed them together).
      let problem: string | null = null;
      try {
        const parser = new WARCParser([member.data]);
        for await (const record of parser) {
          if (!isIntact(record)) {
            problem = "corrupt record: no WARC/1.x line, WARC-Record-ID, WARC-Type or Content-Length";
            break;
          }
          const i = index++;
          if (range.toRecord !== undefined && i >= range.toRecord) break;
          const wanted = range.fromRecord === undefined || i >= range.fromRecord;
          const item = wanted ? await readRecord(record, maxBytes, opts) : null;
          if (!wanted) await drain(record);
          if (truncated(record)) {
            problem = `truncated record ${record.warcHeader("WARC-Record-ID") ?? ""}`.trim();
            break;
          }
          if (item) yield item.kind === "page" ? item : { ...item, input: `${name}@${pos}` };
        }
      } catch (err) {
        problem = `corrupt record: ${(err as Error).message}`;
      }
      if (problem) yield { kind: "failed", input: `${name}@${pos}`, why: problem };
      pos += member.length;
      file.release(pos);
      opts.onProgress?.(pos - start, end - start);
    }
  } finally {
    await file.close();
  }
}

type Member = { kind: "ok"; data: Buffer; length: number } | { kind: "bad"; why: string } | { kind: "too-big" } | { kind: "end" };

async function readMember(file: Window, pos: number, maxMember: number): Promise<Member> {
  let want = Math.min(FIRST_READ, maxMember);
  for (;;) {
    const buf = await file.get(pos, want);
    if (buf.length === 0) return { kind: "end" };
    if (buf[0] !== 0x1f || buf[1] !== 0x8b || buf[2] !== 8) {
      // Padding after the last member is not a record.
      if (buf.every((b) => b === 0 || b === 0x0a || b === 0x0d || b === 0x20) && pos + buf.length >= file.size) return { kind: "end" };
      return { kind: "bad", why: "not a gzip member (corrupt data)" };
    }
    const header = gzipHeaderLength(buf);
    if (header < 0) {
      if (pos + buf.length >= file.size) return { kind: "bad", why: "truncated gzip member" };
      want *= 2;
      continue;
    }
    try {
      const { buffer, engine } = inflateRawSync(buf.subarray(header), { info: true, maxOutputLength: MAX_INFLATED }) as unknown as {
        buffer: Buffer;
        engine: { bytesWritten: number };
      };
      const length = header + engine.bytesWritten + 8; // + CRC32 and ISIZE
      if (length > buf.length) {
        if (pos + buf.length >= file.size) return { kind: "bad", why: "truncated gzip member (no trailer)" };
        want = length;
        continue;
      }
      if (buf.readUInt32LE(length - 4) !== buffer.length % 2 ** 32) return { kind: "bad", why: "corrupt gzip member (size mismatch)" };
      return { kind: "ok", data: buffer, length };
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      if (e.code === "Z_BUF_ERROR" || /unexpected end/i.test(e.message)) {
        if (pos + buf.length >= file.size) return { kind: "bad", why: "truncated gzip member" };
        if (want >= maxMember) return { kind: "too-big" };
        want = Math.min(want * 4, maxMember);
        continue;
      }
      if (e.code === "ERR_BUFFER_TOO_LARGE" || /Cannot create a Buffer larger|maxOutputLength/i.test(e.message)) return { kind: "too-big" };
      return { kind: "bad", why: `corrupt gzip member: ${e.message}` };
    }
  }
}

/** Length of the gzip header (RFC 1952) at the start of `b`, or -1 when `b` ends inside it. */
function gzipHeaderLength(b: Buffer): number {
  if (b.length < 10) return -1;
  const flags = b[3] as number;
  let n = 10;
  if (flags & 4) {
    if (b.length < n + 2) return -1;
    n += 2 + b.readUInt16LE(n);
  }
  for (const bit of [8, 16]) {
    if (flags & bit) {
      const z = b.indexOf(0, n);
      if (z < 0) return -1;
      n = z + 1;
    }
  }
  if (flags & 2) n += 2;
  return n <= b.length ? n : -1;
}

/** A sliding window over a file: bytes from `pos` on, read ahead in large blocks. */
class Window {
  private buf = Buffer.alloc(0);
  private at = 0;

  constructor(
    private readonly fh: FileHandle,
    readonly size: number,
  ) {}

  /** At least `n` bytes from `pos` (fewer at EOF). */
  async get(pos: number, n: number): Promise<Buffer> {
    if (pos < this.at || pos > this.at + this.buf.length) {
      this.buf = Buffer.alloc(0);
      this.at = pos;
    }
    const need = Math.min(n, this.size - pos);
    const have = this.at + this.buf.length - pos;
    if (have < need) {
      const keep = Math.max(0, have);
      const fileLeft = this.size - (pos + keep);
      const next = Buffer.allocUnsafe(keep + Math.min(Math.max(need - keep, 4 * FIRST_READ), fileLeft));
      this.buf.copy(next, 0, pos - this.at, pos - this.at + keep);
      const { bytesRead } = await this.fh.read(next, keep, next.length - keep, pos + keep);
      this.buf = next.subarray(0, keep + bytesRead);
      this.at = pos;
    }
    return this.buf.subarray(pos - this.at, pos - this.at + Math.max(need, Math.min(this.buf.length - (pos - this.at), n)));
  }

  /** Forgets bytes before `pos`. */
  release(pos: number): void {
    if (pos >= this.at + this.buf.length) {
      this.buf = Buffer.alloc(0);
      this.at = pos;
    }
  }

  close(): Promise<void> {
    return this.fh.close();
  }
}
