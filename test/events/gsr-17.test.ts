/**
 * Session-17 coverage rules (helper gsr17), on real sentences of news pages of the Zyte article-extraction
 * benchmark (MIT, © 2020 Scrapinghub) copied into test/fixtures/events/web (see its SOURCES.md). A sentence is
 * coded alone, as PLOVER-GSR codes its sentences, and in its page.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import type { Event } from "../../src/model/index.js";
import { processPage } from "../../src/pipeline.js";
import { eventsIn, tuple, webPageEvents } from "./corpus-events.js";

/** The sentence of a fixture page that starts with `start`, as the page's extraction gives it. */
function pageSentence(page: string, start: string): string {
  const bytes = readFileSync(join(import.meta.dirname, "../fixtures/events/web", page));
  const { article, analysis } = processPage({ id: page, bytes, contentType: "text/html" });
  const s = analysis.sentences.map((x) => article.text.slice(x.start, x.end)).find((x) => x.startsWith(start));
  if (!s) throw new Error(`no sentence starting with ${start} in ${page}`);
  return s;
}

/** PLOVER events coded in one sentence alone. */
const alone = (text: string, date: string): Event[] => run(text, date).events.filter((e) => e.plover);

describe("a quantity before a passive's subject ('More than 300 Indians were deported by …')", () => {
  it("reads 'more than 300 Indians' as the subject of the passive, not a prepositional phrase", () => {
    const s = pageSentence("zyte-5f9c5ed5d64d.html.gz", "On October 18, more than 300 Indians");
    expect(alone(s, "2019-11-20").map((e) => [tuple(e), e.cameo.code, e.evidence.trigger?.text])).toEqual([
      ["COERCE MEX>IND", "174", "deported"],
    ]);
  });

  it("leaves the page's other events as they were (in the page, the deportation was already coded)", () => {
    expect(webPageEvents("zyte-5f9c5ed5d64d.html.gz").map((l) => l.split(" «")[0])).toEqual([
      "COERCE IND>USA",
      "REQUEST IND>IND",
      "REJECT IND>IND",
      "COERCE MEX>IND",
    ]);
  });
});

describe("provide or supply someone with material goods", () => {
  it("codes 'will provide Vietnam's coast guard with a surplus American ship' as an intent of military aid to Vietnam", () => {
    const s = pageSentence("zyte-db6b0816c612.html.gz", "As part of a long-term effort to forge closer relations with Vietnam");
    expect(alone(s, "2019-11-20").map((e) => [tuple(e), e.cameo.code, e.evidence.trigger?.text])).toEqual([
      ["AGREE USA>VNM", "0332", "provide"],
    ]);
  });

  it("codes nothing where what is provided is no material aid ('Neither Dasbach nor Mears would provide Wikinews with an image of the wound')", () => {
    expect(alone("Neither Dasbach nor Mears would provide Wikinews with an image of the wound.", "2020-08-30")).toEqual([]);
  });

  it("leaves the dictionary's reading of 'provide … to' ('Japan will provide $500 million in loans to Indonesia')", () => {
    const { events } = run("Japan will provide $500 million in loans to Indonesia, the finance ministry said.", "2001-05-01");
    expect(events.filter((e) => e.plover).map((e) => [tuple(e), e.cameo.code])).toEqual([["AGREE JPN>IDN", "0331"]]);
  });
});

describe("the second verb of a relative clause ('X - which considers the US biased and has rejected …')", () => {
  it("gives the rejection to the relative pronoun's antecedent, not to the first verb's object", () => {
    const events = webPageEvents("zyte-833caf3bdba5.html.gz").filter((l) => l.includes("«rejected»"));
    expect(events.map((l) => l.split(" «")[0])).toEqual(["REJECT PSE>USA"]);
  });

  it("codes nothing for a relative clause whose one verb tells a stance ('The United States, which has retreated from a previous goal of ousting …')", () => {
    expect(eventsIn("Block_of_flats_collapses_in_Aleppo", "The United States, which has retreated")).toEqual([]);
  });
});

