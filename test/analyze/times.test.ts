import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { findTimes } from "../../src/analyze/times/index.js";
import { seedArticle } from "./helpers.js";

function times(text: string, anchor: string) {
  return findTimes(text, splitSentences(text), anchor).map((t) => `${t.text}=${t.value}`);
}

describe("times on the seed (anchor: dateline 2018-03-22, a Thursday)", () => {
  const r = analyze(seedArticle());
  const v = (t: string) => r.times.find((x) => x.text === t && !x.inCaption)?.value;
  it("leans weekdays to the past", () => {
    expect(r.anchor).toBe("2018-03-22");
    expect(v("Thursday")).toBe("2018-03-22");
    expect(v("Tuesday")).toBe("2018-03-20");
    expect(v("Wednesday")).toBe("2018-03-21");
  });
  it("resolves month-days and bare years; the caption keeps its own date", () => {
    expect(v("March 18")).toBe("2018-03-18");
    expect(v("2016")).toBe("2016");
    const cap = r.times.find((x) => x.inCaption);
    expect(cap).toMatchObject({ text: "July 7, 2017", value: "2017-07-07", media: 0 });
    expect(r.times.filter((x) => !x.inCaption).some((x) => x.value?.startsWith("2017"))).toBe(false);
  });
});

describe("times in Wikinews sentences (CC BY 2.5)", () => {
  it("looks ahead for future weekdays", () => {
    // Puerto Rico, 2019-08-04 (a Sunday).
    expect(times("If the Senates does not confirm me, I will be governor until next Wednesday.", "2019-08-04")).toContain(
      "next Wednesday=2019-08-07",
    );
  });
  it("reads 'last week' as an ISO week and 'earlier this month' as a month", () => {
    expect(
      times("Pierluisi was sworn in last week following the August 2 resignation of Governor Ricardo Rosselló Nevares.", "2019-08-08"),
    ).toEqual(expect.arrayContaining(["last week=2019-W31", "August 2=2019-08-02"]));
    expect(
      times("In findings published earlier this month in Ecological Applications, scientists examine the reason.", "2019-01-27"),
    ).toContain("earlier this month=2019-01");
  });
  it("gives clock times the day named in the sentence (MEANTIME, CC BY 4.0)", () => {
    expect(times("Boeing's 787 made its first test flight Tuesday in Everett, Washington at 18:00 UTC.", "2009-12-16")).toContain(
      "18:00 UTC=2009-12-15T18:00Z",
    );
  });
});
