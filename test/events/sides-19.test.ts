/**
 * Session 19 (helper sides19): the sides of events read on real news pages of the Zyte extraction benchmark (MIT;
 * test/fixtures/events/web/SOURCES.md) and in the bundled Wikinews articles (CC BY 2.5): a dateline that names
 * its city with its country, organisations no dictionary places, nouns read as verbs.
 */
import { describe, expect, it } from "vitest";
import { webPageEvents } from "./corpus-events.js";

const withTrigger = (page: string, trigger: string) => webPageEvents(page).filter((l) => l.includes(`«${trigger}»`));
const kinds = (lines: string[]) => lines.map((l) => l.split(" «")[0]);

describe("a dateline that gives its city with the country", () => {
  it("places 'HANOI, Vietnam (AP)': the officials Esper met are Vietnam's, not the United States' (AP)", () => {
    expect(kinds(withTrigger("zyte-db6b0816c612.html.gz", "met"))).toEqual(["CONSULT USA>VNM"]);
    // Guard: the sides named by the text keep their countries.
    expect(kinds(withTrigger("zyte-db6b0816c612.html.gz", "accused"))).toEqual(["ACCUSE USA>CHN", "ACCUSE VNM>CHN"]);
  });
});
