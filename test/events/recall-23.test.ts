/**
 * Recall 23: known misses on real sentences of the bundled Wikinews articles (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { eventsIn } from "./corpus-events.js";

const sides = (id: string, start: string) =>
  eventsIn(id, start).map(
    (e) =>
      `${e.plover?.event} ${e.cameo.code} ${e.actor.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")} > ${e.recipient.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")}`,
  );
const mentionsOf = (s: string) => {
  const { analysis } = run(s, "2019-10-05");
  return findMentions(s, tokens(s, 0, s.length), analysis.entities).map((m) => `${m.text}:${m.kind}/${m.sector}`);
};

describe("a bare count as the victims of a killing or wounding", () => {
  it("codes 'an IT worker went on a stabbing spree, killing four' as the worker's assault on four people", () => {
    expect(sides("Four_stabbed_to_death_at_Paris_police_headquarters", "On Thursday at the headquarters of the Paris Police")).toEqual([
      "ASSAULT 180 worker:FRA/LAB > people:FRA/CVL",
    ]);
  });

  it("reads 'killing four' after 'in Paris, France, an IT worker went …' with the worker as doer, not France", () => {
    const s =
      "On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT worker went on a stabbing spree, killing four.";
    expect(mentionsOf(s)).toContain("four:agent/CVL");
    // "IT" in capitals inside a sentence is information technology, no pronoun.
    expect(mentionsOf(s).some((m) => m.startsWith("IT:"))).toBe(false);
  });

  it("codes the killing by a car bombing the sentence ascribes to the Taliban ('a Kabul car bombing killed five')", () => {
    // "killed" after the noun "bombing" is its verb, not an adjective as in "guarding captured ISIS fighters".
    expect(sides("Car_bomb_ramming_attack_kills_dozens", "Last week a Kabul car bombing killed five")).toEqual([
      "ASSAULT 180 Taliban:AFG/REB > people:AFG/CVL",
    ]);
    const codes = (s: string) =>
      run(s, "2019-10-13")
        .events.filter((e) => e.plover)
        .map((e) => `${e.plover?.event} ${e.cameo.code}`);
    expect(
      codes(
        "Then both nations issued statements speaking of an imminent incursion into northeast Syria, and the US statement spoke of Turkey assuming the duty of guarding captured ISIS militants.",
      ),
    ).toEqual([]);
  });

  it("gives the verb joined by 'and' the first verb's subject, not its object ('killed a woman … and injured at least nineteen others')", () => {
    expect(sides("Charlottesville,_Virginia_killer_sentenced", "In that event, Fields, a self-described Neo-Nazi")).toEqual([
      // (The killing, told earlier in the article, is mentioned again here.)
      "ASSAULT 180 James Alex Fields:USA/PPL > woman:USA/CVL",
      "ASSAULT 182 James Alex Fields:USA/PPL > people:USA/CVL",
    ]);
  });

  it("takes no count of things or part of a group for victims", () => {
    expect(mentionsOf("The man was killed 12 years ago in Paris.").some((m) => m.startsWith("12"))).toBe(false);
    expect(mentionsOf("French police killed two of the attackers in Paris.").some((m) => m.startsWith("two:"))).toBe(false);
  });

  it("reads a capital after 'a' as a place, not its government ('a Kabul car bombing')", () => {
    expect(mentionsOf("Last week a Kabul car bombing killed five and wounded 110.").some((m) => m.startsWith("Kabul"))).toBe(false);
  });
});

describe("criticism told by a light verb and a noun", () => {
  it("codes 'Obama took a veiled shot at Trump' as criticism (111)", () => {
    expect(sides("On_the_campaign_trail_in_the_USA,_July_2020", "During his eulogy, Obama took a veiled shot")).toEqual([
      "ACCUSE 111 Barack Obama:USA/ELI > Donald Trump:USA/GOV",
    ]);
  });

  it("codes 'he made critical remarks about … director Dr. Anthony Fauci' as Trump's criticism", () => {
    const [e, ...rest] = eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "At this time, he made critical remarks");
    expect(rest).toEqual([]);
    expect(`${e?.plover?.event} ${e?.cameo.code} ${e?.actor.map((a) => a.name).join("+")}`).toBe("ACCUSE 111 Donald Trump");
    expect(e?.recipient.map((a) => a.country)).toEqual(["USA"]);
  });

  it("codes no act from remarks of no critical kind, nor from shots taken in the plural", () => {
    const codes = (s: string) =>
      run(s, "2020-10-20")
        .events.filter((e) => e.plover)
        .map((e) => `${e.plover?.event} ${e.cameo.code}`);
    expect(codes("Known as a shock jock who made controversial comments about Obama, Imus was dropped in 2007 by MSNBC.")).toEqual([]);
    expect(codes("Gunmen took shots at Iraqi police in Baghdad on Monday.").some((c) => c.startsWith("ACCUSE"))).toBe(false);
  });
});
