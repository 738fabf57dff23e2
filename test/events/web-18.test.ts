/**
 * Session 18 (lead): false events the whole pipeline coded on real news pages of the Zyte extraction benchmark
 * (MIT; test/fixtures/events/web/SOURCES.md), found by running it over all 181 pages: games won, comebacks and
 * market rallies read as assaults and protests, a fight against dirty air, relative clauses in the simple
 * present, admitting a fact read as diplomatic recognition, welcoming a decision read as hosting, "meant that".
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { processPage } from "../../src/pipeline.js";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

const withTrigger = (page: string, trigger: string) => webPageEvents(page).filter((l) => l.includes(`«${trigger}»`));

describe("sports pages: a win is no assault, a comeback no protest", () => {
  it("codes nothing for 'Russia beat Croatia' or the rallies of tennis players (Davis Cup)", () => {
    expect(webPageEvents("zyte-0d46122928b6.html.gz")).toEqual([]);
  });

  it("codes nothing for 'Wales beat Hungary 2-0' or 'makes it back to a tournament' (Euro 2020 qualifying)", () => {
    expect(webPageEvents("zyte-9a440270bf86.html.gz")).toEqual([]);
  });

  it("codes nothing for 'the Bruins beat the Devils for the eighth time' (NHL)", () => {
    expect(webPageEvents("zyte-ecb46e3e489d.html.gz")).toEqual([]);
  });
});

describe("rising markets and struggles against a harm", () => {
  it("codes no protest for 'even the Nifty has been rallying'", () => {
    expect(withTrigger("zyte-65408257dbe4.html.gz", "rallying")).toEqual([]);
  });

  it("codes no fight for 'London famously has been fighting dirty air', and keeps Delhi's ban (Vox)", () => {
    const events = webPageEvents("zyte-16c30add7e96.html.gz");
    expect(events.filter((l) => l.includes("«fighting»"))).toEqual([]);
    // Guard: "officials in Delhi banned firecrackers ahead of Diwali, arresting 210 people" stays.
    expect(events.some((l) => l.startsWith("COERCE IND>") && l.includes("«banned»"))).toBe(true);
  });
});

describe("relative clauses in the simple present, admitted facts, welcomed decisions, consequences", () => {
  it("codes no consultation for 'Scissors, who consults with administration officials', nor recognition for 'recognize that'", () => {
    const events = webPageEvents("zyte-39d5c43beb60.html.gz");
    expect(events.filter((l) => /«(consults|recognize)»/.test(l))).toEqual([]);
  });

  it("codes no recognition for 'governments have … recognized that Austrians were also perpetrators'", () => {
    expect(withTrigger("zyte-5a822960e9a2.html.gz", "recognized")).toEqual([]);
  });

  it("codes 'Wikileaks welcomed the Swedish move to drop the investigation' as approval, not a visit hosted", () => {
    const welcomed = withTrigger("zyte-c7e39ac49fa1.html.gz", "welcomed");
    // (Session 19: Wikileaks, which no dictionary places, no longer takes Sweden's country from the Swedish move
    // it welcomes, and the act has no placed actor: nothing is coded, and certainly no hosting; sides-19.)
    expect(welcomed.filter((l) => !l.startsWith("SUPPORT "))).toEqual([]);
  });

  it("codes no threat for 'Trump's heart disease meant that the President had a moderate risk' (CNN)", () => {
    expect(withTrigger("zyte-ef4e67b66d63.html.gz", "meant")).toEqual([]);
  });
});

describe("guards on bundled Wikinews (CC BY 2.5): the same verbs between states and crowds stay coded", () => {
  it("keeps a rally of people, a war fought between states and a state recognised", () => {
    expect(eventsIn("Violence_breaks_out_in_Washington", "Violence broke out on Saturday").map(tuple)).toEqual(["PROTEST USA>USA"]);
    const trail = "On_the_campaign_trail_in_the_USA,_September_2020";
    expect(eventsIn(trail, "Armenia and Azerbaijan fought a war").map(tuple)).toEqual(["ASSAULT ARM>AZE"]);
    expect(eventsIn(trail, "Like the UAE, the Muslim majority nations").map(tuple)).toContain("SUPPORT BHR+XKX>ISR");
  });
});

describe("an act demanded of someone", () => {
  it("codes the lawyers' demand on the FBI, not the summons they ask of it (Sputnik column)", () => {
    const events = webPageEvents("zyte-1f765c487806.html.gz").filter((l) => /«(demanding|summon)»/.test(l));
    expect(events.map((l) => l.split(" «")[0])).toEqual(["REQUEST USA>USA"]);
    expect(events[0]).toContain("«demanding»");
  });
});

describe("one person named by a singular demonym", () => {
  it("reads 'The 48-year-old Australian was evicted … and sentenced' as a person of Australia, not the country (BBC)", () => {
    const bytes = readFileSync(join(import.meta.dirname, "../fixtures/events/web/zyte-c7e39ac49fa1.html.gz"));
    const { analysis } = processPage({ id: "zyte-c7e39ac49fa1", bytes, contentType: "text/html" });
    const sentenced = analysis.events.filter((e) => e.evidence.trigger?.text === "sentenced");
    expect(sentenced.map((e) => e.recipient.map((r) => `${r.name}:${r.country}`).join("+"))).toEqual(["Australian:AUS"]);
  });
});
