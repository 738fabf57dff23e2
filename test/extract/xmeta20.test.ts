/**
 * Metadata rules of helper xmeta20 (session 18), on real markup from the WCXB development split
 * (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev). Page ids are given per case.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/extract/html/dom.js";
import { splitByline } from "../../src/extract/html/meta/byline.js";
import { collectMeta, parseJsonLd } from "../../src/extract/html/meta/collect.js";
import { ldArticle, ldNames } from "../../src/extract/html/meta/jsonld.js";
import { extract } from "../../src/extract/index.js";

const FIX = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/extract");

describe("JSON-LD blocks that break JSON's rules", () => {
  const blocks = readFileSync(join(FIX, "jsonld-broken/blocks.html"), "utf8");
  const meta = collectMeta(parseHtml(`<html><head>${blocks}</head><body></body></html>`));
  const types = meta.jsonld.map((o) => o["@type"]);

  it("a line break typed inside a string: the BlogPosting is read (wcxb 0019)", () => {
    const ld = ldArticle(meta.jsonld);
    expect(ld?.type).toBe("BlogPosting");
    expect(ldNames(ld?.obj.author)).toEqual(["Stephen Jesudunsin"]);
    expect(String(ld?.obj.description)).toMatch(/decentralized world of 2025\.\s*$/);
  });
  it("two objects one after the other are both read (wcxb 1222)", () => {
    expect(types).toContain("LocalBusiness");
    expect(types).toContain("Organization");
  });
  it("`// comments` after members are dropped, not the block (wcxb 2218)", () => {
    const v = meta.jsonld.find((o) => o["@type"] === "VideoObject");
    expect(v?.uploadDate).toBe("2025-05-28T13:46:45+05:00");
    expect(v?.duration).toBe("PT6M31S");
  });
  it("guards: URLs inside strings keep their `//`; a block broken otherwise is still ignored", () => {
    expect(parseJsonLd('{"url": "https://a.example/x", "b": [1,2,],\n}')).toEqual({ url: "https://a.example/x", b: [1, 2] });
    expect(parseJsonLd('{"headline": "Unclosed}')).toBeUndefined();
    expect(parseJsonLd("")).toBeUndefined();
  });
});

describe("an h2 printing the metadata's title beats an h1 the metadata does not name", () => {
  const titleOf = (id: string) => {
    const bytes = readFileSync(join(FIX, `title-h2/wcxb-${id}.html`));
    const a = extract({ id, bytes, url: `https://example.org/${id}`, contentType: "text/html" });
    return { title: a.title, method: (a.methods as Record<string, string>).title };
  };
  it("the headline set as an h2 above an h1 of the body (wcxb 0379, blog.rust-lang.org)", () => {
    expect(titleOf("0379")).toEqual({ title: "What do people love about Rust?", method: "h2" });
  });
  it("an h1 padded with the source's domain and a comment count (wcxb 0396, slashdot.org)", () => {
    expect(titleOf("0396").title).toBe("Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs");
  });
  it("guard: an only h1 that differs from the metadata, with no h2 printing the metadata's title, stays (wcxb 0034)", () => {
    expect(titleOf("0034")).toEqual({
      title: "The No. 1 most popular workout of 2024 — and 5 fitness trends to expect in 2025",
      method: "h1(only)",
    });
  });
});

describe("bylines: commenters are not authors; a date's label is not part of a name", () => {
  const file = (id: string) => readFileSync(join(FIX, `byline-comments/wcxb-${id}.html`));
  const metaOf = (id: string) => collectMeta(parseHtml(file(id).toString("utf8")));
  const bylineOf = (id: string) => extract({ id, bytes: file(id), url: `https://example.org/${id}`, contentType: "text/html" }).byline;
  it("names in a comment list and a recent-comments widget are not byline candidates (wcxb 0461)", () => {
    expect(metaOf("0461").authors).toEqual([]);
    expect(bylineOf("0461")).toEqual(["Amanda"]);
  });
  it("a `by` label in a comment's header is a commenter (wcxb 0396, slashdot.org)", () => {
    expect(metaOf("0396").authors.some((a) => a.text === "Fons_de_spons")).toBe(false);
  });
  it("`Posted by BeauHD on Friday December 19, 2025 @08:00PM from the … dept.` is BeauHD's (wcxb 0396)", () => {
    expect(splitByline("Posted by BeauHD on Friday December 19, 2025 @08:00PM from the skewed-job-market dept.")).toEqual(["BeauHD"]);
    expect(bylineOf("0396")).toEqual(["BeauHD"]);
  });
  it("names in Joomla's latest-comments widget are not the author; the author box's name loses its date label (wcxb 0427)", () => {
    // the box nests a second `author_cont`: the same text twice
    expect(new Set(metaOf("0427").authors.map((a) => a.text))).toEqual(new Set(["Craig McCarthy Last updated on 17 December 2025"]));
    expect(bylineOf("0427")).toEqual(["Craig McCarthy"]);
  });
  it("the label of a date after the name is dropped with the date (wcxb 0153, 0183, 0312, 2218, 4478)", () => {
    expect(splitByline("By Lisa Jennings on Dec. 19, 2025")).toEqual(["Lisa Jennings"]);
    expect(splitByline("Written by David Jackson Last updated on: October 1, 2025")).toEqual(["David Jackson"]);
    expect(splitByline("Written by Last updated on: October 1, 2025")).toEqual([]);
    expect(splitByline("by Alison Plaut Updated October 17, 2025")).toEqual(["Alison Plaut"]);
    expect(splitByline("By Jeff Cobb. Last Updated on December 11, 2025")).toEqual(["Jeff Cobb"]);
    expect(splitByline("By Eric Hergenreder Updated December 19, 2025")).toEqual(["Eric Hergenreder"]);
  });
  it("guards: a name ending in `On` without a date keeps it (wcxb 4427); `on <date>` before a `|` field (wcxb 4068)", () => {
    expect(splitByline("Audiophile On")).toEqual(["Audiophile On"]);
    expect(splitByline("By Craig Randall , Alli Miles , Eszter Horanyi on March 12, 2026 | Comments")).toEqual([
      "Craig Randall",
      "Alli Miles",
      "Eszter Horanyi",
    ]);
  });
});

describe("a field heading `Author` labels the name in the next element", () => {
  const file = (id: string) => readFileSync(join(FIX, `author-field/wcxb-${id}.html`));
  it("`<h3>Author</h3><p> Lisa D. Ellis</p>` in a details card (wcxb 4079)", () => {
    const a = extract({ id: "4079", bytes: file("4079"), url: "https://example.org/4079", contentType: "text/html" });
    expect(a.byline).toEqual(["Lisa D. Ellis"]);
  });
  it("guard: `<option>Author</option>` in a search form's field list labels nothing (wcxb 0380)", () => {
    expect(collectMeta(parseHtml(file("0380").toString("utf8"))).authors).toEqual([]);
  });
});