describe("an international organisation's officials and organs named with its possessive", () => {
  it("reads 'The European Union's top court' as the EU's, not as a court placed by the sentence's other names", () => {
    const s = pageSentence("zyte-833caf3bdba5.html.gz", "The European Union's top court");
    const { analysis } = run(s, "2019-11-20");
    expect(findMentions(s, tokens(s), analysis.entities).map((m) => `${m.text}:${m.country}/${m.sector}`)).toContain(
      "European Union's top court:null/IGO",
    );
    const ruled = webPageEvents("zyte-833caf3bdba5.html.gz").filter((l) => l.includes("«ruled that»"));
    expect(ruled.map((l) => l.split(" «")[0])).toEqual(["SANCTION IGO>"]);
  });

  it("leaves a possessive before a thing alone ('This proclamation contradicted the United Nations' official position …')", () => {
    const s =
      "This proclamation contradicted the United Nations' official position on status of the territory, which belonged to Syria and was occupied by Israel.";
    const { analysis } = run(s, "2020-07-10");
    expect(findMentions(s, tokens(s), analysis.entities).map((m) => m.text)).toContain("United Nations");
    expect(eventsIn("Erdogan_proposes_converting_Hagia_Sophia", "This proclamation contradicted")).toEqual([]);
  });
});

describe("criticism faced by the subject ('X faced stiff international and Palestinian criticism')", () => {
  it("codes the criticism as the critics' of the subject, the critic named by the demonym before the noun", () => {
    const events = webPageEvents("zyte-833caf3bdba5.html.gz").filter((l) => l.includes("«criticism»"));
    expect(events.map((l) => l.split(" «")[0])).toEqual(["ACCUSE PSE>USA"]);
  });

  it("codes no criticism where no critic is named ('Qawi drew criticism for associating with her')", () => {
    const events = eventsIn("Brother_of_murdered_Pakistani", "Baloch was murdered a few weeks after");
    expect(events.filter((e) => e.evidence.trigger?.text === "criticism")).toEqual([]);
  });
});

describe("a rejection of accusations named by their noun ('The Pentagon rejected these accusations')", () => {
  it("rejects the accusers of the accusation just told", () => {
    const events = webPageEvents("zyte-1ee91d1fce65.html.gz");
    expect(events.filter((l) => l.includes("«rejected»")).map((l) => l.split(" «")[0])).toEqual(["REJECT USA>RUS+SYR"]);
    // The accusation itself, and the page's other events, are as they were.
    expect(events.map((l) => l.split(" «")[0])).toEqual([
      "ACCUSE RUS+SYR>USA",
      "REJECT USA>RUS+SYR",
      // "after American troops leave Syria": forces leaving a country withdraw from it (recall-22).
      "RETREAT USA>SYR",
      "COERCE JOR>SYR",
      "COERCE JOR>JOR",
      "AID USA>SYR",
      "REJECT SYR>SYR",
    ]);
  });
});

describe("a state that blocks a way restricts movement", () => {
  it("codes 'Jordan … blocked the Rukban crossing point' as COERCE 191, not as Jordan's protest", () => {
    const blocked = webPageEvents("zyte-1ee91d1fce65.html.gz").filter((l) => l.includes("«blocked»"));
    const s = pageSentence("zyte-1ee91d1fce65.html.gz", "Jordan closed its borders with Syria");
    expect(blocked.map((l) => l.split(" «")[0])).toEqual(["COERCE JOR>JOR"]);
    expect(alone(s, "2019-11-20").map((e) => [tuple(e), e.cameo.code])).toEqual([
      ["COERCE JOR>SYR", "172"],
      ["COERCE JOR>JOR", "191"],
    ]);
  });

  it("codes nothing for a company blocking access ('GitHub blocked the public access to youtube-dl')", () => {
    expect(eventsIn("GitHub_blocks_public_access", "On Friday, code hosting and sharing website GitHub")).toEqual([]);
  });
});

describe("an act of two sides whose subject names both ('Washington and the Taliban had been holding direct talks …')", () => {
  it("codes the talks between the two subjects, not with a name later in the clause ('… an agreement for US troops')", () => {
    const talks = webPageEvents("zyte-a1fca19b884e.html.gz").filter((l) => l.includes("«holding direct talks»"));
    expect(talks.map((l) => l.split(" «")[0])).toEqual(["CONSULT USA>AFG"]);
  });

  it("keeps a meeting of three delegations ('the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit')", () => {
    const events = eventsIn("Greek_prime_minister_reaffirms_EastMed", "On last Thursday, the delegations");
    expect(events.map((e) => [tuple(e), e.cameo.code])).toEqual([["CONSULT CYP>GRC+ISR", "040"]]);
  });
});
