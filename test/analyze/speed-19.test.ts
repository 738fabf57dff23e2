/**
 * Session 19 speed-ups of the analysis stage (helper speedan2): each keeps the output byte for byte (the whole
 * dump of `bench/nlp/dump-analysis.ts` compares equal with `cmp`). These are guards on real sentences for the paths
 * each one touches: the bundled Wikinews articles (CC BY 2.5) and Zyte's article-extraction-benchmark pages (MIT,
 * © Scrapinghub/Zyte, "zyte-ID" the first 12 characters of the page's file name), quoted verbatim.
 */
import { describe, expect, it } from "vitest";
import { findEntities } from "../../src/analyze/entities/index.js";
import { analyze } from "../../src/analyze/index.js";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import type { Quote } from "../../src/model/index.js";
import { corpusRecord } from "../corpus.js";
import { articleOf, wikinewsArticle } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-12-13")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("definitions lower-case only the tokens that need it", () => {
  it("a class noun before a name the tagger left out still types it (Wikinews: Germany bans Mahan Air of Iran)", () => {
    const rec = corpusRecord("Germany_bans_Mahan_Air");
    const ents = findEntities(rec.text, splitSentences(rec.text), rec.date);
    const full = ents.find((e) => e.text === "Mahan Air");
    expect(full?.type).toBe("ORG");
    expect(full?.country).toBe("IRN");
  });
});

describe("a reported clause: the head is cut out only where the tests that do not read it pass", () => {
  it("a quoted phrase inside the subject ('… said the president’s “mercurial temperament …” had complicated …', zyte-702d1da63b8e)", () => {
    const q = find(
      quotes(
        "Eswar Prasad, a trade professor at Cornell, said the president’s “mercurial temperament and predilection to undercutting his own negotiating team” had complicated the already challenging task of striking a deal.",
      ),
      "the president’s",
    );
    expect(q?.speaker?.name).toBe("Eswar Prasad");
    expect(q?.text).toContain("had complicated the already challenging task");
  });

  it("guard: a bare noun phrase and its present-tense verb after 'said' ('… Atanu Sarker said homestead gardening fosters …', WCXB dev page wcxb-0395)", () => {
    const q = quotes(
      "Sub-Assistant Agriculture Officer Atanu Sarker said homestead gardening fosters self-sufficiency among people and uses less groundwater, which is crucial for the drought-prone Barind tract.",
    )[0];
    expect(q?.speaker?.name).toBe("Atanu Sarker");
    expect(q?.text).toMatch(/^homestead gardening fosters/);
  });

  it("guard: an object after 'noted' is no clause ('The scientists behind the present study only noted various hypotheses about …', Wikinews)", () => {
    expect(
      quotes(
        "The scientists behind the present study only noted various hypotheses about the cause of the disappearance of great white sharks from this area.",
      ),
    ).toEqual([]);
  });
});

describe("a capitalised word the article also writes in lower case is remembered per article", () => {
  it("an article's quotes are the same after another article was read in between (Wikinews: Amazon rainforest fires)", () => {
    const show = (qs: Quote[]) => qs.map((q) => `${q.speaker?.name ?? "-"}|${q.kind}|${q.text}`);
    const first = show(analyze(wikinewsArticle("Amazon_rainforest_fires")).quotes);
    expect(first.length).toBeGreaterThan(0);
    analyze(wikinewsArticle("United_States_military_kills_Qasem_Soleimani"));
    expect(show(analyze(wikinewsArticle("Amazon_rainforest_fires")).quotes)).toEqual(first);
  });
});
