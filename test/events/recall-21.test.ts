/**
 * Recall rules of session 21 (helper recall21), through the full pipeline, on articles of the bundled
 * Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

const MANAFORT = "Former_Trump_advisor,_Paul_Manafort,_receives_second_sentence";

describe("a passive conviction or sentence whose subject is a common noun (coder.ts passiveSubjectNoun)", () => {
  it("codes 'A former advisor for U.S. President Donald Trump was sentenced in U.S. Federal Court', naming him from the next mention", () => {
    const events = eventsIn(MANAFORT, "A former advisor for U.S. President Donald Trump was sentenced");
    expect(events.map(tuple)).toEqual(["SANCTION USA>USA"]);
    expect(events[0]!.evidence.sentence).toMatch(/^A former advisor/);
    // "Paul Manafort was sentenced by Judge Amy Berman Jackson …" tells who the advisor was.
    expect(events[0]!.recipient.map((a) => a.name)).toEqual(["Paul Manafort"]);
  });

  it("does not take the name after 'for' as the one sentenced (guard)", () => {
    const events = eventsIn(MANAFORT, "A former advisor for U.S. President Donald Trump was sentenced");
    expect(events.flatMap((e) => e.recipient.map((a) => a.name))).not.toContain("Donald Trump");
  });

  it("keeps 'her son had been convicted' one act with the sentence told in the lede (guard)", () => {
    const events = eventsIn("Brother_of_murdered_Pakistani_social_media_star", "On Friday in Pakistan, Mohammed Waseem");
    expect(events.map(tuple)).toEqual(["SANCTION PAK>PAK"]);
    expect(events[0]!.recipient.map((a) => a.name)).toEqual(["Mohammed Waseem"]);
  });
});

describe("a later mention names whom an act told of a common noun was done to (dedupe.ts)", () => {
  it("'Police arrested the accused …' is Brenton's arrest ('After his arrest on Friday, Brenton stayed …')", () => {
    const events = eventsIn("New_Zealand_mosque_murder_suspect_appears_in_court", "Police arrested the accused");
    expect(events.map(tuple)).toEqual(["COERCE NZL>NZL"]);
    expect(events[0]!.recipient.map((a) => a.name)).toEqual(["Brenton"]);
  });
});

describe("a subject and its verb across a parenthetical set off by commas (coder.ts pastParenthetical)", () => {
  it("codes 'Barr and Ross, however, refused to hand over the documents'", () => {
    expect(eventsIn("US_House_of_Representatives_holds_two_Cabinet", "Barr and Ross, however, refused").map(tuple)).toEqual([
      "REJECT USA+USA>",
    ]);
  });

  it("codes 'Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation'", () => {
    const events = eventsIn("US_Speaker_Pelosi_announces_Trump_impeachment", "Trump, responding to Pelosi's announcement");
    expect(events.map(tuple)).toEqual(["ACCUSE USA>"]);
    expect(events[0]!.actor.map((a) => a.name)).toEqual(["Donald Trump"]);
  });
});

describe("parentheticals that leave the coding as it was (guards)", () => {
  it("codes no removal by Hong Kong in 'people living in or visiting Hong Kong, including fugitives, to be removed'", () => {
    expect(eventsIn("Hong_Kong_protesters_surround_downtown_police_complex", "The bill in question would allow").map(tuple)).toEqual([]);
  });

  it("codes no act by Reuters in 'Reuters, citing anonymous sources, reported …'", () => {
    expect(eventsIn("Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks", "Reuters, citing anonymous sources").map(tuple)).toEqual([]);
  });
});

describe("a verb joined by ', then' shares the clause's subject (args.ts coordinatedSubject)", () => {
  it("codes Hungary's agreement in 'Hungary licensed Czech firearm technology …, then agreed with Airbus'", () => {
    const events = eventsIn("Hungarian_state-owned_enterprise_acquires_Hirtenberger", "To modernize its military, in 2018, Hungary");
    expect(events.map((e) => `${e.plover?.event} ${e.actor.map((a) => a.name)}`)).toEqual(["AGREE Hungary"]);
  });

  it("keeps 'Usman Khan stabbed reportedly several people …, then fled up London Bridge' one assault (guard)", () => {
    const events = eventsIn("Bystanders_foil_knife-weilding_man_on_London_Bridge", "On Friday, 28-year-old Usman Khan stabbed");
    expect(events.map((e) => e.plover?.event)).toEqual(["ASSAULT"]);
  });
});

describe("the leaders a party adjective names lead the party (actors/mentions.ts)", () => {
  it("blames the Democrats, not the United States, in 'The president has blamed Democratic leadership for violence …'", () => {
    const events = eventsIn("Violence_breaks_out_in_Washington,_DC_at_pro-Trump", "The president has blamed Democratic leadership");
    expect(events.map(tuple)).toEqual(["ACCUSE USA>USA"]);
    expect(events[0]!.recipient.map((a) => `${a.name}/${a.sector}`)).toEqual(["leadership/PTY"]);
  });

  it("keeps 'the capital city's Democratic mayor Muriel Bowser' a government office holder (guard)", () => {
    const events = eventsIn("Violence_breaks_out_in_Washington,_DC_at_pro-Trump", "President Trump lashed out");
    expect(events[0]!.recipient.map((a) => `${a.name}/${a.sector}`)).toEqual(["Muriel Bowser/GOV"]);
  });
});
