/**
 * Session 15 quote rules, each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5) and news pages of the extraction benchmarks (Zyte's
 * article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first 12 characters of the page's file
 * name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley, "wcxb-NNNN" page NNNN). Found with
 * `bench/nlp/quote-probe.ts` and `bench/nlp/quote-web.ts`.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("a phrase after the cue is no reported clause", () => {
  it("'…, Johnson said in a video statement released in conjunction with a visit …': 'statement released …' is no report (Wikinews)", () => {
    const qs = quotes(
      '"[W]e must get Brexit done, because the UK must come out [...] by October 31st, or else I fear that permanent damage will be done in the UK to trust our democratic system", Johnson said in a video statement released in conjunction with a visit to Ireland with Taoiseach Leo Varadkar.',
    );
    expect(find(qs, "[W]e must get Brexit done")?.speaker?.name).toBe("Johnson");
    expect(qs.some((q) => q.text.includes("released in conjunction"))).toBe(false);
  });
});

describe("a phrase after the cue, then 'that' and a clause opened by a name", () => {
  it("'… said in an email to The Associated Press that Carlineo never intended to harm Omar.' (zyte-7a457a4f7173)", () => {
    const qs = quotes(
      "Carlineo's attorney, Sonya Zoghlin, said in an email to The Associated Press that Carlineo never intended to harm Omar.",
    );
    const q = find(qs, "Carlineo never intended");
    expect(q?.speaker?.name).toBe("Sonya Zoghlin");
    expect(q?.text).toBe("Carlineo never intended to harm Omar");
  });
});

describe("participles that report a that-clause after a comma or 'with X'", () => {
  it("'…, with Amazon Web services responding that they would investigate …' (Wikinews)", () => {
    const qs = quotes(
      "After the database had still not been secured, UpGuard reportedly emailed Amazon Web Services again on February 21, with Amazon Web services responding that they would investigate what else could be done about it.",
    );
    const q = find(qs, "they would investigate");
    expect(q?.speaker?.name).toMatch(/^Amazon/);
    expect(q?.cue).toBe("responding");
  });

  it("'Citrone denied his involvement, indicating that the person responsible was a fellow poker player.' (WikiGold, train/dev)", () => {
    const q = find(
      quotes("Citrone denied his involvement, indicating that the person responsible was a fellow poker player."),
      "the person responsible",
    );
    expect(q?.speaker?.name).toBe("Citrone");
    expect(q?.text).toBe("the person responsible was a fellow poker player");
  });

  it("not without a comma ('we have theories indicating that it could be [a] planet', Wikinews) nor without 'that' ('observing the rescue mission')", () => {
    expect(quotes("So we see the spiral, we see the structure, we have theories indicating that it could be [a] planet.")).toEqual([]);
    expect(
      quotes(
        "President Vladimir Putin was briefed, and flew to Magnitogorsk on Monday, observing the rescue mission and visiting the wounded in hospital.",
      ),
    ).toEqual([]);
  });
});

describe("verbs that report only a that-clause", () => {
  it("'… she shared that she was prone to meltdown in suit.': 'she' is Chapman, not 'Abe' inside her quotation (Wikinews)", () => {
    const q = find(
      quotes(
        'Stephanie Chapman has knit a variety of knit outfits, an uncommon technique for cosplay. Prompted by Ron Perlman\'s visit, she wore a costume based on Hellboy character Abe Sapien, which lacks the eyeholes of her normal masks. With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews, a choice leaving her largely helpless without a handler. The costume "is very warm [...] so I have to stay hydrated and try to keep as calm as possible. It\'s just really hard to stay calm when I meet someone like Ron Perlman". With the combination of excitement and "the stress I\'m putting on my body", she shared that she was prone to meltdown in suit.',
      ),
      "she was prone",
    );
    expect(q?.speaker?.name).toBe("Stephanie Chapman");
  });

  it("'The authors proposed that in Caudipteryx, …, two-legged running automatically induced wing flapping.' (Wikinews)", () => {
    const q = find(
      quotes(
        "The authors proposed that in Caudipteryx, from a mechanical perspective, two-legged running automatically induced wing flapping.",
      ),
      "in Caudipteryx",
    );
    expect(q?.speaker?.name).toBe("The authors");
  });

  it("'… ClassPass shared that Pilates was the most-booked workout …' (wcxb-0034), not 'Pelosi has proposed legislation that would fund …' (Wikinews)", () => {
    const q = find(
      quotes(
        "As part of its annual workout trends report, ClassPass shared that Pilates was the most-booked workout on an international scale in 2024, its second year in a row in the top spot.",
      ),
      "Pilates was",
    );
    expect(q?.speaker?.name).toBe("ClassPass");
    expect(quotes("Pelosi has proposed legislation that would fund the government through September.")).toEqual([]);
  });
});

describe("a parenthetical cue of description, 'indicate' after a plural source, and an inverted source closing a nested report", () => {
  it("'The accident sequence began, Florida Highway Patrol described, in the northbound lanes …' (Wikinews)", () => {
    const q = find(
      quotes(
        "The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75 close to Alachua when the initial collision between the car and truck occurred.",
      ),
      "The accident sequence began",
    );
    expect(q?.speaker?.name).toBe("Florida Highway Patrol");
    expect(q?.text).toBe(
      "The accident sequence began in the northbound lanes of Interstate 75 close to Alachua when the initial collision between the car and truck occurred",
    );
  });

  it("'Reports indicate this vehicle may have struck victims lying on the roadway.' (Wikinews)", () => {
    const q = find(quotes("Reports indicate this vehicle may have struck victims lying on the roadway."), "this vehicle");
    expect(q?.speaker?.name).toBe("Reports");
  });

  it("'Studies indicate that coffee drinkers have a minimized risk …, says Klinger.': Klinger's words hold the studies' (wcxb-0475)", () => {
    const qs = quotes(
      "Studies indicate that coffee drinkers have a minimized risk of developing type 2 diabetes, says Klinger. Researchers believe this may be connected to coffee’s role in enhancing insulin sensitivity.",
    );
    expect(find(qs, "Studies indicate")?.speaker?.name).toBe("Klinger");
    expect(find(qs, "coffee drinkers")?.text).toBe("coffee drinkers have a minimized risk of developing type 2 diabetes");
  });
});

describe("an order reported as a that-clause", () => {
  it("'… William Conley, a United States District judge, ordered last week that absentee ballots be accepted …' (Wikinews)", () => {
    const q = find(
      quotes(
        "The move came after William Conley, a United States District judge, ordered last week that absentee ballots be accepted until April 13, and votes not be counted until then.",
      ),
      "absentee ballots",
    );
    expect(q?.speaker?.name).toBe("William Conley");
    expect(q?.text).toBe("absentee ballots be accepted until April 13, and votes not be counted until then");
  });
});
