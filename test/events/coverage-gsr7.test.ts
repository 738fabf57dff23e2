/**
 * Session-7 coverage rules (helper gsr7), each on real sentences: PLOVER gold-standard records of the tune
 * half (CC BY-SA 4.0) and the bundled Wikinews articles (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { sentencePlace } from "../../src/events/story-place.js";
import { tokens } from "../../src/events/text/tokens.js";

/** Actor mentions of a one-sentence text, as "text:country/sector". */
function mentionsOf(text: string, date: string): string[] {
  const { analysis } = run(text, date);
  return findMentions(text, tokens(text), analysis.entities).map((m) => `${m.text}:${m.country}/${m.sector}`);
}

const place = (s: string) => sentencePlace(tokens(s));

describe("where a sentence happens", () => {
  it("reads a place after a direction or 'the <modifiers> <kind> of'", () => {
    expect(
      place(
        "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday calling for independence from Iraq, witnesses said.",
      ),
    ).toBe("IRQ");
    expect(
      place(
        "Israeli army bulldozers demolished Palestinian homes and civilian buildings in southern Gaza on Sunday, Palestinian officials and US witnesses said.",
      ),
    ).toBe("PSE");
    expect(
      place("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon Sunday sources on both sides said."),
    ).toBe("LBN");
    expect(
      place("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier and wounded two others, the military said."),
    ).toBe("IRQ");
  });

  it("takes a country named among the modifiers when the town is unknown", () => {
    expect(
      place(
        "Violence broke out on Saturday when several thousand people rallied at Freedom Plaza in the US capital city of Washington, DC in support of US President Donald Trump.",
      ),
    ).toBe("USA");
  });

  it("does not read a capitalised name as a modifier", () => {
    expect(
      place(
        "Stanton was convicted of conspiracy to transport in interstate commerce a stolen motor vehicle and tampering with a vehicle identification number in 2007 in the Northern District of Georgia.",
      ),
    ).toBeNull();
  });
});

describe("unnamed officials", () => {
  it("reads 'an official' before a preposition as the noun, not the adjective of 'an official protest'", () => {
    expect(
      mentionsOf(
        'An official from TfL stated: "We are working with colleagues in the British Transport Police following an incident at Waterloo station."',
        "2019-05-01",
      ),
    ).toContain("official:null/GOV");
  });
});
