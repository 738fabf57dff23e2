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

describe("capitalised words after a lower-case class noun are a name of the class (session 19)", () => {
  it("finds the airline the tagger left out, with its country, and its short name (Wikinews: Germany bans Mahan Air of Iran)", () => {
    const rec = corpusRecord("Germany_bans_Mahan_Air");
    const ents = findEntities(rec.text, splitSentences(rec.text), rec.date);
    // Was no mention: "Mahan Air" was left out, and every lone "Mahan" was a person.
    const full = ents.find((e) => e.text === "Mahan Air");
    expect(full?.type).toBe("ORG");
    expect(full?.country).toBe("IRN");
    expect(full?.sector).toBe("BUS");
    const lone = ents.filter((e) => e.text === "Mahan");
    expect(lone.length).toBeGreaterThan(0);
    expect(lone.every((e) => e.type === "ORG" && e.country === "IRN")).toBe(true);
    // The body named after its country at the end belongs to that country.
    expect(ents.find((e) => e.text === "Federal Aviation Office of Germany")?.country).toBe("DEU");
  });

  it("types a novel and a judge by their class nouns (Wikinews: Gloria Vanderbilt dies at 95; campaign trail, October 2020)", () => {
    const names = (id: string) => {
      const rec = corpusRecord(id);
      return findEntities(rec.text, splitSentences(rec.text), rec.date).map((e) => `${e.text}/${e.type}`);
    };
    // "… and the 2009 novel Obsession, which the New York Times called …": was no mention.
    expect(names("Gloria_Vanderbilt")).toContain("Obsession/MISC");
    // "The Senate confirmed judge Barrett to the Supreme Court.": was no mention.
    expect(names("campaign_trail_in_the_USA,_October_2020")).toContain("Barrett/PER");
  });

  it("leaves a pronoun and the first part of a hyphenated name alone (guards)", () => {
    // Wikinews: Open source game developer Perttu Ahola talks about Minetest.
    const pronoun =
      "When I was a kid I programmed using BASIC on my dad's computers and at school and university I attended programming courses and learned more languages.";
    expect(spans(pronoun).some((s) => s.startsWith("I/"))).toBe(false);
    // Wikinews: German migrant rescue charity renames ship after drowned Syrian toddler.
    const charity =
      "German migrant marine rescue charity Sea-Eye on Sunday renamed their ship after Alan Kurdi, a three-year-old Syrian child who drowned offshore of Turkey.";
    expect(spans(charity)).not.toContain("Sea/ORG");
  });
});
