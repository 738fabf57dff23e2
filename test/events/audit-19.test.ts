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
});
