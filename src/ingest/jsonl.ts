import { createReadStream } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Page } from "../model/index.js";
import type { SourceItem } from "./types.js";

interface JsonlRecord {
  id?: string | number;
  url?: string;
  title?: string;
  text?: string;
  html?: string;
  date?: string;
  language?: string;
  source?: string;
}

/** Records `{id, url?, title?, text | html, date?}`, one per line. */
export async function* jsonlRecords(path: string): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    const where = `${basename(path)}:${n}`;
    let rec: JsonlRecord;
    try {
      rec = JSON.parse(line) as JsonlRecord;
    } catch (err) {
      yield { kind: "failed", input: where, why: `not JSON: ${(err as Error).message}` };
      continue;
    }
    const body = rec.html ?? rec.text;
    if (typeof body !== "string" || !body.trim()) {
      yield { kind: "failed", input: where, why: "record has neither text nor html" };
      continue;
    }
    const page: Page = {
      id: rec.id !== undefined ? String(rec.id) : (rec.url ?? where),
      bytes: new TextEncoder().encode(body),
      url: rec.url,
      contentType: rec.html !== undefined ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
      hints: { title: rec.title, published: rec.date, language: rec.language, source: rec.source },
    };
    yield { kind: "page", page };
  }
}
