/**
 * Session-17 rule (helper surname18): a public figure named by surname alone, with no full mention in the
 * article, at the start of a sentence (src/analyze/entities/rules/lone-surname.ts). Real sentences: a news page
 * of the Zyte article-extraction benchmark (MIT, © 2020 Scrapinghub) copied into test/fixtures/events/web (see
 * its SOURCES.md), and the bundled Wikinews articles (CC BY 2.5) for the guards.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import type { Entity } from "../../src/model/index.js";
import { processPage } from "../../src/pipeline.js";
import { corpusRecord } from "../corpus.js";

/** The entities of one sentence coded alone, as PLOVER-GSR codes its sentences. */
const entitiesAlone = (text: string, date: string): Entity[] => run(text, date).analysis.entities;

/** The entity whose text is `word` in the first sentence of a whole article that starts with `start`. */
function entityIn(text: string, date: string, start: string, word: string): Entity | undefined {
  const { analysis } = run(text, date);
  const s = analysis.sentences.find((x) => text.slice(x.start, x.end).startsWith(start));
  if (!s) throw new Error(`no sentence starting with ${start}`);
  return analysis.entities.find((e) => e.start >= s.start && e.end <= s.end && e.text === word);
}

describe("a lone surname of an office holder at the start of a sentence", () => {
  it("'Schiff asked.' in a page that never names him in full is Adam Schiff (U.S. Representative in 2019)", () => {
    const page = "zyte-7a664e40d256.html.gz";
    const bytes = readFileSync(join(import.meta.dirname, "../fixtures/events/web", page));
    const { article, analysis } = processPage({ id: page, bytes, contentType: "text/html" });
    const s = analysis.sentences.find((x) => article.text.slice(x.start, x.end).startsWith("Schiff asked."));
    expect(s).toBeDefined();
    const schiff = analysis.entities.find((e) => e.start === s!.start && e.text === "Schiff");
    expect(schiff).toMatchObject({ type: "PER", ref: "adam-schiff", country: "USA", sector: "LEG" });
  });

  it("the same sentence coded alone, dated by its page", () => {
    const ents = entitiesAlone(`"So it's fair to say you have not fixed the 'Giuliani problem'?" Schiff asked.`, "2019-11-20");
    expect(ents.find((e) => e.text === "Schiff")).toMatchObject({ type: "PER", ref: "adam-schiff", country: "USA" });
  });
});

describe("guards: a lone capitalised word that is someone else", () => {
  it("'Johnson was impeached …' (Andrew Johnson) is not Boris Johnson, prime minister at the date: Johnson is a given name too", () => {
    const s =
      "Johnson was impeached over perceived violations of the Tenure of Office Act of 1867, which the Supreme Court later ruled unconstitutional.";
    expect(entitiesAlone(s, "2019-09-25").some((e) => e.ref === "boris-johnson")).toBe(false);
    const r = corpusRecord("US_Speaker_Pelosi_announces_Trump_impeachment_investigation");
    expect(entityIn(r.text, r.date, "Johnson was impeached", "Johnson")?.ref).not.toBe("boris-johnson");
  });

  it("'Khan was pinned to the ground.' (Usman Khan, named in full before) is not Imran Khan", () => {
    const r = corpusRecord("Bystanders_foil_knife-weilding_man_on_London_Bridge");
    expect(entityIn(r.text, r.date, "Khan was pinned", "Khan")?.ref).not.toBe("imran-khan");
  });

  it("'A university student named Wong said …' is not the activist Joshua Wong", () => {
    const r = corpusRecord("Hong_Kong_protests_continue_through_police_opposition");
    const { analysis } = run(r.text, r.date);
    expect(analysis.entities.some((e) => e.ref === "joshua-wong")).toBe(false);
  });

  it("a common word, a company or a place at the start of a sentence stays what it is", () => {
    // Sentence-initial words with a dated namesake in the dictionary (John Key, Maxime Some) that news writes in
    // lower case (WCXB dev pages 0044 and 0070; Zyte news pages).
    expect(
      entitiesAlone("Key digital marketing strategies include website marketing, content creation, email campaigns.", "2015-04-06"),
    ).toEqual([]);
    // Bundled Wikinews, Duda's tweet quoted at 2019-01-05 (Theresa May was prime minister then).
    expect(
      entitiesAlone('Duda wrote "May God protect their parents and loved ones."', "2019-01-05").some((e) => e.ref === "theresa-may"),
    ).toBe(false);
    expect(entitiesAlone("Some insurers won't cover certain airlines or tour operators.", "2013-08-22")).toEqual([]);
  });
});
