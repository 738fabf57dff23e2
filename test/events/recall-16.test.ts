/**
 * Recall rules of session 16 (helper recall16), through the full pipeline, on articles of the bundled
 * Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { resolveCountedGroups } from "../../src/events/actors/group-reference.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { eventsIn, tuple } from "./corpus-events.js";

describe("an act performed by saying it inside a quotation (performative.ts)", () => {
  it("codes 'I strongly reject …' as the quoted minister's rejection", () => {
    expect(eventsIn("US_announces_restrictions_on_flying_to_Cuba", "Bruno Parrilla, the foreign affairs minister").map(tuple)).toEqual([
      "REJECT CUB>USA",
    ]);
  });

  it("codes 'I applaud the president for …' as the quoted senator's praise", () => {
    expect(eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", "And no, the caliphate").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
  });

  it("codes 'I thank John very much for his service' as the president's praise", () => {
    expect(eventsIn("US_president_Trump_ousts_national_security_advisor_Bolton", "I thank John very much").map(tuple)).toEqual([
      "SUPPORT USA>USA",
    ]);
  });

  it("leaves pledges and the acts a quotation tells alone", () => {
    // A pledge names no side it is made to.
    expect(eventsIn("Nancy_Pelosi_again_elected_Speaker", '"I pledge that this Congress').map(tuple)).toEqual([]);
    expect(eventsIn("Biden_announces_Kamala_Harris_as_2020_running_mate", "In March, at the Democratic Party's final").map(tuple)).toEqual(
      [],
    );
    // A past act inside the quotation ("the caliphate would not have been destroyed") is the speaker's account.
    expect(
      eventsIn("US_President_Trump_announces_troop_withdrawal_from_Syria", "And no, the caliphate").map((e) => e.evidence.trigger?.text),
    ).toEqual(["applaud"]);
  });
});

describe("a counted group of the countries just named (actors/group-reference.ts)", () => {
  it("reads 'the leaders of the two countries' as the leaders of the two countries the sentence named", () => {
    expect(eventsIn("Turkish_government_stops_search_of_survivors", "Turkey and Greece had earlier had poor relations").map(tuple)).toEqual(
      ["CONSULT TUR>GRC"],
    );
  });

  it("reads 'all three nations' as the three countries named, who offer together (no one of them to the others)", () => {
    expect(
      eventsIn("disappearance_of_Indonesian_cargo_ship_Namse_Bangdzod", "Singapore, India, and Australia have in the past").map(tuple),
    ).toEqual(["AGREE SGP+IND+AUS>"]);
  });

  it("counts only states, and only when the sentence names as many countries before it", () => {
    const groups = (sentence: string) => {
      const { analysis } = run(sentence, "2019-07-01");
      const toks = tokens(sentence, 0, sentence.length);
      const ms = findMentions(sentence, toks, analysis.entities);
      return resolveCountedGroups(sentence, toks, ms).filter((m) => !ms.includes(m));
    };
    // "both sides" are no states.
    expect(
      groups(
        'The Unite the Right rally drew national attention within the United States partly because President Donald Trump claimed there were "fine people on both sides," meaning both the white supremacists and the counter-protesters, for which he was criticized.',
      ),
    ).toEqual([]);
    // No country named before "the two nations".
    expect(groups("Collins saw compromise as the best way for the two nations to resolve their differences")).toEqual([]);
  });
});

describe("a statement that names a crime or an aggression of the other side is an accusation (statement.ts)", () => {
  it("codes 'said the 36 must face \"murder and terrorism charges\"' as an accusation (112)", () => {
    expect(eventsIn("Iran_issues_arrest_warrant", "According to semi-official news agency ISNA").map(tuple)).toContain("ACCUSE IRN>USA");
  });

  it("codes 'state they were responding to Armenian aggression' as an accusation (112)", () => {
    expect(
      eventsIn(
        "On_the_campaign_trail_in_the_USA,_September_2020",
        "The Azerbaijanis state they were responding to Armenian aggression",
      ).map(tuple),
    ).toEqual(["ACCUSE AZE>ARM"]);
  });
});
