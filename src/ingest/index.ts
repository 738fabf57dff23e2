import { createReadStream } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import type { Page } from "../model/index.js";
import type { SourceItem, SourceOptions } from "./types.js";

export type { SourceItem, SourceOptions } from "./types.js";

/**
 * Turns CLI inputs (files, directories, `-` for stdin, `.jsonl` record files; later URLs, feeds,
 * sitemaps and WARC archives) into pages. Never throws for one bad input: it yields a failure.
 */
export async function* sources(inputs: string[], opts: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
    try {
      if (input === "-") {
        yield { kind: "page", page: { id: "stdin", bytes: await readStdin(), fetchedAt: new Date().toISOString() } };
        continue;
      }
      const info = await stat(input).catch(() => null);
      if (!info) {
        yield { kind: "failed", input, why: "no such file or directory" };
        continue;
      }
      if (info.isDirectory()) {
        const files = await listFiles(input);
        yield* sources(files, opts);
        continue;
      }
      if (extname(input) === ".jsonl") {
        yield* jsonlRecords(input);
        continue;
      }
      const bytes = new Uint8Array(await readFile(input));
      yield { kind: "page", page: { id: resolve(input), bytes, fetchedAt: info.mtime.toISOString() } };
    } catch (err) {
      yield { kind: "failed", input, why: (err as Error).message };
    }
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(html?|txt|jsonl|gz|warc)$/i.test(entry.name) || !entry.name.includes(".")) out.push(p);
  }
  return out;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

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
async function* jsonlRecords(path: string): AsyncGenerator<SourceItem> {
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
