/** Session 13 quote rules, each on the real sentences (bundled Wikinews articles, CC BY 2.5) that motivated it. */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { wikinewsArticle } from "./helpers.js";

const quotes = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("speakers: the person, not a word near them", () => {
  it("'Since then, a Republican, Mark Amodei, has publicly voiced support …, telling the Nevada Independent: \"…\"'", () => {
    const qs = quotes("U.S._House_issues_subpoena_to_secretary_of_state");
    expect(find(qs, "I'm a big fan of oversight")?.speaker?.name).toBe("Mark Amodei");
  });

  it("'The attacker is reported to have jumped on stage during the Great Orchestra of Christmas Charity and claimed he was …'", () => {
    const qs = quotes("Arrest_made_as_mayor_of_Gda");
    expect(find(qs, "he was wrongfully imprisoned")?.speaker?.name).toBe("The attacker");
  });

  it("'scientists studying patients in Zhuhai in China's Guangdong Province reported that …': the scientists, not the province", () => {
    const qs = quotes("COVID-19_may_spread_like_flu");
    expect(find(qs, "the newly emerged SARS-CoV-2")?.speaker?.name).toBe("scientists");
  });

  it("'A tweet sent from Biden's Twitter account during the debate repeated Biden's commitment, saying \"…\"': Biden, not Twitter", () => {
    const qs = quotes("Biden_announces_Kamala_Harris");
    expect(find(qs, "My running mate will be a woman")?.speaker?.name).toBe("Joe Biden");
  });
});

describe("'according to which' names no source", () => {
  it("'On November 27, Turkey and Libya signed a maritime border agreement, according to which a section … would cross …'", () => {
    const qs = quotes("Greek_prime_minister_reaffirms_EastMed");
    expect(qs.some((q) => q.text.startsWith("On November 27, Turkey and Libya signed"))).toBe(false);
  });
});

describe("a report or statement named before speaks for who issued it", () => {
  it("'According to a 1989 report from the National Transportation Safety Board (NTSB), … The report said there was one passenger seriously injured'", () => {
    const q = find(quotes("World_War_II_era_plane_crashes_in_Connecticut"), "there was one passenger seriously injured");
    expect(q?.speaker).toMatchObject({ text: "The report", country: "USA" });
    expect(q?.speaker?.name).toMatch(/Transportation/);
  });

  it('\'The government of American Samoa issued a statement …: "…" Their statement also read "…"\'', () => {
    const q = find(quotes("American_Samoans_are_citizens"), "imposition of citizenship over American Samoan");
    expect(q?.speaker).toMatchObject({ name: "American Samoa", text: "Their statement" });
  });
});

describe("present-tense cues report a present-tense clause", () => {
  it("'Airfleets, a database detailing the aircraft operated by commercial carriers, states the aircraft uses the A300 and 747 as well as the Boeing 737.'", () => {
    const q = find(quotes("Iranian_cargo_plane_crashes_into_Karaj"), "the aircraft uses the A300 and 747");
    expect(q).toMatchObject({ kind: "indirect", cue: "states", speaker: { name: "Airfleets" } });
  });
});

describe("a colon ends a cue's object", () => {
  it("'The researchers noted implications for penguin conservation: Gownaris remarked, \"…\"': no report of 'implications …'", () => {
    const qs = quotes("penguin");
    expect(qs.some((q) => q.text.startsWith("implications for penguin conservation"))).toBe(false);
    expect(find(qs, "Over the years, this team has helped")?.speaker?.name).toMatch(/Gownaris/);
  });
});

describe("a copula introduces no quotation", () => {
  it("'In the past, the relationship between Fedora, RHEL, and CentOS was effectively, \"Fedora gets snapshot …\"': no quote by Fedora", () => {
    const qs = quotes("Red_Hat_to_move_focus_away_from_CentOS");
    expect(qs.some((q) => q.text.startsWith("Fedora gets snapshot every so many years"))).toBe(false);
  });
});
