/**
 * Photo credits name an agency and a photographer. Credits as printed on real pages: the seed's
 * "Reuters Photo", the AP story fixture's "Photo: Meg Kinnard, AP" (test/fixtures/extract/ap-columbia),
 * CTV's "(AP Photo/Luca Bruno)" and "AP Photo/Toby Talbot, File" (test/fixtures/extract/cp1251-ctv-berlin),
 * and picture credits from WCXB pages (CC BY 4.0, © 2026 Murrough Foley) that name no one.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { creditEntities } from "../../src/analyze/credits.js";
import { processPage } from "../../src/pipeline.js";

const read = (credit: string) =>
  creditEntities(credit, 0).map((e) => [credit.slice(e.start, e.end), e.name, e.type, e.country ?? null, e.sector ?? null]);

describe("photo credits", () => {
  it("reads agencies with their country and sector, photographers as people", () => {
    expect(read("Reuters Photo")).toEqual([["Reuters", "Reuters", "ORG", null, "JRN"]]);
    expect(read("Photo: Meg Kinnard, AP")).toEqual([
      ["Meg Kinnard", "Meg Kinnard", "PER", null, null],
      ["AP", "Associated Press", "ORG", "USA", "JRN"],
    ]);
    expect(read("(AP Photo/Luca Bruno)")).toEqual([
      ["AP", "Associated Press", "ORG", "USA", "JRN"],
      ["Luca Bruno", "Luca Bruno", "PER", null, null],
    ]);
    expect(read("AP Photo/Toby Talbot, File").map((e) => e[1])).toEqual(["Associated Press", "Toby Talbot"]);
  });

  it("names no one in credits that hold no agency or person", () => {
    for (const credit of ["Image 1 of 5", "Kumamoto Castle", "Serious Eats", "Construction Coverage", "Courtesy of Amp"])
      expect(read(credit), credit).toEqual([]);
  });

  it("marks credit entities and points their offsets into the credit (seed)", () => {
    const dir = join(import.meta.dirname, "../fixtures/seed");
    const bytes = new Uint8Array(readFileSync(join(dir, "000_99228c402bf3de7c.txt")));
    const r = processPage({ id: "seed", bytes, contentType: "text/plain" });
    const credited = r.analysis.entities.filter((e) => e.inCredit);
    expect(credited.map((e) => [e.name, e.inCaption, e.media])).toEqual([["Reuters", true, 0]]);
    // Credit entities are not actors of the story's events.
    expect(r.analysis.events.some((ev) => [...ev.actor, ...ev.recipient].some((a) => a.name === "Reuters"))).toBe(false);
  });
});
