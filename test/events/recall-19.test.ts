/** Recall, session 19: fixes found reading the recall audit (seeds 400–401) and the precision audit of the bundled
 * Wikinews articles, each on their real sentences (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

describe("recall 19: an armed act of a foreign doer with no target strikes where the story happens", () => {
  it("codes the Houthi attack on Saudi Arabia told by its spokesperson in Yemen (a place of speaking)", () => {
    expect(eventsIn("Oil_facilities_in_Saudi_Arabia", "Speaking on al-Masirah TV in Yemen").map(tuple)).toEqual(["ASSAULT YEM>SAU"]);
  });

  it("codes Turkey's offensive in a story on its invasion of Syria's northeast", () => {
    expect(eventsIn("Kurds_announce_deal", "On Wednesday, Turkey began a military offensive").map(tuple)).toEqual(["ASSAULT TUR>SYR"]);
  });

  it("gives no shot with no victim a target: it is read in another sense ('Portugal allowed only one shot on goal', a Zyte sports page)", () => {
    expect(webPageEvents("zyte-9a440270bf86.html.gz").filter((l) => l.includes("shot on goal"))).toEqual([]);
  });

  it("still gives an attack in words by a home politician no target ('Trump … attacked the impeachment investigation')", () => {
    expect(eventsIn("US_Speaker_Pelosi_announces_Trump_impeachment", "Trump, responding to Pelosi").map(tuple)).toEqual(["ACCUSE USA>"]);
  });
});
