/** Charsets, gzip, huge pages and time limits, on real pages from the fixtures. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/extract/decode/bytes.js";
import { extractHtml } from "../../src/extract/html/index.js";
import { extract } from "../../src/extract/index.js";

const fx = join(import.meta.dirname, "../fixtures/extract");
const page = gunzipSync(readFileSync(join(fx, "nbc-vienna/source.html.gz")));
const html = page.toString("utf8");

describe("decoding", () => {
  it("GBK declared in the HTTP header (a real page re-encoded)", () => {
    const zh = html.replace("VIENNA — The house where", "VIENNA — 希特勒出生的房子 The house where");
    const bytes = iconv.encode(zh.replace(/<meta[^>]*charset[^>]*>/gi, ""), "gbk");
    const a = extract({ id: "gbk", bytes, contentType: "text/html; charset=gbk" });
    expect(a.text).toContain("希特勒出生的房子");
    expect(a.methods?.encoding).toBe("gbk (http-header)");
  });
  it("UTF-8 BOM, and an undeclared legacy page falls back with a message", () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("héllo")]), undefined, "x")).toMatchObject({
      text: "héllo",
      method: "bom",
    });
    const d = decodeBytes(iconv.encode("café ‘quoted’", "windows-1252"), undefined, "x");
    expect(d.text).toBe("café ‘quoted’");
    expect(d.messages[0]?.code).toBe("encoding-guessed");
  });
  it("a page declaring a legacy charset but written in UTF-8 is read as UTF-8", () => {
    const d = decodeBytes(Buffer.from("<meta charset=iso-8859-1><p>naïve café</p>"), undefined, "x");
    expect(d.text).toContain("naïve café");
  });
});

describe("undecoded UTF-8 (raw)", () => {
  it("a valid UTF-8 page is left undecoded and the HTML path gives the same article from its bytes as from its text", () => {
    const d = decodeBytes(page, "text/html", "nbc", true);
    expect(d.raw).toBe(page);
    expect(d.text).toBe("");
    const o = { deadline: Date.now() + 60_000, id: "nbc" };
    const fromBytes = extractHtml(page, o);
    expect(fromBytes).toEqual(extractHtml(html, o));
    expect(fromBytes.paragraphs[0]).toMatch(/^VIENNA — The house where/);
  });
  it("invalid UTF-8 is decoded, not left raw", () => {
    const bad = Buffer.concat([page.subarray(0, 5000), Buffer.from([0xff, 0xfe, 0x80]), page.subarray(5000)]);
    expect(decodeBytes(bad, "text/html", "bad", true).raw).toBeUndefined();
  });
});

describe("limits", () => {
  it("a huge page is cut at maxBytes, reported, and still yields the story", { timeout: 60_000 }, () => {
    const filler = `<ul class="mega-menu">${'<li><a href="/section/world/europe/austria">Austria news and more sections</a></li>'.repeat(45000)}</ul>`;
    const huge = Buffer.from(html.replace("</body>", `${filler}</body>`));
    expect(huge.length).toBeGreaterThan(3_000_000);
    // the vitest timeout is the hang guard; wall time is not asserted (shared CI machines vary)
    const a = extract({ id: "huge", bytes: huge }, { maxBytes: 1_000_000 });
    expect(a.messages.map((m) => m.code)).toContain("too-large");
    expect(a.paragraphs[0]).toMatch(/^VIENNA — The house where Adolf Hitler was born/);
  });
  it("a page past its time limit is reported, not hung on", { timeout: 60_000 }, () => {
    const big = Buffer.from(html.replace("</body>", `${"<div><span>x</span></div>".repeat(50000)}</body>`));
    const a = extract({ id: "slow", bytes: big }, { timeoutMs: 0 });
    expect(a.messages.map((m) => m.code)).toContain("time-limit");
    expect(a.notArticle).toBe(true);
  });
  it("bad gzip is reported and what inflates is used", () => {
    const gz = readFileSync(join(fx, "truncated-sportsnet/source.html.gz"));
    const a = extract({ id: "cut", bytes: gz });
    expect(a.messages.find((m) => m.code === "truncated")?.reason).toContain("cut");
  });
});
