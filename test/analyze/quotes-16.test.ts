/**
 * Session 16 quote rules, each on a real sentence: the unannotated bundled Wikinews articles
 * (`examples/wikinews/wikinews_2019_2020.jsonl`, CC BY 2.5, read whole through `wikinewsArticle`) and news pages of
 * the extraction benchmarks (Zyte's article-extraction-benchmark pages, MIT, © Scrapinghub/Zyte, "zyte-ID" the first
 * 12 characters of the page's file name; WCXB dev pages, CC BY 4.0, © 2026 Murrough Foley, "wcxb-NNNN" page NNNN), quoted
 * verbatim. Found with `bench/nlp/quote-probe.ts` and
 * `bench/nlp/quote-web.ts`.
 */
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analyze/index.js";
import type { Quote } from "../../src/model/index.js";
import { articleOf, wikinewsArticle } from "./helpers.js";

const quotes = (text: string): Quote[] => analyze(articleOf(text, "2019-11-20")).quotes;
const inArticle = (id: string): Quote[] => analyze(wikinewsArticle(id)).quotes;
const find = (qs: Quote[], start: string) => qs.find((q) => q.text.startsWith(start));

describe("'X called OBJECT COMPLEMENT' without quotation marks reports X's judgement", () => {
  it("'The United Nations called the resulting humanitarian crisis the worst in the world.' (Wikinews)", () => {
    const q = find(inArticle("Oil_facilities_in_Saudi_Arabia_hit_by_drone_attacks"), "the resulting humanitarian crisis");
    expect(q?.speaker?.name).toBe("United Nations");
    expect(q?.text).toBe("the resulting humanitarian crisis the worst in the world");
    expect(q?.cue).toBe("called");
  });

  it("'The United States called its actions defensive in nature, pointing to …': an adjective complement (Wikinews)", () => {
    const q = find(inArticle("United_States_military_kills_Qasem_Soleimani"), "its actions defensive");
    expect(q?.speaker?.name).toBe("United States");
    expect(q?.text).toBe("its actions defensive in nature");
  });

  it("'He called it unlikely that the EU would finance the project, …': the pronoun resolved (Wikinews)", () => {
    const q = find(
      inArticle("Greek_prime_minister_reaffirms_EastMed_pipeline_project_is_open_for_other_countries_to_join"),
      "it unlikely that the EU",
    );
    expect(q?.speaker?.text).toBe("He");
    expect(q?.speaker?.name).toMatch(/^\p{Lu}/u);
    expect(q?.speaker?.name).not.toBe("He");
  });

  it("'… Biden called Trump a clown, a racist, and the worst president.': a list of complements (Wikinews)", () => {
    const q = find(inArticle("On_the_campaign_trail_in_the_USA,_September_2020"), "Trump a clown");
    expect(q?.speaker?.name).toBe("Joe Biden");
    expect(q?.text).toBe("Trump a clown, a racist, and the worst president");
  });

  it("'The White House called the impeachment process a sham.' (zyte-c90731f051d0)", () => {
    const q = find(
      quotes(
        "Later in the day, Kurt Volker, former special envoy to Kyiv, and Tim Morrison, another top NSC aide, testified before the powerful House Committee. The White House called the impeachment process a sham.",
      ),
      "the impeachment process",
    );
    expect(q?.speaker?.name).toBe("White House");
  });

  it("not a phone call, a summons or a name: 'called 911', 'called an ambulance', 'called him Mike', 'called the election for Biden'", () => {
    const qs = [
      ...quotes("A family friend found the suspect's car in the hotel parking lot and called 911."), // zyte-51d066b0602c
      ...quotes("Officers arrested Webb in the hallway and carried the girl to safety in the parking lot where they called an ambulance."), // zyte-51d066b0602c
      ...quotes("Everyone called him Mike."), // zyte-851498a2b9f4
    ];
    expect(qs.filter((q) => q.cue === "called")).toEqual([]);
    const election = inArticle("Joe_Biden_projected_US_president-elect").filter(
      (q) => q.cue === "called" && /election for Biden/.test(q.text),
    );
    expect(election).toEqual([]);
  });
});

