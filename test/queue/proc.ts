import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./env.js";

export interface Proc {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `bin/dateline <args>` as a real child process. */
export function dateline(args: string[]): Proc {
  const child = spawn(process.execPath, [join(ROOT, "bin", "dateline"), ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    err += d.toString();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return { child, stdout: () => out, stderr: () => err, exit };
}

export async function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const p = dateline(args);
  const { code } = await p.exit;
  return { code, stdout: p.stdout(), stderr: p.stderr() };
}
