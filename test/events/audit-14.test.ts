/** Precision audit 14 (seeds 211–213), each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn } from "./corpus-events.js";

describe("precision audit 14", () => {
  it("reads a subject 'he' after a verb of saying as the person named right before it ('… while X wrote he had ordered')", () => {
    // "President Andrzej Duda said the victims were … while Interior Minister Joachim Brudziński wrote he had
    // ordered fire safety checks on escape rooms across Poland by the State Fire Brigade."
    const events = eventsIn("Escape_room_fire_kills_five_teen_girls_in_Koszalin,_Poland", "President Andrzej Duda said the victims");
    expect(events.map((e) => e.actor.map((a) => a.name).join("+"))).toEqual(["Joachim Brudziński"]);
  });

  it("reads a passive inside an apposition as done to the name it renames ('Trump, the third President to be impeached')", () => {
    const events = eventsIn("US_House_of_Representatives_impeaches_President_Trump", "Trump, the third President to be impeached");
    expect(events.filter((e) => e.recipient.some((r) => r.name === "USA"))).toEqual([]);
  });

  it("reads no 'him' as a country ('Police have opened a criminal case against the driver and detained him')", () => {
    const events = eventsIn("Bus_carrying_children_overturns_in_Babyninsky", "Police have opened a criminal case");
    expect(events.filter((e) => e.recipient.some((r) => r.country === "RUS" && r.name === "Russia"))).toEqual([]);
  });

  it("reads no 'he' as a country ('Reportedly he injured a man and two women')", () => {
    const events = eventsIn("Police_shoot_man_dead_after", "Reportedly he injured");
    expect(events.filter((e) => e.actor.some((a) => a.name === "United Kingdom"))).toEqual([]);
  });
});