describe("'As X said, CLAUSE': the clause after the fronted 'as' clause is what X said", () => {
  it("'For example, as Herbert notes, being able to “taste” and “smell” minute traces of pathogens gives …' (zyte-bdb56ac83513)", () => {
    const qs = quotes(
      "In hindsight, that application for the receptors made a lot of sense. For example, as Herbert notes, being able to “taste” and “smell” minute traces of pathogens gives the body more chances to respond to infections before microbes overwhelm the host’s defenses.",
    );
    const q = find(qs, "being able to");
    expect(q?.speaker?.name).toBe("Herbert");
    expect(q?.cue).toBe("notes");
    expect(q?.text.endsWith("overwhelm the host’s defenses")).toBe(true);
  });

  it("'As both NBC News and Bloomberg have reported, there’s a security risk …' (zyte-d48aeb9cf2f2)", () => {
    const qs = quotes(
      "As both NBC News and Bloomberg have reported, there’s a security risk associated with business Instagram accounts, which is particularly hazardous for minors.",
    );
    const q = find(qs, "there’s a security risk");
    expect(["NBC News", "Bloomberg"]).toContain(q?.speaker?.name);
    expect(q?.cue).toBe("reported");
  });

  it("not 'As its name suggests, …' nor a first-person 'As I said, …' (Wikinews)", () => {
    const party = inArticle("Wikinews_interviews_Phil_Collins,_U.S._Prohibition_Party_presidential_nominee");
    expect(find(party, "the party supported the Eighteenth Amendment")).toBeUndefined();
    const astronomer = inArticle("Astronomer_tells_Wikinews_about_discovery_of_closest_black_hole_known_so_far");
    expect(find(astronomer, "planets simply would not form")).toBeUndefined();
  });
});

describe("a lone adverb is no speaker", () => {
  it("'…, but the leaders of the two countries spoke by telephone on Friday night, and publicly expressed their willingness …' (Wikinews)", () => {
    const qs = inArticle("Turkish_government_stops_search_of_survivors_of_Aegean_Sea_earthquake_off_Izmir");
    expect(qs.filter((q) => q.speaker?.text === "publicly")).toEqual([]);
  });
});

describe("words after the cue with a verb of their own are the report, not an inverted source", () => {
  it("'Our expert mechanic and vehicle tester, Jr. Damato, insisted the Kia EV6 be included on this list …' (wcxb-4497)", () => {
    const qs = quotes(
      "Our expert mechanic and vehicle tester, Jr. Damato, insisted the Kia EV6 be included on this list of Best EVs, and he didn’t have to lobby hard.",
    );
    const q = find(qs, "the Kia EV6 be included");
    expect(q?.speaker?.name).toBe("Jr. Damato");
    expect(qs.some((x) => x.speaker?.name === "Kia")).toBe(false);
  });
});

describe("an inverted source's apposition opened by a possessive name", () => {
  it("'…, allowing PG&E to begin restoring power, said Mark Quinlan, PG&E's senior director of emergency preparedness and response.' (zyte-d0382c0d9573)", () => {
    const qs = quotes(
      "The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan, PG&E's senior director of emergency preparedness and response.",
    );
    const q = find(qs, "The weather should ease");
    expect(q?.speaker?.name).toBe("Mark Quinlan");
    expect(q?.cue).toBe("said");
  });
});

describe("'the agency' is the organisation heading a sentence before, after an opening phrase of time", () => {
  it("'In August, CBP announced that it would not be vaccinating …. At the time, the agency said in a statement that …' (zyte-abd9d6291b6b)", () => {
    const qs = quotes(
      "In August, CBP announced that it would not be vaccinating migrant families in its holding centers ahead of the flu season. At the time, the agency said in a statement that it chose not to provide the vaccinations because of the “short-term” stays of immigrants in custody and the complexities of operating a vaccination program.",
    );
    const q = find(qs, "it chose not to provide");
    expect(q?.speaker?.text).toBe("the agency");
    expect(q?.speaker?.name).toBe("CBP");
  });
});
