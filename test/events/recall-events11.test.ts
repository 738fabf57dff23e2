/**
 * Rules from session 11 (events11), each from sentences of the unannotated bundled Wikinews articles
 * (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn, tuple } from "./corpus-events.js";

describe("one act told twice", () => {
  it("joins a later mention dated only by the day of writing to the act told with its own day", () => {
    const r = corpusRecord("Nikoloz_Basilashvili_arrested");
    const acts = run(r.text, r.date).events.filter((e) => e.plover?.event === "COERCE" && e.cameo.code === "173");
    expect(acts.map(tuple)).toEqual(["COERCE GEO>GEO"]);
    expect(acts[0]?.date.value).toBe("2020-05-22");
    expect(acts[0]?.mentions?.some((m) => m.sentence.startsWith("The Georgian Tennis Federation (GFT) released a statement"))).toBe(true);
  });
});

describe("disputing what someone did or holds", () => {
  it("reads 'opposed X's statement' as criticism of X", () => {
    expect(
      eventsIn("World_leaders_call_to_address_Amazon", "Brazilian President Jair Bolsonaro opposed Macron's statement").map(tuple),
    ).toEqual(["ACCUSE BRA>FRA"]);
  });
  it("codes no dispute of a thing with no owner named, nor a question whether", () => {
    expect(eventsIn("Scientific_study_suggests_dinosaurs", "John Hutchinson, an evolutionary biomechanicist")).toEqual([]);
    const asked = eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "First, after CNN reporter");
    expect(asked.filter((e) => e.evidence.trigger?.text === "questioned")).toEqual([]);
  });
});

describe("a call or a signing held with someone", () => {
  it("reads 'had a phone conversation with' as a phone consultation", () => {
    expect(
      eventsIn("US_President_Trump_announces_troop_withdrawal", "The announcement was made after Trump had a phone conversation").map(
        tuple,
      ),
    ).toEqual(["CONSULT USA>TUR"]);
  });
  it("dates 'had a phone conversation' with the story's narrative, as a simple past ('Late on Sunday, … announced …')", () => {
    const [e] = eventsIn("US_President_Trump_announces_troop_withdrawal", "The announcement was made after Trump had a phone conversation");
    expect(e?.date.value).toBe("2019-10-06");
  });
  it("reads 'held a special signing with' as signing an agreement, by every member of a subject's list", () => {
    expect(
      eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "Representatives from the UAE, Bahrain, and Israel").map(tuple),
    ).toEqual(["SUPPORT ARE+BHR+ISR>USA"]);
  });
});

describe("blaming someone in a participle wherever it stands", () => {
  it("reads '… posted a message on Twitter blaming Iran for the attacks' as an accusation of Iran", () => {
    expect(
      eventsIn("Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks", "US Secretary of State Mike Pompeo posted a message").map(tuple),
    ).toEqual(["ACCUSE USA>IRN"]);
    expect(eventsIn("Rouhani_tells_foreign_powers", "The United States was more forceful in blaming Iran").map(tuple)).toEqual([
      "ACCUSE USA>IRN",
    ]);
  });
});

describe("an act's noun named in its own sentence dates a later 'in the …'", () => {
  it("dates '… who was also killed in the airstrike' with the airstrike told before", () => {
    const killed = eventsIn("United_States_military_kills_Qasem_Soleimani", "He was being met by Abu Mahdi al-Muhandis").filter(
      (e) => e.plover?.event === "ASSAULT",
    );
    expect(killed.map((e) => [e.date.value, e.mode.historical])).toEqual([["2020-01-02", false]]);
  });
});
