/**
 * Recall rules of session 15 (helper recall15), through the full pipeline, on PETRARCH2 unit-test records
 * of the tune half (MIT).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";

/** The events of a one-sentence text as "PLOVER/CAMEO ACTORS>RECIPIENTS [trigger]". */
function coded(text: string, date: string): string[] {
  return run(text, date).events.map(
    (e) =>
      `${e.plover?.event ?? "-"}/${e.cameo.code} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")} [${e.evidence.trigger?.text ?? ""}]`,
  );
}

describe("cutting relations", () => {
  it("reads 'break/broken relations' as a cut in relations (161), not a threat", () => {
    expect(coded("Ethiopia has broken relations with Libya almost five years after crowds trashed its embassy.", "1995-01-01")).toEqual([
      "SANCTION/161 ETH>LBY [broken relations]",
    ]);
    expect(coded("Ethiopia will break relations with Libya almost five years after crowds trashed its embassy.", "1995-01-01")).toEqual([
      "SANCTION/161 ETH>LBY [break relations]",
    ]);
  });
});

describe("criticism", () => {
  it("reads deploring someone as criticism (111)", () => {
    expect(
      coded(
        "Ethiopia indicated it deplored Libya almost five years after crowds trashed its embassy, a senior official said on Saturday.",
        "1995-01-01",
      ),
    ).toEqual(["ACCUSE/111 ETH>LBY [deplored]"]);
  });
});
