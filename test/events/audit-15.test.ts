/** Precision audit 15 (seeds 214–217), each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn } from "./corpus-events.js";

describe("precision audit 15", () => {
  it("reads a place of the marchers' own country as where a street action happens ('marched in London')", () => {
    // "… roughly one million people marched in London on Saturday during an anti-Brexit ("British exit") march,
    // protesting the pending exit of the United Kingdom from the European Union (EU)": one protest against the
    // British state, not a second one against London.
    const events = eventsIn("Thousands_march_in_anti-Brexit_protest,_London", "Estimates by event organizers indicate");
    expect(events.map((e) => e.recipient.map((r) => r.name).join("+"))).toEqual(["United Kingdom"]);
  });

  it("reads a role after 'resigned as' as the office, not a side, and as the subject's sector", () => {
    const events = eventsIn("Puerto_Rico%27s_governor_Rossell%C3%B3_resigns", "On Friday, Ricardo Rosselló Nevares resigned as");
    expect(
      events.map((e) => `${e.plover?.event} ${e.actor[0]?.country}/${e.actor[0]?.sector}>${e.recipient.map((r) => r.name).join("+")}`),
    ).toEqual(["CONCEDE PRI/GOV>PRI"]);
  });

  it("codes no act a passive charge names, also when the charge is not coded ('is accused of … shooting and killing')", () => {
    const events = eventsIn(
      "Suspect_in_Kenosha,_Wisconsin_protester_killings",
      "A resident of Antioch, Illinois, Rittenhouse is accused of",
    );
    expect(events.filter((e) => e.plover?.event === "ASSAULT")).toEqual([]);
  });

  it("dates no act by the time of an occasion its object tells of ('subpoenaed a … transcript of a call … in late July')", () => {
    const events = eventsIn("U.S._House_issues_subpoena_to_secretary_of_state", "Among other things, the House subpoenaed");
    expect(events.map((e) => e.date.value)).toEqual(["2019-09-27"]);
  });

  it("makes no demand of the owner of what a subjunctive passive asks ('ordered the Capitol's flags be lowered')", () => {
    const events = eventsIn("US_Representative_Elijah_Cummings_dies_at_age_68", "In response to Cummings's death, Nancy Pelosi");
    expect(events.filter((e) => e.plover?.event === "REQUEST")).toEqual([]);
  });

  it("tells no act someone believes done as done ('… reportedly believe the crown prince ordered Khashoggi's killing')", () => {
    const events = eventsIn("Fianc%C3%A9e_of_murdered_Saudi_journalist", "The CIA and other intelligence agencies reportedly believe");
    expect(events.map((e) => `${e.plover?.event} ${e.mode.hypothetical}`)).toEqual(["ASSAULT true"]);
  });

  it("reads whom a street action is done with as marching beside its doer ('participating in a protest with the Iraq Veterans Against the War')", () => {
    const events = eventsIn(
      "Wikinews_interviews_2020_US_Libertarian_Party_presidential_candidate_Adam_Kokesh",
      "After an initial honorary discharge",
    );
    expect(events.filter((e) => e.plover?.event === "PROTEST").map((e) => e.recipient.map((r) => r.country).join("+"))).toEqual(["USA"]);
  });
});
