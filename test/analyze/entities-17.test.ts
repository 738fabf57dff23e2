import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { analyze } from "../../src/analyze/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { wikinewsArticle } from "./helpers.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2019-04-03").map((e) => `${e.text}/${e.type}`);

describe("battles, sieges, campaigns and operations are events (session 17)", () => {
  it("takes 'Battle of' into the name and makes it MISC (WikiGold train, wikigold:1, CC BY 4.0)", () => {
    const text = "The 139th supported Sheridan in the Appomattox Campaign and fought in the Battle of Sayler's Creek.";
    // Was "Battle of Sayler's Creek" LOC (in cross-validation the tagger reads "Creek" alone as an organisation).
    expect(spans(text)).toContain("Battle of Sayler's Creek/MISC");
  });

  it("leaves a body named after its operations alone (guard, Wikinews: Samoan government ends state of emergency)", () => {
    const text =
      "The island nation's cabinet unanimously voted to lift it on Saturday afternoon, and the National Emergency Operation Centre (NEOC) announced the decision that night.";
    expect(spans(text)).toContain("National Emergency Operation Centre/ORG");
  });
});

describe("a city or state and a plural name are a team (session 17)", () => {
  it("types 'Los Angeles Lakers' ORG (Wikinews: Kobe Bryant dies in helicopter crash)", () => {
    const text = "Before the season began, the Hornets traded him to the Los Angeles Lakers.";
    // Was LOC.
    expect(spans(text)).toContain("Los Angeles Lakers/ORG");
  });

  it("leaves a place named after a town ending in s and a person alone (guards, Wikinews)", () => {
    const names = (idPart: string) => analyze(wikinewsArticle(idPart)).entities.map((e) => `${e.text}/${e.type}`);
    // "California Davis" is no team: the university keeps its name.
    expect(names("Naomi_Martisius")).toContain("University of California Davis/ORG");
    expect(names("Naomi_Martisius")).not.toContain("California Davis/ORG");
    // "Charlotte" is a city, "Charlotte Charles" a person.
    expect(names("UK_urges_US_to_waive_immunity")).toContain("Charlotte Charles/PER");
  });
});

describe("head words of bodies the tagger reads as places (session 17)", () => {
  it("types a newspaper named '… Telegraph' ORG (Wikinews: stabbing attack in Reading, UK)", () => {
    const ents = analyze(wikinewsArticle("stabbing_attack_in_Reading")).entities.map((e) => `${e.text}/${e.type}`);
    // Was "Daily Telegraph" LOC.
    expect(ents).toContain("Daily Telegraph/ORG");
    expect(ents).not.toContain("Daily Telegraph/LOC");
  });

  it("types a name ending in 'Medical Center' ORG (Wikinews: Radio host Don Imus dies aged 79)", () => {
    const text =
      "United States radio personality, television host, and philanthropist Don Imus, known to fans as the I-Man, died on Friday at the Baylor Scott and White Medical Center in College Station, Texas after being hospitalized since Christmas Eve, his family reported.";
    // Was LOC ("Center" alone heads places).
    expect(spans(text)).toContain("White Medical Center/ORG");
    expect(spans(text)).toContain("College Station/LOC");
  });

  it("keeps the editor a person beside the newspaper (guard, Wikinews: Samoa measles)", () => {
    const text =
      "According to Samoa Observer editor Keni Lesa, the anti-vaccine movement was able to tap into the resulting public mistrust.";
    expect(spans(text)).toEqual(expect.arrayContaining(["Samoa Observer/ORG", "Keni Lesa/PER"]));
  });
});

describe("a title in double quotes is a work (session 17)", () => {
  it("makes the quoted title MISC, not the name inside it (WikiGold train, wikigold:4 and wikigold:23, CC BY 4.0)", () => {
    const single = '"Phase 1: Fortification" was released on an overseas single for "Capricorn (A Brand New Name)".';
    // Was "Capricorn" PER and "A Brand New Name" MISC.
    expect(spans(single)).toContain("Capricorn (A Brand New Name)/MISC");
    expect(spans(single)).not.toContain("Capricorn/PER");
    const miami = 'Angelo Fresquet, "Made in Miami" Angelo Fresquet, was born in Fort Lauderdale, Fl.';
    // Was "Miami" GPE.
    expect(spans(miami)).toContain("Made in Miami/MISC");
    expect(spans(miami)).not.toContain("Miami/GPE");
  });

  it("keeps a whole person's or place's name in quotes (guards, Wikinews: Doris Day dies; Trump announces troop withdrawal)", () => {
    expect(spans('Reportedly, her name was shortened to "Doris Day," imitating a song called "Day after Day," which she sang.')).toContain(
      "Doris Day/PER",
    );
    expect(spans('The "United States" is not holding any ISIS detainees.')).toContain("United States/GPE");
  });
});

