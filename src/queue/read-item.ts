import { open, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type SourceItem, type SourceOptions, sources, warcRecords } from "../ingest/index.js";
import type { WorkItem } from "./item.js";

/**
 * Reads one work item with the CLI's own sources (src/ingest), so a worker sees exactly the pages
 * `dateline ingest` would: `sources()` for files, URLs and records, and for a WARC range the same WARC
 * reader `sources()` uses, told to read only that range. A record is cut out of its file into a small
 * temporary `.jsonl` and read from there; its failures are renamed after the item's identity.
 */
export async function* readItem(item: WorkItem, tmpDir: string, opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  switch (item.kind) {
    case "file":
      yield* sources([item.path], opts);
      return;
    case "url":
      yield* sources([item.url], opts);
      return;
    case "record": {
      const line = recordWithIdentity((await readRange(item.path, item.start, item.end)).toString("utf8"), item.id);
      yield* viaTempFile(item, tmpDir, ".jsonl", Buffer.from(`${line}\n`), opts);
      return;
    }
    case "warc":
      yield* warcRecords(item.path, { start: item.start, end: item.end }, { maxBytes: opts.maxBytes });
      return;
  }
}

async function* viaTempFile(item: WorkItem, tmpDir: string, ext: string, bytes: Buffer, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const path = join(tmpDir, `item-${process.pid}-${Math.random().toString(36).slice(2)}${ext}`);
  await writeFile(path, bytes);
  try {
    for await (const s of sources([path], opts)) {
      if (s.kind === "page") yield s;
      else yield { ...s, input: s.input.includes(path) || s.input.startsWith("item-") ? item.id : s.input };
    }
  } finally {
    await unlink(path).catch(() => {});
  }
}

/**
 * A record without `id` or `url` is known to the CLI as `file.jsonl:LINE`; cut out of its file it would
 * lose that name, so the planner's identity is written into it. Lines that are not JSON stay as they are
 * (the source reports them).
 */
function recordWithIdentity(line: string, id: string): string {
  try {
    const rec = JSON.parse(line) as Record<string, unknown>;
    if (rec && typeof rec === "object" && !Array.isArray(rec) && rec.id === undefined && (rec.url === undefined || rec.url === null)) {
      return JSON.stringify({ ...rec, id });
    }
  } catch {
    // not JSON
  }
  return line;
}

async function readRange(path: string, start: number, end: number): Promise<Buffer> {
  const fh = await open(path, "r");
  try {
    const buf = Buffer.alloc(end - start);
    let done = 0;
    while (done < buf.length) {
      const { bytesRead } = await fh.read(buf, done, buf.length - done, start + done);
      if (bytesRead === 0) throw new Error(`${path} is shorter than expected (ends before byte ${end}): changed since it was queued?`);
      done += bytesRead;
    }
    return buf;
  } finally {
    await fh.close();
  }
}
