/** Precision rules of session 15 from events coded on real web pages that are not political news (WCXB dev
 * pages, CC BY 4.0; see test/fixtures/events/web/SOURCES.md). */
import { describe, expect, it } from "vitest";
import { webPageEvents } from "./corpus-events.js";

describe("web pages that hold no international-relations event (session 15)", () => {
  it("reads a quality 'demonstrated through' something as shown ('maintaining expertise demonstrated through …')", () => {
    expect(webPageEvents("wcxb-2362.html.gz")).toEqual([]);
  });

  it("reads a country between a possessive and a noun as a modifier, no antecedent of 'they' ('Chan’s Hong Kong action movies as they arrived in the U.S.')", () => {
    expect(webPageEvents("wcxb-0401.html.gz")).toEqual([]);
  });

  it("lets no dictionary pattern reach into a clause opened by 'before' + -ing ('sketches the scene before calling the police')", () => {
    // Was MOBILIZE 153 ("draft … police"); the page holds no other event (see precision-audit-11).
    expect(webPageEvents("wcxb-4372.html.gz")).toEqual([]);
  });
});
