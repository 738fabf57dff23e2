/**
 * Rules of session 5 on real sentences (the bundled Wikinews corpus, CC BY 2.5), through the full pipeline.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";

const countries = (as: { country: string | null }[]) => as.map((a) => a.country);

describe("participial clauses", () => {
  it("a participle after a comma takes the subject of the uncoded verb before it (signed …, officially outlawing …)", () => {
    const { events } = run(
      "On Wednesday in the US state of Alabama, Governor Kay Ivey signed the Alabama Human Life Protection Act, officially outlawing nearly all circumstances of abortion in the state.",
      "2019-05-18",
    );
    const e = events.find((x) => x.evidence.trigger?.text === "outlawing");
    expect(e?.plover?.event).toBe("COERCE");
    expect(e!.actor[0]?.name).toBe("Kay Ivey");
    expect(countries(e!.actor)).toEqual(["USA"]);
  });

  it("a court's finding told in a participle is the court's (issued an opinion …, finding it to be unlawful)", () => {
    const { events } = run(
      "On Wednesday, the Court of Session in Scotland issued an opinion on the suspension — prorogation — of the Parliament of the United Kingdom which went into effect on Tuesday, finding it to be unlawful.",
      "2019-09-13",
    );
    const e = events.find((x) => x.evidence.trigger?.text === "finding");
    expect(e?.cameo.code).toBe("116");
    expect(countries(e!.actor)).toEqual(["GBR"]);
  });

  it("cutting a noun's complement is no embargo (reducing the focus on oil and gas)", () => {
    const { events } = run(
      "The new governor of the region, Alexander Moor, during his message to the regional parliamentarians read out on November 22, just offered to diversify the economy, reducing the focus on oil and gas from the third Baku and cultivating medical tourism.",
      "2019-05-06",
    );
    expect(events.filter((x) => x.cameo.code === "163")).toEqual([]);
  });
});

describe("group nouns as arguments", () => {
  it("a plural agent noun after a verb or a preposition is an actor (sentenced … smugglers, tear gas against protesters)", () => {
    const turkey = run(
      "Turkey sentenced two people smugglers to four years of prison each for their roles in the events surrounding Kurdi and his fellow migrants' September 2015 deaths.",
      "2020-03-14",
    ).events.find((x) => x.evidence.trigger?.text === "sentenced");
    expect(turkey?.recipient.map((r) => r.name)).toEqual(["smugglers"]);
    const police = run(
      "On Sunday, protesters marched in Hong Kong. In other parts of the city, the police used water canons and tear gas against protesters.",
      "2019-09-01",
    ).events.find((x) => x.evidence.trigger?.text.startsWith("used"));
    expect(police?.recipient.map((r) => r.name)).toEqual(["protesters"]);
  });

  it("a participle between a number or 'most' and a noun is an adjective (41 pledged delegates)", () => {
    for (const text of [
      "Heading into Super Tuesday, Senator Bernie Sanders from Vermont had the most pledged delegates, with 60.",
      "According to NPR, former Vice President of the United States Joe Biden has amassed 1,217 pledged delegates so far, while United States Senator from Vermont Bernie Sanders has earned 914.",
    ])
      expect(run(text, "2020-03-10").events.filter((e) => e.evidence.trigger?.text === "pledged")).toEqual([]);
  });

  it("what is withdrawn is the actor's own; the recipient is where it is withdrawn from", () => {
    const e = run(
      "U.N. Secretary-General Kofi Annan announced on Monday that he will withdraw weapons inspectors and humanitarian workers from Iraq.",
      "1998-12-14",
    ).events.find((x) => x.evidence.trigger?.text === "withdraw");
    expect(countries(e!.recipient)).toEqual(["IRQ"]);
  });

  it("a participle's subject is not the object of the verb before it (cleared … protesters … using tear gas)", () => {
    const e = run(
      "Police cleared protesters in Washington on Monday. Before doing so, law enforcement cleared reportedly peaceful protesters from Lafayette Square using tear gas.",
      "2020-06-02",
    ).events.find((x) => x.evidence.trigger?.text === "using tear gas");
    expect(e?.actor[0]?.name).toBe("law enforcement");
  });
});

describe("claims", () => {
  it("what a claim alleges is not coded as an act told as fact", () => {
    const { events } = run(
      "Trump claimed Democrats pushed Biden to the far left on socialized medicine, the Green New Deal and defunding the Police.",
      "2020-10-23",
    );
    expect(events.filter((e) => e.evidence.trigger?.text === "pushed")).toEqual([]);
  });
});

describe("intensified measures and reported intentions", () => {
  it("tightening a blockade is the blockade's act; what a speaker confirms it would do is an intention (THREATEN)", () => {
    const { events } = run(
      "NATO confirmed on Wednesday it would tighten the naval blockade of Serbia in the Adriatic with Albania's help.",
      "1999-04-21",
    );
    const e = events.find((x) => x.evidence.trigger?.text.startsWith("tighten"));
    expect(e?.plover?.event).toBe("THREATEN");
    expect(countries(e!.actor)).toEqual(["IGO"]);
    expect(countries(e!.recipient)).toEqual(["SRB"]);
  });

  it("'confirmed' reports speech: the act it reports is coded by its own verb", () => {
    const { events } = run(
      'A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday morning after her 11-month daughter discovered a bag full of a substance that appeared to be fentanyl, a dangerous opioid drug, according to Kamloops Police, at the McDonald Park playground. She managed to get a hold of the small bag and kept her child safe.\n\n\nIn a statement issued on Monday, the Royal Canadian Mounted Police (RCMP) confirmed they seized the substance, stating "In B.C., this has been considered a public health emergency since April 2016."',
      "2020-07-08",
    );
    expect(events.find((x) => x.evidence.trigger?.text === "confirmed")).toBeUndefined();
    // (Seizing a substance from no one named is no event of last resort since session 9.)
    expect(events.find((x) => x.evidence.trigger?.text === "seized")).toBeUndefined();
  });
});

describe("eased measures", () => {
  it("a verb of easing takes the measure it eases, also with words between (shortened by one hour the nightly curfew)", () => {
    const { events } = run(
      "President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan after a June 30 coup toppled the civilian government.",
      "1989-08-10",
    );
    const e = events.find((x) => x.evidence.trigger?.text.startsWith("shortened"));
    expect(e?.plover?.event).toBe("CONCEDE");
    expect(countries(e!.actor)).toEqual(["SDN"]);
  });
});
