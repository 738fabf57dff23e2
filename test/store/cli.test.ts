/** The store through the CLI, as a user runs it: the seed ingested twice, then events, search and export. */
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { asyncBufferFromFile, parquetMetadataAsync } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const SEED = join(ROOT, "test/fixtures/seed/000_99228c402bf3de7c.txt");
const dateline = (...args: string[]) => run(process.execPath, [join(ROOT, "bin/dateline"), ...args], { maxBuffer: 64 << 20 });

describe("dateline events / search / export on the seed", { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
  const db = join(dir, "seed.db");
  beforeAll(async () => {
    await dateline("ingest", SEED, "--db", db, "-q");
    const again = await dateline("ingest", SEED, "--db", db);
    expect(again.stderr).toMatch(/0 stored, 1 already stored/);
  });

  it("prints each Russia→U.S. event once, with its sentence, after ingesting the seed twice", async () => {
    const { stdout, stderr } = await dateline("events", "--actor", "RUS", "--recipient", "USA", "--format", "jsonl", "--db", db);
    const events = stdout
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(stderr).toMatch(new RegExp(`^${events.length} events`));
    expect(events.length).toBeGreaterThan(0);
    const text = readFileSync(SEED, "utf8").replace(/\u00a0/g, " ");
    const keys = events.map((e) => `${e.cameo.code}|${e.evidence.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of events) {
      expect(e.actor.some((a: { country: string }) => a.country === "RUS")).toBe(true);
      expect(e.recipient.some((a: { country: string }) => a.country === "USA")).toBe(true);
      expect(text).toContain(e.evidence.sentence.trim());
      expect(e.mentionCount).toBe(1);
    }
  });

  it("exports CSV and GDELT from the command line, and Parquet that hyparquet reads back", async () => {
    const csv = await dateline("events", "--format", "csv", "--db", db);
    const all = await dateline("events", "--db", db);
    const n = all.stdout.trim().split("\n").filter(Boolean).length;
    expect(csv.stdout.trim().split("\r\n")).toHaveLength(n + 1);
    const out = join(dir, "events.parquet");
    const res = await dateline("export", "--what", "events", "--format", "parquet", "--out", out, "--db", db);
    expect(res.stderr).toMatch(new RegExp(`exported ${n} events`));
    expect(Number((await parquetMetadataAsync(await asyncBufferFromFile(out))).num_rows)).toBe(n);
    await expect(dateline("export", "--what", "stories", "--format", "gdelt", "--db", db)).rejects.toMatchObject({ code: 2 });
  });

  it("searches with snippets, and rejects a malformed query with exit code 2", async () => {
    const { stdout, stderr } = await dateline("search", '"long way" Kremlin', "--db", db);
    const hits = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(hits).toHaveLength(1);
    expect(hits[0].snippet).toMatch(/«Kremlin»/);
    expect(stderr).toMatch(/1 shown of 1/);
    await expect(dateline("search", "(Kremlin", "--db", db)).rejects.toMatchObject({ code: 2 });
  });
});
