/**
 * Precision rules from the session-6 audit of coded events on the unannotated bundled Wikinews articles
 * (CC BY 2.5): each sentence here was coded with a wrong event before.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("precision audit rules (session 6)", () => {
  it("does not make an actor its own counterpart", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "The formerly antagonistic nations").map(tuple)).not.toContain(
      "SUPPORT SRB+XKX>SRB",
    );
    expect(eventsIn("Living_with_HIV_during_COVID-19", "As soon as I came to the house")).toEqual([]);
  });

  it("reads a dictionary pattern of one preposition only right after the verb, or before the other side", () => {
    expect(eventsIn("US_Representative_Elijah_Cummings_dies", "He went on to serve")).toEqual([]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Knapp predicts")).toEqual([]);
    expect(eventsIn("Argentine_president_Fern", "Thousands of people had gathered")).toEqual([]);
    // "with" and "between" before a named side still count.
    expect(eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", '"The WH statement').map(tuple)).toContain(
      "CONSULT USA>TUR",
    );
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "In 1905, President Theodore Roosevelt").map(tuple)).toContain(
      "CONSULT USA>JPN+RUS",
    );
  });

  it("codes no act from a verb in the simple present (a state or a habit)", () => {
    expect(eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", "The PKK is banned in Turkey")).toEqual([]);
    expect(eventsIn("Boris_Johnson_elected_Conservative_leader", "Citizens of the United Kingdom do not elect")).toEqual([]);
    expect(eventsIn("Greek_prime_minister_reaffirms_EastMed", "Turkey maintains a position")).toEqual([]);
    expect(eventsIn("U.S._House_issues_subpoena", "Under the U.S. Constitution, the House")).toEqual([]);
  });

  it("keeps no negated act without a counterpart as a sentence's last resort", () => {
    expect(eventsIn("Elizabeth_Warren_endorses_Joe_Biden", "She did not immediately endorse")).toEqual([]);
    expect(eventsIn("Longtime_leader_of_Zimbabwe_Robert_Mugabe_dies", "Mugabe won a presidential election")).toEqual([]);
  });

  it("reads a capital before the name it qualifies as a place, not its government", () => {
    expect(eventsIn("Greta_Thunberg_named_2019_Time_Person", "That September, the Fridays for Future")).toEqual([]);
    expect(eventsIn("Germany_says_Alexei_Navalny_poisoned", "Initial reports from Omsk hospital")).toEqual([]);
  });

  it("does not read a crashed bomber aircraft as an attack", () => {
    expect(eventsIn("World_War_II_era_plane_crashes_in_Connecticut", "At least seven people were killed")).toEqual([]);
  });
});
