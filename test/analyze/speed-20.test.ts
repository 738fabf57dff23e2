/**
 * Session 20 speed-ups of the analysis stage (helper anspeed): each keeps the output byte for byte (the whole dump of
 * `bench/nlp/dump-analysis.ts` compares equal with `cmp`). Guards on real text: the bundled Wikinews articles
 * (CC BY 2.5), quoted verbatim or read whole.
 */
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { chronoParse } from "../../src/analyze/times/rules/chrono.js";
import { corpusRecord, corpusRecords } from "../corpus.js";

/** What the time rule reads of a chrono result. */
function shown(results: chrono.ParsedResult[]): string[] {
  const parts = ["year", "month", "day", "weekday", "hour", "minute", "timezoneOffset"] as const;
  return results.map((r) =>
    [
      r.index,
      r.text,
      r.start.date().toISOString(),
      r.end?.date().toISOString() ?? "-",
      parts.map((c) => `${c}:${r.start.isCertain(c) ? "c" : ""}${r.start.get(c) ?? ""}`).join(","),
    ].join("|"),
  );
}

describe("chrono runs only the parsers a sentence can feed", () => {
  it("finds what the full casual parser finds in every sentence of 40 bundled articles", () => {
    const full = chrono.casual.clone();
    const instant = new Date(Date.UTC(2019, 9, 1, 12));
    let found = 0;
    for (const rec of corpusRecords().slice(0, 40))
      for (const s of splitSentences(rec.text)) {
        const sentence = rec.text.slice(s.start, s.end);
        const want = shown(full.parse(sentence, { instant, timezone: 0 }, { forwardDate: false }));
        expect(shown(chronoParse(sentence, instant))).toEqual(want);
        found += want.length;
      }
    // (The sentences hold dates, weekdays and clock times: the comparison is not of empty lists only.)
    expect(found).toBeGreaterThan(100);
  });

  it("a weekday and its clock time stay one date, as the full parser merges them (Wikinews: 6.3 earthquake aftershocks)", () => {
    const rec = corpusRecord("Aftershocks_increase_death_toll_of_magnitude_6.3");
    const sentence = "Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m.";
    expect(rec.text).toContain(sentence);
    const instant = new Date(`${rec.date.slice(0, 10)}T12:00:00Z`);
    const full = shown(chrono.casual.clone().parse(sentence, { instant, timezone: 0 }, { forwardDate: false }));
    expect(full).toHaveLength(1);
    expect(shown(chronoParse(sentence, instant))).toEqual(full);
  });
});

describe("entity rules whose token loops no longer hold closures", () => {
  it("a work named after 'entitled' is a title (Wikinews: Arrests made in theft of gold toilet in England)", () => {
    const rec = corpusRecord("Arrests_made_in_theft_of_gold_toilet");
    const ents = findEntities(rec.text, splitSentences(rec.text), rec.date);
    const title = ents.find((e) => e.text === "America");
    expect(title?.type).toBe("MISC");
    expect(title?.method).toBe("entitled-title");
  });
});
