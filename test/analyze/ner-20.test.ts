import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";

const spans = (text: string) => findEntities(text, splitSentences(text), "2019-10-01").map((e) => `${e.text}/${e.type}`);

describe("names listed together are of one kind (session 20)", () => {
  it("types the odd name of a list of people PER (Wikinews: Radio host Don Imus dies aged 79)", () => {
    const text =
      "Imus is survived by his second wife Dierdre Coleman, their two sons Wyatt and Zachary, and four daughters, Nadine, Ashley, Elizabeth, and Toni, from his previous marriage.";
    // Was "Toni" MISC.
    expect(spans(text)).toContain("Toni/PER");
  });

  it("types the odd name of a list of places as a place (Wikinews: Hurricane Lorenzo; Ebola treatments)", () => {
    const warning =
      "The orange warning issued by Met Éireann applied to County Galway, County Mayo, County Clare, County Cork, County Kerry and County Limerick and starts at 6 p.m. local time (1700 UTC) tomorrow.";
    // Was "County Kerry" PER.
    expect(spans(warning)).toContain("County Kerry/LOC");
    const towns =
      'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began last November and collected data from 499 patients from the towns of Beni, Butembo, Mangina, and Katwa in the Democratic Republic of the Congo, which has suffered an Ebola outbreak for roughly the past year.';
    // Was "Mangina" PER.
    expect(spans(towns)).toContain("Mangina/LOC");
  });

  it("takes a series of three when the two that agree are known names (Wikinews: On the campaign trail in the USA, July 2020)", () => {
    const text =
      "Lewis's colleague and leader of the Congressional Black Caucus, Congresswoman Karen Bass emerged as a significant contender to be Biden's running mate, joining Senators Kamala Harris, Elizabeth Warren, and Tammy Duckworth as potential candidates.";
    // Was "Tammy Duckworth" ORG.
    expect(spans(text)).toContain("Tammy Duckworth/PER");
  });

  it("leaves names a dictionary typed, and three names the tagger alone typed, alone (guards)", () => {
    // Wikinews: U.S. House formalizes rules for Trump impeachment proceedings.
    const presidents = "The House has only impeached two Presidents in the history of the United States, Bill Clinton and Andrew Johnson.";
    expect(spans(presidents)).toContain("United States/GPE");
    expect(spans(presidents)).toContain("Andrew Johnson/PER");
    // Wikinews: US House of Representatives impeaches President Trump (two tagger ORGs do not make a person one).
    const representatives =
      "Two Democratic Representatives, Collin Peterson and Jeff Van Drew, opposed both articles of impeachment, and a third, Jared Golden, voted for the first article but against the second.";
    expect(spans(representatives)).toContain("Collin Peterson/PER");
  });

  it("reads 'Publisher, City, Country' as an address, not a series (guard, WikiGold train, wikigold:21, CC BY 4.0)", () => {
    const text =
      "The most recent of his ten books of poems are Tremors - New & Selected Poems (Black Pepper, Melbourne, Australia, 2004) and Speed & Other Liberties (Salt Publishing, Cambridge, UK, 2008).";
    expect(spans(text)).not.toContain("Black Pepper/GPE");
    expect(spans(text)).not.toContain("Black Pepper/LOC");
  });
});
