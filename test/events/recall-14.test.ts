/**
 * Rules from the session-14 recall audit (bench/events/recall-audit.ts, seeds 201–206): sentences of the
 * unannotated bundled Wikinews articles (CC BY 2.5) that name an actor and a verb or event noun of
 * international relations but got no event.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("an -ing form after a verb of starting or going on is the act", () => {
  it("reads 'Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi' as support", () => {
    const ev = eventsIn("Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks", "In 2015, Saudi Arabia started supporting");
    expect(ev.map((e) => `${tuple(e)} ${e.date.value}`)).toEqual(["SUPPORT SAU>YEM 2015"]);
  });
  it("reads 'government forces began deploying into previously SDF controlled territory' as a deployment", () => {
    const ev = eventsIn("Kurds_announce_deal_with_Assad", "According to Syrian state media, government forces began deploying");
    expect(ev.map(tuple)).toEqual(["MOBILIZE SYR>SYR"]);
  });
});

describe("a verb of saying or planning with the noun of its act", () => {
  it("reads 'He leveled greater criticism at Biden' as criticism of Biden", () => {
    const ev = eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "He leveled greater criticism at Biden");
    expect(ev.map((e) => `${tuple(e)} ${e.actor[0]?.name}>${e.recipient[0]?.name}`)).toEqual(["ACCUSE USA>USA Kanye West>Joe Biden"]);
  });
  it("reads 'the United States announced a complete withdrawal from the region' as a retreat", () => {
    const ev = eventsIn("Kurds_announce_deal_with_Assad", "Also on Sunday, the United States announced a complete withdrawal");
    expect(ev.map((e) => `${tuple(e)} ${e.date.value}`)).toEqual(["RETREAT USA> 2019-10-13"]);
  });
  it("reads 'Osama bin Laden founded Al-Qaeda and orchestrated the 9/11 attacks on the US' as bin Laden's attack", () => {
    const ev = eventsIn("US_President_Trump_says_Osama_bin_Laden", "Osama bin Laden founded Al-Qaeda");
    expect(ev.map((e) => `${e.plover?.event} ${e.actor[0]?.name}>${e.recipient[0]?.name} ${e.date.value}`)).toEqual([
      "ASSAULT Osama bin Laden>United States 2001-09-11",
    ]);
  });
});
