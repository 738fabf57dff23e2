/**
 * Session 22 quote rules (helper quotes22), each on a real sentence of a news page of the extraction benchmarks
 * (Zyte's article-extraction-benchmark pages, MIT, © 2020 Scrapinghub; "zyte-ID" the first 12 characters of the
 * page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley) or of the bundled Wikinews articles
 * (CC BY 2.5), quoted verbatim. Found with `bench/nlp/quote-web.ts` and `bench/nlp/quote-read.ts`.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a reported clause whose verb is an irregular past the clause test did not know", () => {
  it("'The man told doctors he ate the rabbit meat …' (zyte-8b1945303082)", () => {
    const q = find(quotes("The man told doctors he ate the rabbit meat in Inner Mongolia on November 5."), "he ate the rabbit meat");
    expect(q?.cue).toBe("told");
    expect(q?.speaker?.text).toBe("The man");
  });
});

describe("an abbreviated month inside the phrase between a cue and its 'that'", () => {
  it("'… said in an Oct. 26 letter to communications companies that their level of engagement was …' (zyte-d0382c0d9573)", () => {
    const q = find(
      quotes(
        "The California Governor's Office of Emergency Services said in an Oct. 26 letter to communications companies that their level of engagement was “unacceptable” at a time when redundant infrastructure is necessary.",
      ),
      "their level of engagement",
    );
    expect(q?.kind).toBe("mixed");
    expect(q?.speaker?.name).toContain("Office of Emergency Services");
  });
});

describe("a long subject whose plain present verb follows 'still', 'often', …", () => {
  it("'… said many enterprises and government agencies still treat AI as an add-on …' (wcxb-0480)", () => {
    const q = find(
      quotes(
        "Jaimie Tilbrook, Chief Product Officer of data management firm EncompaaS, said many enterprises and government agencies still treat AI as an add-on rather than a change in how work gets done.",
      ),
      "many enterprises and government agencies",
    );
    expect(q?.speaker?.name).toBe("Jaimie Tilbrook");
  });
});

describe("the addressee of 'told' with a capitalised modifier", () => {
  it("'… Sondland told visiting Ukraine officials they would need to “deliver” …' (zyte-82b6d780c792)", () => {
    const q = find(
      quotes(
        "It wasn’t the first time Vindman had registered his concerns over Ukraine policy. He testified about a July 10 meeting at the White House when Sondland told visiting Ukraine officials they would need to “deliver” before the administration would agree to a meeting Zelenskiy wanted with Trump.",
      ),
      "they would need to",
    );
    expect(q?.speaker?.text).toBe("Sondland");
    expect(q?.kind).toBe("mixed");
  });
});

describe("a passive 'asked' after 'when' reports nothing", () => {
  it("'…, when asked to condemn them, stating \"stand back and stand by\" …' (Wikinews, On the campaign trail in the USA, September 2020)", () => {
    const qs = quotes(
      'Trump made a confusing statement about the far right organization Proud Boys, when asked to condemn them, stating "stand back and stand by" but argued the far left Antifa organization needed to be addressed.',
    );
    expect(qs.some((q) => q.cue === "asked")).toBe(false);
    expect(find(qs, "stand back and stand by")?.speaker?.text).toBe("Trump");
  });
});

describe("a participle cue after a clause headed by 'It': the organisation 'it' stands for speaks", () => {
  it("'NASA interrupted … It also credited Leonov …, noting on Twitter \"…\"' (Wikinews, Cosmonaut Alexei Leonov dies at age 85)", () => {
    const q = find(
      quotes(
        'NASA interrupted its live coverage of an International Space Station spacewalk to mourn Leonov\'s passing. It also credited Leonov with making the spacewalk possible, noting on Twitter "[h]is venture into the vacuum of space began the history of extravehicular activity".',
      ),
      "[h]is venture",
    );
    expect(q?.speaker?.text).toBe("It");
    expect(q?.speaker?.name).toMatch(/NASA|National Aeronautics/);
  });
});

describe("a verb of showing inside the complement of a speech verb is no one's speech", () => {
  it("'… David Blackburn, told Discover Magazine the frequency … suggested some deep pattern …: \"Somehow, …\"' (Wikinews, Florida frog skull survey shows spikes, say scientists)", () => {
    const q = find(
      quotes(
        'One of the study\'s authors, herpetologist David Blackburn, told Discover Magazine the frequency of spiky skulls evolving in otherwise unrelated frogs suggested some deep pattern frogs fell into as circumstances arose: "Somehow, these frogs are turning on some ancient developmental machinery in their DNA."',
      ),
      "Somehow, these frogs",
    );
    expect(q?.speaker?.name).toBe("David Blackburn");
    expect(q?.cue).toBe("told");
  });
});

describe("a verb coordinated with the cue is no clause of the report", () => {
  it("'Wisconsin Governor Tony Evers declared a state of emergency and deployed the national guard.' (Wikinews, On the campaign trail in the USA, August 2020)", () => {
    expect(quotes("Wisconsin Governor Tony Evers declared a state of emergency and deployed the national guard.")).toHaveLength(0);
  });

  it("'PG&E announced the schedule in a press release late yesterday and followed it up with a press conference last night.' (Wikinews, Scheduled power outages in Northern California begin)", () => {
    expect(
      quotes("PG&E announced the schedule in a press release late yesterday and followed it up with a press conference last night."),
    ).toHaveLength(0);
  });

  it("guard: the clause's own verb comes first ('… the judge in that case determined Manafort had lied and violated that deal.', Wikinews)", () => {
    const q = find(
      quotes("However, some months later, the judge in that case determined Manafort had lied and violated that deal."),
      "Manafort had lied and violated",
    );
    expect(q?.cue).toBe("determined");
  });
});

describe("'late' or 'early' and a day between a cue and its clause is when it was said, not what", () => {
  it("'El Paso's police chief Greg Allen said late Sunday the police were attributing …' (Wikinews, Gunman opens fire in El Paso)", () => {
    const q = find(
      quotes("El Paso's police chief Greg Allen said late Sunday the police were attributing authorship of the document to Crusius."),
      "the police were attributing",
    );
    expect(q?.speaker?.name).toBe("Greg Allen");
  });

  it("'Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no personnel would be sent into the building.' (Wikinews, Fire erupts in parking structure at Sola Airport)", () => {
    const qs = quotes("Nils-Erik Haagenrud of Rogaland Fire and Rescue said late on Tuesday no personnel would be sent into the building.");
    expect(find(qs, "no personnel would be sent")?.cue).toBe("said");
    expect(qs.some((q) => q.text.startsWith("late"))).toBe(false);
  });
});

describe("two named sources joined by 'and' after 'according to': one report each", () => {
  it("'According to Reuters and NBC, Mohammad bin Salman is the de facto Saudi ruler.' (Wikinews, Fiancée of murdered Saudi journalist …)", () => {
    const qs = quotes("According to Reuters and NBC, Mohammad bin Salman is the de facto Saudi ruler.").filter((q) =>
      q.text.startsWith("Mohammad bin Salman is"),
    );
    expect(qs.map((q) => q.speaker?.name).sort()).toEqual(["NBC", "Reuters"]);
  });

  it("'According to projections by CNN and NPR, he won in Virginia, …' (Wikinews, Bloomberg, Warren end US presidential campaigns …)", () => {
    const qs = quotes(
      "Projections by CNN and NPR indicated he won, in addition to Vermont, also the primaries in Colorado, Utah, and California. Former Vice-President Biden secured pluralities in ten states. According to projections by CNN and NPR, he won in Virginia, North Carolina, Alabama, Oklahoma, Tennessee, Minnesota, Arkansas, Massachusetts, Texas, and Maine.",
    ).filter((q) => q.text.startsWith("he won in Virginia"));
    expect(qs.map((q) => q.speaker?.name).sort()).toEqual(["CNN", "NPR"]);
  });

  it("guard: an 'and' inside one name is no pair ('According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary.', Wikinews)", () => {
    const qs = quotes(
      "According to the United Nations' Food and Agriculture Organization's chief veterinary officer, it was completely unnecessary.",
    ).filter((q) => q.text.startsWith("it was completely unnecessary"));
    expect(qs.some((q) => q.speaker?.text === "Organization")).toBe(false);
  });
});
