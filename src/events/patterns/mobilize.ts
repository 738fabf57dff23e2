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
    // "called up thousands of reservists" (not "called up the president").
    ...["up reservists", "up reserves", "up troops", "up thousands of reservists", "up the reserves"].flatMap((p) =>
      phrase(verb("call", "called"), p),
    ),
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
    [/\b(troops|soldiers|forces|warships|tanks|army|military|battalion|brigade|reservists?|reserves)/, "154"],
    [/\balert/, "152"],
  ],
};

/** "Chinese troops massed on the border": armed forces gathering as the subject (not crowds massing). */
export const massTroops: Family = {
  name: "mass-troops",
  forms: ["on", "along", "near", "at"].flatMap((p) => phrase(verb("mass", "massed"), p)),
  code: "154",
  recipientPreps: ["on", "along", "near", "at"],
  selfRecipient: true,
  onlySectors: ["MIL"],
};

/**
 * Military exercises, drills, manoeuvres and war games: a show of force (150) by one side; held jointly
 * ("joint exercises", "with X", two sides named as the subject) they are military cooperation (062, see
 * the coder).
 */
export const exercise: Family = {
  name: "exercise",
  forms: [],
  code: "150",
  reciprocal: true,
  recipientPreps: ["with", "near", "off", "along"],
  selfRecipient: true,
  after: [[/^\s*with\b/, "062"]],
  before: [[/\bjoint\s+(?:[\w-]+\s+){0,2}$/, "062"]],
};
