/** Precision audit 16 (seeds 300–302), each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("precision audit 16", () => {
  it("endorses no side a policy or an idea named by a common noun or 'it' ('endorsed charter schools')", () => {
    const oct = "On_the_campaign_trail_in_the_USA,_October_2020";
    const june = "On_the_campaign_trail_in_the_USA,_June_2020";
    expect(eventsIn(oct, "Pierce and Carroll endorsed charter schools").map(tuple)).toEqual([]);
    expect(
      eventsIn(oct, "On Police reform, Blankenship and Carroll")
        .filter((e) => e.plover?.event === "SUPPORT")
        .map(tuple),
    ).toEqual([]);
    expect(eventsIn(june, "She endorsed the selection of a").map(tuple)).toEqual([]);
  });

  it("still codes an endorsement of a candidate by name or by a personal pronoun", () => {
    expect(eventsIn("Bloomberg,_Warren_end_US_presidential_campaigns", "Wednesday, the same day that he dropped out").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
    expect(eventsIn("Donald_Trump_wins_2020_US_Republican_delegates_from_Nevada", "Nevada opted not to hold").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
  });

  it("reads the names listed after a counted plural object as its members, not the name in its modifier ('two Presidents in the history of the United States, Bill Clinton and Andrew Johnson')", () => {
    const events = eventsIn("U.S._House_formalizes_rules_for_Trump_impeachment", "The House has only impeached two Presidents");
    expect(events.map((e) => e.recipient.map((r) => r.name).join("+"))).toEqual(["Bill Clinton+Andrew Johnson"]);
  });

  it("takes no side from a participle phrase on 'those' ('criminal charges against those held in contempt of Congress')", () => {
    const events = eventsIn("US_House_of_Representatives_holds_two_Cabinet_officers", "Historically, the Department of Justice has not");
    expect(events.flatMap((e) => e.recipient.map((r) => r.name))).not.toContain("Congress");
  });

  it("takes no side of a meeting from the place it is held in ('attended a summit in Rome')", () => {
    const events = eventsIn("Pope_Francis_instructs_reporting_of_sexual_abuse", "In February, Catholic bishops from around the world");
    expect(events.flatMap((e) => e.recipient.map((r) => r.name))).not.toContain("Rome");
  });
});
