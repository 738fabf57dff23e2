import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium (the lead's .ci/run installs it and sets DATELINE_CHROMIUM). Null when absent. */
export function findChromium(): string | null {
  for (const p of [process.env.DATELINE_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) if (p && existsSync(p)) return p;
  return null;
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

/** A fresh profile every time, removed on close. */
export async function launch(executablePath: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "dateline-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 860 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Screenshots go to test/.tmp/screenshots (ignored), or to DATELINE_SCREENSHOTS when set (e.g. docs/screenshots). */
export function screenshotPath(name: string): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
  const dir = process.env.DATELINE_SCREENSHOTS ? join(root, process.env.DATELINE_SCREENSHOTS) : join(root, "test/.tmp/screenshots");
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
