/**
 * Session 18 (lead), on bundled Wikinews (CC BY 2.5): police and security forces whose names hold no place
 * the places data knows (data/actors/police.jsonl), and names the tagger cut at the "and" of an organisation
 * the actor dictionary knows.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import { wikinewsArticle } from "./helpers.js";

const facts = (idPart: string, needle: string) => [
  ...new Set(
    analyze(wikinewsArticle(idPart))
      .entities.filter((e) => e.text.includes(needle))
      .map((e) => `${e.text}/${e.type}/${e.country}/${e.sector}`),
  ),
];

describe("police forces are their country's police (COP)", () => {
  it("places the Royal Canadian Mounted Police and the RCMP in Canada (baby finds drugs, British Columbia)", () => {
    // Both were COP with no country.
    expect(facts("11-month_old_baby_finds_illegal_drugs", "R")).toEqual(
      expect.arrayContaining(["Royal Canadian Mounted Police/ORG/CAN/COP", "RCMP/ORG/CAN/COP"]),
    );
  });

  it("places the UK's forces: North Wales Police, Hampshire Police, the Metropolitan Police, the National Crime Agency", () => {
    expect(facts("Fire_at_historic_Welsh_ex-hotel", "Police")).toEqual(["North Wales Police/ORG/GBR/COP"]);
    expect(facts("Three_children_seriously_injured_as_bus_hits_bridge", "Police")).toEqual(["Hampshire Police/ORG/GBR/COP"]);
    expect(facts("South_London_police_officer_Matt_Ratana", "Metropolitan Police")).toEqual(["Metropolitan Police/ORG/GBR/COP"]);
    // Was GOV with no country.
    expect(facts("Hundreds_arrested_for_%27dark_web", "N")).toEqual(
      expect.arrayContaining(["National Crime Agency/ORG/GBR/COP", "NCA/ORG/GBR/COP"]),
    );
  });
});

describe("a name cut at the 'and' of a dictionary organisation is the whole organisation", () => {
  it("joins 'Bill and Melinda Gates Foundation' (self-cleaning toilets)", () => {
    // Was "Bill" PER and "Melinda Gates Foundation" ORG.
    expect(facts("Slippery_business", "Gates")).toEqual(["Bill and Melinda Gates Foundation/ORG/null/NGO"]);
  });

  it("joins 'the Islamic State of Iraq and Syria' and leaves a plain 'X and Y' of two names apart (same article)", () => {
    // Was "Islamic State of Iraq" with "Syria" a place of its own.
    expect(facts("Kurds_announce_deal_with_Assad", "Islamic State of Iraq")).toEqual(["Islamic State of Iraq and Syria/ORG/null/null"]);
    // Guard: "US President Donald Trump and Turkish President Recep Tayyip Erdoğan" stays two names.
    const names = analyze(wikinewsArticle("Kurds_announce_deal_with_Assad")).entities.map((e) => e.text);
    expect(names).toContain("Donald Trump");
    expect(names.some((t) => t.startsWith("Donald Trump and"))).toBe(false);
  });
});
