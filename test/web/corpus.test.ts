import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../../src/cli/commands/ingest.js";
import { buildServer } from "../../src/server/index.js";
import { ensureWebBuild } from "../../src/server/web-build.js";
import { openStore, type Store } from "../../src/store/index.js";
import { findChromium, launch, screenshotPath } from "./browser.js";

/**
 * The acceptance check on the bundled corpus (examples/: the seed + Wikinews), through the real
 * pipeline and store: the RUS–USA dyad shows the seed's events on 2018-03-20 and 2018-03-22 and leads
 * to their sentences in the article.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const AGREE = "agreed in a call on Tuesday";
const KREMLIN = "The Kremlin said Thursday";

let dir: string;
let store: Store;
let app: FastifyInstance;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "dateline-corpus-"));
  const db = join(dir, "corpus.db");
  const summary = await ingest([join(ROOT, "examples")], { db, quiet: true });
  // Failures of single inputs are the ingest tests' business; here the corpus must simply be in.
  expect(summary.ok + summary.duplicate).toBeGreaterThan(200);
  store = await openStore(db);
  app = await buildServer({ store, webRoot: await ensureWebBuild() });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}/`;
}, 300_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path.replace(/^\//, "")}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe("bundled corpus", () => {
  it("the RUS–USA timeline has the seed's days and their events carry the seed's sentences", async () => {
    const tl = await api<{ points: { bucket: string; count: number }[] }>("/api/dyads/RUS/USA/timeline?interval=day");
    const days = tl.points.map((p) => p.bucket);
    expect(days).toEqual(expect.arrayContaining(["2018-03-20", "2018-03-22"]));
    type Ev = { items: { evidence: { sentence: string } }[] };
    const d20 = await api<Ev>("/api/events?actor=RUS&recipient=USA&dyad=true&from=2018-03-20&to=2018-03-20");
    expect(d20.items.some((e) => e.evidence.sentence.includes(AGREE))).toBe(true);
    const d22 = await api<Ev>("/api/events?actor=RUS&recipient=USA&dyad=true&from=2018-03-22&to=2018-03-22");
    expect(d22.items.some((e) => e.evidence.sentence.includes(KREMLIN))).toBe(true);
  });

  const chromium = findChromium();
  it.skipIf(!chromium)("in the browser: dyad page → each seed day → its sentence highlighted in the article", async () => {
    const browser = await launch(chromium!);
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}#/dyad`);
      await page.waitForFunction(() => location.hash.startsWith("#/dyad/RUS/USA"));
      for (const [day, words, shot] of [
        ["2018-03-20", AGREE, "corpus-dyad-2018-03-20.png"],
        ["2018-03-22", KREMLIN, "corpus-dyad-2018-03-22.png"],
      ] as const) {
        await page.goto(`${base}#/dyad/RUS/USA`);
        const bar = page.locator(`g.bucket[data-bucket="${day}"]`);
        await bar.waitFor();
        await bar.click();
        const card = page.locator("li.event", { hasText: words });
        await card.first().waitFor();
        await page.screenshot({ path: screenshotPath(shot), fullPage: true });
        await card.first().locator("a.to-article").click();
        await page.locator("#evidence").waitFor();
        const evidence = (await page.locator(".m-evidence").allTextContents()).join("");
        expect(evidence).toContain(words);
        await expect(page.locator("h1").textContent()).resolves.toBe("Russia-U.S. relations long way from breakthrough: Kremlin");
      }
      await page.screenshot({ path: screenshotPath("corpus-article-evidence.png") });
    } finally {
      await browser.close();
    }
  });
});

if (!findChromium())
  console.warn("test/web/corpus.test.ts: browser part skipped — no Chromium (apt-get install chromium, or set DATELINE_CHROMIUM)");
