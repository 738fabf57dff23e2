import { describe, expect, it } from "vitest";
import { bucketDays, bucketLabel, bucketRange, dayNumber, isoDay } from "../../src/web/lib/dates.js";
import { timeScale } from "../../src/web/lib/scale.js";
import { paragraphSpans, safeHref, segment, snippetParts } from "../../src/web/lib/segments.js";

describe("segment", () => {
  it("cuts overlapping marks into runs that cover the text exactly once", () => {
    const segs = segment(0, 20, [
      { start: 2, end: 10, kind: "quote" },
      { start: 5, end: 8, kind: "entity" },
      { start: 8, end: 30, kind: "event" },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join("+")])).toEqual([
      [0, 2, ""],
      [2, 5, "quote"],
      [5, 8, "quote+entity"],
      [8, 10, "quote+event"],
      [10, 20, "event"],
    ]);
  });

  it("ignores empty and outside marks", () => {
    expect(
      segment(10, 20, [
        { start: 0, end: 5, kind: "time" },
        { start: 12, end: 12, kind: "time" },
      ]),
    ).toEqual([{ start: 10, end: 20, marks: [] }]);
  });
});

describe("paragraphSpans, snippetParts, safeHref", () => {
  it("finds paragraphs joined by blank lines", () => {
    const t = "One.\n\nTwo two.\n\n\nThree";
    expect(paragraphSpans(t).map((p) => t.slice(p.start, p.end))).toEqual(["One.", "Two two.", "Three"]);
  });

  it("splits «» markers, keeping markup as plain text", () => {
    expect(snippetParts("a «<b>x</b>» c «d»")).toEqual([
      { text: "a ", match: false },
      { text: "<b>x</b>", match: true },
      { text: " c ", match: false },
      { text: "d", match: true },
    ]);
  });

  it("lets only http(s) URLs become links", () => {
    expect(safeHref("https://example.org/a?b")).toBe("https://example.org/a?b");
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref(" data:text/html,x")).toBeNull();
    expect(safeHref("not a url")).toBeNull();
  });
});

describe("dates", () => {
  it("reads day, month and ISO-week buckets", () => {
    expect(isoDay(dayNumber("2018-03-20"))).toBe("2018-03-20");
    expect(isoDay(dayNumber("2018-03"))).toBe("2018-03-01");
    expect(isoDay(dayNumber("2018-W12"))).toBe("2018-03-19");
    expect(isoDay(dayNumber("2020-W01"))).toBe("2019-12-30");
  });

  it("gives each bucket its inclusive day range", () => {
    expect(bucketRange("2018-03-20", "day")).toEqual({ from: "2018-03-20", to: "2018-03-20" });
    expect(bucketRange("2018-03-19", "week")).toEqual({ from: "2018-03-19", to: "2018-03-25" });
    expect(bucketRange("2020-02-01", "month")).toEqual({ from: "2020-02-01", to: "2020-02-29" });
    expect(bucketDays("2018-02", "month")).toBe(28);
    expect(bucketLabel("2018-03-20", "day")).toBe("20 Mar 2018");
  });
});

describe("timeScale", () => {
  const spans = [dayNumber("2018-03-20"), dayNumber("2018-03-22"), dayNumber("2019-02-04")].map((d) => ({ d, n: 1 }));

  it("collapses long empty stretches so close days stay apart on screen", () => {
    const sc = timeScale(spans, { left: 0, right: 1000, maxGap: 20, pad: 1 });
    expect(sc.runs).toHaveLength(2);
    expect(sc.breaks).toHaveLength(1);
    expect(sc.breaks[0]!.days).toBeGreaterThan(300);
    const gap = sc.x(spans[1]!.d) - sc.x(spans[0]!.d);
    expect(gap).toBeGreaterThan(50);
    expect(sc.runs[sc.runs.length - 1]!.x1).toBeCloseTo(1000);
  });

  it("is monotonic and inverts inside runs", () => {
    const sc = timeScale(spans, { left: 40, right: 900, maxGap: 20, pad: 1 });
    let last = -Infinity;
    for (let d = spans[0]!.d - 1; d <= spans[2]!.d + 2; d += 3) {
      const px = sc.x(d);
      expect(px).toBeGreaterThanOrEqual(last);
      last = px;
    }
    const d = spans[1]!.d + 0.5;
    expect(sc.day(sc.x(d))).toBeCloseTo(d);
  });

  it("keeps true spacing when there are no long gaps", () => {
    const even = [0, 10, 20].map((d) => ({ d, n: 1 }));
    const sc = timeScale(even, { left: 0, right: 230, maxGap: 20, pad: 1 });
    expect(sc.runs).toHaveLength(1);
    expect(sc.x(10) - sc.x(0)).toBeCloseTo(sc.x(20) - sc.x(10));
  });
});
