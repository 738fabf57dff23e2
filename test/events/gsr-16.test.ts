/**
 * Session-16 coverage rules (helper gsr16): verbs of the CAMEO.2.0 dictionary that our pattern families did not
 * reach, on real sentences of the bundled Wikinews articles (CC BY 2.5) and WCXB pages (CC BY 4.0).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

describe("praise: the dictionary's ACCLAIM and LAUD verbs", () => {
  it("codes 'lauded' as praise of the one lauded ('Trump lauded Cain as a \"powerful voice of freedom.\"')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "Trump lauded Cain");
    expect(events.map((e) => [tuple(e), e.cameo.code, e.recipient.map((r) => r.name)])).toEqual([
      ["SUPPORT USA>USA", "051", ["Herman Cain"]],
    ]);
  });

  it("codes praise of a person's ability as praise of that person ('Mohr lauded Blankenship's \"ability to influence leaders …\"')", () => {
    const events = eventsIn("Wikinews_interviews_Don_Blankenship", "Mohr lauded Blankenship");
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => r.name)])).toEqual([["SUPPORT USA>USA", ["Don Blankenship"]]]);
  });

  it("codes no praise where things are lauded or complimented (WCXB pages on game consoles and headphones)", () => {
    expect(webPageEvents("wcxb-0281.html.gz")).toEqual([]);
    expect(webPageEvents("wcxb-4500.html.gz")).toEqual([]);
  });
});

describe("sexual assault: the dictionary's RAPE family", () => {
  it("codes a rape told in the passive, its doers after 'by' ('she was gang raped by Quirin, Redouane, and an unidentified third officer')", () => {
    const events = eventsIn("Paris_court_jails_two_police_in_high-profile_rape_case", "In between, she testified, she was gang raped");
    expect(
      events.map((e) => [
        tuple(e),
        e.cameo.code,
        e.plover?.mode,
        e.actor.map((a) => `${a.name}:${a.sector}`),
        e.recipient.map((r) => r.name),
      ]),
    ).toEqual([["ASSAULT FRA+FRA>FRA", "1821", "sexual", ["Antoine Quirin:COP", "Nicolas Redouane:COP"], ["Emily Spanton"]]]);
  });

  it("codes no assault where a law's penalty for abuse is told ('Presently, sexually abusing minors below the age of fifteen can carry a sentence …')", () => {
    expect(eventsIn("Polish_leader_Jaroslaw_Kaczynski", "Presently, sexually abusing minors")).toEqual([]);
  });
});

describe("agent nouns that qualify a system", () => {
  it("reads 'party' in 'the two party system' as no actor ('Pierce derided the two party system and argued …')", () => {
    const text = "Pierce derided the two party system and argued it cannot resolve the nation's problems.";
    const { analysis } = run(text, "2020-10-01");
    expect(findMentions(text, tokens(text), analysis.entities).map((m) => m.text)).not.toContain("party");
  });
});
