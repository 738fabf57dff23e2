import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { analyze } from "../../src/analyze/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { wikinewsArticle } from "./helpers.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2019-04-03").map((e) => `${e.text}/${e.type}`);

describe("a nickname in quotes inside a person's name (session 16)", () => {
  it("keeps 'Given \"Nick\" Family' one person (WikiGold train, wikigold:52, wikigold:64 and wikigold:120, CC BY 4.0)", () => {
    const cowley =
      'William Mailes "Cowboy" Cowley (born June 12, 1912 in Bristol, Quebec - died December 31, 1993) was a Canadian professional hockey center who played 13 seasons in the National Hockey League for the St. Louis Eagles and Boston Bruins.';
    // Was "William Mailes" and "Cowley" apart.
    expect(spans(cowley)).toContain('William Mailes "Cowboy" Cowley/PER');
    const may =
      'William Herbert "Buckshot" May (December 13, 1899 -- March 15, 1984) was a Major League Baseball pitcher who appeared in one game for the Pittsburgh Pirates in 1924.';
    // Was "William Herbert"; "May" was read as no name.
    expect(spans(may)).toContain('William Herbert "Buckshot" May/PER');
    const theriault =
      'The Member of the Legislative Assembly since 2003 has been Harold "Junior" Theriault of the Liberal Party of Nova Scotia.';
    // Was "Harold".
    expect(spans(theriault)).toContain('Harold "Junior" Theriault/PER');
  });

  it("joins the nickname and the family name to the given name in news (Wikinews: Eddie Van Halen, Gloria Vanderbilt)", () => {
    const names = (idPart: string) =>
      analyze(wikinewsArticle(idPart))
        .entities.filter((e) => e.text.includes('"'))
        .map((e) => `${e.text}/${e.type}`);
    // Were "Edward Lodewijk" PER, "Eddie" PER and "Van Halen" ORG; "Pasquale" PER and "Di Cicco" MISC.
    expect(names("Guitarist_Eddie_Van_Halen_dies")).toContain('Edward Lodewijk "Eddie" Van Halen/PER');
    expect(names("Gloria_Vanderbilt_dies")).toContain('Pasquale "Pat" Di Cicco/PER');
  });

  it("leaves a quoted title between two names alone (guard, WikiGold train, wikigold:4, CC BY 4.0)", () => {
    const text = 'The remaining tracks are "Phase 1: Fortification" and "Valhalla", the latter of which was present on an earlier demo.';
    expect(spans(text).filter((s) => s.includes('"'))).toEqual([]);
  });
});

describe("demonyms CountryInfo also lists as a country's aliases (session 16)", () => {
  it("reads 'Greek' and 'South Korean' as the people, not the country (Wikinews: EastMed pipeline; dark-web task force)", () => {
    const types = (idPart: string, text: string) =>
      analyze(wikinewsArticle(idPart))
        .entities.filter((e) => e.text === text)
        .map((e) => `${e.type}:${e.name}:${e.country}`);
    // Were GPE (the country).
    const greek = types("Greek_prime_minister_reaffirms_EastMed", "Greek");
    expect(greek.length).toBeGreaterThan(0);
    expect(new Set(greek)).toEqual(new Set(["NORP:Greece:GRC"]));
    expect(types("dark_web%27_child_porn", "South Korean")).toEqual(["NORP:South Korea:KOR"]);
  });

  it("types 'South African' before a noun as the people (WikiGold train, wikigold:126, CC BY 4.0)", () => {
    const text = "In 1978, he was upset by South African puncher Kallie Knoetze for his second KO loss.";
    // Was GPE.
    expect(spans(text)).toContain("South African/NORP");
    // The country's own name stays the country.
    expect(spans("He fought eight more times in South Africa in 1978.")).toContain("South Africa/GPE");
  });
});

describe("adjectives and plurals of peoples and world regions (session 16)", () => {
  it("types a regional adjective as a people, not a place or an organisation (WikiGold train, wikigold:11, wikigold:49, wikigold:96, CC BY 4.0)", () => {
    const types = (text: string, word: string) =>
      spans(text)
        .filter((s) => s.startsWith(`${word}/`))
        .map((s) => s.slice(word.length + 1));
    expect(
      types(
        "Despite being born in the West African country of the Cape Verde islands he plays for the Swiss Under-19s side.",
        "West African",
      ),
    ).toEqual(["NORP"]);
    expect(types('Its name derived from the Slavic word "bilje" ("herb" in English).', "Slavic")).toEqual(["NORP"]);
    const nordic =
      "However, this closure came 15 years after its findings were incorporated into the National Origins Act (Immigration Act of 1924), which severely reduced the number of immigrants to America from southern and eastern Europe who, Harry Laughlin testified, were racially inferior than the Nordic immigrants from England and Germany.";
    expect(types(nordic, "Nordic")).toEqual(["NORP"]);
  });

  it("reads 'Latino voters' and 'the Arabs' as peoples (Wikinews: Nevada caucuses; troop withdrawal from Syria)", () => {
    const types = (idPart: string, text: string) =>
      analyze(wikinewsArticle(idPart))
        .entities.filter((e) => e.text === text)
        .map((e) => e.type);
    // Were PER and ORG.
    expect(types("Bernie_Sanders_wins_2020_Nevada_caucuses", "Latino")).toEqual(["NORP", "NORP"]);
    expect(types("troop_withdrawal_from_Syria", "Arabs")).toEqual(["NORP"]);
  });
});
