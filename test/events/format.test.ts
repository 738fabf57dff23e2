import { describe, expect, it } from "vitest";
import { EVIDENCE_COLUMNS, GDELT_COLUMNS, GDELT_HEADER, toGdeltRow, toPloverJson } from "../../src/events/format/index.js";
import { codeEvents } from "../../src/events/index.js";
import { analysisOf, articleOf } from "./helpers.js";

// A real sentence from the seed story (Xinhua, 2018-03-22).
const text =
  'Shortly ahead of the election, the U.S. Treasury Department said it would sanction five Russian entities and 19 individuals, accusing them of having meddled in the 2016 U.S. presidential election and engaged in "malicious" cyber attacks.';
const events = codeEvents(articleOf(text, "2018-03-22", "MOSCOW"), analysisOf(text, "2018-03-22", [["2016", "2016"]]));
const sanction = events.find((e) => e.cameo.code === "163")!;

describe("exports", () => {
  it("has the 61 GDELT 2.0 columns plus evidence columns", () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_HEADER).toHaveLength(61 + EVIDENCE_COLUMNS.length);
    const row = toGdeltRow(sanction, {
      eventNumber: 7,
      url: "http://example.org/a",
      published: "2018-03-23T03:59:26+08:00",
      articleId: "a1",
    });
    expect(row).toHaveLength(GDELT_HEADER.length);
    const col = (n: string) => row[GDELT_HEADER.indexOf(n)];
    expect(col("EventCode")).toBe("163");
    expect(col("EventRootCode")).toBe("16");
    expect(col("Actor1CountryCode")).toBe("USA");
    expect(col("Actor2CountryCode")).toBe("RUS");
    expect(col("QuadClass")).toBe("4");
    expect(col("SQLDATE")).toBe("20180322");
    expect(col("DATEADDED")).toBe("20180323035926");
    expect(col("EvidenceSentence")).toBe(text);
    expect(row.every((c) => !c.includes("\t"))).toBe(true);
  });
  it("writes PLOVER records and skips events without a PLOVER type", () => {
    const rec = toPloverJson(sanction, { articleId: "a1", eventNumber: 0 })!;
    expect(rec.event_type).toBe("SANCTION");
    expect(rec.actor_country).toBe("USA");
    expect(rec.recipient_country).toBe("RUS");
    expect(rec.future).toBe(true);
    expect(rec.text).toBe(text);
    expect(toPloverJson({ ...sanction, plover: null })).toBeNull();
  });
});
