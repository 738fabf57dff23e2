/**
 * The seed story (Xinhua, 2018-03-22) coded from an Analysis built from its real sentences. Checks the
 * events a careful analyst reads there and the must-not list of /work/shared/seed/expected.json.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeEvents } from "../../src/events/index.js";
import type { Event } from "../../src/model/index.js";
import { analysisOf, articleOf } from "./helpers.js";

const raw = readFileSync(new URL("../fixtures/seed/000_99228c402bf3de7c.txt", import.meta.url), "utf8");
// The body paragraphs of the first copy (extraction is tested elsewhere).
const first = raw.slice(raw.indexOf("MOSCOW, March 22"), raw.indexOf("Back to Top"));
const text = first
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean)
  .join("\n\n");
const times: [string, string][] = [
  ["Thursday", "2018-03-22"],
  ["on Tuesday", "2018-03-20"],
  ["Wednesday", "2018-03-21"],
  ["on March 18", "2018-03-18"],
  ["2016", "2016"],
];
const events = codeEvents(articleOf(text, "2018-03-22", "MOSCOW"), analysisOf(text, "2018-03-22", times));

const countries = (e: Event, side: "actor" | "recipient") => new Set(e[side].map((a) => a.country));
const find = (a: string, r: string, codes: string[]) =>
  events.filter(
    (e) =>
      codes.includes(e.cameo.code) &&
      ((countries(e, "actor").has(a) && countries(e, "recipient").has(r)) ||
        (e.reciprocal && countries(e, "actor").has(r) && countries(e, "recipient").has(a))),
  );

describe("seed events", () => {
  it("codes the phone agreement to prepare a meeting, dated Tuesday, reciprocal", () => {
    const hits = find("RUS", "USA", ["036", "041", "040", "030"]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.date.value).toBe("2018-03-20");
    expect(hits[0]!.plover?.event).toBe("AGREE");
    expect(hits[0]!.reciprocal).toBe(true);
    expect(hits[0]!.evidence.sentence).toContain("agreed in a call on Tuesday");
  });
  it("codes the Kremlin's pessimistic statement as CAMEO 012 without a PLOVER type", () => {
    const hits = find("RUS", "USA", ["012", "010"]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.plover).toBeNull();
    expect(hits[0]!.date.value).toBe("2018-03-22");
  });
  it("codes the Treasury sanctions USA→RUS as SANCTION, future in reported speech", () => {
    const hits = find("USA", "RUS", ["163"]);
    expect(hits).toHaveLength(1);
    expect(hits[0]!.plover?.event).toBe("SANCTION");
    expect(hits[0]!.mode.future).toBe(true);
  });
  it("codes the accusation as ACCUSE by the Treasury, not the meddling", () => {
    expect(find("USA", "RUS", ["112", "111"])).toHaveLength(1);
    expect(events.some((e) => /meddl/.test(e.evidence.trigger?.text ?? ""))).toBe(false);
  });
  it("codes Moscow blaming Washington", () => {
    const hits = find("RUS", "USA", ["112", "111", "016"]);
    expect(hits.some((e) => e.evidence.sentence.includes("blamed Washington"))).toBe(true);
  });
  it("holds the must-nots", () => {
    for (const e of events) {
      const meet = e.plover?.event === "CONSULT" || e.cameo.code.startsWith("04");
      if (meet && (e.date.value ?? "") >= "2018-03-21") expect(e.mode.hypothetical || e.mode.future || e.mode.negated).toBe(true);
      expect(e.date.value?.startsWith("2017-07-07")).toBe(false);
      if (/2016/.test(e.evidence.sentence) && e.cameo.code.startsWith("1")) expect(["ACCUSE", "SANCTION"]).toContain(e.plover?.event);
      if (/re-elected/.test(e.evidence.sentence)) throw new Error("re-election coded as an event");
    }
    const keys = events.map((e) =>
      [e.cameo.code, [...countries(e, "actor")].sort(), [...countries(e, "recipient")].sort(), e.evidence.start].join("|"),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("gives every event its evidence span and trigger inside the article text", () => {
    for (const e of events) {
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
      const t = e.evidence.trigger!;
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
