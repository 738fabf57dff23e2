import { describe, expect, it } from "vitest";
import { getActor, isAcronym, loadActors, lookupActor, lookupSurname, roleAt } from "../../src/dict/actors.js";

/** The entity the NER gives for `name` in `text` (a span with its type and country), for mention tests. */
const nerSpan =
  (text: string) =>
  (name: string, type: "PER" | "GPE", country: string | null = null) => {
    const start = text.indexOf(name);
    return { text: name, start, end: start + name.length, type, name, country, sector: null, method: "test" };
  };
describe("actor dictionary", () => {
  it("loads every data/actors file without problems", () => {
    const idx = loadActors();
    expect(idx.problems).toEqual([]);
    expect(idx.entries.length).toBeGreaterThan(5);
  });

  it("finds the seed's actors by name and alias", () => {
    expect(lookupActor("Vladimir Putin")[0]?.id).toBe("vladimir-putin");
    expect(lookupActor("U.S. Treasury Department")[0]?.name).toBe("United States Department of the Treasury");
    expect(lookupActor("the Kremlin")[0]?.id).toBe("kremlin");
    expect(lookupActor("Xinhua")[0]?.roles[0]).toMatchObject({ country: "CHN", sector: "JRN" });
    expect(lookupActor("G20")[0]?.roles[0]?.sector).toBe("IGO");
  });

  it("matches short acronyms only in their own case", () => {
    expect(isAcronym("G20")).toBe(true);
    expect(isAcronym("U.S.")).toBe(true);
    expect(isAcronym("Reuters")).toBe(false);
    expect(lookupActor("g20")).toEqual([]);
  });

  it("indexes people by surname", () => {
    expect(lookupSurname("Peskov")[0]?.id).toBe("dmitry-peskov");
    expect(lookupSurname("Trump", "2018-03-21")[0]?.id).toBe("donald-trump");
  });

  it("resolves a role by the event's date", () => {
    const trump = getActor("donald-trump")!;
    expect(roleAt(trump, "2018-03-21")).toMatchObject({ country: "USA", sector: "GOV" });
    expect(roleAt(trump, "2025-06-01")).toMatchObject({ country: "USA", sector: "GOV" });
    expect(roleAt(trump, "2022-05-01")?.sector).not.toBe("GOV");
    expect(roleAt(trump, "2018")?.sector).toBe("GOV");
    const peskov = getActor("dmitry-peskov")!;
    expect(roleAt(peskov, "2018-03-22")?.office).toBe("Kremlin spokesman");
    const putin = getActor("vladimir-putin")!;
    expect(roleAt(putin, "2010-01-01")?.office).toBe("Prime Minister of Russia");
    expect(roleAt(putin, null)?.office).toBe("President of Russia");
  });

  it("carries leaders whose 2014 entries were closed at the source date past 2014, through later changes of office", () => {
    // Phoenix closes Hun Sen's premiership at 2014-01-30; the update carries it to 2023 and his Senate presidency.
    const hunSen = lookupActor("Hun Sen")[0]!;
    expect(hunSen.origin).toBe("update");
    expect(roleAt(hunSen, "2019-06-01")).toMatchObject({ country: "KHM", sector: "GOV" });
    expect(roleAt(hunSen, "2024-06-01")).toMatchObject({ country: "KHM", sector: "LEG" });
    expect(roleAt(lookupActor("Hun Manet")[0]!, "2024-06-01")).toMatchObject({ country: "KHM", sector: "GOV" });
    // A head of state who left office after 2014 is not GOV after his term.
    const thaci = lookupActor("Hashim Thaci")[0]!;
    expect(roleAt(thaci, "2018-02-17")).toMatchObject({ country: "XKX", sector: "GOV", office: "President of Kosovo" });
    expect(lookupSurname("Rahmon", "2024-01-01")[0]?.roles[0]).toMatchObject({ country: "TJK", sector: "GOV" });
    // Foreign ministers since 2014: Raab was read as a US official next to Pompeo before the update had him.
    expect(roleAt(lookupActor("Dominic Raab")[0]!, "2019-10-07")).toMatchObject({ country: "GBR", office: "Foreign Secretary" });
    // US politicians and others often in the news since 2015 that neither the 2014 files nor the first update had.
    expect(roleAt(lookupActor("Bernie Sanders")[0]!, "2020-02-22")).toMatchObject({ country: "USA", sector: "LEG" });
    expect(roleAt(lookupActor("Qassem Soleimani")[0]!, "2019-10-01")).toMatchObject({ country: "IRN", sector: "MIL" });
    expect(roleAt(lookupActor("William Barr")[0]!, "2019-05-01")?.office).toBe("Attorney General");
    const hunt = lookupActor("Jeremy Hunt")[0]!;
    expect(roleAt(hunt, "2019-01-01")?.office).toBe("Foreign Secretary");
    expect(roleAt(hunt, "2023-03-01")?.office).toBe("Chancellor of the Exchequer");
  });
});

