/**
 * Recall rules from session 10 (events10r), each from a sentence of the unannotated bundled Wikinews articles
 * (CC BY 2.5) in which a clear act was coded as nothing before.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("event nouns of an act done to someone", () => {
  it("reads the possessive of an arrest as who was arrested, by the authorities of the place", () => {
    const [e] = eventsIn("Nikoloz_Basilashvili_arrested", "The Georgian Tennis Federation (GFT) released a statement");
    expect(e && tuple(e)).toBe("COERCE GEO>GEO");
    expect(e?.recipient[0]?.name).toBe("Nikoloz Basilashvili");
  });

  it("reads his/her before an arrest as the person it stands for, dated by a year that modifies the noun", () => {
    const [e] = eventsIn("Brother_of_murdered_Pakistani_social_media_star", "Waseem appeared in a news conference");
    expect(e && tuple(e)).toBe("COERCE PAK>PAK");
    expect(e?.recipient[0]?.name).toBe("Mohammed Waseem");
    expect(e?.date.value).toBe("2016");
    expect(eventsIn("Adam_Kokesh", "Some of these activities have resulted in his arrest").map(tuple)).toEqual(["COERCE USA>USA"]);
  });
});

describe("protests named as the subject of a verb of happening", () => {
  it("codes the protest by the protesters of the place", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_June_2020", "Protests escalated later in June").map(tuple)).toContain(
      "PROTEST USA>USA",
    );
    const [e] = eventsIn("Police_shoot_teenage_protester_as_Hong_Kong", "The protests began in June");
    expect(e && tuple(e)).toBe("PROTEST HKG>HKG");
    expect(e?.date.value).toBe("2019-06");
  });

  it("codes no second act for 'the protest' the story has already told", () => {
    expect(eventsIn("Hong_Kong_protesters_surround_downtown_police_complex", "The protest began outside")).toEqual([]);
    expect(eventsIn("Hong_Kong_protesters_surround_downtown_police_complex", "On Friday").map(tuple)).toContain("PROTEST HKG>HKG");
  });
});

describe("agentless arrests of people no actor list names", () => {
  it("takes the passive's subject noun as a person of the place", () => {
    expect(eventsIn("California_court_sentences_parents", "The two parents were arrested").map(tuple)).toEqual(["COERCE USA>USA"]);
    expect(eventsIn("Hundreds_arrested_for_%27dark_web%27", "Yesterday, authorities in the United Kingdom").map(tuple)).toEqual([
      "COERCE GBR>GBR",
    ]);
  });
});

describe("a passive gerund after 'after'/'before' with its doer unsaid", () => {
  it("is done to the main clause's subject", () => {
    expect(eventsIn("Yemeni_journalist_Nabil_Hasan_al-Quaety", "Nabil Hasan al-Quaety, a photo- and videojournalist").map(tuple)).toEqual([
      "ASSAULT YEM>YEM",
    ]);
    const [e] = eventsIn("South_London_police_officer_Matt_Ratana", "The alleged shooter was at the centre");
    expect(e && tuple(e)).toBe("COERCE GBR>GBR");
    expect(e?.date.value).toBe("2020-09-25");
  });
});
