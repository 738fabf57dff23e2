/** Session 15 (helper dates15): honest countries of unknown organisations and honest dates of background acts,
 * each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { articleFor } from "../../bench/events/lib/pipeline.js";
import { analyze } from "../../src/analyze/index.js";
import { eventsIn } from "./corpus-events.js";

describe("countries of organisations the dictionary does not know", () => {
  it("gives a body named after a continent no one country ('African Continental Free Trade Area (AfCFTA)')", () => {
    // Story from Niamey: the trade area and its abbreviation were Nigerien.
    const lede = eventsIn("Benin,_Nigeria_join_African_Union", "Leaders of African Union (AU) member states met in Niamey");
    const signed = lede.find((e) => e.evidence.trigger?.text === "signed");
    expect(signed?.recipient.map((r) => `${r.name}/${r.country}`)).toEqual(["African Continental Free Trade Area/IGO"]);
    const join = eventsIn("Benin,_Nigeria_join_African_Union", "Nigeria previously announced it planned to join the AfCFTA");
    expect(join.map((e) => e.recipient.map((r) => r.country).join("+"))).toEqual(["IGO"]);
  });

  it("reads a country's name in a body named against a cause as the cause, not the body's country ('Iraq Veterans Against the War')", () => {
    const text =
      "After an initial honorary discharge from active duty with the US Marine Corp in 2006, Kokesh was given a general discharge from the Marine Forces Reserve in 2007 after images of him wearing his uniform while participating in a protest with the Iraq Veterans Against the War were published in The Washington Post.";
    const ivaw = analyze(articleFor(text, "2019-09-07")).entities.find((e) => e.text === "Iraq Veterans Against the War");
    expect(ivaw?.country ?? null).toBeNull();
    const events = eventsIn("Wikinews_interviews_2020_US_Libertarian_Party", "After an initial honorary discharge");
    expect(events.flatMap((e) => e.recipient.map((r) => r.country))).not.toContain("IRQ");
  });
});
