/** The command-line contract: JSON on stdout, one-line errors naming the input on stderr, exit codes 0/1/2. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
const seed = join(root, "test/fixtures/seed/000_99228c402bf3de7c.txt");
const run = (args: string[], input?: string) =>
  spawnSync(join(root, "bin/dateline"), args, { encoding: "utf8", input, cwd: root, timeout: 60_000 });

describe("dateline CLI", () => {
  it("analyze prints one JSON document for one input", () => {
    const r = run(["analyze", seed]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.article.title).toBeTruthy();
    expect(out.analysis).toBeDefined();
  });

  it("reads stdin with -", () => {
    const r = run(["extract", "-"], readFileSync(seed, "utf8"));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).text).toContain("Kremlin");
  });

  it("bad inputs get one line each naming them; the others still run; exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
    const empty = join(dir, "empty.txt");
    const binary = join(dir, "junk.bin");
    writeFileSync(empty, "");
    writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    const missing = join(dir, "missing.html");
    const r = run(["analyze", missing, empty, seed, binary]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).id).toContain("000_99228c402bf3de7c.txt");
    const errs = r.stderr.trim().split("\n");
    for (const f of [missing, empty, binary]) expect(errs.some((l) => l.includes(f))).toBe(true);
  });

  it("a .jsonl file of records gives one JSON line per record with its id", () => {
    const dir = mkdtempSync(join(tmpdir(), "dateline-cli-"));
    const file = join(dir, "records.jsonl");
    const recs = readFileSync(join(root, "examples/wikinews/wikinews_2019_2020.jsonl"), "utf8").split("\n").slice(0, 3);
    writeFileSync(file, `${recs.join("\n")}\nnot json\n`);
    const r = run(["analyze", file]);
    expect(r.status).toBe(1);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual(recs.map((l) => JSON.parse(l).id));
    expect(r.stderr).toContain("records.jsonl:4");
  });

  it("bad usage exits 2", () => {
    expect(run(["no-such-command"]).status).toBe(2);
    expect(run(["analyze"]).status).toBe(2);
  });
});
