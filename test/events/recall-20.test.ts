/**
 * Recall rules of session 20 (helper recall20), through the full pipeline, on articles of the bundled
 * Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("a court's finding against a side told without 'that' (patterns/accuse.ts rule-unlawful)", () => {
  it("codes a breach found in a clause of its own ('ruled the male-only draft violated the … Constitution')", () => {
    expect(eventsIn("Texas_federal_judge_says_drafting_only_men", "In response to a lawsuit by the men's rights group").map(tuple)).toEqual(
      ["SANCTION USA>USA"],
    );
  });

  it("codes 'ruled against' a side's act and 'ruled X lacked authority'", () => {
    expect(eventsIn("US_state_of_Wisconsin_holds_2020_election", "The United States Supreme Court later ruled against").map(tuple)).toEqual(
      ["SANCTION USA>USA"],
    );
    expect(eventsIn("US_state_of_Wisconsin_holds_2020_election", "The decision was challenged in court").map(tuple)).toEqual([
      "SANCTION USA>USA",
    ]);
  });

  it("reads one finding per clause: 'found that it could rule on …, and found … to be unlawful' is one event", () => {
    expect(eventsIn("UK_Supreme_Court_rules_prorogation_of_parliament_unlawful", "The court found that it could rule").map(tuple)).toEqual([
      "SANCTION GBR>GBR",
    ]);
  });

  it("leaves a ruling asked about in an interview uncoded (guard)", () => {
    expect(eventsIn("Wikinews_interviews_2020_US_Libertarian_Party", "If you are elected president, what will you do").map(tuple)).toEqual(
      [],
    );
  });
});

describe("a comment on the story's own act named again by its noun, paragraphs after the lede (referred-act.ts)", () => {
  it("targets the doer of the lede's act when the last act is too old ('spoke out against the attack')", () => {
    // Lede: "Thursday, United States military forces killed Qasem Soleimani …"; eleven sentences on:
    expect(
      eventsIn("United_States_military_kills_Qasem_Soleimani", "Adil Abdul-Mahdi, the acting Prime Minister of Iraq").map(tuple),
    ).toEqual(["ACCUSE IRQ>USA"]);
  });

  it("targets it when the last act is of another kind ('also criticized the move')", () => {
    // Lede: "… Turkish President Recep Tayyip Erdoğan pledged conversion of the Hagia Sophia …".
    expect(eventsIn("Erdogan_proposes_converting_Hagia_Sophia", "This Thursday the United States Commission").map(tuple)).toEqual([
      "ACCUSE USA>TUR",
    ]);
  });

  it("leaves a condemnation of an act no doer is told for uncoded (guard)", () => {
    // "Germany says Alexei Navalny poisoned with Novichok": the lede codes no act with a doer.
    expect(eventsIn("Germany_says_Alexei_Navalny_poisoned_with_Novichok", "The spokesperson for the German government").map(tuple)).toEqual(
      [],
    );
  });
});

describe("an attack named by its noun with its doer in a reduced relative after it (triggers.ts nounWithDoer)", () => {
  it("codes 'the attack, reportedly conducted by the Taliban' against the story's place, on the story's day", () => {
    // Lede: "A car bomb was on Monday rammed into a military base in Maidan Shahr in … Afghanistan's Maidan Wardak province."
    const [e, ...rest] = eventsIn("Car_bomb_ramming_attack_kills_dozens", "Dozens died in the attack");
    expect(rest).toEqual([]);
    expect(tuple(e!)).toBe("ASSAULT AFG>AFG");
    expect(e!.date.value).toBe("2019-01-21");
  });

  it("codes 'another attack ascribed to the Taliban'", () => {
    expect(eventsIn("Car_bomb_ramming_attack_kills_dozens", "Last week a Kabul car bombing").map(tuple)).toEqual(["ASSAULT AFG>AFG"]);
  });

  it("leaves an attack claimed in a passive main clause as it was (guard)", () => {
    // "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have
    // alleged Iranian involvement": only the allegation is coded.
    expect(eventsIn("Rouhani_tells_foreign_powers", "The attack was claimed by the Houthi movement").map(tuple)).toEqual([
      "ACCUSE SAU+USA>IRN",
    ]);
  });
});
