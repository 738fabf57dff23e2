import { type Family, phrase, verb } from "./types.js";

/** CONCEDE / RETREAT (08x): release, withdraw, ease sanctions, allow access, resign, return. */
export const release: Family = {
  name: "release",
  forms: [...verb("release"), ...verb("free", "freed"), ...phrase(verb("return"), "the bodies"), ...verb("repatriate")],
  code: "084",
  recipientPreps: ["to"],
  directObjectOnly: true,
  after: [
    // What is published is not set free ("J.D. Power recently released its 2025 report", "released a video").
    [
      /^\s+(?:(?:a|an|the|its|his|her|their|our|new|first|latest|annual|[\p{L}.'-]+'s?|\d[\d,.]*)\s+){0,3}(?:reports?|statements?|albums?|films?|movies?|videos?|books?|results|figures|data|findings|study|studies|lists?|updates?|versions?|singles?|songs?|games?|trailers?|footage|photos?|photographs?|images?|documents?|transcripts?|recordings?|guidance|guidelines|budgets?|polls?|surveys?|rankings?|episodes?|series|apps?|products?|models?|editions?|letters?|memos?|plans?|proposals?|figures|statistics|estimates?|forecasts?|records)\b/u,
      "---",
    ],
  ],
};
export const withdraw: Family = {
  name: "withdraw",
  forms: [
    ...verb("withdraw", "withdrew", "withdrawn"),
    ...phrase(verb("pull", "pulled"), "out"),
    ...phrase(verb("pull"), "back"),
    ...verb("demobilize"),
    ...verb("disarm"),
  ],
  code: "087",
  recipientPreps: ["from"],
  after: [
    // Withdrawing one's name, candidacy or bid ("withdrew her name from consideration to be Biden's running
    // mate") leaves a race, not a position held against anyone.
    [/^\s+(?:(?:his|her|their|its|the)\s+)?(?:name|candidacy|candidature|bid|nomination|application)\b/, "---"],
    [/\b(from (the )?(talks|agreement|deal|treaty|negotiations))/, "166"],
    // Withdrawing inspectors, monitors, diplomats or aid workers reduces relations; it is no de-escalation.
    [
      /^[^.;]{0,30}\b(inspectors|monitors|observers|diplomats|ambassadors?|envoys?|aid workers|humanitarian workers|embassy staff)\b/,
      "166",
    ],
  ],
};
/**
 * Armed forces leaving a country withdraw from it ("after American troops leave Syria"): found by triggers.ts
 * only with a soldiers' noun as the subject and a country as the object (one leaves a country in many other
 * senses: "to leave the European Union", "Tesco stated its intention to leave the Polish market").
 */
export const leaveCountry: Family = { ...withdraw, name: "leave-country", forms: [], directObjectOnly: true };
/** Verbs of leaving, and the armed forces that may leave a country. */
export const LEAVE_VERBS = /^(leave|leaves|left|leaving)$/;
export const FORCES =
  /^(troops|forces|soldiers|military|army|armies|personnel|servicemen|service members|contingent|peacekeepers|marines)$/;
export const ease: Family = {
  name: "ease",
  forms: [
    ...phrase(verb("lift"), "sanctions"),
    ...phrase(verb("ease"), "sanctions"),
    ...phrase(verb("lift"), "the embargo"),
    ...phrase(verb("lift"), "restrictions"),
    ...phrase(verb("ease"), "restrictions"),
  ],
  code: "085",
  recipientPreps: ["on", "against"],
};
/** Easing a curfew, a state of emergency or martial law (CAMEO 0813, 0814): a concession to the actor's own
 * people unless someone else is named ("lifted the curfew on Hebron"). */
const EASE_VERBS = [...verb("lift"), ...verb("ease"), ...verb("relax"), ...verb("end"), ...verb("shorten"), ...verb("revoke")];
const EASED_MEASURES = [
  "the curfew",
  "a curfew",
  "the nightly curfew",
  "the night curfew",
  "the state of emergency",
  "a state of emergency",
  "emergency rule",
  "martial law",
];
export const easeCurfew: Family = {
  name: "ease-measures",
  forms: EASE_VERBS.flatMap((v) => EASED_MEASURES.slice(0, 4).map((m) => `${v} ${m}`)),
  code: "0813",
  recipientPreps: ["on", "in"],
  selfRecipient: true,
};
export const easeEmergency: Family = {
  ...easeCurfew,
  forms: EASE_VERBS.flatMap((v) => EASED_MEASURES.slice(4).map((m) => `${v} ${m}`)),
  code: "0814",
};
/** Declaring a truce or ceasefire (CAMEO 0871): each side with the other when both are named. */
export const ceasefire: Family = {
  name: "ceasefire",
  forms: ["declare", "announce", "call", "observe", "respect"].flatMap((v) =>
    ["a ceasefire", "a cease-fire", "a truce", "a unilateral ceasefire", "a unilateral cease-fire", "a unilateral truce"].flatMap((n) =>
      phrase(verb(v), n),
    ),
  ),
  code: "0871",
  reciprocal: true,
  recipientPreps: ["with"],
};
export const allow: Family = {
  name: "allow",
  forms: [
    ...phrase(verb("allow"), "inspectors"),
    ...phrase(verb("allow"), "the return of"),
    ...phrase(verb("permit"), "inspectors"),
    ...phrase(verb("grant"), "access"),
    ...phrase(verb("allow"), "access"),
  ],
  code: "086",
};
/** Yielding: conceding defeat or an election, backing down, giving in (080); "conceded that …" is a statement. */
export const concede: Family = {
  name: "concede",
  forms: [
    ...verb("concede"),
    ...phrase(verb("admit"), "defeat"),
    ...phrase(verb("back", "backed"), "down"),
    ...phrase(verb("give", "gave", "given"), "in"),
  ],
  code: "080",
  selfRecipient: true,
  after: [[/^\s+(that|it|to be)\b/, "---"]],
};
export const resign: Family = {
  name: "resign",
  forms: [...verb("resign"), ...phrase(verb("step", "stepped"), "down")],
  code: "0831",
  selfRecipient: true,
  // Leaving one office for another ("Clinton resigned to become the United States Secretary of State") or
  // leaving in protest ("resigning in protest to May's negotiated Brexit agreement") yields to no one.
  after: [[/^\s+(?:(?:from|as) [^,.;]{1,40}?\s+)?(?:in protest\b|to (?:become|run|take|join|lead|serve|head|pursue|focus)\b)/, "---"]],
};
