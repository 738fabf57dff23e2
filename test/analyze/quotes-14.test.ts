/**
 * Session 14 quote rules, each on real sentences from news pages of the extraction benchmarks: Zyte's
 * article-extraction-benchmark pages (MIT, © Scrapinghub/Zyte; "zyte-ID" is the first 12 characters of the page's
 * file name) and WCXB dev pages (CC BY 4.0, © 2026 Murrough Foley; "wcxb-NNNN" is page NNNN). Found with
 * `bench/nlp/quote-web.ts`.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("an inverted source and its description after the report", () => {
  it("'…, said Monica de Bolle, a senior fellow at the Peterson Institute …': the description is no part of the words (zyte-b6906ca016bb)", () => {
    const qs = quotes(
      "But when tariffs are high enough, firms will inevitably pass on some or all of the increase to U.S. consumers, said Monica de Bolle, a senior fellow at the Peterson Institute for International Economics.",
    );
    const q = find(qs, "But when tariffs");
    expect(q?.speaker?.name).toBe("Monica de Bolle");
    expect(q?.text).toBe("But when tariffs are high enough, firms will inevitably pass on some or all of the increase to U.S. consumers");
  });

  it("'…, said Elizabeth Huffaker, an assistant professor …, and the lead author on the SCALE paper.' (wcxb-0279)", () => {
    const qs = quotes(
      "Studying these implementation details could help school systems build more effective tutoring initiatives in the long run, said Elizabeth Huffaker, an assistant professor of educational leadership and policy at the University of Florida, and the lead author on the SCALE paper.",
    );
    const q = find(qs, "Studying these");
    expect(q?.speaker?.name).toBe("Elizabeth Huffaker");
    expect(q?.text).toBe(
      "Studying these implementation details could help school systems build more effective tutoring initiatives in the long run",
    );
  });

  it("'This system, says Richard Locksley, an immunologist at …, San Francisco, helps direct …': the clause goes on after the description (zyte-bdb56ac83513)", () => {
    const qs = quotes(
      "This system, says Richard Locksley, an immunologist at the University of California, San Francisco, helps direct a systematic response to potential dangers throughout the body.",
    );
    expect(find(qs, "This system")?.text).toBe("This system helps direct a systematic response to potential dangers throughout the body");
  });
});

describe("a quotation, then its speaker with a long description", () => {
  it("'“…,” Steve Clarke, deputy associate administrator for exploration in NASA’s science mission directorate, said …' (zyte-d1c57d7821e5)", () => {
    const qs = quotes(
      "“We were actually looking to do this a little bit later, but we saw the need to accelerate that,” Steve Clarke, deputy associate administrator for exploration in NASA’s science mission directorate, said of that on-ramp in a teleconference with reporters. The larger landers, he said, could deliver tools needed by astronauts ahead of their landing missions, in addition to delivering science payloads.",
    );
    expect(find(qs, "We were actually looking")?.speaker?.name).toBe("Steve Clarke");
  });

  it("'\"…,\" Dylan Nelson, a postdoctoral fellow …, and co-author of the study, said in a statement.': the name is no report of 'a statement' (zyte-3c5bf8db4272)", () => {
    const qs = quotes(
      '"Numerical experiments of this kind are particularly successful when you get out more than you put in," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement. "In our simulation, we see phenomena that had not been programmed explicitly into the simulation code."',
    );
    expect(find(qs, "Numerical experiments")?.speaker?.name).toBe("Dylan Nelson");
    expect(find(qs, "In our simulation")?.speaker?.name).toBe("Dylan Nelson");
    expect(qs.some((q) => q.text.includes("postdoctoral fellow"))).toBe(false);
  });

  it("'\"…,\" Thomas Zurbuchen, NASA's associate administrator of the Science Mission Directorate, said …': the person, not the directorate (zyte-c50845a7158a)", () => {
    const qs = quotes(
      '"The CLPS initiative was designed to leverage the expertise and innovation of private industry to get to the Moon quickly," Thomas Zurbuchen, NASA\'s associate administrator of the Science Mission Directorate, said in the statement.',
    );
    expect(find(qs, "The CLPS initiative")?.speaker?.name).toBe("Thomas Zurbuchen");
  });
});

describe("a one-word quotation with its speaker, then more words", () => {
  it("'“Amazing,” Davis said. “To be able to do that against every team is something special. …”' (zyte-eecd2575093b)", () => {
    const qs = quotes(
      "“Amazing,” Davis said. “To be able to do that against every team is something special. I mean, (it’s) trippy that he’s been playing for a long time, so it was a matter of time before it happened, but just a tribute to all his hard work.”",
    );
    expect(find(qs, "To be able to do that")?.speaker?.text).toBe("Davis");
  });
});

describe("'the statement' speaks for who made it", () => {
  it("'…, the US military said in a statement on Wednesday. \"…,\" the statement said.' (zyte-7916ecca969f)", () => {
    const qs = quotes(
      'Two United States service members have been killed in a helicopter crash in Afghanistan, the US military said in a statement on Wednesday. "The cause of the crash is under investigation, however preliminary reports do not indicate it was caused by enemy fire," the statement said.',
    );
    expect(find(qs, "The cause of the crash")?.speaker?.name).toBe("the US military");
  });
});

describe("quotations ending in a nested quotation, and new cues", () => {
  it("'“I then heard President Trump ask, quote, ‘So he’s going to do the investigation?’” Holmes testified.' (zyte-82b6d780c792)", () => {
    const qs = quotes(
      "The political counselor was having lunch with Sondland in Kyiv when the ambassador dialed up the president on his cellphone and Holmes could hear Trump’s voice.\n\n“I then heard President Trump ask, quote, ‘So he’s going to do the investigation?’” Holmes testified. “Ambassador Sondland replied that ‘He’s going to do it,’ adding that President Zelensky will, quote, ‘do anything you ask him to.’”",
    );
    expect(find(qs, "I then heard President Trump ask")?.speaker?.text).toBe("Holmes");
    expect(find(qs, "Ambassador Sondland replied")?.speaker?.text).toBe("Holmes");
  });

  it("'“My people had $20 billion done,” Mr. Trump recounted …': and 'They said, ‘…’' inside his words is not his (zyte-702d1da63b8e)", () => {
    const qs = quotes(
      "“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 cabinet meeting. “And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’ I said, ‘Tell them to buy larger tractors. It’s very simple.’” The cabinet members gathered around Mr. Trump laughed.",
    );
    expect(find(qs, "My people had")).toMatchObject({ cue: "recounted", speaker: { text: "Trump" } });
    expect(find(qs, "And I said")?.speaker?.text).toBe("Trump");
    expect(find(qs, "The farmers can’t handle it")?.speaker?.text).not.toBe("They");
  });
});

describe("a pronoun after a quotation does not stand for a name inside it", () => {
  it("'“I called a very talented friend of mine on Martha’s Vineyard and I said: ‘…’” she said.' (zyte-3d8f3404cf97)", () => {
    const qs = quotes(
      "When the music didn’t go away, Steenburgen realized that she had to do something with it — if only for her sanity — even though she didn’t know how to play an instrument. “I called a very talented friend of mine on Martha’s Vineyard and I said: ‘Look, if I come over every day and sing what I hear in my head, could you help me make them into songs?’” she said.",
    );
    expect(find(qs, "I called a very talented friend")?.speaker?.name).toBe("Steenburgen");
  });
});

describe("a report ends before a coordinated cue that introduces a quotation", () => {
  it('\'Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."\' (zyte-7a664e40d256)', () => {
    const qs = quotes('Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."');
    expect(find(qs, "I frankly cringe")?.speaker?.name).toBe("Volker");
    expect(find(qs, "he never used the term")?.text).not.toContain("added");
  });

  it("'Liu said that the People’s Liberation Army could be deployed in Beijing, warning: “…”' (zyte-624fcd903d56)", () => {
    const qs = quotes(
      "Liu said that the People’s Liberation Army could be deployed in Beijing, warning: “They are already there in the Hong Kong garrison.”",
    );
    expect(find(qs, "the People’s Liberation Army")?.text).toBe("the People’s Liberation Army could be deployed in Beijing");
  });
});

describe("a quotation opening with a quoted title is a sentence of its own", () => {
  it("'“…,” she said. “‘Glasgow’ is a song of belonging. …”' goes on with her words (zyte-3d8f3404cf97)", () => {
    const qs = quotes(
      "By the time Buckley learned who had written the song, she was only half-surprised: “It made sense, because it clearly came from someone with a complex understanding of character — someone who was able to kind of go right to the root of what this woman’s story is about, and managed to write lyrics that exposed the cracks under the surface,” she said.\n\nWhile Buckley own story feels something like a fairy tale come true, she drew a distinction with her character. “I told her my secrets and she told me hers and we built a different person together,” she said. “‘Glasgow’ is a song of belonging. It’s about stretching yourself to places that you don’t know are within yourself.”",
    );
    const first = find(qs, "I told her my secrets");
    expect(first?.speaker).toBeTruthy();
    expect(find(qs, "‘Glasgow’ is a song")?.speaker?.name).toBe(first?.speaker?.name);
  });
});
