/** Session 15 (helper dates15): honest countries of unknown organisations and honest dates of background acts,
 * each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { articleFor, run } from "../../bench/events/lib/pipeline.js";
import { analyze } from "../../src/analyze/index.js";
import type { Event } from "../../src/model/index.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn } from "./corpus-events.js";

/** The text and date of a bundled article whose id contains `id`. */
const readArticle = (id: string) => corpusRecord(id);
/** Every event (statements too) the whole pipeline codes in an article. */
const eventsOf = (r: { text: string; date: string }): Event[] => run(r.text, r.date).events;

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

describe("names first written after a description that places them", () => {
  it("gives a later 'Mahan' the country of 'Iranian airline Mahan Air', not the story's Germany", () => {
    const events = eventsIn("Germany_bans_Mahan_Air_of_Iran", "The Federal Aviation Office of Germany has suspended Mahan's permit");
    // Session 19: the entity finder now finds "Mahan Air" after "Iranian airline" and reads the later "Mahan" as it.
    expect(events.map((e) => e.recipient.map((r) => `${r.name}/${r.country}/${r.sector}`).join("+"))).toEqual(["Mahan Air/IRN/BUS"]);
  });
});

describe("dates of background acts told without a date", () => {
  const dateOf = (e: { date: { value: string | null } }) => e.date.value;

  it("does not carry a day years back from a sentence that codes no act to the next ('began serving … on January 2, 2017')", () => {
    // "Rosselló began serving as Puerto Rico's eleventh governor on January 2, 2017. In addition to stepping down
    // as governor, Rosselló announced he would resign leadership of the New Progressive Party."
    const events = eventsIn("Puerto_Rico_governor_announces_resignation", "In addition to stepping down as governor");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(dateOf(e)?.startsWith("2017")).toBe(false);
      expect(e.mode.historical).toBe(false);
    }
  });

  it("dates 'the protests' by the protest the sentence before named with its day, not an older one ('the largest climate change demonstration … on September 20')", () => {
    const events = eventsIn("Greta_Thunberg_named_2019_Time_Person", "An estimated four million people overall took part in the protests");
    expect(events.map(dateOf)).toEqual(["2019-09-20"]);
  });

  it("keeps 'carried out the airstrike' on the airstrike's day (the protest nouns share a key, 'airstrike' does not join 'attack')", () => {
    const events = eventsIn("United_States_military_kills_Qasem_Soleimani", "The United States carried out the airstrike");
    expect(events.map(dateOf)).toEqual(["2020-01-02"]);
  });

  it("gives no day to an act weeks from another act the text does not date ('Baloch was murdered a few weeks after publicly posting …')", () => {
    const events = eventsIn("Brother_of_murdered_Pakistani_social_media_star", "Baloch was murdered a few weeks after");
    expect(events.map((e) => `${e.date.value}/${e.date.source}`)).toEqual(["null/background"]);
  });

  it("dates a killing of a person told before by that killing ('the crown prince ordered Khashoggi's killing' after 'murdered last October')", () => {
    const events = eventsIn("Fianc%C3%A9e_of_murdered_Saudi_journalist", "The CIA and other intelligence agencies");
    expect(events.map((e) => `${e.date.value} ${e.mode.historical}`)).toEqual(["2018-10 true"]);
  });

  it("dates a named event told again, and 'in that event', by the time it was named with ('the August 2017 Unite the Right rally')", () => {
    const rally = eventsIn("Charlottesville,_Virginia_killer_sentenced", "The Unite the Right rally drew national attention");
    expect(rally.map((e) => `${e.date.value} ${e.mode.historical}`)).toEqual(["2017-08 true"]);
    const killed = eventsIn("Charlottesville,_Virginia_killer_sentenced", "In that event, Fields");
    // (The killing, and the injuring of "at least nineteen others" told with it.)
    expect(killed.map(dateOf)).toEqual(["2017-08", "2017-08"]);
  });
});

describe("acts told in the past perfect", () => {
  it("does not carry the day of a past-perfect act years back to the next sentence ('On September 19, 2018, Cyprus and Egypt had signed …')", () => {
    // The next sentence: "Haifa University geostrategy expert and former Israeli security official, Avinoam Idan, said …"
    const text = readArticle("Greek_prime_minister_reaffirms_EastMed_pipeline");
    const said = eventsOf(text).find((e) => e.evidence.sentence.startsWith("Haifa University geostrategy expert"));
    expect(said?.date.value?.startsWith("2018")).toBe(false);
  });

  it("reads the tense of the verb before an act's noun ('The United States had also levied individual sanctions against al-Muhandis')", () => {
    const events = eventsIn("United_States_military_kills_Qasem_Soleimani", "The United States had also levied individual sanctions");
    expect(events.map((e) => `${e.date.value}/${e.date.source}`)).toEqual(["null/background"]);
  });

  it("sets an act reported by a saying as far back as the saying ('Nigeria previously announced it planned to join the AfCFTA')", () => {
    // Published 2019-07-10, after the summit of 2019-07-07: the plan was no act of the day of writing.
    const events = eventsIn("Benin,_Nigeria_join_African_Union", "Nigeria previously announced it planned to join the AfCFTA");
    expect(events.map((e) => `${e.date.value}/${e.date.source}`)).toEqual(["null/background"]);
  });
});
