/**
 * Session 19 (helper sides19): the sides of events read on real news pages of the Zyte extraction benchmark (MIT;
 * test/fixtures/events/web/SOURCES.md) and in the bundled Wikinews articles (CC BY 2.5): a dateline that names
 * its city with its country, organisations no dictionary places, nouns read as verbs.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

const withTrigger = (page: string, trigger: string) => webPageEvents(page).filter((l) => l.includes(`«${trigger}»`));
const kinds = (lines: string[]) => lines.map((l) => l.split(" «")[0]);

describe("a dateline that gives its city with the country", () => {
  it("places 'HANOI, Vietnam (AP)': the officials Esper met are Vietnam's, not the United States' (AP)", () => {
    expect(kinds(withTrigger("zyte-db6b0816c612.html.gz", "met"))).toEqual(["CONSULT USA>VNM"]);
    // Guard: the sides named by the text keep their countries.
    expect(kinds(withTrigger("zyte-db6b0816c612.html.gz", "accused"))).toEqual(["ACCUSE USA>CHN", "ACCUSE VNM>CHN"]);
  });
});

describe("an organisation no dictionary places, dealing with a state named by its country", () => {
  it("leaves Airbus without a country in 'Hungary … then agreed with Airbus to open a helicopter parts factory'", () => {
    const agreed = eventsIn("Hungarian_state-owned_enterprise_acquires_Hirtenberger", "To modernize its military");
    expect(agreed.map(tuple)).toEqual(["AGREE HUN>"]);
  });

  it("gives Wikileaks no Swedish country for welcoming 'the Swedish move to drop the investigation' (BBC)", () => {
    expect(withTrigger("zyte-c7e39ac49fa1.html.gz", "welcomed")).toEqual([]);
  });

  it("still places an unplaced organisation dealing with others, and an unplaced person", () => {
    // "A Black Lives Matter group protested outside the White House": the group of the story's country.
    const blm = eventsIn("On_the_campaign_trail_in_the_USA,_August_2020", "A Black Lives Matter group protested");
    expect(blm.map(tuple)).toEqual(["PROTEST USA>USA"]);
    // "Tynice Nichole Hall was convicted …": a person is of the place the story happens.
    const convicted = eventsIn("US_President_Trump_grants_eleven_people_clemency", "Tynice Nichole Hall was convicted");
    expect(convicted.map(tuple)).toEqual(["SANCTION USA>USA"]);
  });
});

describe("nouns read as verbs", () => {
  it("codes no aid for 'No neo-bank can erase the student loan debt' (WIRED)", () => {
    expect(withTrigger("zyte-2f42ef1d3ea0.html.gz", "loan")).toEqual([]);
  });

  it("keeps 'teacher protest' before a preposition as it was (Indiana Statehouse rally, AP)", () => {
    expect(kinds(withTrigger("zyte-7de5241947a5.html.gz", "protest"))).toEqual(["PROTEST USA>USA"]);
  });

  it("codes no investigation for 'NASA's Galileo Jupiter probe measured a big increase' (Space.com)", () => {
    expect(withTrigger("zyte-686bb170effe.html.gz", "probe")).toEqual([]);
  });
});
