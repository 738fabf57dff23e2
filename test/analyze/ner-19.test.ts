import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { corpusRecord } from "../corpus.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2020-01-18").map((e) => `${e.text}/${e.type}`);

describe("a name that owns the next name is cut at the possessive (session 19)", () => {
  it("cuts a place that owns a name (Wikinews: California court sentences parents who kept their children in captivity)", () => {
    const text =
      "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.";
    // Was one LOC "California's Riverside County".
    const got = spans(text);
    expect(got).toContain("California/LOC");
    expect(got).toContain("Riverside County/LOC");
  });

  it("cuts a name of several words that owns a lone word (Wikinews: SARS-CoV-2 surpasses 100,000 confirmed deaths in the United States)", () => {
    const text =
      "According to the University of Washington's Institute for Health Metrics and Evaluation, the coronavirus may cause roughly 32,000 more deaths in the United States by August 4.";
    // Was "University of Washington's Institute".
    expect(spans(text)).toContain("University of Washington/ORG");
  });

  it("keeps an organisation that owns an organisation apart (WikiGold train, wikigold:113, CC BY 4.0; the shipped model, trained on it, already did; fold models did not)", () => {
    const text =
      "He co-authored an article, with Michael Behe, a senior fellow of the Discovery Institute's Center for Science and Culture, in the scientific journal Protein Science.";
    const got = spans(text);
    expect(got).toContain("Discovery Institute/ORG");
    expect(got).toContain("Center for Science and Culture/ORG");
  });

  it("keeps names whose owner is a title, a common noun or a lone unknown word (guards)", () => {
    // Wikinews: Florida highway pileup, fire kills five children, two truck drivers (the whole article).
    const rec = corpusRecord("Florida_highway_pileup");
    const names = findEntities(rec.text, splitSentences(rec.text), rec.date).map((e) => `${e.text}/${e.type}`);
    expect(names).toContain("Alachua Sheriff's Office/ORG");
    expect(names).not.toContain("Alachua Sheriff/ORG");
    // WikiGold train, wikigold:1 (CC BY 4.0): a unit named after its commander.
    expect(spans("During this time Couch's Division was detached from the Army and was occupied with guarding the fords.")).toContain(
      "Couch's Division/ORG",
    );
  });
});
