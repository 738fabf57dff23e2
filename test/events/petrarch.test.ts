/**
 * The TABARI/PETRARCH verb-dictionary syntax as we compile and apply it, on dictionary lines and
 * sentences from the PETRARCH2 unit tests (openeventdata/petrarch2, MIT licence; fictional actors, so the
 * entities are given here the way the bench links them from PETR.Validate.actors).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileVerbDictionary, patternItems } from "../../bench/events/lib/verbdict.js";
import { codeEvents } from "../../src/events/index.js";
import { setFamilyCodes, setVerbDictionary } from "../../src/events/lexicon/index.js";
import { setCuratedFamilies } from "../../src/events/triggers.js";
import type { Entity, Event } from "../../src/model/index.js";
import { articleOf } from "./helpers.js";

// Excerpts of PETR.Validate.verbs.txt.
const VERBS = `
&TIETYPES
+MILITARY
+ECONOMIC

--- ABANDON  [345]  ---
ABANDON
- * EFFORT  [987]
- * &TIETYPES TIES [902]

&ACCORDSYN
+&TIETYPES
+CLOSER

--- AGREE  [081] ---
AGREE
- * WITH % [031]
- % * [030:030]

--- DELAY [120]  [031:031]  ---
DELAY
DOWNPLAY [014]
POSTPONE    # -PAS 2/9/96
- % HAVE  *  [191]

--- EXCLUDE  [1721] ---
EXCLUDE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF }
- * FOR CONSTRUCTION [071]

--- CONFISCATE  [1711] ---
CONFISCATE
WIRE_+TAP {WIRE_+TAPPED  WIRE_+TAPPING }

--- RECEIVE  [033]  ---
RECEIVE    # tony  4/28/91
- + * MONEY $  [071]

--- RENEW  [---] ---
RENEW
- * DIPLOMATIC  [064:064]  # pas 14.04.25

--- RESTORE  [064]  ---
RESTORE    # pas 18 Jun 2007

--- SHOT  [223] ---
SHOT
- + WAS * DEAD IN $ [224]

--- CHIDE  [131] ---
CHIDE

--- OUST  [201]  ---
OUST    # jw 9/16/91

--- WELCOME  [041] ---
WELCOME

--- WARN  [160] ---
WARN
- * THEIR ^ ABOUT +  [162]
`;

/** Entities as the bench links them: each occurrence of a name with its actor code (country + sector). */
function entities(text: string, names: Record<string, string>): Entity[] {
  const out: Entity[] = [];
  for (const [name, code] of Object.entries(names))
    for (let start = text.indexOf(name); start >= 0; start = text.indexOf(name, start + 1))
      out.push({
        text: name,
        start,
        end: start + name.length,
        type: "ORG",
        name,
        country: code.slice(0, 3),
        sector: code.slice(3) || null,
        method: "test",
      });
  return out.sort((a, b) => a.start - b.start);
}

function code(text: string, names: Record<string, string>): string[] {
  const events: Event[] = codeEvents(articleOf(text, "1995-01-01"), {
    sentences: [{ start: 0, end: text.length }],
    entities: entities(text, names),
    times: [],
    quotes: [],
    anchor: "1995-01-01",
  });
  const out: string[] = [];
  for (const e of events)
    for (const a of e.actor)
      for (const r of e.recipient) {
        out.push(`${a.country}${a.sector ?? ""}>${r.country}${r.sector ?? ""} ${e.cameo.code}`);
        if (e.reciprocal) out.push(`${r.country}${r.sector ?? ""}>${a.country}${a.sector ?? ""} ${e.cameo.code}`);
      }
  return out;
}

describe("verb dictionary syntax", () => {
  it("compiles actor slots, _ adjacency and the PETRARCH2 phrase brackets", () => {
    expect(patternItems("+ WAS_ * TO_ ^ FROM $")).toEqual({
      pre: [{ slot: "+" }, { w: "WAS" }],
      post: [{ w: "TO" }, { slot: "^" }, { w: "FROM" }, { slot: "$" }],
    });
    expect(patternItems("SO IN_AND_*_OUT_AGAIN NOW")).toEqual({
      pre: [{ w: "SO" }, { w: "IN", adj: true }, { w: "AND", adj: true }],
      post: [{ w: "OUT", adj: true }, { w: "AGAIN", adj: true }, { w: "NOW" }],
    });
    expect(patternItems("* (TO {BANNED PARTIES}) $")?.post).toEqual([{ w: "TO" }, { w: "BANNED" }, { w: "PARTIES" }, { slot: "$" }]);
  });

  it("reads synsets defined between blocks (also inside synsets) and +marked multiword verbs", () => {
    const d = compileVerbDictionary(VERBS);
    expect(d.synsets.ACCORDSYN).toEqual(["MILITARY", "ECONOMIC", "CLOSER"]);
    expect(d.forms.CLOSER).toBeUndefined();
    expect(d.forms["CORDONED OFF"]).toEqual(["EXCLUDE", null]);
    expect(d.forms["WIRE TAPPED"]).toEqual(["CONFISCATE", null]);
    expect(d.forms.WIRE).toBeUndefined();
    expect(d.forms.DOWNPLAYED).toEqual(["DELAY", "014"]);
  });
});

