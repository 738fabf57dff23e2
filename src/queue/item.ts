import { createHash } from "node:crypto";

/**
 * One unit of work on the queue. Items refer to inputs (paths on storage every worker can read, or
 * URLs); they do not carry page bytes, so a message stays small whatever the page size.
 * `id` is the input's identity, the same one the single-process CLI uses as `Page.id` / `inputId`.
 */
export type WorkItem = FileItem | UrlItem | RecordItem | WarcRangeItem;

interface ItemBase {
  v: 1;
  id: string;
}

/** A whole file (HTML, text, gzip): read by `sources([path])`. */
export interface FileItem extends ItemBase {
  kind: "file";
  path: string;
}

/** A URL, feed or sitemap: fetched by `sources([url])` on the worker. */
export interface UrlItem extends ItemBase {
  kind: "url";
  url: string;
}

/** One line of a `.jsonl` record file: bytes [start, end) of `path`, 1-based `line`. */
export interface RecordItem extends ItemBase {
  kind: "record";
  path: string;
  line: number;
  start: number;
  end: number;
}

/** Consecutive WARC records, bytes [start, end) of `path` (cut on record boundaries, so a valid WARC). */
export interface WarcRangeItem extends ItemBase {
  kind: "warc";
  path: string;
  start: number;
  end: number;
  /** Records in the range (all types) and the response/resource ones among them. */
  records: number;
  pages: number;
}

/** The de-duplication id sent as `Nats-Msg-Id`: a digest of the kind and the input identity. */
export function messageId(item: WorkItem): string {
  return createHash("sha256").update(`${item.kind}\n${item.id}`).digest("hex").slice(0, 40);
}

export function encodeItem(item: WorkItem): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(item));
}

/** Parses a message body back into an item; throws with a clear reason when it is not one. */
export function decodeItem(data: Uint8Array): WorkItem {
  const v = JSON.parse(new TextDecoder().decode(data)) as Partial<WorkItem>;
  if (v?.v !== 1 || typeof v.id !== "string") throw new Error("not a Dateline work item (v1)");
  switch (v.kind) {
    case "file":
    case "url":
    case "record":
    case "warc":
      return v as WorkItem;
    default:
      throw new Error(`unknown work item kind ${JSON.stringify(v.kind)}`);
  }
}

/** Short human label: `file /x/a.html`, `record a.jsonl:12`, `warc x.warc.gz@0-52311`. */
export function describeItem(item: WorkItem): string {
  switch (item.kind) {
    case "file":
      return item.path;
    case "url":
      return item.url;
    case "record":
      return `${item.path}:${item.line} (${item.id})`;
    case "warc":
      return `${item.path}@${item.start}-${item.end} (${item.pages} pages)`;
  }
}
