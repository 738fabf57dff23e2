import { LimitReader, type WARCRecord } from "warcio";
import type { Page } from "../model/index.js";
import type { SourceItem } from "./types.js";

/** What a WARC reader needs to turn records into items. */
export interface RecordOptions {
  /** Largest HTML payload kept (default 10 MiB); larger responses are skipped with a message. */
  maxBytes?: number;
  /** Called for every record left out (not a response, not 200, not HTML): counts only. */
  onIgnored?: (why: string) => void;
}

const HTML = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export function isIntact(record: WARCRecord): boolean {
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
export function truncated(record: WARCRecord): boolean {
  const reader = record._reader;
  return reader instanceof LimitReader && reader.limit > 0;
}

export async function drain(record: WARCRecord): Promise<void> {
  const reader = record._reader;
  for await (const _ of reader) {
    // discard
  }
}

export async function readRecord(record: WARCRecord, maxBytes: number, opts: RecordOptions): Promise<SourceItem | null> {
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
