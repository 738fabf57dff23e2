/**
 * Light verb + event noun: "staged a hunger strike", "launched a mediation effort", "held talks",
 * "launched 10 days of war games". The noun decides the family; up to four words may stand between.
 */

import { sue } from "./accuse.js";
import { attack, bomb } from "./assault.js";
import { meet } from "./consult.js";
import { cooperate } from "./cooperate.js";
import { hunger, protest, strike } from "./protest.js";
import type { Family } from "./types.js";
import { verb } from "./types.js";

export const LIGHT_VERBS = new Set([
  ...verb("stage", "staged"),
  ...verb("hold", "held"),
  ...verb("launch"),
  ...verb("continue"),
  ...verb("begin", "began", "begun"),
  ...verb("start"),
  ...verb("organize"),
  ...verb("organise"),
  ...verb("conduct"),
  ...verb("mount"),
  ...verb("carry", "carried"),
  ...verb("resume"),
  ...verb("open", "opened"),
  ...verb("join"),
  ...verb("participate"),
  ...verb("file"),
]);

const mediate: Family = { name: "mediate", forms: [], code: "045", reciprocal: false, recipientPreps: ["between"] };

/** Event noun (lower case, possibly two words) → family. */
export const EVENT_NOUNS: Record<string, Family> = {
  "hunger strike": hunger,
  "hunger strikes": hunger,
  strike: strike,
  strikes: strike,
  protest: protest,
  protests: protest,
  demonstration: protest,
  demonstrations: protest,
  rally: protest,
  rallies: protest,
  march: protest,
  "sit-in": protest,
  talks: meet,
  negotiations: meet,
  meeting: meet,
  meetings: meet,
  "mediation effort": mediate,
  mediation: mediate,
  "war games": cooperate,
  "military exercises": cooperate,
  "joint exercises": cooperate,
  "joint military exercises": cooperate,
  exercises: cooperate,
  attack: attack,
  attacks: attack,
  offensive: attack,
  assault: attack,
  raid: attack,
  raids: attack,
  "air strikes": bomb,
  airstrikes: bomb,
  "air strike": bomb,
  airstrike: bomb,
  bombardment: bomb,
  // Legal actions ("filed a combined lawsuit against …", "launched a legal challenge").
  lawsuit: sue,
  lawsuits: sue,
  "legal challenge": sue,
  "legal action": sue,
  // Fire of heavy weapons ("launched artillery, mortar, and rocket fire against …", "launched missiles at").
  artillery: bomb,
  "artillery fire": bomb,
  "rocket fire": bomb,
  "mortar fire": bomb,
  rockets: bomb,
  missiles: bomb,
  mortars: bomb,
  "rocket attack": bomb,
  "rocket attacks": bomb,
  "missile attack": bomb,
  "missile attacks": bomb,
  "missile strike": bomb,
  "missile strikes": bomb,
  "drone strike": bomb,
  "drone strikes": bomb,
};

/** Consultations named as nouns with both sides after "between" ("talks between Iran and the EU", "a meeting
 * between Trump and Kim"): CONSULT, each side with the other. The sides must both be named (args.ts). */
export const meetBetween: Family = { ...meet, name: "meet-between", forms: [], recipientPreps: ["between"], between: true };
export const BETWEEN_NOUNS = new Set(["talks", "negotiations", "meeting", "meetings", "summit", "consultations", "dialogue"]);
