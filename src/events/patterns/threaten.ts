import { type Family, phrase, verb } from "./types.js";

/** THREATEN (13x): threaten, warn, give an ultimatum. */
export const threaten: Family = {
  name: "threaten",
  forms: [...verb("threaten"), ...verb("warn")],
  code: "130",
  recipientPreps: ["against"],
  after: [
    [/\b(sanction|embargo|tariff|boycott)/, "1312"],
    [/\b(military|force|attack|strike|war|invade|bomb|nuclear)/, "138"],
    [/\b(cut off|break off|sever|halt) (ties|relations|talks|negotiations)/, "134"],
    [/\b(expel)/, "1313"],
    [/\b(ultimatum)/, "139"],
    [/\b(crack ?down|repress)/, "137"],
  ],
};
/** Issuing an arrest warrant for someone out of reach threatens arrest (PLOVER manual: THREATEN, not COERCE). */
export const warrant: Family = {
  name: "warrant",
  forms: [
    ...phrase(verb("issue"), "an arrest warrant"),
    ...phrase(verb("issue"), "arrest warrants"),
    ...phrase(verb("issue"), "a warrant"),
    ...phrase(verb("issue"), "warrants"),
  ],
  code: "131",
  recipientPreps: ["for", "on", "against"],
  claimPreps: ["over"],
};
export const ultimatum: Family = {
  name: "ultimatum",
  forms: ["issued an ultimatum", "gave an ultimatum", "issues an ultimatum"],
  code: "139",
  recipientPreps: ["to"],
};
