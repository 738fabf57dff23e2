/** Precision audit 19 (seeds 313–315), each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { eventsIn } from "./corpus-events.js";

const sides = (id: string, start: string) =>
  eventsIn(id, start).map(
    (e) =>
      `${e.plover?.event} ${e.actor.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")} > ${e.recipient.map((a) => `${a.name}:${a.country}/${a.sector}`).join("+")}`,
  );

describe("precision audit 19", () => {
  it("reads 'criminal' before a noun as an adjective, not a criminal ('overturned the criminal convictions of …')", () => {
    const s = sides("US_Supreme_Court_overturns_fraud_convictions", "Yesterday, the United States Supreme Court overturned");
    expect(s).toHaveLength(1);
    expect(s[0]).not.toMatch(/criminal/);
    expect(s[0]).toMatch(/> .*William Baroni/);
  });

  it("still reads a lone 'criminal' before a preposition as the person (guard)", () => {
    const { events } = run("French police said a criminal in Paris stabbed two people on Monday.", "2020-05-08");
    expect(events.map((e) => e.actor.map((a) => a.sector).join("+"))).toContain("CRM");
  });

  it("gives a name the office of a bare spokesperson apposition ('Kerri Kupec, spokeswoman for the Trump administration's Department of Justice, sharply criticized …')", () => {
    expect(sides("US_House_of_Representatives_holds_two_Cabinet_officers", "Kerri Kupec, spokeswoman for")).toEqual([
      "ACCUSE Kerri Kupec:USA/GOV > House:USA/LEG",
    ]);
  });

  it("gives no government's sector to a spokesman for a body of no state, with or without an article (guard)", () => {
    for (const s of [
      "Zabihullah Mujahid, spokesman for the Taliban, condemned the attack on Kabul.",
      "Zabihullah Mujahid, a spokesman for the Taliban, condemned the attack on Kabul.",
    ]) {
      const { events } = run(s, "2019-07-20");
      expect(events.map((e) => e.actor.map((a) => `${a.name}/${a.sector}`).join("+"))).toEqual(["Zabihullah Mujahid/REB"]);
    }
  });

  it("keeps a list after a name a list, not an office ('Smith, police and …' has no spokesperson) (guard)", () => {
    const { events } = run("Kerri Kupec, spokeswoman Jane Doe and the police criticized the House's decision.", "2019-07-20");
    expect(events.map((e) => e.actor.map((a) => `${a.name}/${a.sector}`).join("+")).join(" ")).not.toMatch(/Kupec\/GOV/);
  });
});
