/**
 * Precision rules from the session-9 audit of coded events on the unannotated bundled Wikinews articles
 * (CC BY 2.5): each sentence here was coded with a wrong event or side before.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { eventsIn, tuple } from "./corpus-events.js";

describe("events of last resort (no recipient named)", () => {
  it("codes no praise, criticism, defence or seizure of a thing whose owner is not named", () => {
    expect(eventsIn("Germany_says_Alexei_Navalny_poisoned", "The spokesperson for the German government")).toEqual([]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "Biden defended his son")).toEqual([]);
    expect(eventsIn("New_Zealand_mosque_murder_suspect", "The authorities seized these firearms")).toEqual([]);
    expect(eventsIn("British_Columbia,_Canadian_police_report", "In a statement issued on Monday")).toEqual([]);
  });

  it("codes no background act and no people named by a plural demonym as a state", () => {
    expect(eventsIn("Arrest_made_as_mayor_of_Gda", "He recently condemned anti-semitism")).toEqual([]);
    expect(eventsIn("Philippines%27_largest_television_network", "Philippine President Rodrigo Duterte threatened")).toEqual([]);
    expect(eventsIn("Ancient_Egyptians_collected_wild_ibis", "In findings published on Wednesday")).toEqual([]);
  });

  it("still codes a whole act with no recipient named", () => {
    expect(eventsIn("Kurds_announce_deal_with_Assad", "On Wednesday, Turkey began a military offensive").map(tuple)).toEqual([
      "ASSAULT TUR>",
    ]);
    expect(eventsIn("Greek_prime_minister_reaffirms_EastMed", "He also noted that the Libyan House").map(tuple)).toEqual(["REJECT LBY>"]);
  });
});

describe("arguments", () => {
  it("takes an online platform named as the medium for no actor", () => {
    const text =
      "The Puerto Rico Center for Investigative Journalism obtained the Telegram messages between Rosselló and eleven others and released them publicly on July 13.";
    const { analysis } = run(text, "2019-07-28");
    expect(findMentions(text, tokens(text), analysis.entities).map((m) => m.text)).not.toContain("Telegram");
    expect(eventsIn("Puerto_Rico_governor_announces_resignation", "The Puerto Rico Center for Investigative Journalism")).toEqual([]);
  });

  it("reads 'people accused of crimes' as a description, not an accusation", () => {
    expect(eventsIn("Police_shoot_teenage_protester_as_Hong_Kong", "The protests began in June")).toEqual([]);
    // An accusation with its object still is one.
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "The Trump campaign accused Biden").map(tuple)).toEqual([
      "ACCUSE USA>USA",
    ]);
  });

  it("takes no recipient from a relative clause on the object or from what the object is called", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", 'Hawkins attacked the "macho culture"')).toEqual([]);
    expect(
      eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "While La Riva and Hawkins attacked war").map(
        (e) => e.evidence.trigger?.text,
      ),
    ).not.toContain("attacked");
  });
});
