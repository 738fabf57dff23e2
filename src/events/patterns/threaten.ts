import { type Family, phrase, verb } from "./types.js";

/** THREATEN (13x): threaten, warn, give an ultimatum. */
export const threaten: Family = {
  name: "threaten",
  forms: [...verb("threaten"), ...verb("warn")],
  code: "130",
  recipientPreps: ["against"],
  after: [
    // A warning of a danger is no threat by the one who warns: "police warned people … to stay inside and close
    // exterior vents", "officials warned the administration … that Giuliani could be a conduit for Russian
    // disinformation", "warned that Biden could destroy the growth" (one's own threat says it: "warned that it
    // could use force").
    [/^[^.;]{0,60}?\bto\s+(?:stay|remain|avoid|keep|shelter|evacuate|leave|close|be careful|take precautions)\b/, "---"],
    [/^\s+(?:\S+\s+){0,6}?that\s+(?!(?:it|they|we|he|she|i)\b)(?:\S+\s+){1,3}?(?:could|might|may)\b/, "---"],
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
