/** The inert-markup scans and the skipping tokenizer against what they replace, on every real fixture page. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { type ChildNode, DomHandler, type Text } from "domhandler";
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/extract/html/dom.js";
import { stripInert, stripInertBytes } from "../../src/extract/html/prep.js";

const LD = /<script\b[^>]*?type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
const INERT =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>/gi;

const fx = join(import.meta.dirname, "../fixtures/extract");
const pages = readdirSync(fx)
  .filter((d) => existsSync(join(fx, d, "source.html.gz")))
  .map((d) => ({ d, bytes: gunzipSync(readFileSync(join(fx, d, "source.html.gz")), { finishFlush: 2 /* a truncated page too */ }) }));

describe("stripInert", () => {
  it("cuts what the regular expressions cut and lifts the same JSON-LD, decoded and as Latin-1", () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const { bytes } of pages)
      for (const html of [bytes.toString("utf8"), bytes.toString("latin1")]) {
        const got = stripInert(html);
        expect(got.html).toBe(html.replace(INERT, " "));
        expect(got.jsonld).toEqual([...html.matchAll(LD)].map((m) => m[1]));
      }
  });
  it("cuts the same on the UTF-8 bytes, decoding only what it keeps", () => {
    for (const { bytes } of pages) {
      const html = bytes.toString("utf8");
      const got = stripInertBytes(bytes);
      expect(got.html.toString("utf8")).toBe(html.replace(INERT, " "));
      expect(got.jsonld).toEqual([...html.matchAll(LD)].map((m) => m[1]));
    }
  });
  it("upper-case names, spaced closers, unclosed scripts and JSON-LD inside a comment, from a real page", () => {
    const { bytes } = pages.find((p) => p.d === "nbc-vienna")!;
    const page = bytes.toString("utf8");
    const ld = page.match(/<script[^>]*ld\+json[^>]*>[\s\S]*?<\/script>/)![0];
    const html = `${page.slice(0, 3000)}<!-- ${ld} --><SCRIPT Type = 'application/LD+JSON'>${ld.replace(/<[^>]*>/g, "")}</Script  ><svg><p>x</svg ><STYLE>p{}</STYLE><script>never closed <p>${page.slice(3000, 6000)}`;
    expect(stripInert(html).html).toBe(html.replace(INERT, " "));
    expect(stripInert(html).jsonld).toEqual([...html.matchAll(LD)].map((m) => m[1]));
    expect(stripInert(html).jsonld.length).toBe(2);
    // on bytes, with a no-break space (two bytes in UTF-8) where `\s` is allowed
    const nb = html.replace("</Script  >", "</Script\u00a0>").replace("Type = 'app", "Type\u00a0=\u2002'app");
    expect(stripInertBytes(Buffer.from(nb)).html.toString("utf8")).toBe(nb.replace(INERT, " "));
    expect(stripInertBytes(Buffer.from(nb)).jsonld).toEqual([...nb.matchAll(LD)].map((m) => m[1]));
  });
});

/** Node by node: the same types, names and attributes, and texts equal once entities are decoded. */
function sameTree(ours: ChildNode, plain: ChildNode): boolean {
  if (ours.type !== plain.type) return false;
  if (ours.type === "text") return (ours as Text).data === decodeHTML((plain as Text).data);
  if (!("children" in ours) || !("children" in plain)) return true;
  const a = ours as unknown as { name?: string; attribs?: Record<string, string>; children: ChildNode[] };
  const b = plain as unknown as { name?: string; attribs?: Record<string, string>; children: ChildNode[] };
  if (a.name !== b.name || Object.keys(a.attribs ?? {}).join() !== Object.keys(b.attribs ?? {}).join()) return false;
  for (const k in a.attribs) if (a.attribs[k] !== decodeHTMLAttribute(b.attribs![k]!)) return false;
  return a.children.length === b.children.length && a.children.every((c, i) => sameTree(c, b.children[i]!));
}

describe("parseHtml", () => {
  it("builds the tree htmlparser2's own tokenizer builds (whole raw pages: scripts, comments and all)", () => {
    for (const { bytes } of pages) {
      const html = bytes.toString("utf8");
      const h = new DomHandler();
      new Parser(h, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
      expect(sameTree(parseHtml(html), h.root)).toBe(true);
    }
  });
});
