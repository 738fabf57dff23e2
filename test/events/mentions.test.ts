/**
 * One real-world act mentioned twice in an article is one event with two mentions; two acts that share only
 * a coarse date and a CAMEO root are two events. Whole bundled Wikinews articles (examples/wikinews,
 * CC BY 2.5, not in the annotated dev set).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import type { Event } from "../../src/model/index.js";
import { corpusRecord } from "../corpus.js";

function events(idPart: string): Event[] {
  const rec = corpusRecord(idPart);
  return run(rec.text, rec.date).events;
}

/** The event one of whose mentions is the sentence containing `words`. */
/** The event told in a sentence with these words (and, when a sentence tells two acts, by this trigger word). */
function eventTelling(evs: Event[], words: string, trigger?: string): Event | undefined {
  return evs.find((e) =>
    [e.evidence, ...(e.mentions ?? [])].some((m) => m.sentence.includes(words) && (!trigger || m.trigger?.text === trigger)),
  );
}

describe("event mentions", () => {
  it("keeps pardons granted to different people as different acts", () => {
    const evs = events("US_President_Trump_grants_eleven_people_clemency");
    const stanton = eventTelling(evs, "Trump granted Angela Ronae Stanton a full");
    const friedler = eventTelling(evs, "Trump granted Ariel Manuel Friedler a full");
    expect(stanton).toBeDefined();
    expect(friedler).toBeDefined();
    expect(friedler).not.toBe(stanton);
  });

  it("keeps a month's round-up criticisms told in different paragraphs as different acts", () => {
    // Both Biden > Trump, both dated only by the round-up's month: a Michigan campaign stop and a Delaware speech.
    const evs = events("On_the_campaign_trail_in_the_USA,_September_2020");
    const michigan = eventTelling(evs, "Biden, while campaigning in Michigan, called Trump's action");
    const delaware = eventTelling(evs, "Biden delivered a speech in Delaware in which he called Trump");
    expect(michigan?.date.value).toBe("2020-09");
    expect(delaware).toBeDefined();
    expect(delaware).not.toBe(michigan);
  });

  it("does not join a different kind of act against a different victim told the same day", () => {
    // The 2019 stabbing of Sirhan Sirhan and his shooting of Robert F. Kennedy in 1968.
    const evs = events("Kennedy_assassin_Sirhan_Sirhan_stabbed");
    const stabbed = eventTelling(evs, "Sirhan Sirhan was stabbed in the neck");
    expect(stabbed?.recipient.map((a) => a.name)).toContain("Sirhan Sirhan");
    expect(eventTelling(evs, "Sirhan shot him in the head")).not.toBe(stabbed);
  });

  it("still joins the same act told again the same week, and a later recipient-less mention", () => {
    const manafort = events("Paul_Manafort,_receives_second_sentence");
    const first = eventTelling(manafort, "for which Manafort was sentenced last week");
    expect(first).toBeDefined();
    expect(eventTelling(manafort, "another federal judge sentenced Manafort to a 47 month")).toBe(first);
    const tax = events("U.S._judge_orders_release_of_President_Trump%27s_tax_records");
    // "President Trump sued … Vance …, but Judge Marrero dismissed the president's lawsuit" tells two acts.
    const dismissed = eventTelling(tax, "but Judge Marrero dismissed the president", "dismissed");
    expect(dismissed).toBeDefined();
    expect(eventTelling(tax, "Marrero rejected this argument", "rejected")).toBe(dismissed);
  });
});
