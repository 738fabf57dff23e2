/**
 * Rules from the session-12 recall audit (bench/events/recall-audit.ts): sentences of the unannotated bundled
 * Wikinews articles (CC BY 2.5) that name an actor and a verb of international relations but got no event.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { findArgs } from "../../src/events/args.js";
import { kill } from "../../src/events/patterns/assault.js";
import { tokens } from "../../src/events/text/tokens.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn } from "./corpus-events.js";

describe("a verb coordinated by 'but' shares the first verb's subject", () => {
  it("reads 'Trump called it a \"terrible event\" but urged …' as Trump's appeal", () => {
    const s = 'President Trump called it a "terrible event" but urged for the National Guard to be brought in to end the violence.';
    const ev = run(s, "2020-10-01").events.filter((e) => e.evidence.trigger?.text === "urged");
    expect(ev.map((e) => `${e.cameo.code} ${e.actor.map((a) => a.country).join("+")}`)).toEqual(["020 USA"]);
  });
  it("codes no disapproval for 'decided against it' (a plan given up)", () => {
    const r = corpusRecord("On_the_campaign_trail_in_the_USA,_May_2020");
    const ev = run(r.text, r.date).events.filter((e) => e.evidence.sentence.includes("ultimately decided against it"));
    expect(ev.map((e) => e.cameo.code)).toEqual([]);
  });
});

describe("a military operation names the doer of a passive act of violence", () => {
  it("reads 'has been killed in a US counter-terrorism operation' as done by the US", () => {
    const r = corpusRecord("US_President_Trump_says_Osama_bin_Laden");
    const start = r.text.indexOf("On Saturday, in a brief but official statement");
    const end = r.text.indexOf("operation.", start) + "operation.".length;
    const toks = tokens(r.text, start, end);
    const ms = findMentions(r.text, toks, []);
    const ti = toks.findIndex((t) => t.low === "killed");
    const args = findArgs(toks, ms, kill, ti, ti + 1);
    expect(args.actors.map((m) => m.country)).toEqual(["USA"]);
  });
});

describe("a comment on an act named by its noun alone", () => {
  it("reads 'The operation was condemned by members of the European Union' as criticism of the operation's doer", () => {
    const r = corpusRecord("Kurds_announce_deal_with_Assad");
    const ev = run(r.text, r.date).events.filter((e) => e.evidence.sentence.startsWith("The operation was condemned by members"));
    expect(
      ev.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")}`),
    ).toEqual(["ACCUSE IGO>TUR"]);
  });
});

describe("a name set off by commas after a common noun is the subject", () => {
  it("reads 'One of these groups, the Syrian Democratic Forces (SDF), … said' as the SDF speaking", () => {
    const r = corpusRecord("US_President_Trump_announces_troop_withdrawal");
    const ev = run(r.text, r.date).events.filter((e) =>
      e.evidence.sentence.startsWith("One of these groups, the Syrian Democratic Forces"),
    );
    expect(
      ev.map((e) => `${e.cameo.code} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")}`),
    ).toEqual(["010 SYR>USA"]);
  });
});

describe("a name after 'as' and an object 'him'", () => {
  it("reads 'labeled Soleimani as a terrorist and levied sanctions against him' as a US sanction on Soleimani", () => {
    const r = corpusRecord("United_States_military_kills_Qasem_Soleimani");
    const ev = run(r.text, r.date).events.filter((e) => e.evidence.sentence.startsWith("In 2007, the United States government labeled"));
    expect(
      ev.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")}`),
      // (Labeling him a terrorist is the US's criticism of him too: recall-17.)
    ).toEqual(["ACCUSE USA>IRN", "SANCTION USA>IRN"]);
    expect(ev.every((e) => e.mode.historical)).toBe(true);
  });
});

describe("phrases of criticism", () => {
  it("reads 'railed against' as criticism", () => {
    const railed = eventsIn("On_the_campaign_trail_in_the_USA,_June_2020", "Trump railed against the rioters");
    expect(railed.map((e) => `${e.cameo.code} ${e.actor.map((a) => a.country)}>${e.recipient.map((a) => a.country)}`)).toEqual([
      "111 USA>USA",
    ]);
  });
});

describe("charges unsealed against a person named among bodies", () => {
  it("reads 'the United States Department of Justice unsealed further charges against him' as a US accusation of Jong Woo Son", () => {
    const ev = eventsIn("Hundreds_arrested_for_%27dark_web%27_child_porn", "Jong Woo Son is already in prison in South Korea");
    expect(
      ev.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.country)}>${e.recipient.map((a) => `${a.name}:${a.country}`)}`),
    ).toEqual(["ACCUSE USA>Jong Woo Son:KOR"]);
  });
});

describe("support announced or expressed", () => {
  it("reads 'Bernie Sanders and former president Barack Obama announced their own support for Biden' as SUPPORT of Biden", () => {
    const ev = eventsIn("Elizabeth_Warren_endorses_Joe_Biden", "The move came shortly after fellow former presidential candidate");
    expect(ev.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.name).join("+")}>${e.recipient.map((a) => a.name)}`)).toEqual([
      "SUPPORT Bernie Sanders+Barack Obama>Joe Biden",
    ]);
  });
});

describe("seconding what someone proposed", () => {
  it("reads 'Merkel seconded Macron's recommendation' as SUPPORT of Macron", () => {
    const ev = eventsIn("World_leaders_call_to_address_Amazon", "Merkel seconded Macron's recommendation");
    expect(ev.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.country)}>${e.recipient.map((a) => a.country)}`)).toEqual([
      "SUPPORT DEU>FRA",
    ]);
  });
});
