import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messageId } from "../../src/queue/item.js";
import { planItems } from "../../src/queue/plan.js";
import { HTML_DIR, ROOT, WIKINEWS, writeTestWarc } from "./env.js";

const TMP = join(ROOT, "test", ".tmp", "queue-plan");
mkdirSync(TMP, { recursive: true });

async function plan(inputs: string[], warcPagesPerItem?: number) {
  const out = [];
  for await (const p of planItems(inputs, { warcPagesPerItem })) out.push(p);
  return out;
}

describe("planning work items", () => {
  it("splits the Wikinews sample into one item per record, by byte range, with the CLI's ids", async () => {
    const planned = await plan([WIKINEWS]);
    const lines = readFileSync(WIKINEWS, "utf8")
      .split("\n")
      .filter((l) => l.trim());
    expect(planned).toHaveLength(lines.length);
    const bytes = readFileSync(WIKINEWS);
    for (const [i, p] of planned.entries()) {
      if (p.kind !== "item" || p.item.kind !== "record") throw new Error("expected a record item");
      const line = bytes.subarray(p.item.start, p.item.end).toString("utf8");
      expect(line).toBe(lines[i]);
      expect(p.item.id).toBe(String(JSON.parse(line).id));
    }
    expect(new Set(planned.map((p) => (p.kind === "item" ? messageId(p.item) : ""))).size).toBe(lines.length);
  });

  it("names records without id or url file:line, keeps bad lines as items, handles CRLF", async () => {
    const f = join(TMP, "mixed.jsonl");
    writeFileSync(f, '{"id": 7, "text": "a"}\r\n\r\n{"url": "https://x.org/a", "text": "b"}\r\nnot json\r\n{"text": "c"}');
    const ids = (await plan([f])).map((p) => (p.kind === "item" ? p.item.id : `failed ${p.input}`));
    expect(ids).toEqual(["7", "https://x.org/a", "mixed.jsonl:4", "mixed.jsonl:5"]);
  });

  it("cuts a WARC into record ranges that tile the file", async () => {
    for (const gzip of [false, true]) {
      const f = join(TMP, `pages.warc${gzip ? ".gz" : ""}`);
      const { urls } = await writeTestWarc(f, gzip);
      const planned = await plan([f], 2);
      const items = planned.map((p) => (p.kind === "item" && p.item.kind === "warc" ? p.item : null));
      expect(items.every(Boolean)).toBe(true);
      expect(items.reduce((n, it) => n + (it?.pages ?? 0), 0)).toBe(urls.length);
      expect(items.map((it) => it?.pages)).toEqual([2, 2, 1]);
      expect(items[0]?.start).toBe(0);
      for (let i = 1; i < items.length; i++) expect(items[i]?.start).toBe(items[i - 1]?.end);
      const size = readFileSync(f).length;
      expect(items.at(-1)?.end).toBe(size);
    }
  });

  it("refuses what workers cannot read, names the input, and goes on", async () => {
    const planned = await plan(["/no/such/file.html", "-", join(HTML_DIR, "README.md")]);
    expect(planned.map((p) => p.kind)).toEqual(["failed", "failed", "item"]);
  });
});
