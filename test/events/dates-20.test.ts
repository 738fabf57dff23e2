/** Session 20 (helper dates20): background acts told without a time of their own are not dated by the story, on
 * real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import type { Event } from "../../src/model/index.js";
import { eventsIn } from "./corpus-events.js";

const dateOf = (e: Event) => e.date.value;
const byTrigger = (events: Event[], trigger: string) => events.find((e) => e.evidence.trigger?.text === trigger);

// Story of 2020-02-21 (the pardons and commutations of Tuesday 2020-02-18).
const CLEMENCY = "US_President_Trump_grants_eleven_people_clemency";

describe("a step of a criminal case years before a pardon or a release", () => {
  it("gives no story day to a sentence told with the years served since ('…, serving eight before being granted clemency')", () => {
    const sentenced = byTrigger(eventsIn(CLEMENCY, "He was sentenced to fourteen years in prison, serving eight"), "sentenced");
    expect(sentenced).toBeDefined();
    expect(sentenced && dateOf(sentenced)).toBeNull();
    expect(sentenced?.mode.historical).toBe(true);
  });

  it("gives no story day to a jailing the next sentence follows with 'He was sentenced …, serving eight'", () => {
    const jailed = byTrigger(eventsIn(CLEMENCY, "Rod Blagojevich was jailed for corruption"), "jailed");
    expect(jailed).toBeDefined();
    expect(jailed && dateOf(jailed)).toBeNull();
    expect(jailed?.mode.historical).toBe(true);
  });

  it("gives no story day to a conviction the next sentence follows with 'Negron served eight years of a thirty-five year sentence'", () => {
    const convicted = byTrigger(eventsIn(CLEMENCY, "Judith Negron was convicted of both health care fraud"), "convicted");
    expect(convicted).toBeDefined();
    expect(convicted && dateOf(convicted)).toBeNull();
  });

  it("gives no story day to a charge the next sentence follows with 'He was convicted in 2006.'", () => {
    const charged = byTrigger(eventsIn(CLEMENCY, "Safavian was charged with making false statements"), "charged");
    expect(charged).toBeDefined();
    expect(charged && dateOf(charged)).toBeNull();
    expect(charged?.mode.historical).toBe(true);
  });

  it("keeps the own year of a conviction and the story's day of the pardon (guards)", () => {
    expect(eventsIn(CLEMENCY, "He was convicted in 2006.").map(dateOf)).toEqual(["2006"]);
    expect(eventsIn(CLEMENCY, "Trump granted Milken a full and unconditional pardon.").map(dateOf)).toEqual(["2020-02-18"]);
    // "was sentenced to serve 188 months" has its own year: the sentence's time stands.
    const munoz = byTrigger(eventsIn(CLEMENCY, "Crystal Munoz was convicted of conspiracy"), "convicted");
    expect(munoz && dateOf(munoz)).toBe("2008");
  });

  it("keeps the day of a sentencing that is the story's news ('Paul Manafort was sentenced by Judge Amy Berman Jackson …')", () => {
    const events = eventsIn("Paul_Manafort,_receives_second_sentence", "Paul Manafort was sentenced by Judge Amy Berman Jackson");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(dateOf(e)).not.toBeNull();
  });
});

describe("an act told in a clause after 'came after'", () => {
  it("gives no story day to the assault in 'The arrest came after an allegation he assaulted Neka Dorokashvili'", () => {
    const assaulted = byTrigger(
      eventsIn("Nikoloz_Basilashvili_arrested_on_domestic_violence_charge", "The arrest came after an allegation he assaulted"),
      "assaulted",
    );
    expect(assaulted).toBeDefined();
    expect(assaulted && dateOf(assaulted)).toBeNull();
  });

  it("gives no story day to the endorsements in 'The move came shortly after … Bernie Sanders and … Barack Obama announced their own support'", () => {
    const events = eventsIn("Elizabeth_Warren_endorses_Joe_Biden", "The move came shortly after fellow former presidential candidate");
    const support = byTrigger(events, "announced their own support");
    expect(support).toBeDefined();
    expect(support && dateOf(support)).toBeNull();
  });

  it("gives no story month to deals told as what 'This followed' ('This followed deals the administration brokered …, in recent months.')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "This followed deals the administration brokered");
    const brokered = byTrigger(events, "brokered");
    expect(brokered).toBeDefined();
    expect(brokered && dateOf(brokered)).toBeNull();
  });

  it("keeps the story month of the deal the sentence before tells ('The White House also announced a deal it brokered …')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "The White House also announced a deal it brokered");
    const brokered = byTrigger(events, "brokered");
    expect(brokered && dateOf(brokered)).toBe("2020-10");
  });

  it("keeps the own time of an act after 'comes after' ('The move comes after the European Union sanctioned Iran earlier in the month')", () => {
    const sanctioned = byTrigger(
      eventsIn("Germany_bans_Mahan_Air", "The move comes after the European Union sanctioned Iran"),
      "sanctioned",
    );
    expect(sanctioned && dateOf(sanctioned)).toBe("2019-01");
  });

  it("keeps the story's day of the arrest itself ('… was arrested on Friday …')", () => {
    const arrested = byTrigger(
      eventsIn("Nikoloz_Basilashvili_arrested_on_domestic_violence_charge", "Nikoloz Basilashvili, a Georgian"),
      "arrested",
    );
    expect(arrested && dateOf(arrested)).toBe("2020-05-22");
  });
});

describe("acts told as a habit or as far back as the past perfect that governs them", () => {
  it("gives no day of writing to 'Congress has repeatedly denied funding for such a wall'", () => {
    const denied = byTrigger(eventsIn("Sixteen_states_sue_U.S._President_Trump", "Congress has repeatedly denied funding"), "denied");
    expect(denied).toBeDefined();
    expect(denied && dateOf(denied)).toBeNull();
  });

  it("keeps a day for a present perfect just reported ('The Federal Aviation Office of Germany has suspended Mahan's permit')", () => {
    const suspended = byTrigger(eventsIn("Germany_bans_Mahan_Air", "The Federal Aviation Office of Germany has suspended"), "suspended");
    expect(suspended).toBeDefined();
    expect(suspended && dateOf(suspended)).not.toBeNull();
  });

  it("gives no story month to 'Robert Mueller's investigation' in a sentence told in the past perfect ('Stone had been found guilty …')", () => {
    const events = eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "Stone had been found guilty of several crimes");
    const investigation = byTrigger(events, "investigation");
    expect(investigation).toBeDefined();
    expect(investigation && dateOf(investigation)).toBeNull();
  });

  it("gives no story month to what a saying told in the past perfect reports ('… said her husband had told her Trump had not met Shapiro …')", () => {
    const met = byTrigger(
      eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "Shapiro's widow, former tennis player Pam Shriver"),
      "met",
    );
    expect(met).toBeDefined();
    expect(met && dateOf(met)).toBeNull();
  });

  it("keeps the story's day of what a simple past saying reports ('Lorenzana said he had ordered \\'heightened alert\\' from troops')", () => {
    const events = eventsIn("Bombs_kill_at_least_20_at_cathedral_in_Mindanao", "Lorenzana said he had ordered");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(dateOf(e)).toBe("2019-01-27");
  });
});

describe("an act told with a frequency", () => {
  it("gives no story day to 'The children were banned from washing more often than once a year'", () => {
    const events = eventsIn("California_court_sentences_parents", "The children were banned from washing");
    const banned = byTrigger(events, "banned");
    expect(banned).toBeDefined();
    expect(banned && dateOf(banned)).toBeNull();
  });

  it("keeps the day of the sentencing the story tells ('Yesterday … Judge Bernard Schwartz sentenced David and Louise Turpin …')", () => {
    const events = eventsIn("California_court_sentences_parents", "Yesterday in California's Riverside County criminal court");
    expect(events.map(dateOf)).toEqual(["2019-04-19"]);
  });
});
