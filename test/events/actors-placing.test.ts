/**
 * Actor finding and placing rules (session 5) on real sentences of the bundled Wikinews corpus (CC BY 2.5), through the
 * full pipeline.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { placeMentionsInStory } from "../../src/events/actors/story.js";
import { tokens } from "../../src/events/text/tokens.js";
import { corpusRecord } from "../corpus.js";

/** Actor mentions of every sentence of a text, as "text:country/sector"; placed in the story with `home`. */
function mentionsOf(text: string, date: string, home?: string): string[] {
  const { analysis } = run(text, date);
  const ms = analysis.sentences.map((s) =>
    findMentions(
      text,
      tokens(text, s.start, s.end),
      analysis.entities.filter((e) => e.start >= s.start && e.end <= s.end),
    ),
  );
  return (home ? placeMentionsInStory(ms, home, text) : ms).flat().map((m) => `${m.text}:${m.country}/${m.sector}`);
}

describe("actors, session 6", () => {
  it("reads 'the Pope' as the holder of the Holy See's office, wherever the story happens", () => {
    const ms = mentionsOf(
      'The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord; cause physical, psychological and spiritual damage to the victims; and harm the community of the faithful."',
      "2019-05-10",
    );
    expect(ms).toContain("Pope:VAT/GOV");
    expect(mentionsOf("Catholic bishops attended a summit in Rome, overseen by the pope in Rome.", "2019-05-10")).toContain("pope:VAT/GOV");
  });

  it("never makes a named storm, or an 'it' standing for it, an actor", () => {
    const r = corpusRecord("Typhoon_Phanfone_strikes_Philippines");
    const { events } = run(r.text, r.date);
    expect(events.filter((e) => e.evidence.sentence.startsWith("It also blocked roads"))).toEqual([]);
    expect(events.flatMap((e) => e.actor).some((a) => /Phanfone/.test(a.name))).toBe(false);
  });

  it("reads Georgia in a US story as the state, unless the article names the country's own places", () => {
    const pelosi = corpusRecord("US_Speaker_Pelosi_announces_Trump_impeachment");
    expect(mentionsOf(pelosi.text, pelosi.date, "USA").filter((m) => /Georgia/.test(m))).toEqual(["Doug Collins of Georgia:USA/null"]);
    const orourke = corpusRecord("Rourke_ends_US_presidential_bid");
    expect(mentionsOf(orourke.text, orourke.date, "USA")).toContain("Georgia:USA/null");
    const tennis = corpusRecord("Georgian_tennis_player_Nikoloz_Basilashvili");
    expect(mentionsOf(tennis.text, tennis.date, "USA").filter((m) => /^Georgian:/.test(m))[0]).toMatch(/:GEO\//);
  });

  it("keeps a town the story calls 'the town of Madrid' in the story's country, not Spain", () => {
    const r = corpusRecord("Earthquake_injures_25_people_in_southern_Philippines");
    const ms = mentionsOf(r.text, r.date, "PHL").filter((m) => /Madrid/.test(m));
    expect(ms.length).toBeGreaterThanOrEqual(2);
    expect(ms.every((m) => /:PHL\//.test(m))).toBe(true);
  });

  it("reads 'the crown prince' as the one person the article named with that office, however far back", () => {
    const r = corpusRecord("murdered_Saudi_journalist_demands_justice");
    const { events } = run(r.text, r.date);
    const e = events.find((x) => x.evidence.sentence.includes("believe the crown prince ordered"));
    expect(e?.actor.map((a) => a.country)).toEqual(["SAU"]);
    expect(e!.actor[0]!.ref).toBe("mohammed-bin-salman");
  });

  it("places a person by the body they head ('X, head of Iran's Quds Force') and keeps it under a later title", () => {
    const r = corpusRecord("United_States_military_kills_Qasem_Soleimani");
    const { events } = run(r.text, r.date);
    const killed = events.find((x) => x.evidence.sentence.startsWith("Thursday, United States military forces killed"));
    expect(killed?.recipient.map((a) => a.country)).toEqual(["IRN"]);
    // ("General Soleimani was actively developing plans …" lies inside the Department of Defense's quotation, which
    // the coder codes no act from; the mention under the later title keeps the person's place.)
    // (Under the title "General" the mention is "Soleimani", a military officer.)
    const soleimani = mentionsOf(r.text, r.date).filter((m) => /Soleimani:/.test(m));
    expect(soleimani).toContain("Soleimani:IRN/MIL");
    expect(soleimani.every((m) => /:IRN\//.test(m))).toBe(true);
  });

  it("lets a subject named long ago stand for no later pronoun, and a name after a preposition for no subject", () => {
    const hiv = corpusRecord("Living_with_HIV_during_COVID-19");
    const { events } = run(hiv.text, hiv.date);
    // China is named once near the start of the interview; "we" and "them" fifty sentences on are not China.
    expect(events.filter((e) => e.actor.some((a) => a.country === "CHN"))).toEqual([]);
    const chess = corpusRecord("Dorsa_Derakhshani_discusses_her_chess_career");
    const played = run(chess.text, chess.date).events;
    expect(played.filter((e) => e.actor.some((a) => a.name === "Israel") && e.recipient.some((a) => a.name === "Israel"))).toEqual([]);
  });

  it("reads a name after a person noun as a person, and that surname alone later as them", () => {
    const r = corpusRecord("Charlottesville,_Virginia_killer_sentenced");
    const { events } = run(r.text, r.date);
    // (The conviction, dated only by the day of writing, is a later mention of the act told first.)
    const told = (x: (typeof events)[number]) =>
      [x.evidence, ...(x.mentions ?? [])].some((m) => m.sentence.startsWith("He has already been found guilty"));
    const e = events.find(told);
    expect(e?.recipient.map((a) => a.name)).toEqual(["James Alex Fields"]);
  });
});
