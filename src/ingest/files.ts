import { readdir } from "node:fs/promises";
import { join } from "node:path";

/** Files under `dir` that may hold pages, sorted, hidden entries left out. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith(".")) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(html?|txt|jsonl|gz|warc)$/i.test(entry.name) || !entry.name.includes(".")) out.push(p);
  }
  return out;
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}
