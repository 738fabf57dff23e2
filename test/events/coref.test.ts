import { describe, expect, it } from "vitest";
import { linkCoreference } from "../../src/events/actors/coref.js";
import type { ActorMention } from "../../src/events/actors/mention.js";
import { findMentions } from "../../src/events/actors/mentions.js";
import { tokens } from "../../src/events/text/tokens.js";
import type { Entity } from "../../src/model/index.js";
import { entitiesOf, sentencesOf } from "./helpers.js";

/**
 * Mentions per sentence of a text, linked across sentences (as the coder does). Entities: the actor
 * dictionary's (test helper) and, standing in for the analysis stage's NER, the names in `people` (typed PER)
 * and `orgs` (typed ORG, with the country the analysis gives them), every occurrence.
 */
function linked(
  text: string,
  date: string,
  people: string[] = [],
  orgs: [string, string | null][] = [],
): { sentence: string; ms: ActorMention[] }[] {
  const entities: Entity[] = entitiesOf(text, date);
  const named = [...people.map((n) => ["PER", n, null] as const), ...orgs.map(([n, c]) => ["ORG", n, c] as const)];
  for (const [type, name, country] of named)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      if (!entities.some((e) => e.start <= at && at < e.end))
        entities.push({ text: name, start: at, end: at + name.length, type, name, country, sector: null, method: "test" } as Entity);
  entities.sort((a, b) => a.start - b.start);
  const per = sentencesOf(text).map((s) => {
    const toks = tokens(text, s.start, s.end);
    return {
      s,
      toks,
      ms: findMentions(
        text,
        toks,
        entities.filter((e) => e.start >= s.start && e.end <= s.end),
      ),
    };
  });
  const out = linkCoreference(per, date);
  return per.map((p, i) => ({ sentence: text.slice(p.s.start, p.s.end), ms: out[i]! }));
}

const find = (xs: { sentence: string; ms: ActorMention[] }[], start: string, text: string) =>
  xs.find((x) => x.sentence.startsWith(start))?.ms.find((m) => m.text === text);

