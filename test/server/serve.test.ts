import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

/** `dateline serve` as a user runs it: a child process on loopback, stopped with SIGTERM. */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const dir = mkdtempSync(join(tmpdir(), "dateline-serve-"));
let child: ChildProcess | null = null;

afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

function start(args: string[]): Promise<{ url: string; out: () => string }> {
  child = spawn(join(ROOT, "bin/dateline"), args, { cwd: dir, env: { ...process.env, DATELINE_INGEST_TOKEN: "" } });
  let out = "";
  let err = "";
  child.stderr!.on("data", (d) => {
    err += d;
  });
  return new Promise((resolve, reject) => {
    child!.stdout!.on("data", (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, out: () => out });
    });
    child!.on("exit", (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

describe("dateline serve", () => {
  it("binds 127.0.0.1, serves the API, answers bad usage with exit code 2, stops on SIGTERM", async () => {
    const { url } = await start(["serve", "--db", join(dir, "s.db"), "--port", "0", "--no-web"]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const health = await fetch(`${url}api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    const ingestOff = await fetch(`${url}api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(ingestOff.status).toBe(403);
    const exited = new Promise<number | null>((r) => child!.once("exit", (code) => r(code)));
    child!.kill("SIGTERM");
    expect(await exited).toBe(0);

    const bad = spawn(join(ROOT, "bin/dateline"), ["serve", "--port", "99999"], { cwd: dir });
    const code = await new Promise<number | null>((r) => bad.once("exit", (c) => r(c)));
    expect(code).toBe(2);
  }, 120_000);
});
