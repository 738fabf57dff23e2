/**
 * Rules from the session-13 recall audit (bench/events/recall-audit.ts, seeds 171–176): sentences of the
 * unannotated bundled Wikinews articles (CC BY 2.5) that name an actor and a verb or event noun of
 * international relations but got no event.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("calling someone's act a disparaging name, in quotes", () => {
  it("reads 'called … May's proposed Brexit deal \"lousy\"' as criticism of May", () => {
    const ev = eventsIn("Thousands_march_in_anti-Brexit_protest", "Tom Watson called Prime Minister Theresa May's");
    expect(ev.map(tuple)).toEqual(["ACCUSE GBR>GBR"]);
  });
  it("reads 'called Trump's conduct a \"breach of his Constitutional responsibilities\"' as criticism of Trump", () => {
    const ev = eventsIn("US_Speaker_Pelosi_announces_Trump_impeachment_investigation", "Pelosi called Trump's conduct");
    expect(ev.map((e) => `${tuple(e)} ${e.actor[0]?.name}>${e.recipient[0]?.name}`)).toEqual(["ACCUSE USA>USA Nancy Pelosi>Donald Trump"]);
  });
  it("codes no criticism of Stone for 'called Stone's 40 month sentence \"unjust\"' (the sentence was done to him)", () => {
    const ev = eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "Trump called Stone's 40 month sentence");
    expect(ev.filter((e) => e.evidence.trigger?.text === "called").map(tuple)).toEqual([]);
  });
  it("codes no criticism of no one for 'called the stabbing \"an act of inexplicable barbarity\"'", () => {
    const ev = eventsIn("Arrest_made_as_mayor_of_Gda", "Interior Minister Joachim Brudziński called the stabbing");
    expect(ev.map(tuple)).toEqual([]);
  });
});

describe("a phone call named by its noun, with its doer in a reduced relative", () => {
  it("reads 'a phone call made by President Trump late last July to Ukrainian President Volodymyr Zelensky' as a call", () => {
    const ev = eventsIn("U.S._House_issues_subpoena_to_secretary_of_state", "Last week the White House released a summary");
    expect(ev.map((e) => `${tuple(e)} ${e.cameo.code} ${e.date.value}`)).toEqual(["CONSULT USA>UKR 041 2019-07"]);
  });
  it("takes no doer of 'The meeting was attended by X and Y' for a side of it", () => {
    const ev = eventsIn("Greek_prime_minister_reaffirms_EastMed_pipeline", "The meeting was attended by Israeli prime minister");
    expect(ev.map(tuple)).toEqual([]);
  });
});
