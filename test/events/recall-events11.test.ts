/**
 * Rules from session 11 (events11), each from sentences of the unannotated bundled Wikinews articles
 * (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { corpusRecord } from "../corpus.js";
import { tuple } from "./corpus-events.js";

describe("one act told twice", () => {
  it("joins a later mention dated only by the day of writing to the act told with its own day", () => {
    const r = corpusRecord("Nikoloz_Basilashvili_arrested");
    const acts = run(r.text, r.date).events.filter((e) => e.plover?.event === "COERCE" && e.cameo.code === "173");
    expect(acts.map(tuple)).toEqual(["COERCE GEO>GEO"]);
    expect(acts[0]?.date.value).toBe("2020-05-22");
    expect(acts[0]?.mentions?.some((m) => m.sentence.startsWith("The Georgian Tennis Federation (GFT) released a statement"))).toBe(true);
  });
});
