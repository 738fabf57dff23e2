/**
 * Precision rules of session 12 from events coded on real web pages that are not political news (WCXB dev
 * pages, CC BY 4.0; see test/fixtures/events/web/SOURCES.md).
 */
import { describe, expect, it } from "vitest";
import { webPageEvents } from "./corpus-events.js";

const eventsOf = webPageEvents;

describe("web pages that hold no international-relations event (session 12)", () => {
  it("reads 'joining forces' as working together, with no armed forces", () => {
    expect(eventsOf("wcxb-0059.html.gz")).toEqual([]);
  });

  it("reads 'what the author intended to demonstrate' as showing", () => {
    expect(eventsOf("wcxb-0303.html.gz")).toEqual([]);
  });

  it("reads 'executing strategic acquisitions' as doing them", () => {
    expect(eventsOf("wcxb-0347.html.gz")).toEqual([]);
  });

  it("reads a bare form after 'about' as a noun ('a play … about child torture')", () => {
    expect(eventsOf("wcxb-0408.html.gz")).toEqual([]);
  });

  it("reads a ruling that something is fair use as no conviction", () => {
    expect(eventsOf("wcxb-2722.html.gz").filter((e) => /^SANCTION/.test(e))).toEqual([]);
  });

  it("reads 'continued its march around the world' as progress", () => {
    expect(eventsOf("wcxb-4039.html.gz").filter((e) => /^PROTEST/.test(e))).toEqual([]);
  });
});
