/** Session 19 (helper dates19): background acts told without a time of their own are not dated by the story,
 * on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn } from "./corpus-events.js";

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
