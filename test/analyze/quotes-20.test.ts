/**
 * Session 20 quote rules (helper quotes20), each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5, read whole through `wikinewsArticle`) and news pages of
 * the extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first
 * 12 characters of the page's file name), quoted verbatim. Found with `bench/nlp/quote-web.ts` and
 * `bench/nlp/quote-probe.ts` (uncovered quotations and cue sentences).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf, wikinewsArticle } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-12-13")).quotes;
const inArticle = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a colon-introduced quotation after a short quoted word in the lead: the subject before that word speaks", () => {
  it('\'… the United States Department of Defense justified the strike, …, as "defensive" in nature: "At the direction …"\' (Wikinews)', () => {
    const q = find(inArticle("United_States_military_kills_Qasem_Soleimani"), "At the direction of the President");
    expect(q?.kind).toBe("direct");
    expect(q?.speaker?.name).toBe("United States Department of Defense");
  });

  it("guard: a colon lead without a quoted word keeps its speaker ('Brazilian President Jair Bolsonaro opposed Macron's statement: \"…\"', Wikinews)", () => {
    const q = find(inArticle("Amazon_rainforest_fires"), "The French president's suggestion");
    expect(q?.speaker?.name).toBe("Jair Bolsonaro");
  });
  it("guard: not before a comma ('Just because scientists became aware of “taste” receptors on the tongue first, “that doesn’t mean …”', zyte-bdb56ac83513)", () => {
    const q = find(
      quotes(
        "Just because scientists became aware of “taste” receptors on the tongue first, “that doesn’t mean that’s the order in which it evolved.”",
      ),
      "that doesn’t mean",
    );
    expect(q?.speaker?.name ?? null).not.toBe("Just");
  });

  it("'Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “…”' (zyte-3d8f3404cf97)", () => {
    const q = find(
      quotes(
        "Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling of ‘this is the song.’”",
      ),
      "It was just that immediate feeling",
    );
    expect(q?.speaker?.name).toBe("Buckley");
  });
});

describe("a quoted phrase inside the subject of a reported clause is one word: the verb after it makes the clause", () => {
  it("'Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated …' (zyte-702d1da63b8e)", () => {
    const q = find(
      quotes(
        "Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated the already challenging task of striking a deal.",
      ),
      "the president’s",
    );
    expect(q?.kind).toBe("mixed");
    expect(q?.speaker?.name).toBe("Eswar Prasad");
    expect(q?.text).toContain("had complicated the already challenging task");
  });

  it("guard: a verb inside the quotation still makes the clause ('… and argued the nation needs \"visionary leadership.\"', Wikinews)", () => {
    const q = find(inArticle("On_the_campaign_trail_in_the_USA,_October_2020"), "the nation needs");
    expect(q?.kind).toBe("mixed");
    expect(q?.speaker?.name).toBe("Brock Pierce");
  });

  it("guard: a quoted title after a cue and its object is no clause ('Time magazine announced its selection of … as their 2019 \"Person of the Year\".', Wikinews)", () => {
    const qs = inArticle("Greta_Thunberg_named_2019_Time_Person_of_the_Year");
    expect(qs.find((q) => q.text.includes("Person of the Year") && q.cue === "announced")).toBeUndefined();
  });
});

describe("an -ing word before a plural noun opens the subject of a reported clause whose verb comes late", () => {
  it("'… researchers from the Georgia Institute of Technology (GT) and …, reported warming seas appear to decrease …' (Wikinews)", () => {
    const q = find(inArticle("Voracious_fish_defend_coral_reefs_against_warming"), "warming seas appear to decrease");
    expect(q?.kind).toBe("indirect");
    expect(q?.cue).toBe("reported");
  });

  it("guard: an -ing word before 'to' stays a gerund object ('Some reported wanting to draft articles of impeachment, …', Wikinews)", () => {
    const qs = inArticle("U.S._House_issues_subpoena_to_secretary_of_state");
    expect(qs.find((q) => q.text.startsWith("wanting to draft"))).toBeUndefined();
  });
});

describe("a participle cue reports a clause whose verb comes after a long subject", () => {
  it("'… researchers at Imperial College London posted findings estimating the number of people infected with a new coronavirus may considerably exceed 1000.' (Wikinews)", () => {
    const q = find(inArticle("people_infected_by_new_coronavirus"), "the number of people infected with a new coronavirus");
    expect(q?.cue).toBe("estimating");
    expect(q?.speaker?.name).toBe("Imperial College London");
  });

  it("guard: not a progressive ('Now they are announcing plans for crores of rupees -- What is that for us in that?', Wikinews)", () => {
    const qs = inArticle("Living_with_HIV_during_COVID-19");
    expect(qs.find((q) => q.text.startsWith("plans for crores"))).toBeUndefined();
  });
});

describe("an inverted source's description after its comma is no part of the report (audit of unannotated pages)", () => {
  it("'…, said Serene Gregg, local president of the prison workers' union.' (zyte-c58aa507c4de)", () => {
    const q = find(
      quotes(
        "At the time of Epstein's suicide, there were more than 30 staff vacancies at the facility, said Serene Gregg, local president of the prison workers' union.",
      ),
      "At the time of Epstein's suicide",
    );
    expect(q?.speaker?.name).toBe("Serene Gregg");
    expect(q?.text).toBe("At the time of Epstein's suicide, there were more than 30 staff vacancies at the facility");
  });

  it("'…, says John Petrides, portfolio manager at Tocqueville Asset Management.' (zyte-ffc109d474fd)", () => {
    const q = find(
      quotes(
        "The Coty-Kylie Jenner deal could be the beginning of a new trend for consumer-facing stocks, says John Petrides, portfolio manager at Tocqueville Asset Management.",
      ),
      "The Coty-Kylie Jenner deal",
    );
    expect(q?.text).toBe("The Coty-Kylie Jenner deal could be the beginning of a new trend for consumer-facing stocks");
  });
});

describe("a person's possessive before a role: someone else holds the role (audit of unannotated pages)", () => {
  it("'… but Morrison's lawyer said the question was outside the scope of his testimony' is not Hunter Biden's (zyte-7a664e40d256)", () => {
    const qs = quotes(
      "Volker said he had no knowledge of any efforts to urge Ukraine to investigate Joe and Hunter Biden.\n\nRepublican counsel Steve Castor asked Morrison about concerns within the NSC about Alexander Vindman's judgment. He asked Morrison about concerns his predecessor, Fiona Hill, might have had, but Morrison's lawyer said the question was outside the scope of his testimony.",
    );
    expect(find(qs, "the question was outside the scope")?.speaker?.name).toBe("Morrison's lawyer");
  });
});

describe("a contracted pronoun after the cue opens the report, not an inverted source (audit of unannotated pages)", () => {
  it("'Jack Scarola, who represents some of Epstein’s accusers, said he's pleased to see …' (zyte-c58aa507c4de)", () => {
    const qs = quotes(
      "Jack Scarola, who represents some of Epstein’s accusers, said he's pleased to see authorities investigate the circumstances of his death.",
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]?.text).toBe("he's pleased to see authorities investigate the circumstances of his death");
    expect(qs[0]?.speaker?.name).toBe("Jack Scarola");
  });
});

describe("a participle's subject: the noun it modifies, or the sentence's own subject (audit of unannotated pages)", () => {
  it("'… his death was shadowed by conspiracy theories suggesting he had been murdered': the theories, not New York (zyte-c58aa507c4de)", () => {
    const qs = quotes(
      "Before New York's chief medical examiner concluded that Epstein hanged himself with a bedsheet, his death was shadowed by conspiracy theories suggesting he had been murdered.",
    );
    expect(find(qs, "he had been murdered")?.speaker?.name).toBe("conspiracy theories");
    expect(find(qs, "Epstein hanged himself")?.speaker?.name).toBe("New York's chief medical examiner");
  });

  it("'It was commencing a journey from Jakarta to Pangkal Pinang and … shortly after asking air traffic control to return': no report by Pangkal Pinang (Wikinews)", () => {
    const qs = inArticle("Lion_Air_disaster:_Crashed_jet%27s_voice_recorder_recovered_from_Java_Sea");
    expect(find(qs, "air traffic control to return")).toBeUndefined();
    expect(find(qs, "The new Boeing 737 Max was not airworthy")?.speaker?.name).toBe("investigators");
  });
});

describe("a report whose clause comes after more words than the rules read before (audit of unannotated pages)", () => {
  it("'A spokesperson who did not wish to be named … said in a statement emailed to NBC News that …' (zyte-abd9d6291b6b)", () => {
    const q = find(
      quotes(
        "A spokesperson who did not wish to be named because of agency policy said in a statement emailed to NBC News that the agency never has administered vaccines and people aren't usually held in custody very long.",
      ),
      "the agency never has administered vaccines",
    );
    expect(q?.speaker?.name).toBe("A spokesperson");
  });

  it("'Reed, who will be …, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would …' (zyte-8634d1211c3f)", () => {
    const q = find(
      quotes(
        "Reed, who will be the merged company’s chairman, told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would allow the company to quickly pay down debt and “to return capital to shareholders through dividends, in addition to investing for growth that will drive revenues.”",
      ),
      "the merger would allow",
    );
    expect(q?.speaker?.name).toBe("Reed");
    expect(q?.kind).toBe("mixed");
  });

  it("'Although …, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.' (zyte-c58aa507c4de)", () => {
    const q = find(
      quotes(
        "Although representatives of Epstein's family suggested the disgraced financier may have been murdered, Hawk Sawyer told lawmakers no evidence supports anything other than suicide.",
      ),
      "no evidence supports",
    );
    expect(q?.speaker?.name).toBe("Hawk Sawyer");
  });
});

describe("a US legislator's party and state after the name is an apposition (audit of unannotated pages)", () => {
  it("'Sen. Ted Cruz, R-Texas, said Epstein's death is a symptom …': Ted Cruz, not R-Texas (zyte-c58aa507c4de)", () => {
    const q = find(
      quotes("Sen. Ted Cruz, R-Texas, said Epstein's death is a symptom of deeper problems within the prison system."),
      "Epstein's death is a symptom",
    );
    expect(q?.speaker?.name).toBe("Ted Cruz");
  });
});

describe("a continuing quotation after other words attributed in between goes on with their speaker (audit of unannotated pages)", () => {
  it("'“We don't want those people” working in federal prisons, she said. “This incident was a black eye …”': Hawk Sawyer, not Sasse (zyte-c58aa507c4de)", () => {
    const qs = quotes(
      'Sasse said the charges against the two staffers are overdue.\n\n"Heads needed to roll the day Jeffrey Epstein died," he said. "The Bureau of Prisons and the Department of Justice need to start giving the public some answers. These arrests are important, but they’re not the end of this.\n\n"These guards aren’t the only ones who should stand trial – every one of Jeffrey Epstein’s co-conspirators should be spending the rest of their lives behind bars,” Sasse said.\n\nHawk Sawyer said she couldn\'t comment on the ongoing criminal investigation and a review by the Justice Department\'s inspector general. But she acknowledged that prison authorities discovered at least "a couple of other instances" in which officers failed to conduct required checks on inmates and falsified records to show that they had.\n\n"We don\'t want those people" working in federal prisons, she said. "This incident was a black eye on the entire Bureau of Prisons. We have some bad staff; we want to get rid of bad staff. The only time we ever noticed is when something bad happens."',
    );
    expect(find(qs, "This incident was a black eye")?.speaker?.name).toBe("Hawk Sawyer");
    expect(find(qs, "Heads needed to roll")?.speaker?.name).toBe("Sasse");
  });

  it("'It's important for health care providers to “take really detailed histories” of the patients, Dempsey said. “That way …”': Dempsey, not the patient (zyte-bd673bd79881)", () => {
    const qs = quotes(
      'The patient was given steroids, and switched his bedding to hypoallergenic synthetic materials. His symptoms improved rapidly within a month, and by six months he felt well again. After a year, his symptoms completely cleared and he is now fully recovered, Dempsey said.\n\n"It doesn\'t affect me at all now and my life is pretty much as it was before," the patient wrote in the case study.\n\nIt\'s important for health care providers to "take really detailed histories" of the patients, Dempsey said. "That way they may uncover things in the environment that trigger lung disease."',
    );
    expect(find(qs, "That way they may uncover")?.speaker?.name).toContain("Dempsey");
  });
});

describe("the narrator's 'it's worth noting' names no speaker (audit of unannotated pages)", () => {
  it("'(Trump, it's also worth noting, repeatedly sought to make Hillary Clinton's health an issue …)' (zyte-ef4e67b66d63)", () => {
    const qs = quotes(
      "(Trump, it's also worth noting, repeatedly sought to make Hillary Clinton's health an issue in the 2016 campaign -- particularly after she was seen feeling faint at a September 11 commemoration.)",
    );
    expect(qs).toHaveLength(0);
  });

  it("'It's worth noting that it's not uncommon for artists to give up the rights to their original recordings.' (zyte-55bb6340e3d7)", () => {
    expect(quotes("It's worth noting that it's not uncommon for artists to give up the rights to their original recordings.")).toHaveLength(
      0,
    );
  });
});
