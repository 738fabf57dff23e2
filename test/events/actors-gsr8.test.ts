/**
 * Session-8 actor rules (helper gsr8), on real sentences of the bundled Wikinews articles (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { eventsIn, tuple } from "./corpus-events.js";

/** Actor mentions of a one-sentence text, as "text:country/sector". */
function mentionsOf(text: string, date: string): string[] {
  const { analysis } = run(text, date);
  return findMentions(text, tokens(text), analysis.entities).map((m) => `${m.text}:${m.country}/${m.sector}`);
}

describe("agents after a verb of saying", () => {
  it("reads the agent right after a verb of saying or warning ('local police warned people in …')", () => {
    expect(
      mentionsOf(
        "The airport and nearby hotel were both evacuated and local police warned people in the general vicinity to stay inside and close exterior vents and windows.",
        "2020-01-10",
      ),
    ).toContain("people:null/CVL");
  });

  it("reads the people warned, not 'the general vicinity', as a warning's recipient", () => {
    // Since session 11 this safety warning ("… to stay inside and close exterior vents") is no threat at all
    // (test/events/precision-audit-11.test.ts), so the sentence codes nothing and no longer shows its recipient.
    const evs = eventsIn("Fire_erupts_in_parking_structure_at_Sola_Airport", "The airport and nearby hotel were both evacuated");
    expect(evs.flatMap((e) => e.recipient.map((r) => r.name))).not.toContain("general vicinity");
  });
});

describe("armed attacks on a thing", () => {
  it("strike the place where the sentence happens", () => {
    // The airstrike at Baghdad International Airport struck Iraq; the police shooting in Philadelphia, the US.
    expect(eventsIn("United_States_military_kills_Qasem_Soleimani", "The United States carried out the airstrike").map(tuple)).toEqual([
      "ASSAULT USA>IRQ",
    ]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "The fatal police shooting of Walter Wallace").map(tuple)).toEqual([
      "ASSAULT USA>USA",
    ]);
  });
});
