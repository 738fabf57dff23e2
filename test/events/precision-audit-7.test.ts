/**
 * Precision rules from the session-7 audit of coded events on the unannotated bundled Wikinews articles
 * (CC BY 2.5): each sentence here was coded with a wrong event or date before.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("precision audit rules (session 7)", () => {
  it("codes a visit only between political actors, to a place abroad", () => {
    // Civilians travelling, and a politician's trip to his own capital, are no visits.
    expect(eventsIn("Bangladesh_reports_five_new_deaths", "The first recorded incidents")).toEqual([]);
    expect(eventsIn("Russia%27s_Navalny_airlifted_to_Germany", "On Thursday, Navalny was flying")).toEqual([]);
    // A leader's call abroad still is one.
    expect(eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", '"The WH statement').map(tuple)).toContain(
      "CONSULT USA>TUR",
    );
  });

  it("reads a campaign rally as no protest", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "West held his first campaign rally")).toEqual([]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Trump did minimal preparation")).toEqual([]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "In the final days of October")).toEqual([]);
    // A rally in protest still is one.
    expect(eventsIn("Violence_breaks_out_in_Washington", "Violence broke out on Saturday").map(tuple)).toContain("PROTEST USA>USA");
  });

  it("reads 'according to' as a source and a stampede as an accident", () => {
    expect(eventsIn("Yemeni_journalist_Nabil_Hasan_al-Quaety", "Multiple assailants attacked").map((e) => e.plover?.event)).not.toContain(
      "AID",
    );
    expect(eventsIn("Stampede_during_funeral_procession", "The stampede, which occurred in Kerman")).toEqual([]);
  });

  it("codes no concession for leaving one office for another or in protest", () => {
    expect(eventsIn("Gillibrand_ends_US_presidential_bid", "Gillibrand, who made women's issues")).toEqual([]);
    expect(eventsIn("Boris_Johnson_elected_Conservative_leader", "Following the UK's Brexit vote")).toEqual([]);
    expect(eventsIn("U.S._House_issues_subpoena", "On the same day, Kurt Volker").map(tuple)).toContain("CONCEDE USA>USA");
  });

  it("dates a present perfect act right after its auxiliary with the story's narrative", () => {
    const [e] = eventsIn("Germany_bans_Mahan_Air_of_Iran", "The Federal Aviation Office of Germany has suspended");
    expect(e?.date.value).toBe("2019-01-21");
  });
});

describe("recall rules (session 7)", () => {
  it("codes an agentless arrest or charge of suspects by the place's authorities or prosecutors", () => {
    expect(eventsIn("Indonesian_security_minister_Wiranto_stabbed", "Dedi Prasetyo").map(tuple)).toContain("COERCE IDN>IDN");
    expect(eventsIn("Arrest_made_as_mayor_of_Gda", "An individual has been arrested").map(tuple)).toContain("COERCE POL>POL");
    expect(eventsIn("Fianc%C3%A9e_of_murdered_Saudi_journalist", "A closed-door trial").map(tuple)).toContain("ACCUSE SAU>SAU");
    expect(eventsIn("California_court_sentences_parents", "David Turpin, alone, was also charged").map(tuple)).toContain("ACCUSE USA>USA");
  });

  it("codes a dictionary verb of protest done by protesters", () => {
    expect(
      eventsIn("Hong_Kong_protesters_surround_downtown_police_complex", "On Friday, thousands of Hong Kong protesters").map(tuple),
    ).toContain("PROTEST HKG>HKG");
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Blankenship opposed ending")).toEqual([]);
  });
});

describe("precision audit rules (session 7, second round)", () => {
  it("reads no agreement in signing a letter or a bill into law", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Fifty former intelligence officials")).toEqual([]);
    expect(eventsIn("Former_US_Representative_John_Conyers_dies", "Starting in 1968")).toEqual([]);
    // A signed agreement still is one.
    expect(eventsIn("Greek_prime_minister_reaffirms_EastMed", "On November 27, Turkey and Libya signed").map(tuple)).toContain(
      "SUPPORT TUR>LBY",
    );
  });

  it("codes no act asked about, no weather warning, no withdrawn candidacy, no race called by the press", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "During the debate, Biden would not say")).toEqual([]);
    expect(eventsIn("Hurricane_Dorian_strengthens", "The NHC issued a hurricane warning")).toEqual([]);
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_June_2020", "With the issue of race at the forefront")).toEqual([]);
    expect(eventsIn("Joe_Biden_projected_US_president-elect", "At around 11:25am")).toEqual([]);
  });
});