describe("actor dictionary built from Phoenix and CountryInfo", () => {
  it("splits an acronym in parentheses off a Phoenix name into an alias", () => {
    // Phoenix.MilNonState: LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_, IRISH_REPUBLICAN_ARMY_(IRA)_.
    expect(lookupActor("Liberation Tigers of Tamil Eelam")[0]?.roles[0]?.country).toBe("LKA");
    expect(lookupActor("LTTE")[0]?.name).toBe("Liberation Tigers of Tamil Eelam");
    expect(lookupActor("IRA")[0]?.name).toBe("Irish Republican Army");
    // UNITA_ [ANGREB]: an upper-case acronym stays findable, and Phoenix's "ANG" is Angola (AGO).
    expect(roleAt(lookupActor("UNITA")[0]!, null)?.country).toBe("AGO");
    expect(lookupActor("SPLA")[0]?.name).toMatch(/Sudan People's Liberation Army/i);
  });

  it("gives a group coded by region the country its name contains, and non-ISO codes their ISO code", () => {
    // [WEUREB] Irish National Liberation Army, [EEUREB] Kosovo Liberation Army, [KSV…] Kosovo Assembly.
    expect(roleAt(lookupActor("Irish National Liberation Army")[0]!, null)?.country).toBe("IRL");
    expect(roleAt(lookupActor("Kosovo Liberation Army")[0]!, null)?.country).toBe("XKX");
    const codes = new Set(loadActors().entries.flatMap((e) => e.roles.map((r) => r.country)));
    for (const c of ["WEU", "EEU", "MEA", "KSV", "DDR", "TMP", "ELI"]) expect(codes.has(c)).toBe(false);
  });

  it("types institutions with a term as organisations, so their last word is no surname", () => {
    // Phoenix.Countries: COMMUNIST_PARTY_OF_THE_SOVIET_UNION [SUNPTY 19120101-19911106], KOSOVO_ASSEMBLY.
    for (const w of ["Union", "Party", "Assembly", "Army", "Front", "Council"]) expect(lookupSurname(w)).toEqual([]);
    expect(lookupActor("Communist Party of the Soviet Union")[0]?.type).toBe("ORG");
  });

  it("reads an IGO head's term and bare [ELI] fallback (Kofi Annan)", () => {
    const annan = lookupActor("Kofi Annan")[0]!;
    expect(annan.type).toBe("PER");
    expect(roleAt(annan, "1999-05-01")).toMatchObject({ country: null, sector: "IGO" });
    expect(roleAt(annan, "2010-05-01")).toMatchObject({ country: null, sector: "ELI" });
    expect(lookupSurname("Annan")[0]?.name).toBe("Kofi Annan");
  });

  it("adds CountryInfo leaders the Phoenix files lack, with their terms", () => {
    const milosevic = lookupActor("Slobodan Milosevic")[0]!;
    expect(roleAt(milosevic, "1995-06-01")).toMatchObject({ country: "SRB", sector: "GOV" });
    expect(roleAt(lookupActor("Alija Izetbegovic")[0]!, "1993-01-01")).toMatchObject({ country: "BIH", sector: "GOV" });
    // A leader already in the dictionary is not added twice (one Putin).
    expect(lookupActor("Vladimir Putin")).toHaveLength(1);
    // … and a CountryInfo spelling of a Phoenix leader is an alias of the Phoenix entry.
    expect(lookupActor("Calin Popescu-Tariceanu")).toHaveLength(1);
    expect(lookupActor("Calin Popescu-Tariceanu")[0]?.roles[0]?.country).toBe("ROU");
  });

  it("knows international bodies and popes of the CAMEO era (data/actors/history.jsonl)", () => {
    expect(lookupActor("European Community")[0]?.roles[0]?.sector).toBe("IGO");
    expect(lookupActor("EC")[0]?.name).toBe("European Community");
    expect(lookupActor("Warsaw Pact")[0]?.roles[0]?.sector).toBe("IGO");
    expect(roleAt(lookupActor("John Paul II")[0]!, "1990-05-01")).toMatchObject({ country: "VAT", sector: "GOV" });
  });
});

describe("dated roles at the event's date", () => {
  it("falls back to the role closest in time when none covers the date", async () => {
    const { nearestRole } = await import("../../src/dict/actors.js");
    // Bashar al-Assad's dictionary roles start 2000-07-17: an event of 2000-01-01 (the PLOVER-GSR date) is
    // closest to his presidency, not "no role".
    const assad = lookupActor("Bashar al-Assad")[0]!;
    expect(roleAt(assad, "2000-01-01")).toBeNull();
    expect(nearestRole(assad, "2000-01-01")).toMatchObject({ country: "SYR", sector: "GOV" });
    expect(nearestRole(assad, null)).toBeNull();
  });
});

describe("actor mentions", () => {
  it("reads an organisation name run into a title by its known leading part (Arab League Secretary-General X)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR dev sentence's opening, with the entities an NER gives it (the title run into the ORG).
    const text = "Arab League Secretary-General Chedli Klibi today urged the European Community to act.";
    const ent = (name: string, type: "ORG" | "PER") => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type, name, country: null, sector: null, method: "test" };
    };
    const ms = findMentions(text, tokens(text, 0, text.length), [ent("Arab League Secretary", "ORG"), ent("Chedli Klibi", "PER")]);
    expect(ms[0]).toMatchObject({ text: "Chedli Klibi", sector: "IGO" });
  });

  it("joins a person's name split at particles (Quatar's emir, Sheikh Hamad bin Khalifa al-Thani)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence, with the three PER pieces the NER gives its name.
    const text = "Quatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a mediation effort on Saturday.";
    const ent = nerSpan(text);
    const ms = findMentions(text, tokens(text, 0, text.length), [
      ent("Quatar", "GPE", "QAT"),
      ent("Hamad", "PER"),
      ent("Khalifa", "PER"),
      ent("Thani", "PER"),
    ]);
    // The joined name is the dictionary's emir (or, were it unknown, holds the role before the comma).
    const emir = ms.find((m) => m.text === "Hamad bin Khalifa al-Thani");
    expect(emir).toMatchObject({ country: "QAT", sector: "GOV" });
    expect(emir?.unplaced).toBeUndefined();
  });

  it("reads a capitalised office after 'the' with no name after it as its holder, like 'the police'", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // Bundled Wikinews corpus (examples/wikinews), 2019-07: Boris Johnson elected Conservative leader.
    const text = "Citizens of the United Kingdom do not elect the Prime Minister directly.";
    const ms = findMentions(text, tokens(text, 0, text.length), []);
    expect(ms.find((m) => m.text === "Prime Minister")).toMatchObject({ sector: "GOV", kind: "agent" });
  });

  it("codes an unknown international body by its head noun and lends it to its acronym in parentheses", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence; the analysis types both names ORG and guesses GOV for "Office".
    const text = "The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions.";
    const ent = (name: string) => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type: "ORG" as const, name, country: null, sector: "GOV", method: "test" };
    };
    const ms = findMentions(text, tokens(text, 0, text.length), [ent("International Labor Office"), ent("ILO")]);
    expect(ms.slice(0, 2).map((m) => `${m.text}:${m.country}/${m.sector}`)).toEqual([
      "International Labor Office:null/IGO",
      "ILO:null/IGO",
    ]);
    // Another PLOVER-GSR tune sentence: a forum named "World" anywhere in its name is an NGO.
    const t2 =
      "The Third World Water Forum concluded on Saturday that the US and other developed nations must allocate greater financial resources.";
    const n2 = "Third World Water Forum";
    const s2 = t2.indexOf(n2);
    const org = { text: n2, start: s2, end: s2 + n2.length, type: "ORG" as const, name: n2, country: null, sector: null, method: "test" };
    expect(findMentions(t2, tokens(t2, 0, t2.length), [org])[0]).toMatchObject({ text: n2, country: null, sector: "NGO" });
  });

  it("links a person the analysis left unplaced by first name and surname, not by surname alone", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence: "Omar El Bashir" is the dictionary's Omar Hassan Ahmad al Bashir (SDN),
    // not one of the Jordanian ministers named Bashir.
    const text = "President Omar El Bashir on Thursday shortened by one hour the nightly curfew imposed in Sudan.";
    const per = (name: string) => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type: "PER" as const, name, country: null, sector: null, method: "test" };
    };
    expect(findMentions(text, tokens(text, 0, text.length), [per("Omar El Bashir")])[0]).toMatchObject({ country: "SDN" });
    // A Wikinews sentence: "Murphy" alone (Emily W. Murphy, named in full before) is no namesake minister.
    const t2 = "Murphy claimed she made this decision without influence from the White House.";
    const m2 = findMentions(t2, tokens(t2, 0, t2.length), [
      { text: "Murphy", start: 0, end: 6, type: "PER", name: "Murphy", country: null, sector: null, method: "test" },
    ]);
    expect(m2[0]).toMatchObject({ text: "Murphy", country: null });
  });

  it("after a leader's title, a surname alone is the person who held that office", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence; the analysis is taken to leave "Kagame" unplaced.
    const text =
      "Rwandan rebels announced that President Kagame and his Rwandan Patriotic Front must agree to major constitutional changes.";
    const start = text.indexOf("Kagame");
    const per = {
      text: "Kagame",
      start,
      end: start + 6,
      type: "PER" as const,
      name: "Kagame",
      country: null,
      sector: null,
      method: "test",
    };
    const ms = findMentions(text, tokens(text, 0, text.length), [per]);
    expect(ms.find((m) => m.text === "Kagame")).toMatchObject({ country: "RWA" });
  });

  it("joins a name the analysis split at a hyphen and links the whole (Jean-Bertrand Aristide)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence with the two PER pieces the NER gives the name.
    const text = "Ousted president Jean-Bertrand Aristide has been accused of misusing up to US $50 million in public funds.";
    const per = (name: string) => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type: "PER" as const, name, country: null, sector: null, method: "test" };
    };
    const ms = findMentions(text, tokens(text, 0, text.length), [per("Jean"), per("Bertrand Aristide")]);
    expect(ms[0]).toMatchObject({ text: "Jean-Bertrand Aristide", country: "HTI" });
  });

  it("reads no surname into a compound's first part or a group word", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence and a Wikinews one.
    const a =
      "A French minister threatened today to impose import restrictions as the leaders sought to ease tensions in Franco-German relations.";
    expect(findMentions(a, tokens(a, 0, a.length), []).some((m) => m.text === "Franco")).toBe(false);
    const b = "Carroll is an Evangelical Christian.";
    expect(findMentions(b, tokens(b, 0, b.length), []).some((m) => m.text === "Christian")).toBe(false);
  });

  it("gives an unplaced person after a role and a comma that role's country (The mayor of Paris, Anne Hidalgo)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence (not an annotated one).
    const text = 'The mayor of Paris, Anne Hidalgo, wrote on Twitter: "Paris is mourning its family this afternoon."';
    const start = text.indexOf("Anne Hidalgo");
    const per = {
      text: "Anne Hidalgo",
      start,
      end: start + 12,
      type: "PER" as const,
      name: "Anne Hidalgo",
      country: null,
      sector: null,
      method: "test",
    };
    const ms = findMentions(text, tokens(text, 0, text.length), [per]);
    expect(ms.find((m) => m.text === "Anne Hidalgo")).toMatchObject({ country: "FRA" });
  });

  it("reads pro-X / anti-X as a stance, not a nationality", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence (not an annotated one): the pro-Beijing camp is no Chinese government actor.
    const text = "The government and the pro-Beijing camp have always claimed they have public support.";
    const start = text.indexOf("Beijing");
    const gpe = {
      text: "Beijing",
      start,
      end: start + 7,
      type: "GPE" as const,
      name: "Beijing",
      country: "CHN",
      sector: null,
      method: "test",
    };
    for (const ents of [[gpe], []]) {
      const ms = findMentions(text, tokens(text, 0, text.length), ents);
      expect(ms.some((m) => m.country === "CHN")).toBe(false);
    }
  });

  it("reads post-X / non-X as an era or an exclusion, not a nationality", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A bundled Wikinews sentence: the two post-Soviet states are Armenia and Azerbaijan, not Russia.
    const text = "The conflict between the two Post-Soviet states centers on the Nagorno-Karabakh region.";
    const start = text.indexOf("Soviet");
    const norp = {
      text: "Soviet",
      start,
      end: start + 6,
      type: "NORP" as const,
      name: "Soviet",
      country: "RUS",
      sector: null,
      method: "test",
    };
    for (const ents of [[norp], []])
      expect(findMentions(text, tokens(text, 0, text.length), ents).filter((m) => m.country === "RUS")).toEqual([]);
  });

  it("reads a bare capitalised word as a surname only mid-sentence and only for a head of state or government", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence: "Putin" (no entity given) is Russia's president.
    const a = "On September 29, Putin offered to negotiate with the president of Armenia following the invasions of Dagestan.";
    expect(findMentions(a, tokens(a, 0, a.length), []).find((m) => m.text === "Putin")).toMatchObject({ country: "RUS" });
    // Wikinews corpus sentences: "Some" (a Burkinabe minister's surname) and "Hall" are nobody's surname here.
    const b = "Some victims were airlifted to nearby Zamboanga.";
    expect(findMentions(b, tokens(b, 0, b.length), []).some((m) => m.text === "Some")).toBe(false);
  });

  it("reads a country and a title the analysis took into a person's name (German Chancellor Angela Merkel)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence (not an annotated one), with the span the NER gives the person.
    const text = "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible.";
    const name = "German Chancellor Angela Merkel";
    const per = { text: name, start: 0, end: name.length, type: "PER" as const, name, country: null, sector: null, method: "test" };
    const ms = findMentions(text, tokens(text, 0, text.length), [per]);
    expect(ms.some((m) => m.country === "DEU")).toBe(true);
    // A place before a single word that is no name is not a person's origin ("Bermuda Wednesday").
    const t2 = "The NHC predicted that Humberto would pass by Bermuda Wednesday night.";
    const s2 = t2.indexOf("Bermuda Wednesday");
    const p2 = {
      text: "Bermuda Wednesday",
      start: s2,
      end: s2 + 17,
      type: "PER" as const,
      name: "Bermuda Wednesday",
      country: null,
      sector: null,
      method: "test",
    };
    expect(findMentions(t2, tokens(t2, 0, t2.length), [p2]).find((m) => m.text === "Bermuda Wednesday")?.country ?? null).toBeNull();
  });

  it('lets a country before "and" share the next conjunct\'s agent noun (French and Egyptian warships)', async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A PLOVER-GSR tune sentence.
    const text = "French and Egyptian warships on Monday launched 10 days of war games in the Mediterranean Sea.";
    const norp = { text: "French", start: 0, end: 6, type: "NORP" as const, name: "French", country: "FRA", sector: null, method: "test" };
    const ms = findMentions(text, tokens(text, 0, text.length), [norp]);
    expect(ms.slice(0, 2).map((m) => `${m.country}/${m.sector}`)).toEqual(["FRA/MIL", "EGY/MIL"]);
  });

  it("gives a person the sector of an office title before the name, not of a former office", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    const ent = (text: string, name: string, type: "PER" | "GPE" | "ORG", country: string | null = null) => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type, name, country, sector: null, method: "test" };
    };
    const find = (text: string, ents: ReturnType<typeof ent>[], name: string) =>
      findMentions(text, tokens(text, 0, text.length), ents).find((m) => m.text.startsWith(name));
    // Wikinews corpus sentences (not annotated ones), with the spans the NER gives.
    const a =
      "On Friday, United States Federal District Judge Michael Urbanski sentenced Ohio man James Alex Fields, now 22, to life in prison.";
    expect(
      find(a, [ent(a, "United States", "GPE", "USA"), ent(a, "District Judge Michael Urbanski", "PER")], "District Judge"),
    ).toMatchObject({ country: "USA", sector: "JUD" });
    const b = "A group of protesters surrounded and allegedly threatened Senator Rand Paul and his wife Kelley as they exited the event.";
    expect(find(b, [ent(b, "Rand Paul", "PER")], "Rand Paul")).toMatchObject({ sector: "LEG" });
    const c = "Wisconsin Governor Tony Evers declared a state of emergency and deployed the national guard.";
    expect(find(c, [ent(c, "Tony Evers", "PER")], "Tony Evers")?.sector).toBe("GOV");
    const e =
      "The July 17 death of Democratic Congressman John Lewis, a prominent civil rights leader, had a major impact on the second half of the month.";
    expect(find(e, [ent(e, "John Lewis", "PER")], "John Lewis")?.sector).toBe("LEG");
    const d = "Capp was elected as an interim Lord Mayor in mid-2018 after the former Lord Mayor Robert Doyle resigned from his position.";
    expect(find(d, [ent(d, "Robert Doyle", "PER")], "Robert Doyle")?.sector ?? null).toBeNull();
  });

  it("gives a person the office of an appositive after the name, not an organisation's spokesman role", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    const ent = (text: string, name: string, type: "PER" | "GPE" | "ORG", country: string | null = null) => {
      const start = text.indexOf(name);
      return { text: name, start, end: start + name.length, type, name, country, sector: null, method: "test" };
    };
    // Wikinews corpus sentences (not annotated ones).
    const a =
      "On the same day, Kurt Volker, the United States special envoy for Ukraine negotiations, resigned without public explanation.";
    const ma = findMentions(a, tokens(a, 0, a.length), [
      ent(a, "Kurt Volker", "PER"),
      ent(a, "United States", "GPE", "USA"),
      ent(a, "Ukraine", "GPE", "UKR"),
    ]);
    expect(ma.find((m) => m.text === "Kurt Volker")).toMatchObject({ country: "USA", sector: "GOV" });
    const b =
      "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.";
    const mb = findMentions(b, tokens(b, 0, b.length), [ent(b, "Ahmed al-Assadi", "PER"), ent(b, "PMF", "ORG")]);
    expect(mb.find((m) => m.text === "Ahmed al-Assadi")?.sector ?? null).toBeNull();
  });

  it("reads a legislature or court named by its common name as LEG/JUD of no named country (the House)", async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence (not an annotated one); the coder places it where the story happens.
    const text = "On December 18, the House passed two articles of impeachment.";
    const start = text.indexOf("House");
    const org = { text: "House", start, end: start + 5, type: "ORG" as const, name: "House", country: null, sector: null, method: "test" };
    expect(findMentions(text, tokens(text, 0, text.length), [org])[0]).toMatchObject({ text: "House", country: null, sector: "LEG" });
    // "the Senate" alone is no alias of the United States Senate: in a Wikinews story from San Juan it is
    // Puerto Rico's ("Pierluisi stated he would leave the governorship if the Senate voted against confirming him.").
    expect(lookupActor("Senate").some((e) => e.id === "united-states-senate")).toBe(false);
    expect(lookupActor("U.S. Senate")[0]?.id).toBe("united-states-senate");
    // The lower-case noun is no institution.
    const t2 = "The fire destroyed the house of a local family.";
    expect(findMentions(t2, tokens(t2, 0, t2.length), []).some((m) => m.sector === "LEG")).toBe(false);
  });

  it('gives persons after a plural title the title and the country of their "of X" (Presidents A of Nigeria and B of Benin)', async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    const { toActor } = await import("../../src/events/resolve.js");
    // A Wikinews corpus sentence, with the spans the NER gives.
    const text =
      "Leaders met in Niamey for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.";
    const ent = nerSpan(text);
    const ms = findMentions(text, tokens(text, 0, text.length), [
      ent("Muhammadu Buhari", "PER"),
      ent("Nigeria", "GPE", "NGA"),
      ent("Patrice Talon", "PER"),
      ent("Benin", "GPE", "BEN"),
    ]);
    expect(ms.find((m) => m.text.startsWith("Patrice Talon"))).toMatchObject({
      text: "Patrice Talon of Benin",
      country: "BEN",
      sector: "GOV",
    });
    // The country named with the person is no actor of its own.
    expect(ms.some((m) => m.text === "Nigeria" || m.text === "Benin")).toBe(false);
    const buhari = ms.find((m) => m.text.startsWith("Muhammadu Buhari"))!;
    expect(toActor(buhari, "2019-07-07")).toMatchObject({ country: "NGA", sector: "GOV" });
  });
  it('reads the country of "TITLE NAME of the COUNTRY" through its article (Prime Minister Igor Matovič of the Slovak Republic)', async () => {
    const { findMentions } = await import("../../src/events/actors/mentions.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence, with the spans the NER gives and no dictionary link for the person.
    const text =
      "Prime Minister Igor Matovič of the Slovak Republic posted a message on Facebook on Friday announcing he had tested positive for COVID-19, and intended to isolate for ten days.";
    const ent = nerSpan(text);
    const ms = findMentions(text, tokens(text, 0, text.length), [ent("Igor Matovič", "PER"), ent("Slovak Republic", "GPE", "SVK")]);
    expect(ms.find((m) => m.text.startsWith("Igor Matovič"))).toMatchObject({
      text: "Igor Matovič of the Slovak Republic",
      country: "SVK",
    });
    expect(ms.some((m) => m.text === "Slovak Republic")).toBe(false);
  });

  it("codes Slovakia's prime minister of 2020 as Slovakia's, not as the French president he met", async () => {
    const { eventsIn, tuple } = await import("./corpus-events.js");
    const id = "Prime_Minister_of_Slovakia_Igor_Matovi";
    expect(eventsIn(id, "This comes a week after he attended a summit").map(tuple)).toEqual(["CONSULT SVK>FRA"]);
    expect(roleAt(lookupActor("Igor Matovič")[0]!, "2020-12-18")).toMatchObject({ country: "SVK", sector: "GOV" });
  });
  it("takes a person's supporters as civilians of the person's country, not as the person (Trump supporters chanted)", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    const [e] = eventsIn("On_the_campaign_trail_in_the_USA,_October_2020", "At one Biden rally in Pennsylvania, Trump supporters");
    expect(e?.actor).toEqual([expect.objectContaining({ country: "USA", sector: "CVL" })]);
    expect(e?.actor[0]?.name).not.toBe("Donald Trump");
  });
  it("makes no defendant who appears in court the actor of a coercion against the court (Phoenix APPEAR IN COURT corrected)", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    const evs = eventsIn("New_Zealand_mosque_murder_suspect_appears_in_court", "An Australian, Brenton Tarrant, aged 28, appeared");
    expect(evs.filter((e) => e.recipient.some((r) => r.sector === "JUD"))).toEqual([]);
  });
  it("takes the police before a gerund with its 'of' as the doer, not unknown attackers or the sentence's subject (the police shooting of Jacob Blake)", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    const [blake] = eventsIn("On_the_campaign_trail_in_the_USA,_September_2020", "President Trump started the month visiting Kenosha");
    expect(blake?.actor).toEqual([expect.objectContaining({ name: "police", country: "USA", sector: "COP" })]);
    const [floyd] = eventsIn("On_the_campaign_trail_in_the_USA,_July_2020", "Nevertheless, civil unrest including the toppling of statues");
    expect(floyd?.actor).toEqual([expect.objectContaining({ name: "police", country: "USA", sector: "COP" })]);
  });
  it("reads no modal in a capitalised May: Theresa May's resignation was real, not hypothetical", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    const [e] = eventsIn("UK_Prime_Minister_Johnson_suspends_parliament", "Johnson became leader of the Conservative Party");
    expect(e?.mode).toMatchObject({ hypothetical: false });
    expect(e?.actor[0]?.name).toBe("Theresa May");
  });
  it("codes no attack when the by-phrase names a doer that is neither an actor nor a weapon (killed by his lions)", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    expect(eventsIn("South_African_%27Lion_Man%27_killed_by_his_lions", "Leon van Biljon, owner of Mahala View")).toEqual([]);
    // A by-phrase naming a group of people is still an attack.
    const mob = eventsIn("Zara_Kay_tells_Wikinews", "Back in 2018, a Pakistani journalism student Mashal Khan was killed by a mob");
    expect(mob.map((e) => e.plover?.event)).toEqual(["ASSAULT"]);
  });
  it("types a name after an occupation such as 'activist' a person, and world leaders as no one country (Greta Thunberg)", async () => {
    const { eventsIn, tuple } = await import("./corpus-events.js");
    const id = "Greta_Thunberg_named_2019_Time_Person";
    expect(eventsIn(id, "Thunberg began her climate protest").map(tuple)).toEqual(["PROTEST SWE>SWE"]);
    // Met "with multiple world leaders …, meeting with Pope Francis": the Pope, not the story's home country.
    expect(eventsIn(id, "In her campaign, Thunberg has met with multiple world leaders").map(tuple)).toEqual(["CONSULT SWE>VAT"]);
  });
  it("reads a past form after a year, or before a preposition after a count, as the verb (then in 1968 disbanded with …)", async () => {
    const { findTriggers } = await import("../../src/events/triggers.js");
    const { tokens } = await import("../../src/events/text/tokens.js");
    // A Wikinews corpus sentence.
    const text = "Cream recorded four albums, then in 1968 disbanded with Baker and Bruce having developed a volatile relationship.";
    const toks = tokens(text, 0, text.length);
    expect(findTriggers(toks).map((t) => toks[t.ti]!.text)).toContain("disbanded");
  });
  it("codes no cooperation from a vow to a hostile act (Democrats in Congress vowed to investigate whether Pompeo …)", async () => {
    const { eventsIn } = await import("./corpus-events.js");
    const evs = eventsIn("On_the_campaign_trail_in_the_USA,_August_2020", "Democrats in Congress vowed to investigate");
    expect(evs.filter((e) => e.plover?.event === "AGREE")).toEqual([]);
  });
});