describe("coding with a dictionary's patterns", () => {
  beforeAll(() => {
    setVerbDictionary({ ...compileVerbDictionary(VERBS), exactWords: true });
    setFamilyCodes(true);
    setCuratedFamilies(false);
  });
  afterAll(async () => {
    setFamilyCodes(false);
    setCuratedFamilies(true);
    const { readFileSync } = await import("node:fs");
    setVerbDictionary(JSON.parse(readFileSync(new URL("../../data/codebooks/cameo-verbs.json", import.meta.url), "utf8")));
  });

  it("places source and target where the pattern's slots say (+ WAS * DEAD IN $)", () => {
    const text = "An Eriadorian was shot dead in Osgiliath, the state's fiercest foe.";
    expect(code(text, { Eriadorian: "ERI", Osgiliath: "OSG" })).toContain("OSG>ERI 224");
  });

  it("takes the giver from a post-verb source slot (+ * MONEY $)", () => {
    const text =
      "Eriador has received by courier money from Osgiliath, the state's fiercest foe, to be drawn into the peace process by its resumption of diplomatic ties with Gondor.";
    expect(code(text, { Eriador: "ERI", Osgiliath: "OSG", Gondor: "GON" })).toContain("OSG>ERI 071");
  });

  it("codes an imminent act (is about to restore) and its multiword verb forms (cordoned off)", () => {
    const a = "Arnor is about to restore full diplomatic ties with Gondor almost five years after crowds trashed its embassy.";
    expect(code(a, { Arnor: "ARN", Gondor: "GON" })).toContain("ARN>GON 064");
    const b = "Soldiers from Gondor have cordoned off for construction the roads leading into Mordor along the pass of Cirith Ungol.";
    expect(code(b, { Gondor: "GON", Mordor: "MOR" }).some((x) => x.endsWith(">MOR 071"))).toBe(true);
  });

  it("lets ^ skip only an adjacent noun phrase (* THEIR ^ ABOUT +)", () => {
    const text = "Ithilen and the government of Gondor warned their populations about the Prince of Dol Amroth.";
    expect(code(text, { Ithilen: "ITH", Gondor: "GON", "Prince of Dol Amroth": "DOL" })).toContain("ITH>DOL 162");
  });

  it("expands compound subjects and objects: lists, Oxford commas, modifiers", () => {
    const a = "Osgiliath welcomed the resumption of formal diplomatic ties with Mordor, Rohan, Fornost and Bree after a 12-year rift.";
    expect(code(a, { Osgiliath: "OSG", Mordor: "MOR", Rohan: "ROH", Fornost: "FOR", Bree: "BRE" })).toEqual(
      expect.arrayContaining(["OSG>MOR 041", "OSG>ROH 041", "OSG>FOR 041", "OSG>BRE 041"]),
    );
    const b =
      "Evil Mordor, the awful Fornost, and good Gondor welcomed a resumption of formal diplomatic ties with Osgiliath after a 12-year rift.";
    expect(code(b, { Mordor: "MOR", Fornost: "FOR", Gondor: "GON", Osgiliath: "OSG" })).toEqual(
      expect.arrayContaining(["MOR>OSG 041", "FOR>OSG 041", "GON>OSG 041"]),
    );
  });

  it("matches a PETRARCH2 dictionary's words whole (EFFORT is not efforts), a TABARI one's as stems", () => {
    const text = "Gollum abandoned efforts to stop an anti- Gondor parade on Saturday.";
    expect(code(text, { Gollum: "HOB", Gondor: "GON" })).toContain("HOB>GON 345");
    setVerbDictionary({ ...compileVerbDictionary(VERBS), exactWords: false });
    try {
      expect(code(text, { Gollum: "HOB", Gondor: "GON" })).toContain("HOB>GON 987");
    } finally {
      setVerbDictionary({ ...compileVerbDictionary(VERBS), exactWords: true });
    }
  });

  it("gives each agent of a compound each place of a compound (Lawmakers and officials in X and Y)", () => {
    const text = "Lawmakers and officials in Fornost and Gondor welcomed a resumption of formal diplomatic ties with Eriador.";
    expect(code(text, { Fornost: "FOR", Gondor: "GON", Eriador: "ERI" })).toEqual(
      expect.arrayContaining(["FORLEG>ERI 041", "GONLEG>ERI 041", "FORGOV>ERI 041", "GONGOV>ERI 041"]),
    );
  });

  it("reads a verb right after a name's bracketed abbreviation as a verb (the European Union (EU) agree)", () => {
    const text =
      "The Philippines and the European Union (EU) agree that territorial disputes in the South China Sea should be resolved through international arbitration.";
    expect(code(text, { Philippines: "PHL", "European Union": "IGOEEU" })).toEqual(
      expect.arrayContaining(["PHL>IGOEEU 030", "IGOEEU>PHL 030"]),
    );
  });

  it("lets a verb coordinated with an earlier one share its subject", () => {
    const text =
      "The Calenardhon government chided an attack by Osgiliath soldiers in south Ithilen on Thursday and ousted the affected Ithilen villages.";
    const got = code(text, { Calenardhon: "CAL", Osgiliath: "OSG", Ithilen: "ITH" });
    expect(got.some((x) => x.startsWith("CAL") && x.includes(">ITH") && x.endsWith(" 201"))).toBe(true);
  });
});
