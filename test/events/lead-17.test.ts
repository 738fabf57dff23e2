/** Session 17 (lead), on articles of the bundled Wikinews corpus (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { detectModes } from "../../src/events/modes.js";
import { tokens } from "../../src/events/text/tokens.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

describe("a lone surname after an initial or a given name is someone else's", () => {
  it("does not read 'identified only as \"P Wilson\"' as Harold Wilson (Kerala elephant)", () => {
    // Coded every event, a statement (CAMEO 010, no PLOVER type) among them: "Officials" > Harold Wilson (GBR).
    const r = corpusRecord("death_of_elephant_in_Kerala");
    const sides = run(r.text, r.date).events.flatMap((e) => [...e.actor, ...e.recipient].map((a) => a.name));
    expect(sides).not.toContain("Harold Wilson");
    expect(sides).toContain("Indian officials");
  });

  it("still reads a leader's lone surname after a capitalised word that is no given name ('Later on Tuesday Mitsotakis met', guard)", () => {
    const actors = (id: string, needle: string) => eventsIn(id, needle).flatMap((e) => e.actor.map((a) => a.name));
    expect(actors("Greek_prime_minister_reaffirms_EastMed", "Later on Tuesday Mitsotakis met")).toContain("Kyriakos Mitsotakis");
  });
});

describe("plural agent nouns of ministries ('defense ministries', 'foreign ministers')", () => {
  it("reads 'the Russian and Syrian defense ministries accused U.S. forces' as both countries' accusation (Zyte, Polygraph.info, MIT)", () => {
    // Was ACCUSE SYR>USA by "ministries" alone, and the Pentagon's rejection of "these accusations" USA>SYR.
    const events = webPageEvents("zyte-1ee91d1fce65.html.gz").map((l) => l.split(" «")[0]);
    expect(events.slice(0, 2)).toEqual(["ACCUSE RUS+SYR>USA", "REJECT USA>RUS+SYR"]);
  });
});

describe("'could not' right before the verb is an inability, not a possibility", () => {
  it("codes 'the president and Congress could not agree on a national budget' as negated, not hypothetical (US shutdown)", () => {
    const r = corpusRecord("President_Trump_says_he_%27can%27");
    const events = run(r.text, r.date).events.filter((e) => e.evidence.sentence.includes("Congress could not agree"));
    expect(events.map((e) => [e.plover?.event, e.mode.negated, e.mode.hypothetical])).toEqual([["AGREE", true, false]]);
  });

  it("keeps 'could' + verb a possibility ('… so he could fund a wall on the U.S.-Mexican border', Sixteen states sue …; guard)", () => {
    const text =
      "… the state of emergency United States President Donald Trump declared last Friday so he could fund a wall on the U.S.-Mexican border.";
    const toks = tokens(text);
    const ti = toks.findIndex((t) => t.low === "fund");
    expect(detectModes(toks, ti, ti + 1, 0)).toMatchObject({ hypothetical: true, negated: false });
  });
});

describe("a verb joined by ', and' after what a speaker said is the speaker's", () => {
  it("codes Romney's describing Trump's unwillingness as 'unthinkable' as his criticism, not the U.S.'s (campaign trail, September 2020)", () => {
    // "Republican Senator Mitt Romney, a sometime Trump critic, said the peaceful transfer of power is what separates
    // the U.S. from nations like Belarus, and described Trump's potential unwillingness as …": the actor was "the U.S.".
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_September", "Republican Senator Mitt Romney");
    expect(events.map((e) => [tuple(e), e.actor.map((a) => a.name)])).toEqual([["ACCUSE USA>USA", ["Mitt Romney"]]]);
  });
});
