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
