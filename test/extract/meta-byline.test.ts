/**
 * Byline rules added in session 3, on markup copied from real pages of the WCXB development split
 * (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev), trimmed to the elements
 * each rule reads. Page ids are given for each case.
 */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/extract/html/dom.js";
import { pickByline } from "../../src/extract/html/meta/byline.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";

function byline(head: string, body: string, site: string) {
  const meta = collectMeta(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`));
  return pickByline(meta, null, [site]);
}

describe("byline", () => {
  it("the site named as author gives way to a `by Jane Doe` line the page shows (wcxb 4614)", () => {
    const b = byline(
      `<meta name="author" content="One Tree Planted"><meta property="og:site_name" content="One Tree Planted">`,
      `<h1 class="article-title">How to Reduce Waste: 21 Practical Zero Waste Tips for Everyday Living</h1><div class="my-meta"><span style="text-transform: capitalize;"><a href="/search?type=article&q=Meaghan Weeden">by Meaghan Weeden</a></span> <span><span class="dot">●</span> December 23, 2025 <span class="dot">●</span></span></div>`,
      "One Tree Planted",
    );
    expect(b).toEqual({ byline: ["Meaghan Weeden"], method: "by-line" });
  });

  it("a `By …` heading in a menu is a filter, not a byline (wcxb 0049)", () => {
    const b = byline(
      `<meta property="og:site_name" content="Swoogo" /><meta name="author" content="Swoogo" />`,
      `<div class="flyout-container" role="menu" aria-label="Solutions by Event Type and Industry"><div class="relative grid gap-6 sm:gap-8 grid-cols-2"><div><h4>By Event Type</h4><ul class="nav-link-list"><li><a role="menuitem" href="https://swoogo.events/conferences/">Conferences</a></li></ul></div></div></div>`,
      "Swoogo",
    );
    expect(b).toEqual({ byline: ["Swoogo"], method: "meta[author]" });
  });

  it("a description led by a comma after each name is not a name (wcxb 4430)", () => {
    const b = byline(
      `<meta property="og:site_name" content="Reviewed">`,
      `<div class="article-byline__content"><div class="article-byline__written-by"><strong>Written by</strong> <br><strong><a href="https://www.reviewed.com/authors/adrien-ramirez">Adrien Ramirez</a></strong>, 4+ years covering computer hardware, software, and science<br><strong><a href="https://www.reviewed.com/authors/joanna-nelius">Joanna Nelius</a></strong>, senior editor and E Ink enthusiast with 5+ years experience testing PC hardware and laptops.</div></div>`,
      "Reviewed",
    );
    expect(b.byline).toEqual(["Adrien Ramirez", "Joanna Nelius"]);
  });
});
