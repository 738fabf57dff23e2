/**
 * Precision rules of session 12 from events coded on real web pages that are not political news (WCXB dev
 * pages, CC BY 4.0; see test/fixtures/events/web/SOURCES.md).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processPage } from "../../src/pipeline.js";
import { tuple } from "./corpus-events.js";

const DIR = join(import.meta.dirname, "../fixtures/events/web");

function eventsOf(page: string): string[] {
  const { analysis } = processPage({ id: page, bytes: readFileSync(join(DIR, page)), contentType: "text/html" });
  return analysis.events
    .filter((e) => e.plover)
    .map((e) => `${tuple(e)} «${e.evidence.trigger?.text}» ${e.evidence.sentence.slice(0, 60)}`);
}

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
