/** Event rules of session 14, each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("audit, seed 196", () => {
  it("joins no list over a bare comma before the last member ('On Friday in Pakistan, Mohammed Waseem … was sentenced')", () => {
    const events = eventsIn("Brother_of_murdered_Pakistani_social_media_star", "On Friday in Pakistan");
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => r.name)])).toEqual([["SANCTION PAK>PAK", ["Mohammed Waseem"]]]);
  });

  it("dates an act by the season it follows, as its year ('After his conviction in that case last summer, Manafort agreed')", () => {
    const [e] = eventsIn("Former_Trump_advisor,_Paul_Manafort", "After his conviction in that case last summer");
    expect([e && tuple(e), e?.date.value, e?.mode.historical]).toEqual(["AGREE USA>USA", "2018", true]);
  });

  it("takes the person owned, not the owner, as the one arrested ('the suspect's wife was taken into custody')", () => {
    const events = eventsIn("Four_stabbed_to_death_at_Paris_police_headquarters", "Local prosecutor Remy Heitz said the suspect's wife");
    expect(events.map((e) => [tuple(e), e.recipient.map((r) => r.name)])).toEqual([["COERCE FRA>FRA", ["wife"]]]);
  });

  it("places al-Qaeda's people in no country ('IMG'), not in the home of the story or of the state that fights them", () => {
    // "… US President Donald Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been
    // killed in a US counter-terrorism operation." Hamza bin Laden was USA.
    const [e] = eventsIn("US_President_Trump_says_Osama_bin_Laden%27s_son_killed", "On Saturday, in a brief but official statement");
    expect([e && tuple(e), e?.recipient.map((r) => `${r.name}:${r.sector}`)]).toEqual(["ASSAULT USA>IMG", ["Hamza bin Laden:REB"]]);
  });
});
