/**
 * Real pages, one folder each (test/fixtures/extract/<name>/source.* + expected.json), like
 * Readability's test-pages. Expected bodies are the benchmark's human ground truth, not our output.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/index.js";
import { blockKey } from "../../src/extract/post/whitespace.js";

const root = join(import.meta.dirname, "../fixtures/extract");
const norm = (s: unknown) =>
  String(s ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
function wordF1(pred: string, truth: string): number {
  const bag = (s: string) => {
    const m = new Map<string, number>();
    for (const t of s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const p = bag(pred);
  const t = bag(truth);
  let common = 0;
  let np = 0;
  let nt = 0;
  for (const c of p.values()) np += c;
  for (const c of t.values()) nt += c;
  for (const [k, c] of p) common += Math.min(c, t.get(k) ?? 0);
  if (!common) return 0;
  return (2 * (common / np) * (common / nt)) / (common / np + common / nt);
}

for (const name of readdirSync(root).filter((d) => existsSync(join(root, d, "expected.json")))) {
  describe(`fixture ${name}`, () => {
    const dir = join(root, name);
    const src = readdirSync(dir).find((f) => f.startsWith("source."))!;
    const exp = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
    const contentType = src.endsWith(".txt") ? "text/plain" : undefined;
    const a = extract({ id: `${name}/${src}`, bytes: readFileSync(join(dir, src)), ...(contentType ? { contentType } : {}) });

    if (exp.title) it("title", () => expect(norm(a.title)).toBe(norm(exp.title)));
    if (exp.byline) it("byline people", () => expect(a.byline.map(norm)).toEqual(exp.byline.map(norm)));
    if (exp.publishedDay) it("publication day", () => expect(a.published?.value.slice(0, 10)).toBe(exp.publishedDay));
    if (exp.publishedMethod) it("publication method", () => expect(a.published?.method).toBe(exp.publishedMethod));
    if (exp.dateline)
      it("dateline", () => {
        expect(a.dateline?.place).toBe(exp.dateline.place);
        if (exp.dateline.agency) expect(a.dateline?.agency).toBe(exp.dateline.agency);
        expect(a.text.slice(a.dateline!.start!, a.dateline!.end!)).toBe(a.dateline!.text);
      });
    if (exp.bodyFirst)
      it("body starts with the story's first paragraph", () => expect(norm(a.paragraphs[0]).startsWith(norm(exp.bodyFirst))).toBe(true));
    if (exp.bodyLast)
      it("body ends with the story's last paragraph", () => expect(norm(a.paragraphs.at(-1)).endsWith(norm(exp.bodyLast))).toBe(true));
    if (exp.paragraphs) it("paragraph count", () => expect(a.paragraphs.length).toBe(exp.paragraphs));
    if (exp.minParagraphs) it("paragraphs recovered", () => expect(a.paragraphs.length).toBeGreaterThanOrEqual(exp.minParagraphs));
    if (exp.body)
      it(`word F1 against the ground truth ≥ ${exp.minWordF1}`, () =>
        expect(wordF1(a.text, exp.body)).toBeGreaterThanOrEqual(exp.minWordF1));
    if (exp.mustNotContain?.length)
      it("no page furniture in the body", () => {
        for (const junk of exp.mustNotContain) expect(a.text).not.toContain(junk);
      });
    if (exp.media)
      it("captions and credits, one entry per picture", () =>
        expect(a.media.map((m) => [norm(m.caption).slice(0, 60), m.credit ?? null])).toEqual(
          exp.media.map((m: { caption?: string; credit?: string }) => [norm(m.caption).slice(0, 60), m.credit ?? null]),
        ));
    if (exp.notArticle !== undefined) it("not-an-article flag", () => expect(Boolean(a.notArticle)).toBe(exp.notArticle));
    if (exp.messages) it("messages", () => expect(a.messages.map((m) => m.code)).toEqual(expect.arrayContaining(exp.messages)));
    if (exp.encoding) it("charset from <meta>", () => expect(a.methods?.encoding).toContain(exp.encoding));
    it("text is the paragraphs joined by a blank line, no paragraph twice", () => {
      expect(a.text).toBe(a.paragraphs.join("\n\n"));
      // short lines (a key under 30 characters, e.g. a guide's "Bib Gourmand | East Village" labels) may repeat by design
      const checked = exp.repeatsShortLines ? a.paragraphs.filter((p) => blockKey(p).length >= 30) : a.paragraphs;
      expect(new Set(checked.map(norm)).size).toBe(checked.length);
      expect(a.text).not.toMatch(/\u00a0/);
    });
  });
}
