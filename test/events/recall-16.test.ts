/**
 * Recall rules of session 16 (helper recall16), through the full pipeline, on articles of the bundled
 * Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("an act performed by saying it inside a quotation (performative.ts)", () => {
  it("codes 'I strongly reject …' as the quoted minister's rejection", () => {
    expect(eventsIn("US_announces_restrictions_on_flying_to_Cuba", "Bruno Parrilla, the foreign affairs minister").map(tuple)).toEqual([
      "REJECT CUB>USA",
    ]);
  });

  it("codes 'I applaud the president for …' as the quoted senator's praise", () => {
    expect(eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", "And no, the caliphate").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
  });

  it("codes 'I thank John very much for his service' as the president's praise", () => {
    expect(eventsIn("US_president_Trump_ousts_national_security_advisor_Bolton", "I thank John very much").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
  });

  it("leaves pledges and the acts a quotation tells alone", () => {
    // A pledge names no side it is made to.
    expect(eventsIn("Nancy_Pelosi_again_elected_Speaker", '"I pledge that this Congress').map(tuple)).toEqual([]);
    expect(eventsIn("Biden_announces_Kamala_Harris_as_2020_running_mate", "In March, at the Democratic Party's final").map(tuple)).toEqual(
      [],
    );
    // A past act inside the quotation ("the caliphate would not have been destroyed") is the speaker's account.
    expect(
      eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", "And no, the caliphate").map((e) => e.evidence.trigger?.text),
    ).toEqual(["applaud"]);
  });
});
