/**
 * Session 19 quote rules (helper quotes19), each on real sentences quoted verbatim: the unannotated bundled
 * Wikinews articles (examples/wikinews, CC BY 2.5; named by their Wikinews title) and the news pages of the
 * extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © 2020 Scrapinghub; "zyte-ID" the first
 * 12 characters of the page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-10")).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("an impersonal passive report ('It was reported …') reports its clause with no speaker named", () => {
  it("'It was reported on Saturday Sirhan Sirhan was stabbed in the neck while in prison.' (Kennedy assassin Sirhan Sirhan stabbed in California prison)", () => {
    const q = find(
      quotes("It was reported on Saturday Sirhan Sirhan was stabbed in the neck while in prison."),
      "Sirhan Sirhan was stabbed",
    );
    expect(q?.text).toBe("Sirhan Sirhan was stabbed in the neck while in prison");
    expect(q?.speaker).toBeNull();
    expect(q?.cue).toBe("reported");
  });

  it("'On September 25, it was reported Baker was hospitalized in critical condition.' (Influential rock drummer Ginger Baker dies at age 80)", () => {
    const q = find(
      quotes("Baker died on Sunday. On September 25, it was reported Baker was hospitalized in critical condition."),
      "Baker was hospitalized",
    );
    expect(q?.speaker).toBeNull();
  });

  it("'It was reported he was in a coma at time of death.' (Former President of India Pranab Mukherjee dies aged 84)", () => {
    expect(find(quotes("It was reported he was in a coma at time of death."), "he was in a coma")?.speaker).toBeNull();
  });

  it("the report ends at ', but' where another source's begins (Fire erupts in parking structure at Sola Airport, Norway)", () => {
    const qs = quotes(
      "It was initially reported the fire started in an electric vehicle, but news broadcaster NRK later reported the fire started in a recalled 2005 Opel Zafira.",
    );
    expect(find(qs, "the fire started in an electric vehicle")?.text).toBe("the fire started in an electric vehicle");
    expect(find(qs, "the fire started in a recalled")?.speaker?.name).toBe("NRK");
  });

  it("guard: a personal passive, a passive with an agent and a subordinate clause report nothing (same articles)", () => {
    const qs = quotes(
      "He was reported to be in stable condition. The death of pioneering oceanographer Walter Munk was announced on Friday by the University of California, San Diego. After it was revealed his aide Hope Hicks tested positive for coronavirus, President Trump himself, his wife Melania, and son Barron all tested positive for the virus.",
    );
    expect(qs).toEqual([]);
  });
});

describe("a bare plural source with its own modifiers before a trailing cue", () => {
  it("'…, could now be pushed into next year, trade experts say.' (zyte-39d5c43beb60)", () => {
    const q = find(
      quotes(
        "A 'phase one' trade deal, once expected to be completed within weeks of an October news conference between Trump and Chinese vice-premier Liu He, could now be pushed into next year, trade experts say.",
      ),
      "A 'phase one' trade deal",
    );
    expect(q?.speaker?.text).toBe("trade experts");
    expect(q?.text).toMatch(/could now be pushed into next year$/);
  });

  it("'…, people familiar with the talks say.' (zyte-39d5c43beb60)", () => {
    const q = quotes(
      "But it may morph into something bigger if US President Donald Trump agrees to Beijing's demands to roll back existing tariffs on Chinese goods, people familiar with the talks say.",
    )[0];
    expect(q?.speaker?.text).toBe("people familiar with the talks");
    expect(q?.text).toMatch(/existing tariffs on Chinese goods$/);
  });

  it("guard: a quantifier opens a clause of its own ('To avoid sleep disturbances, both experts suggest drinking coffee earlier in the day.', WCXB dev page wcxb-0475)", () => {
    expect(quotes("To avoid sleep disturbances, both experts suggest drinking coffee earlier in the day.")).toEqual([]);
  });
});

describe("a person, then a description whose closing comma is left out, before the cue after a quotation", () => {
  const page =
    "“This is mainly due to the change in wind direction from north-westerly to south-easterly, which allowed Delhi’s air to slightly improve,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.";
  it("'“…,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News.' (zyte-16c30add7e96)", () => {
    const q = find(quotes(page), "This is mainly due to the change");
    expect(q?.kind).toBe("direct");
    expect(q?.speaker?.name).toBe("Kurinji Selvaraj");
  });

  it("guard: a description closed by its comma keeps its person ('“…,” Dylan Nelson, a postdoctoral fellow …, and co-author of the study, said in a statement.', zyte-3c5bf8db4272)", () => {
    const q = quotes(
      '"Numerical experiments of this kind are particularly successful when you get out more than you put in," Dylan Nelson, a postdoctoral fellow at the Max Planck Institute for Astrophysics in Munich, Germany, and co-author of the study, said in a statement.',
    )[0];
    expect(q?.speaker?.name).toBe("Dylan Nelson");
  });
});

describe("a reported clause whose subject is a bare noun phrase with a present-tense verb", () => {
  it("'Shulman said executives tend to struggle with …' (WCXB dev page wcxb-0094)", () => {
    const q = quotes(
      "Shulman said executives tend to struggle with understanding where machine learning can actually add value to their company.",
    )[0];
    expect(q?.speaker?.text).toBe("Shulman");
    expect(q?.text).toMatch(/^executives tend to struggle/);
  });

  it("'Atanu Sarker said homestead gardening fosters self-sufficiency …' (WCXB dev page wcxb-0395)", () => {
    const q = quotes(
      "Sub-Assistant Agriculture Officer Atanu Sarker said homestead gardening fosters self-sufficiency among people and uses less groundwater, which is crucial for the drought-prone Barind tract.",
    )[0];
    expect(q?.speaker?.name).toBe("Atanu Sarker");
    expect(q?.text).toMatch(/^homestead gardening fosters/);
  });

  it("'Steinhauser said candidates in consulting tend to get “thrown onto live work …”' (WCXB dev page wcxb-0370)", () => {
    const q = quotes("Steinhauser said candidates in consulting tend to get “thrown onto live work and pick it up as you go.”")[0];
    expect(q?.kind).toBe("mixed");
    expect(q?.text).toMatch(/^candidates in consulting tend to get/);
  });

  it("guard: an object after 'noted' is no clause ('The scientists behind the present study only noted various hypotheses about the cause …', Study indicates as great white shark disappears, living fossil moves in)", () => {
    expect(
      quotes(
        "The scientists behind the present study only noted various hypotheses about the cause of the disappearance of great white sharks from this area.",
      ),
    ).toEqual([]);
  });
});
