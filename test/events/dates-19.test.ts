/** Session 19 (helper dates19): background acts told without a time of their own are not dated by the story,
 * on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import type { Event } from "../../src/model/index.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn } from "./corpus-events.js";

/** Every event (statements too) the whole pipeline codes in the bundled article whose id contains `id`, in sentences
 * starting with `start`. */
const allEventsIn = (id: string, start: string): Event[] => {
  const r = corpusRecord(id);
  return run(r.text, r.date).events.filter((e) => e.evidence.sentence.startsWith(start));
};

const dateOf = (e: { date: { value: string | null } }) => e.date.value;

describe("an act whose sentence goes on with what came with it or caused it in an earlier year", () => {
  it("gives no story day to a conviction followed by ', and he received a one year prison sentence in 2016'", () => {
    // Interview published 2020-10-19.
    const events = eventsIn("Wikinews_interviews_Don_Blankenship", "A jury convicted Blankenship of misdemeanor conspiracy");
    expect(events.map((e) => e.evidence.trigger?.text)).toEqual(["convicted"]);
    expect(events.map(dateOf)).toEqual([null]);
  });

  it("gives no story day to a ban told 'since she did not wear a hijab … in January 2017'", () => {
    // Story published 2020-04-14.
    const events = eventsIn("Dorsa_Derakhshani_discusses", "Dorsa Derakhshani was banned since she did not wear a hijab");
    expect(events.map((e) => e.evidence.trigger?.text)).toEqual(["banned"]);
    expect(events.map(dateOf)).toEqual([null]);
  });

  it("keeps the story's day when the earlier year only names a noun ('found unconstitutional a 2005 law')", () => {
    const events = eventsIn(
      "Puerto_Rico_Supreme_Court_removes_Governor_Pierluisi",
      "In finding Pierluisi was improperly sworn in as governor, the Supreme Court also found",
    );
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(dateOf(e)?.startsWith("2019")).toBe(true);
  });

  it("keeps the own time of an act in a relative clause ('her husband Siarhei, who was arrested in May, and promised …')", () => {
    const events = eventsIn(
      "Belarussian_opposition_presidential_candidate",
      "She spoke about her husband Siarhei, who was arrested in May",
    );
    const arrested = events.find((e) => e.evidence.trigger?.text === "arrested");
    expect(arrested && dateOf(arrested)).toBe("2020-05");
  });
});

describe("an act told over occasions in the bare plural", () => {
  it("gives no story day to 'Harris attacked Biden during Democratic debates' in a round-up of August 2020", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_August_2020", 'He said the "phony" and "nasty" Harris attacked Biden');
    const attacked = events.find((e) => e.evidence.trigger?.text === "attacked");
    expect(attacked).toBeDefined();
    expect(attacked && dateOf(attacked)).toBeNull();
  });

  it("keeps the day of one occasion the story told ('The government strengthened security measures during the rally.')", () => {
    const events = eventsIn(
      "Belarussian_opposition_presidential_candidate",
      "The government strengthened security measures during the rally",
    );
    expect(events.map(dateOf)).toEqual(["2020-07-30"]);
  });
});

describe("an act told in a span of someone's life or office", () => {
  it("gives no story day to 'during his time as President Barack Obama's vice president, he called for …'", () => {
    const events = allEventsIn("U.S._House_issues_subpoena_to_secretary_of_state", "The accusation against Biden is that");
    const called = events.find((e) => e.evidence.trigger?.text === "called for");
    expect(called).toBeDefined();
    expect(called && dateOf(called)).toBeNull();
  });

  it("gives no story day to Thunberg meeting the Pope, told 'In her campaign, Thunberg has met with multiple world leaders …'", () => {
    // Story of 2019-12-14 (Time Person of the Year); the meeting was months before.
    const events = eventsIn("Greta_Thunberg_named_2019_Time_Person", "In her campaign, Thunberg has met with multiple world leaders");
    const meeting = events.find((e) => e.recipient.some((r) => r.name === "Pope Francis"));
    expect(meeting).toBeDefined();
    expect(meeting && dateOf(meeting)).toBeNull();
  });

  it("keeps the day of an act after a phrase of another kind ('In a statement following the attack, … blamed …')", () => {
    const events = eventsIn("United_States_military_kills_Qasem_Soleimani", "In a statement following the attack, Ahmed al-Assadi");
    // (The attack is Thursday's airstrike that killed the PMF's deputy leader; "December 27th" lies inside the Department
    // of Defense's quotation, no context of the narrative.)
    expect(events.map(dateOf)).toEqual(["2020-01-02"]);
  });
});
