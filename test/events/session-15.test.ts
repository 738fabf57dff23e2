/** Event rules of session 15, each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("audits, seeds 240 and 241", () => {
  it("reads a place noun after a preposition of place as where, and 'the accused' as the person ('Police arrested the accused in the neighborhood of …')", () => {
    const events = eventsIn("New_Zealand_mosque_murder_suspect_appears_in_court", "Police arrested the accused in the neighborhood");
    // (The later mention "After his arrest on Friday, Brenton stayed …" names the accused: recall21.)
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => r.name)])).toEqual([["COERCE NZL>NZL", ["Brenton"]]]);
  });

  it("shares no object between a phrase that holds its own and the next verb ('declared a state of emergency and deployed the national guard')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_August_2020", "Wisconsin Governor Tony Evers declared");
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => r.name)])).toEqual([
      ["COERCE USA>USA", ["USA"]],
      ["MOBILIZE USA>USA", ["national guard"]],
    ]);
  });

  it("reads 'the central government' as a government ('Hotak also alleged the central government are \"hiding …\"')", () => {
    const events = eventsIn("Car_bomb_ramming_attack_kills_dozens", "Hotak also alleged the central government");
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => `${r.name}:${r.sector}`)])).toEqual([
      ["ACCUSE AFG>AFG", ["government:GOV"]],
    ]);
  });

  it("takes no meeting's other side from where it met ('Leaders of African Union (AU) member states met in Niamey, Niger's capital')", () => {
    const events = eventsIn("Benin,_Nigeria_join_African_Union", "Leaders of African Union (AU) member states met in Niamey");
    expect(events.filter((e) => e.plover?.event === "CONSULT").map((e) => e.recipient.map((r) => r.name))).toEqual([]);
  });
});

describe("views and candidates (session 15)", () => {
  it("reads 'agreed that' + a view as no agreement ('La Riva, Hawkins, Blankenship, and Carroll all agreed that vaccines have done more good than harm')", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "La Riva, Hawkins, Blankenship, and Carroll all agreed")).toEqual([]);
  });

  it("places a 2020 presidential nominee in his party ('Blankenship offered US$1 million to Hunter Biden')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Blankenship offered US$1 million");
    expect(events.map((e) => [tuple(e), e.actor.map((a) => `${a.name}:${a.sector}`), e.recipient.map((r) => r.name)])).toEqual([
      ["AGREE USA>USA", ["Don Blankenship:PTY"], ["Hunter Biden"]],
    ]);
  });
});

describe("English counties (session 15)", () => {
  it("places a county's police in the United Kingdom ('Northamptonshire police … spoke with Anne Sacoolas')", () => {
    const events = eventsIn("UK_urges_US_to_waive_immunity", "Northamptonshire police were able");
    expect(events.map((e) => e.actor.map((a) => `${a.name}:${a.country}`))).toEqual([["Northamptonshire police:GBR"]]);
  });

  it("takes the story's country from its counties, not a Libyan suspect ('Thames Valley Police soon arrived and detained the man')", () => {
    // Was LBY (the suspect's country): the story's English county names now place the story in the UK.
    const events = eventsIn("stabbing_attack_in_Reading,_UK", "Thames Valley Police soon arrived");
    expect(events.map(tuple)).toEqual(["COERCE GBR>GBR"]);
  });
});
