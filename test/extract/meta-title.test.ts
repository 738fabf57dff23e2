/**
 * Title rules added in session 3, on header markup copied from real pages of the WCXB development
 * split (CC BY 4.0, © 2026 Murrough Foley; ../shared/data/extraction/wcxb-dev), trimmed to the
 * elements each rule reads. Page ids are given for each case.
 */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../src/extract/html/dom.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";
import { ldArticle } from "../../src/extract/html/meta/jsonld.js";
import { pickTitle, stripSiteName } from "../../src/extract/html/meta/title.js";

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

  it("an h1 that holds the site's name is a banner, not a second headline (wcxb 1837)", () => {
    const t = title(
      `<title>Hire Movers from SF&#x27;s 21+ Best Moving Companies (2024)</title><meta property="og:site_name" content="SFist - San Francisco News, Restaurants, Events, &amp; Sports" /><meta property="og:title" content="Hire Movers from SF&#x27;s 21+ Best Moving Companies (2024)" />`,
      `<h1 class="post-full-title">21+ Best Movers / Moving Companies in San Francisco (2024)</h1><div class="subscribe-overlay"><h1 class="subscribe-overlay-title">Subscribe to SFist - San Francisco News, Restaurants, Events, &amp; Sports</h1></div>`,
      "SFist - San Francisco News, Restaurants, Events, & Sports",
    );
    expect(t).toEqual({ title: "21+ Best Movers / Moving Companies in San Francisco (2024)", method: "h1(only)" });
  });

  it("a <title> joining the h1 and og:title names the site by the h1: og:title is the headline (wcxb 4456)", () => {
    const t = title(
      `<title>Lessons Learned: The lean startup</title><meta content='The lean startup' property='og:title'/>`,
      `<h1 class='title'>\n<a href='http://www.startuplessonslearned.com/'>\nLessons Learned\n</a>\n</h1>`,
    );
    expect(t).toEqual({ title: "The lean startup", method: "meta[og:title]" });
  });

  it("…but not when that other title is the site's name (og:title set to the site)", () => {
    const t = title(
      `<title>Lessons Learned: The lean startup</title><meta content='The lean startup' property='og:title'/>`,
      `<h1 class='title'>Lessons Learned</h1>`,
      "The lean startup",
    );
    expect(t.title).toBe("Lessons Learned");
  });

  it("an h1 that is a domain names the site: it is dropped from the <title> even with no separator (wcxb 0452)", () => {
    const t = title(
      "<title>davidbau.com Vibe Coding</title>",
      `<h1><a href="https://davidbau.com/" accesskey="1">davidbau.com</a></h1><h2 class="date">December 16, 2025</h2><h3 class="title">Vibe Coding</h3>`,
    );
    expect(t).toEqual({ title: "Vibe Coding", method: "title" });
  });

  it("a one-word site name that opens the headline is kept: it is the headline's first word (wcxb 0451)", () => {
    expect(stripSiteName("Docker Hardened Images: Security Independently Validated by SRLabs", "Docker")).toBe(
      "Docker Hardened Images: Security Independently Validated by SRLabs",
    );
    expect(stripSiteName("davidbau.com Vibe Coding", "davidbau.com")).toBe("Vibe Coding");
  });

  it("an h1 with characters lost to a wrong encoding takes the metadata's spelling (wcxb 0048)", () => {
    const t = title(
      `<title>What Are The Basics Of Event Planning: Beginner&#x27;s Guide</title><meta property="og:title" content="What Are The Basics Of Event Planning: Beginner&#x27;s Guide"/><meta property="og:site_name" content="AAFT University"/>`,
      `<h1 class="entry-title">What Are The Basics Of Event Planning? Beginner? Guide</h1>`,
      "AAFT University",
    );
    expect(t).toEqual({ title: "What Are The Basics Of Event Planning: Beginner's Guide", method: "h1(only)+metadata-spelling" });
  });

  it("a question mark that is a question keeps the h1 (wcxb 4277: the metadata words differ)", () => {
    const t = title(
      `<title>How Fast Do Electric Skateboards Go? Top Speeds Revealed</title><meta property="og:title" content="How Fast Do Electric Skateboards Go? Top Speeds Revealed"/>`,
      `<h1>How Fast Does an Electric Skateboard Go? Top Speeds Revealed</h1>`,
    );
    expect(t.title).toBe("How Fast Does an Electric Skateboard Go? Top Speeds Revealed");
  });
});
