/**
 * Recall rules of session 17 (helper recall17), through the full pipeline, on articles of the bundled
 * Wikinews corpus (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { publicBodySector } from "../../src/events/actors/agents.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import { corpusRecord } from "../corpus.js";
import { eventsIn, tuple } from "./corpus-events.js";

describe("an arrest by the police, a court or a government with no other side named (patterns/coerce.ts)", () => {
  it("codes 'Police have … detained him for questioning' as the arrest of a person of the place", () => {
    expect(eventsIn("Bus_carrying_children_overturns_in_Babyninsky", "Police have opened a criminal case").map(tuple)).toEqual([
      "COERCE RUS>RUS",
    ]);
  });

  it("keeps the arrested side the text names", () => {
    // "South Korea's National Police Agency … the arrest": the one arrested is Jong, named (and, unplaced, of
    // the arresting force's country since audit 20).
    expect(eventsIn("Hundreds_arrested_for_%27dark_web%27_child_porn", "Jong was arrested in March, 2018").map(tuple)).toEqual([
      "COERCE KOR>KOR",
    ]);
    // An arrest no one is told to have made stays uncoded ("They arrested three …": no actor).
    expect(eventsIn("Millions_don%27t_turn_up_to_%27storm%27_US_airbase", "They arrested three").map(tuple)).toEqual([]);
  });
});

/** The sector of the first mention whose text contains `name`, in the sentence of article `id` starting with `start`. */
function sectorOf(id: string, start: string, name: string): string | null | undefined {
  const r = corpusRecord(id);
  const { analysis } = run(r.text, r.date);
  const s = analysis.sentences.find((x) => r.text.slice(x.start).startsWith(start));
  if (!s) throw new Error(`no sentence starting ${start}`);
  const toks = tokens(r.text, s.start, s.end);
  const ms = findMentions(
    r.text,
    toks,
    analysis.entities.filter((e) => e.start >= s.start && e.end <= s.end),
  );
  return ms.find((m) => m.text.includes(name))?.sector;
}

describe("a public body whose name says what it is (actors/agents.ts publicBodySector)", () => {
  it("reads an elections commission, a House committee and the National Guard as government, legislature and military", () => {
    expect(sectorOf("US_state_of_Wisconsin_holds_2020_election", "According to the Wisconsin Elections Commission", "Commission")).toBe(
      "GOV",
    );
    expect(
      sectorOf("US_House_of_Representatives_holds_two_Cabinet", "In April, the House Oversight and Reform Committee", "Committee"),
    ).toBe("LEG");
    expect(sectorOf("US_state_of_Wisconsin_holds_2020_election", "A number of poll workers quit", "National Guard")).toBe("MIL");
  });

  it("leaves other councils and committees without a sector", () => {
    // "the Oversight and Reform Committee" without its house stays a name the coder places by the story.
    expect(sectorOf("US_Representative_Elijah_Cummings_dies", "Representative Carolyn Maloney", "Committee")).toBeNull();
    for (const name of [
      "Atlantic Council",
      "Council of Ex-Muslims",
      "Democratic National Committee",
      "Norwegian Nobel Committee",
      "CentOS Governing Board",
    ])
      expect(publicBodySector(name.toLowerCase().split(" "))).toBeNull();
  });
});

describe("describing someone or their act as something disparaging (triggers.ts, call-names)", () => {
  it("codes 'labeled Soleimani as a terrorist' as criticism of Soleimani (111)", () => {
    const evs = eventsIn("United_States_military_kills_Qasem_Soleimani", "In 2007, the United States government labeled");
    // (The sanctions it levied are coded as before.)
    expect(evs.map(tuple)).toEqual(["ACCUSE USA>IRN", "SANCTION USA>IRN"]);
    expect(evs[0]!.cameo.code).toBe("111");
  });

  it("codes 'described Trump's potential unwillingness as \"unthinkable and unacceptable\"' as criticism of Trump", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "Republican Senator Mitt Romney").map(tuple)).toEqual([
      "ACCUSE USA>USA",
    ]);
  });

  it("needs the disparaging word after 'as'", () => {
    // "characterized the call with Zelensky as \"perfectly fine and routine\"" disparages no one.
    expect(eventsIn("US_Speaker_Pelosi_announces_Trump_impeachment", "Trump characterized the call").map(tuple)).toEqual([]);
  });
});

describe("a disparaging judgement inside a quotation is its speaker's criticism (performative.ts quotedJudge)", () => {
  it("codes '\"Boris Johnson is trying to … — this is a deeply dangerous and irresponsible way to govern\"' as Cooper's criticism of Johnson", () => {
    const evs = eventsIn("Queen_Elizabeth_agrees_to_suspend_UK_Parliament", "Member of Parliament (MP) Yvette Cooper");
    expect(evs.map(tuple)).toEqual(["ACCUSE GBR>GBR"]);
    expect(evs.map((e) => `${e.actor[0]?.name} > ${e.recipient[0]?.name}`)).toEqual(["Yvette Cooper > Boris Johnson"]);
  });

  it("leaves judgements outside quotations and judgements of doing something alone", () => {
    // An interview's own words, no one quoted.
    expect(
      eventsIn("Zara_Kay_tells_Wikinews_about_her_non-profit_organisation", "It is a violation of people's civil rights").map(tuple),
    ).toEqual([]);
    // "saying it was dangerous": "it" does not open its clause.
    expect(
      eventsIn("Millions_don%27t_turn_up_to_%27storm%27_US_airbase", "The Air Force issued warnings").map((e) => e.evidence.trigger?.text),
    ).not.toContain("dangerous");
  });
});

describe("a prosecution told in the passive is brought by the place's prosecutors (coder.ts byCourt)", () => {
  it("codes 'The nine men were prosecuted for 22 different crimes' as the prosecutors' accusation", () => {
    expect(eventsIn("Nine_jailed_over_sexual_abuse_in_Bradford", "The nine men were prosecuted").map(tuple)).toEqual(["ACCUSE GBR>GBR"]);
  });

  it("leaves a prosecution wished for alone", () => {
    expect(eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "Hawkins called for the decriminalization").map(tuple)).toEqual([]);
  });
});

describe("a meeting of the states named after its 'of' (triggers.ts, args.ts between)", () => {
  it("codes 'the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016' as their consultation", () => {
    const evs = eventsIn("Greek_prime_minister_reaffirms_EastMed_pipeline", "During the trilateral meeting of Cyprus");
    expect(evs.map(tuple)).toEqual(["CONSULT CYP>GRC+ISR"]);
    expect(evs[0]!.reciprocal).toBe(true);
    expect(evs[0]!.date.value).toBe("2016-01-28");
  });

  it("needs two states or more after 'of'", () => {
    expect(
      eventsIn("Iran%27s_President_Rouhani_tells_foreign", "The annual meeting of the United Nations General Assembly").map(tuple),
    ).toEqual([]);
  });
});
