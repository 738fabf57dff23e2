import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { listFiles } from "../ingest/files.js";
import type { WorkItem } from "./item.js";
import { linesWithOffsets } from "./jsonl-lines.js";
import { warcRanges } from "./warc-ranges.js";

export type PlannedItem = { kind: "item"; item: WorkItem } | { kind: "failed"; input: string; why: string };

export interface PlanOptions {
  /** Response/resource records per WARC work item (default 50). */
  warcPagesPerItem?: number;
}

/**
 * Turns CLI inputs into work items: a URL is one item (fetched by the worker), a `.jsonl` file one item
 * per record, a WARC one item per range of records, any other file one item; directories are walked.
 * Item ids are the identities the single-process CLI gives the same inputs.
 */
export async function* planItems(inputs: string[], opts: PlanOptions = {}): AsyncGenerator<PlannedItem> {
  const perItem = Math.max(1, opts.warcPagesPerItem ?? 50);
  for (const input of inputs) {
    try {
      if (/^https?:\/\//i.test(input)) {
        yield { kind: "item", item: { v: 1, kind: "url", id: input, url: input } };
        continue;
      }
      if (input === "-") {
        yield { kind: "failed", input, why: "standard input cannot be queued: save it to a file every worker can read" };
        continue;
      }
      const info = await stat(input).catch(() => null);
      if (!info) {
        yield { kind: "failed", input, why: "no such file or directory" };
        continue;
      }
      if (info.isDirectory()) {
        yield* planItems(await listFiles(input), opts);
        continue;
      }
      const path = resolve(input);
      if (/\.jsonl$/i.test(path)) yield* recordItems(path);
      else if (/\.warc(\.gz)?$/i.test(path)) {
        for await (const r of warcRanges(path, perItem)) {
          yield { kind: "item", item: { v: 1, kind: "warc", id: `${path}#${r.start}-${r.end}`, path, ...r } };
        }
      } else yield { kind: "item", item: { v: 1, kind: "file", id: path, path } };
    } catch (err) {
      yield { kind: "failed", input, why: (err as Error).message };
    }
  }
}

/** One item per non-blank line; the id is the record's `id`, else its `url`, else `file.jsonl:LINE`. */
async function* recordItems(path: string): AsyncGenerator<PlannedItem> {
  const name = basename(path);
  for await (const l of linesWithOffsets(path)) {
    if (!l.text.trim()) continue;
    let id = `${name}:${l.line}`;
    try {
      const rec = JSON.parse(l.text) as { id?: unknown; url?: unknown };
      if (rec && typeof rec === "object") {
        // Exactly the CLI's rule (src/ingest jsonl records): `id`, else `url`, else file:line.
        if (rec.id !== undefined) id = String(rec.id);
        else if (rec.url !== undefined && rec.url !== null) id = String(rec.url);
      }
    } catch {
      // Not JSON: queued anyway under its line so the worker reports it (and dead-letters it) by name.
    }
    yield { kind: "item", item: { v: 1, kind: "record", id, path, line: l.line, start: l.start, end: l.end } };
  }
}
