import { type Family, phrase, verb } from "./types.js";

/** MOBILIZE (15x): deploy troops, mobilise, put forces on alert. */
export const mobilize: Family = {
  name: "mobilize",
  forms: [
    ...verb("deploy"),
    ...verb("mobilize"),
    ...verb("mobilise"),
    ...phrase(verb("send", "sent"), "troops"),
    ...phrase(verb("mass", "massed"), "troops"),
    ...phrase(verb("beef", "beefed"), "up"),
    ...phrase(verb("put", "put"), "on alert"),
    ...phrase(verb("strengthen"), "security"),
    ...phrase(verb("tighten"), "security"),
    ...phrase(verb("step", "stepped"), "up security"),
    ...phrase(verb("increase"), "security"),
    ...phrase(verb("boost"), "security"),
  ],
  code: "150",
  recipientPreps: ["to", "near", "along"],
  selfRecipient: true,
  after: [
    [/\b(police)/, "153"],
    [/^\s*(measures|presence|forces)\b/, "153"],
    [/\b(troops|soldiers|forces|warships|tanks|army|military|battalion|brigade)/, "154"],
    [/\balert/, "152"],
  ],
};
