/**
 * Argument-finder rules from the session-13 audits (bench/events/recall-audit.ts and audit.ts, seeds 181–186):
 * real sentences of the unannotated bundled Wikinews articles (CC BY 2.5) whose event lost a side, or took the
 * wrong one, to the clause heuristics of src/events/args.ts.
 */
import { describe, expect, it } from "vitest";
import { eventsIn, tuple } from "./corpus-events.js";

describe("the subject before an apposition", () => {
  it("is no name inside a fronted prepositional phrase ('From Israel, … Mike Pompeo spoke, defending …')", () => {
    const ev = eventsIn("On_the_campaign_trail_in_the_USA,_August_2020", "From Israel, Secretary of State Mike Pompeo spoke");
    expect(ev.map((e) => `${tuple(e)} ${e.actor.map((a) => a.name).join("+")}`)).toEqual(["SUPPORT USA>USA Mike Pompeo"]);
  });
});

describe("a name that renames the object after a comma", () => {
  it("reads 'Bloomberg endorsed his former rival, Joe Biden.' as support for Biden", () => {
    const ev = eventsIn("Bloomberg,_Warren_end_US_presidential_campaigns", "Wednesday, the same day that he dropped out, Bloomberg");
    expect(ev.map((e) => `${tuple(e)} ${e.recipient.map((a) => a.name).join("+")}`)).toEqual(["SUPPORT USA>USA Joe Biden"]);
  });
});

describe("the antecedent of 'who' past an abbreviation in brackets", () => {
  it("reads '… the Greek foreign minister and United Nations Educational, Scientific and Cultural Organization (UNESCO) who questioned his authority' as their criticism", () => {
    const ev = eventsIn("Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia", "He announced this change by live television");
    expect(ev.filter((e) => e.evidence.trigger?.text === "questioned").map(tuple)).toEqual(["ACCUSE GRC+IGO>TUR"]);
  });
});

describe("an object-case pronoun is never the subject", () => {
  it("codes no conviction of the mother in 'Anwar, wept upon hearing her son had been convicted'", () => {
    const ev = eventsIn("Brother_of_murdered_Pakistani_social_media_star", "Baloch and Waseem's mother, Anwar, wept");
    // (Her son's conviction is a later mention of the lede's sentence of Mohammed Waseem: recall21.)
    expect(ev.map(tuple)).toEqual(["SANCTION PAK>PAK"]);
    expect(ev.flatMap((e) => e.recipient.map((r) => r.name))).toEqual(["Mohammed Waseem"]);
    expect(ev[0]!.evidence.sentence).not.toMatch(/^Baloch and Waseem's mother/);
  });
});
