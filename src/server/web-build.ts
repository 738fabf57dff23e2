import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The web UI sources (src/web) and where their build goes (src/web/dist, not committed). */
export const WEB_SRC = join(dirname(fileURLToPath(import.meta.url)), "../web");
export const WEB_DIST = join(WEB_SRC, "dist");
const STAMP = ".source-hash";

/** Hash of every source file of the UI (and the packages it is built with), to know when a build is stale. */
export function webSourceHash(src = WEB_SRC): string {
  const h = createHash("sha256");
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name === "dist" || name.startsWith(".dist-") || name === "node_modules") continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(relative(src, p)).update("\0").update(readFileSync(p)).update("\0");
    }
  };
  walk(src);
  for (const pkg of ["preact", "vite"]) {
    try {
      const json = JSON.parse(readFileSync(join(src, "../../node_modules", pkg, "package.json"), "utf8")) as { version: string };
      h.update(`${pkg}@${json.version}`);
    } catch {
      h.update(`${pkg}@?`);
    }
  }
  return h.digest("hex").slice(0, 16);
}

export function webBuildIsCurrent(dist = WEB_DIST): boolean {
  const stamp = join(dist, STAMP);
  return existsSync(join(dist, "index.html")) && existsSync(stamp) && readFileSync(stamp, "utf8").trim() === webSourceHash();
}

/**
 * Builds the UI with Vite when src/web/dist is missing or older than its sources, so `dateline serve`
 * works straight after `npm install`. Builds into a temporary folder and renames it, so two processes
 * starting at once never serve a half-written bundle.
 */
export async function ensureWebBuild(log: (line: string) => void = () => {}): Promise<string> {
  if (webBuildIsCurrent()) return WEB_DIST;
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new Error("the web UI is not built and Vite is not installed: run `npm install` (with dev dependencies) and try again");
  }
  const started = Date.now();
  const hash = webSourceHash();
  const tmp = join(WEB_SRC, `.dist-${process.pid}-${Date.now()}`);
  mkdirSync(tmp, { recursive: true });
  try {
    await vite.build({
      configFile: join(WEB_SRC, "vite.config.ts"),
      mode: "production",
      root: WEB_SRC,
      logLevel: "warn",
      build: { outDir: tmp, emptyOutDir: true },
    });
    writeFileSync(join(tmp, STAMP), `${hash}\n`);
    if (webBuildIsCurrent()) return WEB_DIST; // another process finished first
    rmSync(WEB_DIST, { recursive: true, force: true });
    try {
      renameSync(tmp, WEB_DIST);
    } catch (err) {
      if (!webBuildIsCurrent()) throw err;
    }
    log(`built the web UI in ${Date.now() - started} ms`);
    return WEB_DIST;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
