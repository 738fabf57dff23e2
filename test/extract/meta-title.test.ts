/**
 * Title rules added in session 3, on header markup copied from real pages of the WCXB development
 * split (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev), trimmed to the
 * elements each rule reads. Page ids are given for each case.
 */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/extract/html/dom.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";
import { ldArticle } from "../../src/extract/html/meta/jsonld.js";
import { pickTitle } from "../../src/extract/html/meta/title.js";

function title(head: string, body: string, siteName?: string) {
  const meta = collectMeta(parseHtml(`<html><head>${head}</head><body>${body}</body></html>`));
  return pickTitle(meta, meta.jsonld.length ? ldArticle(meta.jsonld) : null, siteName);
}

describe("headline", () => {
  it("a line break in the h1 parts words (wcxb 0378)", () => {
    const t = title(
      "<title>Weekend Coding Agent | TheFocus.AI Labs</title>",
      `<h1 class="text-6xl md:text-8xl font-sans font-black text-void leading-[0.85] tracking-tight mb-12"> WEEKEND<br>CODING<br> <span class="text-rand-blue">AGENT</span> </h1>`,
    );
    expect(t.title).toBe("WEEKEND CODING AGENT");
  });
});
