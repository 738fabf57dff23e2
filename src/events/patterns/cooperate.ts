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
  ],
  code: "060",
  reciprocal: true,
  recipientPreps: ["with"],
  after: [
    [/\b(trade|economic|investment)/, "061"],
    [/\b(military|exercise|defen[cs]e)/, "062"],
    [/\b(extradit|judicial|investigation)/, "063"],
    [/\b(intelligence|information)/, "064"],
  ],
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
