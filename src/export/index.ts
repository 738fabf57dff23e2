import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { Store, StoredEvent } from "../store/index.js";
import { csvLine } from "./csv.js";
import { GDELT_HEADER, toGdeltRow } from "./gdelt.js";
import { writeParquet } from "./parquet.js";
import { toPloverJson } from "./plover.js";
import { articles, events, quotes, stories, type What } from "./rows.js";
import { ARTICLE_COLUMNS, type Column, EVENT_COLUMNS, QUOTE_COLUMNS, STORY_COLUMNS } from "./tables.js";

export type Format = "jsonl" | "csv" | "parquet" | "gdelt" | "plover";
export const FORMATS: Format[] = ["jsonl", "csv", "parquet", "gdelt", "plover"];
export const WHATS: What[] = ["articles", "stories", "events", "quotes"];
export { GDELT_COLUMNS, GDELT_HEADER, toGdeltRow } from "./gdelt.js";
export { toPloverJson } from "./plover.js";
export type { What } from "./rows.js";

/** Writes one line, waiting for the stream to drain when its buffer is full (memory stays flat). */
async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

function source(store: Store, what: What): { items: AsyncIterable<unknown>; columns: Column<never>[] } {
  switch (what) {
    case "articles":
      return { items: articles(store), columns: ARTICLE_COLUMNS as Column<never>[] };
    case "stories":
      return { items: stories(store), columns: STORY_COLUMNS as Column<never>[] };
    case "events":
      return { items: events(store), columns: EVENT_COLUMNS as Column<never>[] };
    case "quotes":
      return { items: quotes(store), columns: QUOTE_COLUMNS as Column<never>[] };
  }
}

/** Streams events in a text format to `out`. Returns the number of events written. */
export async function writeEvents(out: Writable, items: AsyncIterable<StoredEvent>, format: Exclude<Format, "parquet">): Promise<number> {
  let n = 0;
  if (format === "csv") await write(out, csvLine(EVENT_COLUMNS.map((c) => c.name)));
  if (format === "gdelt") await write(out, `${GDELT_HEADER.join("\t")}\n`);
  for await (const e of items) {
    n++;
    if (format === "jsonl") await write(out, `${JSON.stringify(e)}\n`);
    else if (format === "plover") {
      const rec = toPloverJson(e);
      if (rec) await write(out, `${JSON.stringify(rec)}\n`);
      else n--; // no PLOVER type (CAMEO 01/02): no place in a PLOVER file
    } else if (format === "gdelt") await write(out, `${toGdeltRow(e).join("\t")}\n`);
    else await write(out, csvLine(EVENT_COLUMNS.map((c) => c.get(e))));
  }
  return n;
}

/**
 * Exports one kind of record in one format to a file (or stdout when `file` is null; Parquet needs a
 * file). Streams page by page. Returns the number of rows written.
 */
export async function exportTo(store: Store, what: What, format: Format, file: string | null): Promise<number> {
  if ((format === "gdelt" || format === "plover") && what !== "events") throw new Error(`--format ${format} is for --what events`);
  if (format === "parquet") {
    if (!file) throw new Error("--format parquet needs --out FILE");
    const { items, columns } = source(store, what);
    return writeParquet(file, columns, items as AsyncIterable<never>);
  }
  const out: Writable = file ? createWriteStream(file) : process.stdout;
  let n = 0;
  try {
    if (what === "events") n = await writeEvents(out, events(store), format);
    else {
      const { items, columns } = source(store, what);
      if (format === "csv") await write(out, csvLine(columns.map((c) => c.name)));
      for await (const item of items) {
        n++;
        await write(out, format === "csv" ? csvLine(columns.map((c) => c.get(item as never))) : `${JSON.stringify(item)}\n`);
      }
    }
  } finally {
    if (file) {
      out.end();
      await once(out, "finish");
    }
  }
  return n;
}
