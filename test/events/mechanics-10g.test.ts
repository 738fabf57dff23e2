/**
 * Session-10 coder mechanics (helper events10g), each on real sentences: PLOVER gold-standard records of
 * the tune half (CC BY-SA 4.0) and the bundled Wikinews articles (CC BY 2.5).
 */
import { describe, expect, it } from "vitest";
import { run } from "../../bench/events/lib/pipeline.js";
import { lookupActor, roleAt } from "../../src/dict/actors.js";
import { corpusRecords } from "../corpus.js";

/** The bundled Wikinews sentence (CC BY 2.5) that contains `part`, with its article's date. */
function corpusSentence(part: string): { text: string; date: string } {
  for (const r of corpusRecords()) {
    const at = r.text.indexOf(part);
    if (at < 0) continue;
    const start = r.text.lastIndexOf(". ", at) + 2;
    const end = r.text.indexOf(". ", at) + 1;
    return { text: r.text.slice(start, end), date: r.date };
  }
  throw new Error(`no bundled sentence contains ${part}`);
}

const eventsOf = (text: string, date: string) =>
  run(text, date).events.map(
    (e) => `${e.plover?.event ?? "-"} ${e.actor.map((a) => a.country).join("+")}>${e.recipient.map((a) => a.country).join("+")}`,
  );

describe("legal accusations and expulsions", () => {
  it("codes an indictment as an accusation (PLOVER ACCUSE: bring to trial), not an arrest", () => {
    const evs = eventsOf(
      "Montenegro's prime minister has been indicted by the U.N. war crimes court for his alleged part in atrocities during the fight against Serb forces and will resign.",
      "2000-01-01",
    );
    expect(evs).toContain("ACCUSE IGO>MNE");
    expect(evs.some((e) => e.startsWith("COERCE"))).toBe(false);
  });

  it("codes expelling international inspectors as a sanction (CAMEO 1662), not a deportation", () => {
    const { events } = run(
      "North Korea expelled inspectors of the International Atomic Energy Agency, or IAEA, from frozen nuclear facilities at Yongbyon after U.S. officials alleged that the North admitted it had a uranium-based program in late 2002.",
      "2003-01-01",
    );
    const e = events.find((x) => x.evidence.trigger?.text === "expelled");
    expect(e?.cameo.code).toBe("1662");
    expect(e?.plover?.event).toBe("SANCTION");
    expect(e?.actor[0]?.country).toBe("PRK");
  });
});

describe("refusals", () => {
  it("codes a cooperative act its actor would not do as a rejection (CAMEO 12x), not a negated intent", () => {
    const { text, date } = corpusSentence("Trump would not commit to a peaceful transfer of power");
    const { events } = run(text, date);
    const e = events.find((x) => x.evidence.trigger?.text === "commit");
    expect(e?.plover?.event).toBe("REJECT");
    expect(e?.cameo.code).toBe("127");
    expect(e?.mode.negated).toBe(false);
  });
});

describe("trips for talks", () => {
  it("codes going somewhere for talks as a consultation between a compound subject, the place being the venue", () => {
    const evs = eventsOf(
      "U.S. and Russian negotiators return to Geneva this week for talk on limiting the number of European-based nuclear missiles, an issue likely to dominate East-West relations this year.",
      "1985-01-01",
    );
    expect(evs).toContain("CONSULT USA>RUS");
  });
});

describe("demands by their noun", () => {
  it("codes a reiterated demand as the demand, and the act demanded as no act", () => {
    const evs = eventsOf(
      "The International Labor Office (ILO) reiterated its demand today that Israel ease restrictions on the movement of Palestinian workers.",
      "2000-01-01",
    );
    expect(evs).toEqual(["REQUEST IGO>ISR"]);
  });
});

describe("armed movements of the 1980s-2000s (data/actors/history.jsonl)", () => {
  it("finds them by their names and short names, with their country and sector at the date", () => {
    const at = (name: string, date: string) => {
      const e = lookupActor(name)[0];
      const r = e ? roleAt(e, date) : null;
      return r ? `${r.country}/${r.sector}` : null;
    };
    expect(at("Contras", "1986-01-01")).toBe("NIC/REB");
    expect(at("Tamil Tiger", "2000-01-01")).toBe("LKA/REB");
    expect(at("ANC", "1985-01-01")).toBe("ZAF/REB");
    expect(at("ANC", "2000-01-01")).toBe("ZAF/PTY");
    expect(at("SWAPO", "1985-01-01")).toBe("NAM/REB");
    expect(at("RENAMO", "1988-01-01")).toBe("MOZ/REB");
    expect(at("FMLN", "1989-01-01")).toBe("SLV/REB");
    expect(at("Fatah", "1985-01-01")).toBe("PSE/REB");
    expect(at("Zapatistas", "1994-01-01")).toBe("MEX/REB");
    expect(at("Northern Alliance", "2001-01-01")).toBe("AFG/REB");
    expect(at("Abu Sayyaf", "2001-01-01")).toBe("PHL/REB");
    expect(at("LRA", "2005-01-01")).toBe("UGA/REB");
    expect(at("ELN", "2005-01-01")).toBe("COL/REB");
    expect(at("Phalange", "1982-01-01")).toBe("LBN/PTY");
  });
});

describe("captures in combat", () => {
  it("codes troops capturing in combat as a use of force (ASSAULT), not an occupation", () => {
    const evs = eventsOf(
      "Burmese troops have captured part of a Karen guerrilla stronghold on the Thai border after five days of fighting, Thai police here said on Monday.",
      "2000-01-01",
    );
    expect(evs.some((e) => e.startsWith("ASSAULT MMR"))).toBe(true);
    expect(evs.some((e) => e.startsWith("COERCE"))).toBe(false);
  });
});

describe("forced displacement", () => {
  it("codes forcing people out of their homes as a mass expulsion (CAMEO 201, ASSAULT)", () => {
    const { events } = run(
      "The Israeli army forced out on Wednesday more than 1,000 Palestinian refugees from their homes in a West Bank refugee camp during a 48-hour search for militants, residents said.",
      "2000-01-01",
    );
    const e = events.find((x) => x.evidence.trigger?.text.startsWith("forced"));
    expect(e?.cameo.code).toBe("201");
    expect(e?.plover?.event).toBe("ASSAULT");
    expect(e?.actor[0]?.country).toBe("ISR");
  });
});