describe("discourse coreference of event actors", () => {
  it("a sentence-initial he stands for the person the previous sentence is about", () => {
    // Bundled Wikinews, "On the campaign trail in the USA, July 2020".
    const text =
      "Biden claimed the plan would create five million US jobs. Trump encouraged public schools to reopen classes in-person at summer's end.  He threatened to withhold federal funds from districts that did not comply.";
    const he = find(linked(text, "2020-08-31", ["Biden", "Trump"]), "He threatened", "He");
    expect(he?.kind).toBe("pronoun");
    expect(he?.antecedent?.name).toBe("Trump");
    expect(he?.antecedent?.coref).toBe("Trump");
  });

  it("he is not a queen, and the person the paragraph is about outranks the last name", () => {
    // Bundled Wikinews, "Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78".
    const text =
      "Pohiva was a long-time advocate for democratization in Tonga, The Guardian reported. When elected prime minister by the parliament in 2014, it was the first time they had elected a commoner to the office; historically, prime ministers were appointed by the King or Queen. He first joined parliament in 1987, making him the longest serving member of Tonga's parliament.";
    const he = find(linked(text, "2019-09-12", ["Pohiva", "Queen"]), "He first joined", "He");
    expect(he?.antecedent?.name).toBe("Pohiva");
  });

  it("'the president' is the person named with that office before ('President Trump'), not the mayor named since", () => {
    // Bundled Wikinews, "Violence breaks out in Washington, DC at pro-Trump protest".
    const text =
      'President Trump lashed out at the capital city\'s Democratic mayor Muriel Bowser on Twitter, accusing her of "not doing her job". The president has blamed Democratic leadership for violence and unrest in various US cities throughout 2020.';
    const president = find(linked(text, "2020-11-17", ["Trump", "Muriel Bowser"]), "The president has", "president");
    expect(president?.name).toBe("Trump");
    expect(president?.coref).toBe("Trump");
  });

  it("'the embassy' is the embassy named before with its country", () => {
    // Bundled Wikinews, "UK urges US to waive immunity for diplomat's wife involved in fatal collision".
    const text =
      "Northamptonshire's chief constable Nick Adderley wrote to the US Embassy in London asking to waive her diplomatic immunity. Both he and the county's Police and Crime Commissioner Stephen Mold, urged the immunity be waived. The embassy declined the request and said the Socoolas family left per advice from the United States Department of State.";
    const xs = linked(text, "2019-10-07", ["Nick Adderley", "Stephen Mold", "Socoolas"]);
    const embassy = find(xs, "The embassy", "embassy");
    expect(embassy).toMatchObject({ country: "USA", sector: "GOV" });
    // "Both he and …": the chief constable, the first person of the sentence before.
    expect(find(xs, "Both he", "he")?.antecedent?.name).toBe("Nick Adderley");
  });

  it("'the agency' is an organisation of that name, never any organisation named before", () => {
    // Bundled Wikinews, "Oil facilities in Saudi Arabia hit by drone attacks" and "Singer-songwriter Robert
    // Hunter dies, aged 78" (where the CIA, named before, is no "group").
    const a = linked(
      "According to the Saudi Press Agency, the attacks occurred at 4:00 A.M. local time (0100 UTC) and struck the largest processing plant at Abqaiq and the Khurais oil field. The oil field is about 160 km (100 miles) east of the capital, Riyadh. The agency did not mention if there were casualties, but said exports were continuing.",
      "2019-09-15",
      [],
      [["Saudi Press Agency", "SAU"]],
    );
    expect(find(a, "The agency", "The agency")).toMatchObject({ name: "Saudi Press Agency", coref: "Saudi Press Agency" });
    const b = linked(
      "Hunter having personal complications from participation in Project MKUltra, a CIA mind control program to test psychedelic drugs on US citizens. Hunter joined the group as a songwriter.",
      "2019-09-25",
      ["Hunter"],
    );
    expect(b[1]!.ms.some((m) => m.coref)).toBe(false);
  });

  it("a person named again takes the country and sector of the first placed mention (rememberPersons)", () => {
    // Two sentences of a bundled Wikinews article (not an annotated one).
    const text =
      'There were several speakers at the rally, including Labour MP (Member of Parliament) Tom Watson, and Sadiq Khan. Tom Watson called Prime Minister Theresa May\'s proposed Brexit deal "lousy".';
    const xs = linked(text, "2018-10-20", ["Tom Watson", "Sadiq Khan"], [["Labour", null]]);
    const later = xs[1]!.ms.find((m) => m.text === "Tom Watson");
    expect(later).toMatchObject({ sector: "LEG" });
    expect(later?.unplaced).toBeUndefined();
  });

  it("a surname alone is the person the article named in full, not a dictionary namesake", () => {
    // Bundled Wikinews, "Bystanders foil knife-weilding man on London Bridge …" (not Imran Khan of Pakistan).
    const text =
      "On Friday, 28-year-old Usman Khan stabbed reportedly several people at Fishmongers' Hall in London with a large knife, then fled up London Bridge. Members of the public confronted him; one man sprayed Khan with a fire extinguisher, others struck him with their fists and took his knife. Khan was pinned to the ground.";
    const xs = linked(text, "2019-12-02", ["Usman Khan"]);
    const khan = find(xs, "Members of the public", "Khan");
    expect(khan?.name).toBe("Usman Khan");
    expect(khan?.country ?? null).toBeNull();
    expect(khan?.ref).toBeUndefined();
  });

  it("a person described by a nationality ('The sixteen-year-old Swede') is of that country", () => {
    // Bundled Wikinews, "Greta Thunberg named 2019 Time Person of the Year".
    const text =
      'On Wednesday, Time magazine announced its selection of climate change activist Greta Thunberg as their 2019 "Person of the Year". The sixteen-year-old Swede is currently the youngest recipient of the 92-year-old award. Thunberg began her climate protest on August 20, 2018, at the age of fifteen, outside of the Swedish Parliament, instead of attending school.';
    const xs = linked(text, "2019-12-11", ["Greta Thunberg", "Thunberg"]);
    const later = find(xs, "Thunberg began", "Thunberg");
    expect(later?.country).toBe("SWE");
    expect(later?.unplaced).toBeUndefined();
    // "The Swedish Parliament" is no person's description.
    expect(find(xs, "On Wednesday", "Greta Thunberg")?.country ?? null).toBeNull();
  });
});
