/**
 * Session 18 quote rules, each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5, read whole through `wikinewsArticle`) and news pages of
 * the extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first
 * 12 characters of the page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley, "wcxb-NNNN" page NNNN), quoted
 * verbatim. Found with `bench/nlp/quote-web.ts` and by reading the bundled articles' quotes.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf, wikinewsArticle } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;

const inArticle = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a person, then a prepositional phrase naming an organisation, before the cue: the person speaks", () => {
  it("'Mike Ryan of the World Health Organization (WHO) told the press the new drugs …' (Wikinews)", () => {
    const qs = inArticle("Scientists_report_two_life-saving_treatments_for_Ebola");
    expect(find(qs, "the new drugs were only part")?.speaker?.name).toBe("Mike Ryan");
    expect(find(qs, "What will stop Ebola")?.speaker?.name).toBe("Mike Ryan");
  });

  it("'Director Anthony Fauci of the United States National Institute of … (NIAID), announced …' (Wikinews)", () => {
    const q = find(inArticle("Scientists_report_two_life-saving_treatments_for_Ebola"), "a trial of four possible Ebola drugs");
    expect(q?.speaker?.name).toBe("Anthony Fauci");
  });

  it("'Peter Iseley of worldwide victim group Ending Clergy Abuse said, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("Pope_Francis_instructs_reporting_of_sexual_abuse"), "The church should establish");
    expect(q?.speaker?.name).toBe("Peter Iseley");
  });

  it("'Jennifer Lu of Marriage Equality Coalition Taiwan said, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("Taiwan%27s_legislature_first_in_Asia"), "[I]t's still not full marriage rights");
    expect(q?.speaker?.name).toBe("Jennifer Lu");
  });

  it("'Jennifer Daskal of American University and contributor to Slate wrote, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("European_Court_of_Justice_says_Facebook_must_remove"), "a single EU country");
    expect(q?.speaker?.name).toBe("Jennifer Daskal");
  });

  it("'Co-lead author Sam Wilson of UH Mānoa's Center for Microbial Oceanography: Research and Education (C-MORE) said, \"…\"' (Wikinews)", () => {
    const q = find(inArticle("Scientists_report_skyrocketing_phytoplankton_population"), "The expedition in July 2018");
    expect(q?.speaker?.name).toBe("Sam Wilson");
  });

  it("not across a comma: 'Fernando Dallorso, the general manager of Cipriani Dolci, said his roommates said …' (Wikinews)", () => {
    const q = find(inArticle("Missing_New_York_City_chef_Andrea_Zamperoni"), "they last saw him");
    expect(q?.speaker?.name).toBe("his roommates");
  });
});

describe("an apposition of capitalised modifiers and a common noun between commas does not speak", () => {
  it("'On Twitter, Adrian Wojnarowski, US sport columnist from ESPN, said Bryant and Gianna were …' (Wikinews)", () => {
    const q = find(inArticle("Kobe_Bryant_dies_in_helicopter_crash"), "Bryant and Gianna were on their way");
    expect(q?.speaker?.name).toBe("Adrian Wojnarowski");
  });

  it("not a list of names: 'Hawkins, Blankenship, and Carroll all argued they should not be mandatory' (Wikinews)", () => {
    const q = find(inArticle("On_the_campaign_trail_in_the_USA,_October_2020"), "they should not be mandatory");
    expect(q?.speaker?.name).toBe("Brian Carroll");
  });
});

describe("present forms of verbs of saying attribute the quotation before them (feature writing)", () => {
  it("'“The best solar system isn’t necessarily the biggest …,” Dan concludes. “It’s the one …”' (wcxb-4194)", () => {
    const qs = quotes(
      "“The best solar system isn’t necessarily the biggest or even one that covers all of your electricity usage,” Dan concludes. “It’s the one that’s properly sized for your needs and budget.”",
    );
    const q = find(qs, "The best solar system");
    expect(q?.speaker?.name).toBe("Dan");
    expect(q?.cue).toBe("concludes");
    expect(find(qs, "It’s the one")?.speaker?.name).toBe("Dan");
  });

  it("'“It's been sort of a slow rollout,” he confesses.' (wcxb-0478)", () => {
    const qs = quotes(
      "With tadpoles, in fact, Levin showed that animals suffering from massive brain damage at birth were able to build normal brains after the right shot of bioelectricity. Levin's research has always had tangible applications, such as cancer therapy, limb regeneration and wound healing. But over the past few years he's allowed a philosophical current to enter his papers and talks. “It's been sort of a slow rollout,” he confesses. “I've had these ideas for decades, but it wasn't the right time to talk about it.”",
    );
    expect(find(qs, "It's been sort of a slow rollout")?.cue).toBe("confesses");
    expect(find(qs, "I've had these ideas")?.speaker?.name).toMatch(/Levin/);
  });

  it("'“High-dosage tutoring is still a district or state’s best bet …,” the report concludes.' (wcxb-0174)", () => {
    const q = find(
      quotes(
        "“High-dosage tutoring is still a district or state’s best bet to improve student learning, given that the learning impact per minute of tutoring is largely robust,” the report concludes. The task now is to figure out how to improve implementation.",
      ),
      "High-dosage tutoring",
    );
    expect(q?.speaker?.name).toBe("the report");
    expect(q?.cue).toBe("concludes");
  });

  it("not 'confessed to' a deed: 'Waseem confessed to killing his sister by strangling her in 2016 …' (Wikinews)", () => {
    const qs = inArticle("Brother_of_murdered_Pakistani_social_media_star");
    expect(qs.filter((q) => q.cue === "confessed")).toEqual([]);
  });
});

describe("'“…,” she shares.': a that-only verb as the whole inverted clause after a quotation", () => {
  it("'Now, low, organic flowers steal the show, Weiss says. “The low organic look is very in, …,” she shares.' (wcxb-0050)", () => {
    const qs = quotes(
      "Now, low, organic flowers steal the show, Weiss says. “The low organic look is very in, which is also reflective of that residential environment,” she shares. “Even a ballroom is designed to look like you’re at home. And if someone does prefer a tall centerpiece, it’s very simple and not over-the-top.”",
    );
    const q = find(qs, "The low organic look");
    expect(q?.speaker?.name).toBe("Weiss");
    expect(q?.cue).toBe("shares");
    expect(find(qs, "Even a ballroom")?.speaker?.name).toBe("Weiss");
  });

  it("still with a participle after it: '“2025 parties are leaning into interactivity,” Vanco shares, noting that …' (wcxb-0050)", () => {
    const q = find(
      quotes(
        "“2025 parties are leaning into interactivity,” Vanco shares, noting that portrait painters are becoming more and more common. “These experiences spark joy and conversation, making your event feel curated, not cookie-cutter.”",
      ),
      "2025 parties",
    );
    expect(q?.speaker?.name).toBe("Vanco");
  });

  it("not a title before 'shares the formula': 'In his book \"Financial Freedom: …,\" Sabatier shares the formula …' (zyte-f81c6c05d9cb)", () => {
    const qs = quotes(
      'In his book "Financial Freedom: A Proven Path to All the Money You Will Ever Need," Sabatier shares the formula he used to calculate his "target number," which he then broke down into monthly, weekly, and even daily savings goals.',
    );
    expect(qs.filter((q) => q.cue === "shares")).toEqual([]);
  });
});

describe("'stresses' and 'points out' as present forms of 'stressed' and 'pointed out'", () => {
  it("'“It just doesn’t feel as nice,” stresses Visual Designer Megan Lynch.' (wcxb-0432)", () => {
    const qs = quotes(
      "It’s a persistent, if subtle, point of friction.\n\n“It just doesn’t feel as nice,” stresses Visual Designer Megan Lynch. “On a subconscious level it impacts the experience.”",
    );
    expect(find(qs, "It just doesn’t feel as nice")?.speaker?.name).toBe("Megan Lynch");
    expect(find(qs, "On a subconscious level")?.speaker?.name).toBe("Megan Lynch");
  });

  it("'“Everyone cares about the dishes and the details,” Weiss points out.' (wcxb-0050)", () => {
    const q = find(
      quotes(
        "“Everyone cares about the dishes and the details,” Weiss points out. “Choosing the right tablecloth, dishes, flatware, glassware, napkin treatment, place card holder—all of these details are big decisions.”",
      ),
      "Everyone cares",
    );
    expect(q?.speaker?.name).toBe("Weiss");
    expect(q?.cue).toBe("points out");
  });

  it("not the noun: 'AI inference workloads amplify these stresses, forcing infrastructure to operate …' (wcxb-0462)", () => {
    const qs = quotes(
      "The real test of production AI comes when systems face uneven demand, real customers and financial pressure all at once. AI inference workloads amplify these stresses, forcing infrastructure to operate under conditions that are both predictable in timing and wildly unpredictable in intensity.",
    );
    expect(qs.filter((q) => q.cue === "stresses")).toEqual([]);
  });
});

describe("an opening preposition, quantifier or sentence adverb is no speaker's name", () => {
  it("'Over half of the students said they would use Calm …', 'About 68% (28/41) of the sample said …' (wcxb-2020)", () => {
    const qs = quotes(
      "Over half of the students said they would use Calm to help reduce stress in the future. Approximately 85% (35/41) of the sample was somewhat to very satisfied using Calm, and 85% (35/41) indicated that they somewhat to very much enjoyed using Calm. About 68% (28/41) of the sample said they were likely to extremely likely to use Calm in the future, and 76% (31/41) would be likely to extremely likely to recommend Calm to other college students.",
    );
    expect(qs.map((q) => q.speaker?.name)).not.toContain("Over");
    expect(qs.map((q) => q.speaker?.name)).not.toContain("About");
    expect(find(qs, "they would use Calm")?.speaker?.name).toBe("Over half of the students");
  });

  it("'None of the students in our sample indicated that they were dissatisfied with using Calm.' (wcxb-2020)", () => {
    const q = find(
      quotes("None of the students in our sample indicated that they were dissatisfied with using Calm."),
      "they were dissatisfied",
    );
    expect(q?.speaker?.name).not.toBe("None");
  });

  it("'Unfortunately, the research suggesting harm “has seldom been heeded by manufacturers …”' (wcxb-0307)", () => {
    const qs = quotes(
      "Ideally, safer cleaning products should be available. Unfortunately, the research suggesting harm “has seldom been heeded by manufacturers, vendors, and commercial cleaning companies.” I wonder how many people know.",
    );
    expect(qs.map((q) => q.speaker?.name)).not.toContain("Unfortunately");
  });

  it("a heading: '2. Never urged Ukraine to investigate Joe Biden' (zyte-7a664e40d256)", () => {
    const qs = quotes(
      '2. Never urged Ukraine to investigate Joe Biden\n\n"At no time was I aware of or knowingly took part in an effort to urge Ukraine to investigate former Vice President Biden," Volker said in his opening statement. "As you know from the extensive, real-time documentation I have provided, Vice President Biden was not a topic of our discussions. I was not on the July 25 phone call between President Trump and President Zelenskyy. I was not made aware of any reference to Vice President Biden or his son by President Trump until the transcript of that call was released on September 25, 2019."',
    );
    expect(qs.map((q) => q.speaker?.name)).not.toContain("Never");
  });

  it("still a name ending in -ly: 'Member of parliament (MP) Kevin Conolly said a law allowing the termination of a life marked …' (Wikinews)", () => {
    const q = find(inArticle("New_South_Wales_decriminalizes_abortion"), "a law allowing the termination");
    expect(q?.speaker?.name).toBe("Kevin Conolly");
  });
});

describe("a report in a fronted subordinate clause after an opening conjunction ('And once …', 'And though …')", () => {
  it("'And once the man mentioned that he and his wife had recently switched …, Dempsey quickly came up with …' (zyte-7bb1ca903543)", () => {
    const q = find(
      quotes(
        "And once the man mentioned that he and his wife had recently switched from synthetic bedding to a feather duvet and feather pillows, Dempsey quickly came up with a preliminary diagnosis that was later confirmed by lab testing: hypersensitivity pneumonitis, or HP.",
      ),
      "he and his wife",
    );
    expect(q?.speaker?.name).toBe("the man");
    expect(q?.text).toMatch(/feather pillows$/);
  });

  it("'And though the Chinese CDC has said that there is “no need” …, it has also acknowledged that …' (zyte-ea25dd7edff4)", () => {
    const qs = quotes(
      "And though the Chinese CDC has said that there is “no need” for Beijing residents to worry about the risk of plague infection, it has also acknowledged that remote regions of the country—like Yunnan and the Qinghai-Tibet plateau—are vulnerable to outbreaks.",
    );
    expect(find(qs, "there is “no need”")?.text).toMatch(/plague infection$/);
    expect(find(qs, "remote regions")?.cue).toBe("acknowledged");
  });

  it("'Before New York's chief medical examiner concluded that Epstein hanged himself …, his death was …' (zyte-c58aa507c4de)", () => {
    const q = find(
      quotes(
        "Before New York's chief medical examiner concluded that Epstein hanged himself with a bedsheet, his death was shadowed by conspiracy theories suggesting he had been murdered.",
      ),
      "Epstein hanged himself",
    );
    expect(q?.speaker?.name).toBe("New York's chief medical examiner");
  });

  it("not a fronted time phrase: 'Since the 1930s, however, a small number of researchers have observed that …' (wcxb-0478)", () => {
    const q = find(
      quotes(
        "Since the 1930s, however, a small number of researchers have observed that other types of cells seem to be using bioelectricity to store and share information.",
      ),
      "other types of cells",
    );
    expect(q?.speaker?.name).toMatch(/a small number of researchers$/);
    expect(q?.speaker?.name).not.toMatch(/1930s/);
  });
});

describe("'including' opening a subject is no part of the speaker", () => {
  it("'… four national security and diplomatic officials, including a career Army officer who described Trump’s call with Zelenskiy as “improper.”' (zyte-82b6d780c792)", () => {
    const q = find(
      quotes(
        "Sondland’s appearance follows the testimony Tuesday of four national security and diplomatic officials, including a career Army officer who described Trump’s call with Zelenskiy as “improper.”",
      ),
      "Trump’s call",
    );
    expect(q?.speaker?.name).toBe("a career Army officer");
  });
});

describe("an adverbial participle clause after a trailing attribution ('…, Cook said while visiting …')", () => {
  it("'After the first iPhones shipped, people began using them for business, …, Cook said while visiting Salesforce's Dreamforce conference in San Francisco.' (zyte-291a8bf33ee4)", () => {
    const q = find(
      quotes(
        "After the first iPhones shipped, people began using them for business, forcing the consumer computing giant to adapt quickly, Cook said while visiting Salesforce's Dreamforce conference in San Francisco.",
      ),
      "After the first iPhones shipped",
    );
    expect(q?.speaker?.name).toBe("Cook");
    expect(q?.text).toMatch(/adapt quickly$/);
  });

  it("not an instruction: 'Itadakimasu ¶ (to be said before starting to eat)' (wcxb-4085)", () => {
    const qs = quotes("Let’s eat\n\nItadakimasu\n\n(to be said before starting to eat)\n\nThank you for the meal\n\nGochisosamadeshita");
    expect(qs).toEqual([]);
  });
});

describe("'told' an addressee with a relative clause, then 'that'", () => {
  it("'Indiana State Teachers Association President Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should …' (zyte-7de5241947a5)", () => {
    const q = find(
      quotes(
        "Indiana State Teachers Association President Keith Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should direct money from the state’s $2 billion in cash reserves toward helping schools.",
      ),
      "the Legislature should direct money",
    );
    expect(q?.speaker?.name).toBe("Keith Gambill");
    expect(q?.cue).toBe("told");
  });

  it("still a short addressee: 'Neighbors told CBS station KDKA-TV that the area is usually quiet.' (Wikinews)", () => {
    const q = find(inArticle("Four_teenagers_shot_at_Pennsylvania_graduation_party"), "the area is usually quiet");
    expect(q?.speaker?.name).toBe("Neighbors");
  });
});

describe("the cue of a colon-introduced quotation is the verb right after the speaker", () => {
  it("'Bill Gerstenmaier of NASA spoke of the collaboration between his agency and SpaceX: \"…\"' (Wikinews): 'spoke', not 'his'", () => {
    const q = find(inArticle("SpaceX_Crew_Dragon_capsule_docks_with_International_Space_Station"), "It's fun working with a new partner");
    expect(q?.speaker?.name).toBe("Bill Gerstenmaier");
    expect(q?.cue).toBe("spoke");
  });

  it("'Hurley, for his part, paraphrased the first U.S. citizen in space, …: \"…\"' (Wikinews): 'paraphrased'", () => {
    const q = find(inArticle("SpaceX_successfully_launches_its_first_crewed_spaceflight"), "SpaceX we're go for launch");
    expect(q?.cue).toBe("paraphrased");
  });

  it("'Collins saw compromise as the best way for the two nations to resolve their differences: \"…\"' (Wikinews): 'saw', not 'as'", () => {
    const q = find(inArticle("On_the_campaign_trail_in_the_USA,_September_2020"), "I think that those countries should compromise");
    expect(q?.cue).toBe("saw");
  });

  it("not a verb of going or doing: 'Incumbent President Donald Trump quickly took a parting shot on Twitter: \"…\"' (Wikinews)", () => {
    const q = find(inArticle("NYC_Mayor_de_Blasio_ends_US_presidential_campaign"), "Oh no, really big political news");
    expect(q?.speaker?.name).toBe("Donald Trump");
    expect(q?.cue).toBe(":");
  });
});