describe("features of the land the tagger reads as persons (session 17)", () => {
  it("types '… Brook' a place (WikiGold train, wikigold:62, CC BY 4.0)", () => {
    const text = "Milepost 13: high fill with granite masonry abutments for a short timber stringer span over Willett Brook.";
    // Was PER.
    expect(spans(text)).toContain("Willett Brook/LOC");
  });

  it("leaves persons and places with these words as they were (guards, Wikinews)", () => {
    expect(
      spans("Alison Kock of the University of Cape Town has reported a correlation with the entry of orcas into False Bay."),
    ).toContain("Alison Kock/PER");
    expect(spans("Over 2,000 residents near Mount Apo in Kidapawan City have been relocated to other villages in the area.")).toContain(
      "Mount Apo/LOC",
    );
  });
});

describe("a member's title after a party is no part of the party's name (session 17)", () => {
  it("cuts 'MP' from 'Labour MP' (Wikinews: Thousands march in anti-Brexit protest, London)", () => {
    const ents = analyze(wikinewsArticle("Thousands_march_in_anti-Brexit_protest")).entities.map((e) => `${e.text}/${e.type}`);
    // Was "Labour MP" ORG.
    expect(ents).not.toContain("Labour MP/ORG");
    expect(ents).toEqual(expect.arrayContaining(["Labour/ORG", "Tom Watson/PER"]));
  });
});

describe("'Washington, D.C.' is one place (session 17)", () => {
  it("joins the city and 'D.C.' (Wikinews: On the campaign trail in the USA, June 2020)", () => {
    const text =
      "During a riot in Washington, D.C. near the White House, rioters reportedly partly set fire to St. John’s Episcopal Church at Lafayette Square, which suffered damage.";
    // Was "Washington" GPE and "D.C." LOC.
    expect(spans(text)).toContain("Washington, D.C./GPE");
    expect(spans(text)).not.toContain("D.C./LOC");
  });

  it("keeps the state beside it a place of its own (guard, Wikinews: Hundreds arrested for 'dark web' child porn)", () => {
    const text =
      "Listed US states as having members from the site were: Alabama, Arkansas, California, Connecticut, Florida, Georgia, Kansas, Louisiana, Maryland, Massachusetts, Nebraska, New Jersey, New York, North Carolina, Ohio, Oregon, Pennsylvania, Rhode Island, South Carolina, Texas, Utah, Virginia, Washington and Washington, D.C.";
    expect(spans(text).slice(-2)).toEqual(["Washington/GPE", "Washington, D.C./GPE"]);
  });
});

describe("names the tagger missed in a list after a plural class noun (session 17)", () => {
  it("adds them with the class noun's type (Wikinews: Germany bans Mahan Air of Iran)", () => {
    const text =
      "With the US encouraging commercial entities to cease trading in Iran, German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens have announced plans to pull out of the Middle Eastern nation.";
    // Was no "Deutsche Bahn" and "Deutsche Telekom" PER.
    expect(spans(text)).toEqual(expect.arrayContaining(["Deutsche Bahn/ORG", "Deutsche Telekom/ORG", "Daimler/ORG", "Siemens/ORG"]));
  });

  it("adds nothing else to a list the tagger read whole (guard, Wikinews: British supermarket chain Tesco to sell its Polish branch to Salling Group)", () => {
    const text =
      "Tesco has suffered losses from its Polish operation for several years, as customer preference has shifted away from hypermarkets, Tesco's preferred store size, to smaller discount stores like Biedronka and LIDL.";
    expect(spans(text)).toHaveLength(5);
  });
});

describe("names coordinated before a plural head they share (session 17)", () => {
  it("types each name before 'parties' ORG (Wikinews: 2020 United States presidential election; On the campaign trail, 2020)", () => {
    // Was "Democratic" LOC and "Republican" MISC.
    expect(
      spans(
        "The Democratic and Republican parties use the primaries to select their nominees for the 2020 United States presidential election.",
      ),
    ).toEqual(expect.arrayContaining(["Democratic/ORG", "Republican/ORG"]));
    const text =
      "De La Fuente, a businessman who first ran for president in the 2016 Democratic primaries and was the Reform Party's 2016 presidential nominee, ran for president again this year; first as a challenger to President Trump in the Republican primaries, and then as the presidential nominee of the Alliance, Reform, and Natural Law parties.";
    // Was no "Natural Law".
    expect(spans(text)).toEqual(expect.arrayContaining(["Alliance/ORG", "Reform/ORG", "Natural Law/ORG"]));
  });

  it("keeps a party list the tagger read whole as it was (guard, WikiGold train, wikigold:30, CC BY 4.0)", () => {
    const text =
      "A surprising consequence of this struggle was that the National Party, which got far fewer votes than either the Labor or Liberal parties, had more members.";
    expect(spans(text)).toEqual(["National Party/ORG", "Labor/ORG", "Liberal/ORG"]);
  });
});
