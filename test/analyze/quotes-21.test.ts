/**
 * Session 21 quote rules (helper quotes21), each on a real sentence of a news page of the extraction benchmarks
 * (Zyte's article-extraction-benchmark pages, MIT, © 2020 Scrapinghub; "zyte-ID" the first 12 characters of the
 * page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley), quoted verbatim. Found with
 * `bench/nlp/quote-web.ts`.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-10")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a trailing attribution followed by a longer prepositional tail of place and time", () => {
  it("'“The people of this country aren’t buying” impeachment, Trump said at a rally in Louisiana last week.' (zyte-04a6711caa7c)", () => {
    const qs = quotes(
      "“The people of this country aren’t buying” impeachment, Trump said at a rally in Louisiana last week. “You see it because we’re going up and they’re going down.”",
    );
    const q = qs.find((x) => x.text.includes("impeachment"));
    expect(q?.speaker?.name).toBe("Donald Trump");
    expect(q?.text).toContain("The people of this country aren’t buying");
  });

  it("guard: a short tail keeps its report ('South Dakota's meth crisis is \"growing …\" …, Noem said in the campaign's public service announcement.', zyte-776a1c046798)", () => {
    const q = find(
      quotes(
        "South Dakota's meth crisis is \"growing at an alarming rate\" and affects every community in the state, Noem said in the campaign's public service announcement.",
      ),
      "South Dakota's meth crisis",
    );
    expect(q?.speaker?.text).toBe("Noem");
  });
});

describe("'has written' attributes a quotation as 'wrote' does", () => {
  const page =
    '"If the U.S. imposes a tariff on Chinese televisions, the duty is paid to U.S. Customs and Border Protection at the border by a U.S. broker representing a U.S. importer — say, Costco," Howard Gleckman, a senior fellow at the Urban Institute-Brookings Institution Tax Policy Center, has written. "The Chinese government pays nothing."';
  it("'\"…— say, Costco,\" Howard Gleckman, a senior fellow at …, has written.' (zyte-b6906ca016bb)", () => {
    const qs = quotes(page);
    expect(find(qs, "If the U.S. imposes a tariff")?.speaker?.name).toBe("Howard Gleckman");
    expect(find(qs, "The Chinese government pays nothing")?.speaker?.name).toBe("Howard Gleckman");
  });

  it("guard: 'who has written several books on plant intelligence' names no report (wcxb-0478)", () => {
    const qs = quotes(
      "“The neuron is not a miracle cell,” says Stefano Mancuso, a University of Florence botanist who has written several books on plant intelligence. “It's a normal cell that is able to produce an electric signal. In plants almost every cell is able to do that.”",
    );
    expect(qs.every((q) => q.cue === "says")).toBe(true);
    expect(qs.some((q) => q.text.includes("several books"))).toBe(false);
  });
});

describe("two right single marks (’’) close a curly double quotation", () => {
  const page =
    "Organizations that seek to combat political misinformation cried foul.\n\n“It was an attempt to mislead voters,’’ Will Moy, chief executive of the London-based fact-checking website Full Fact, told the BBC. “And I think it is inappropriate and misleading for a serious political party to behave that way.”\n\nIn a sign of the confusion, the Electoral Commission, which regulates campaign finances, issued a statement warning that “voters are entitled to transparency and integrity from campaigners in the lead-up to an election.’’";
  it("'“It was an attempt to mislead voters,’’ Will Moy, …, told the BBC. “And I think …”' (zyte-e7994d550087)", () => {
    const qs = quotes(page);
    const first = find(qs, "It was an attempt to mislead voters");
    expect(first?.kind).toBe("direct");
    expect(first?.speaker?.name).toBe("Will Moy");
    expect(find(qs, "And I think it is inappropriate")?.speaker?.name).toBe("Will Moy");
  });
  it("the warning that “…’’ is a mixed quote without its marks (zyte-e7994d550087)", () => {
    const q = find(quotes(page), "voters are entitled");
    expect(q?.kind).toBe("mixed");
    expect(q?.text.endsWith("election.")).toBe(true);
  });
  it("guard: an apostrophe and a nested closer are no closing mark ('“… ‘this is the song.’”', zyte-3d8f3404cf97)", () => {
    const q = find(
      quotes(
        "Buckley, who phoned in from the Chicago set of “Fargo,” had a similar experience: “It was just that immediate feeling of ‘this is the song.’”",
      ),
      "It was just that immediate feeling",
    );
    expect(q?.text).toContain("this is the song");
    expect(q?.speaker?.name).toBe("Buckley");
  });
});

describe("a parenthetical cue inside a clause that holds a short quoted fragment", () => {
  it("'Finding water vapor on Europa, he said, is the “next best thing” to liquid water.' (zyte-f344ca5fb36e)", () => {
    const q = find(
      quotes(
        'Lucas Paganini, a NASA planetary scientist who led the water detection investigation, said two of the three requirements for life ― essential chemical elements and sources of energy ― are found all over the solar systems. "But the third — liquid water — is somewhat hard to find beyond Earth,” he said.\n\nFinding water vapor on Europa, he said, is the “next best thing” to liquid water.',
      ),
      "Finding water vapor on Europa",
    );
    expect(q?.kind).toBe("mixed");
    expect(q?.speaker?.name).toBe("Lucas Paganini");
    expect(q?.text).toBe("Finding water vapor on Europa is the “next best thing” to liquid water");
  });
  it("guard: a parenthetical cue before a quotation that opens the rest stays the quotation's ('It’s also possible, he said, that “the quality of delivery …”', wcxb-0279)", () => {
    const qs = quotes(
      "In part, that’s because larger programs tend to have higher student-tutor ratios and less time spent in tutoring than smaller programs, Kraft said. It’s also possible, he said, that “the quality of delivery and implementation starts to slip when programs are scaling.”",
    );
    const q = find(qs, "the quality of delivery");
    expect(q?.kind).toBe("mixed");
    expect(q?.speaker?.text).toBe("he");
  });
});

describe("a coordinated cue after a possessive name's office as the subject ('X’s ambassador to Y accused … and warned that …')", () => {
  it("'China’s ambassador to Britain accused the UK and the US of meddling … and warned that the Chinese government “will not sit on our hands” …' (zyte-624fcd903d56)", () => {
    const qs = quotes(
      "China’s ambassador to Britain accused the UK and the US of meddling in the country’s affairs and warned that the Chinese government “will not sit on our hands” if the Hong Kong situation “becomes uncontrollable”.",
    );
    const q = find(qs, "the Chinese government");
    expect(q?.kind).toBe("mixed");
    expect(q?.cue).toBe("warned");
    expect(q?.speaker?.name).toBe("China’s ambassador to Britain");
    expect(find(qs, "meddling in the country’s affairs")?.speaker?.name).toBe("China’s ambassador to Britain");
  });
  it("guard: a name subject is read as before ('Russia's foreign ministry said it viewed Washington's move as \"another measure contradicting\" …', zyte-833caf3bdba5)", () => {
    const q = find(
      quotes(
        "Russia's foreign ministry said it viewed Washington's move as \"another measure contradicting\" the legal footing for a peace deal and said it would likely further heighten tensions on the ground.",
      ),
      "it viewed Washington's move",
    );
    expect(q?.speaker?.name).toBe("Russia's foreign ministry");
  });
  it("'… Bolivia’s public defender’s office said another 30 people had been injured …, but added the exact circumstances … remained unclear.' (zyte-4a44ab3e4c41)", () => {
    const q = find(
      quotes(
        "In addition to the three fatalities at a fuel plant on Tuesday, Bolivia’s public defender’s office said another 30 people had been injured in the skirmishes, but added the exact circumstances of the deaths and injuries remained unclear.",
      ),
      "the exact circumstances",
    );
    expect(q?.speaker?.name).toBe("Bolivia’s public defender’s office");
  });
});

describe("a quoted fragment opening a reported clause keeps its opening mark: the report is mixed", () => {
  it("'“The people of this country aren’t buying” impeachment, Trump said …' (zyte-04a6711caa7c)", () => {
    const q = quotes(
      "“The people of this country aren’t buying” impeachment, Trump said at a rally in Louisiana last week. “You see it because we’re going up and they’re going down.”",
    ).find((x) => x.text.includes("impeachment"));
    expect(q?.kind).toBe("mixed");
    expect(q?.text).toBe("“The people of this country aren’t buying” impeachment");
  });
  it("'\"We don't want those people\" working in federal prisons, she said.' (zyte-c58aa507c4de)", () => {
    const q = quotes(
      'Hawk Sawyer said she couldn\'t comment on the ongoing criminal investigation and a review by the Justice Department\'s inspector general. But she acknowledged that prison authorities discovered at least "a couple of other instances" in which officers failed to conduct required checks on inmates and falsified records to show that they had. "We don\'t want those people" working in federal prisons, she said. "This incident was a black eye on the entire Bureau of Prisons."',
    ).find((x) => x.text.includes("working in federal prisons"));
    expect(q?.kind).toBe("mixed");
    expect(q?.text).toBe('"We don\'t want those people" working in federal prisons');
  });
  it("guard: a whole quotation closed by its comma is no fragment ('“This is mainly due to …,” Kurinji Selvaraj, a research analyst … told CBS News.', zyte-16c30add7e96)", () => {
    const qs = quotes(
      "“This is mainly due to the change in wind direction from north-westerly to south-easterly, which allowed Delhi’s air to slightly improve,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.",
    );
    expect(qs.some((q) => q.kind === "mixed" && q.text.startsWith("“This is mainly"))).toBe(false);
  });
});
