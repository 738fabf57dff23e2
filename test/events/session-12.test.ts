/** Event rules of session 12, each on real sentences of the bundled Wikinews articles (CC BY 2.5). */
import { describe, expect, it } from "vitest";
import { isHistorical } from "../../src/events/modes.js";
import { eventsIn, tuple } from "./corpus-events.js";

describe("historical mode", () => {
  it("does not call an act of six weeks before a January story background because the year changed", () => {
    // Story of 2020-01-10: "On November 27, Turkey and Libya signed a maritime border agreement …"
    const [signed] = eventsIn("Greek_prime_minister_reaffirms_EastMed", "On November 27, Turkey and Libya signed");
    expect(signed && tuple(signed)).toBe("SUPPORT TUR>LBY");
    expect([signed?.date.value, signed?.mode.historical]).toEqual(["2019-11-27", false]);
  });

  it("still marks acts of earlier years as background", () => {
    // Story of 2020-12-23: "Tynice Nichole Hall was convicted … in 2006".
    const [e] = eventsIn("US_President_Trump_grants_eleven_people_clemency", "Tynice Nichole Hall was convicted");
    expect([e?.date.value, e?.mode.historical]).toEqual(["2006", true]);
  });

  it("reads a year as background in the next year, a day or month only when it lies more than three months back", () => {
    expect(isHistorical("2018", "2019-01-04")).toBe(true);
    expect(isHistorical("2018-12-31", "2019-01-04")).toBe(false);
    expect(isHistorical("2018-12", "2019-01-04")).toBe(false);
    expect(isHistorical("2018-W52", "2019-01-04")).toBe(false);
    expect(isHistorical("2018-09-15", "2019-01-04")).toBe(true);
    expect(isHistorical("2019-03-01", "2019-11-04")).toBe(false);
  });
});
