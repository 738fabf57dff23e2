/**
 * Rules of session 5 on real sentences (the bundled Wikinews corpus, CC BY 2.5), through the full pipeline.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";

const countries = (as: { country: string | null }[]) => as.map((a) => a.country);

describe("participial clauses", () => {
  it("a participle after a comma takes the subject of the uncoded verb before it (signed …, officially outlawing …)", () => {
    const { events } = run(
      "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection Act, officially outlawing nearly all circumstances of abortion in the state.",
      "2019-05-18",
    );
    const e = events.find((x) => x.evidence.trigger?.text === "outlawing");
    expect(e?.plover?.event).toBe("COERCE");
    expect(e!.actor[0]?.name).toBe("Kay Ivey");
    expect(countries(e!.actor)).toEqual(["USA"]);
  });

  it("a court's finding told in a participle is the court's (issued an opinion …, finding it to be unlawful)", () => {
    const { events } = run(
      "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — prorogation — of the Parliament of the United Kingdom which went into effect on Tuesday, finding it to be unlawful.",
      "2019-09-13",
    );
    const e = events.find((x) => x.evidence.trigger?.text === "finding");
    expect(e?.cameo.code).toBe("116");
    expect(countries(e!.actor)).toEqual(["GBR"]);
  });

  it("cutting a noun's complement is no embargo (reducing the focus on oil and gas)", () => {
    const { events } = run(
      "The new governor of the region, Alexander Moor, during his message to the regional parliamentarians read out on November 22, just offered to diversify the economy, reducing the focus on oil and gas from the third Baku and cultivating medical tourism.",
      "2019-05-06",
    );
    expect(events.filter((x) => x.cameo.code === "163")).toEqual([]);
  });
});
