import { type Family, phrase, verb } from "./types.js";

/** COOPERATE (06x) and AID (07x). */
export const cooperate: Family = {
  name: "cooperate",
  forms: [
    ...verb("cooperate"),
    ...verb("collaborate"),
    ...phrase(verb("work"), "together"),
    ...phrase(verb("hold", "held"), "joint exercises"),
    ...phrase(verb("conduct"), "joint exercises"),
    ...["intelligence", "information", "expertise", "technology", "know-how"].flatMap((n) => phrase(verb("share"), n)),
    // Cooperation grown or deepened with someone ("Iran has increased cooperation in the last few years with the
    // navies of China, India, …"): cooperating more is cooperating.
    ...["increase", "deepen", "expand", "strengthen", "boost", "enhance", "intensify"].flatMap((v) =>
      ["", "military ", "security ", "economic ", "trade ", "defence ", "defense ", "bilateral "].flatMap((a) =>
        phrase(verb(v), `${a}cooperation`),
      ),
    ),
  ],
  code: "060",
  reciprocal: true,
  recipientPreps: ["with"],
  after: [
    [/\b(trade|economic|investment)/, "061"],
    [/\b(military|exercise|defen[cs]e|nav(?:y|ies|al))/, "062"],
    [/\b(extradit|judicial|investigation)/, "063"],
    [/\b(intelligence|information)/, "064"],
  ],
};

/**
 * Economic ties opened, established or strengthened: economic cooperation (061), both ways ("Serbia and Kosovo
 * opened economic ties"); the dictionary's "opened … ties" is diplomatic cooperation (050), which these are not.
 */
export const economicTies: Family = {
  name: "economic-ties",
  forms: ["economic ties", "trade ties", "economic relations", "trade relations", "commercial ties", "business ties"].flatMap((n) =>
    ["open", "establish", "forge", "strengthen", "deepen", "expand", "restore", "boost"].flatMap((v) => phrase(verb(v), n)),
  ),
  code: "061",
  reciprocal: true,
  recipientPreps: ["with"],
};

export const extradite: Family = {
  name: "extradite",
  forms: [...verb("extradite"), ...phrase(verb("hand", "handed"), "over")],
  code: "063",
  recipientPreps: ["to"],
};

export const aid: Family = {
  name: "aid",
  forms: [
    ...verb("donate"),
    ...phrase(verb("send", "sent"), "aid"),
    ...phrase(verb("provide"), "aid"),
    ...phrase(verb("give", "gave", "given"), "aid"),
    ...phrase(verb("deliver"), "aid"),
    ...phrase(verb("send", "sent"), "humanitarian"),
    ...phrase(verb("provide"), "humanitarian"),
    ...phrase(verb("provide"), "military"),
    ...phrase(verb("provide"), "financial"),
    ...phrase(verb("grant"), "asylum"),
    ...verb("lend", "lent"),
    ...verb("loan"),
  ],
  code: "070",
  recipientPreps: ["to"],
  after: [
    [/\b(weapons|arms|military|missiles|ammunition)/, "072"],
    [/\b(humanitarian|food|medical|relief|medicine)/, "073"],
    [/\b(loan|million|billion|financial|economic|funds?\b|dollars)/, "071"],
    [/\basylum/, "075"],
  ],
  before: [
    [/\b(military|weapons)\s*$/, "072"],
    [/asylum/, "075"],
  ],
};

/** Material goods given in "provide/supply X with <goods>" (up to three words before the noun). */
const withGoods = (nouns: string) => new RegExp(`^\\s+[^,.;:]{1,60}?\\bwith\\s+(?:[\\w$.,'’-]+\\s+){0,3}?(?:${nouns})\\b`);

/**
 * "will provide Vietnam's coast guard with a surplus American ship", "supplied the rebels with weapons": the
 * one given to is the verb's direct object and the goods follow "with". Only material aid counts (not "provide
 * Wikinews with an image", "provides clinicians with an innovative solution").
 */
export const provideWith: Family = {
  name: "provide-with",
  forms: [...verb("provide"), ...verb("supply", "supplied")],
  code: "---",
  directObjectOnly: true,
  after: [
    [
      withGoods(
        "weapons?|arms|ammunition|missiles?|rockets?|guns|rifles|tanks|warships?|ships?|vessels?|boats?|aircraft|jets?|helicopters?|drones|military equipment|military hardware|military aid",
      ),
      "072",
    ],
    [withGoods("humanitarian aid|food|medicine|medicines|medical supplies|relief supplies|relief|tents|shelter|fuel"), "073"],
    [withGoods("loans?|funds|money|cash|financial aid|economic aid|credit"), "071"],
    [withGoods("aid|assistance"), "070"],
  ],
};
/** The verbs of provideWith (found by triggers.ts only before "with <goods>": otherwise the dictionary reads them). */
export const PROVIDE_VERBS = new Set(provideWith.forms);
/** Whether the words after a verb of providing ("Vietnam's coast guard with a surplus American ship") give goods. */
export function givesGoods(after: string): boolean {
  return (provideWith.after ?? []).some(([re]) => re.test(after));
}
