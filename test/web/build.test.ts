import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ensureWebBuild, WEB_DIST, WEB_SRC, webBuildIsCurrent, webSourceHash } from "../../src/server/web-build.js";

/** The UI bundle is built from src/web on demand, is current, and needs nothing the CSP forbids. */
describe("web build", () => {
  it("builds (or reuses) a bundle stamped with the hash of its sources", async () => {
    const dist = await ensureWebBuild();
    expect(dist).toBe(WEB_DIST);
    expect(webBuildIsCurrent()).toBe(true);
    expect(readFileSync(join(dist, ".source-hash"), "utf8").trim()).toBe(webSourceHash());
  }, 120_000);

  it("has no inline scripts, inline styles or remote resources", () => {
    const html = readFileSync(join(WEB_DIST, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="\.\/assets\//);
      expect(body!.trim()).toBe("");
    }
    expect(html).not.toMatch(/<style\b|\sstyle="/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = readdirSync(join(WEB_DIST, "assets"));
    const js = assets.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(WEB_DIST, "assets", f), "utf8"));
    expect(js.join("").length).toBeLessThan(150_000);
    // A production build: no development JSX carrying source paths.
    for (const code of js) expect(code).not.toMatch(/jsxDEV|fileName:|src\/web\//);
  });

  it("the UI sources never hand text to the HTML parser", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.name === "dist" || e.name.startsWith(".") ? [] : e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
      );
    const sources = walk(WEB_SRC).filter((f) => /\.(tsx?|html)$/.test(f));
    expect(sources.length).toBeGreaterThan(5);
    for (const f of sources) {
      expect(readFileSync(f, "utf8"), f).not.toMatch(
        /dangerouslySetInnerHTML|\.innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|new Function|eval\(/,
      );
    }
  });
});
