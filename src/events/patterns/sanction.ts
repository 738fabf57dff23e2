import { type Family, phrase, verb } from "./types.js";

/** SANCTION (16x): sanctions and embargoes, cut ties, expel diplomats, halt talks, cut aid. */
export const sanction: Family = {
  name: "sanction",
  forms: [
    ...verb("sanction"),
    ...phrase(verb("impose"), "sanctions"),
    ...phrase(verb("slap", "slapped"), "sanctions"),
    ...phrase(verb("impose"), "an embargo"),
    ...["an arms embargo", "a trade embargo", "an oil embargo", "an economic embargo", "economic sanctions", "trade sanctions"].flatMap(
      (n) => phrase(verb("impose"), n),
    ),
    ...["new sanctions", "fresh sanctions", "further sanctions", "additional sanctions", "tougher sanctions"].flatMap((n) => [
      ...phrase(verb("impose"), n),
      ...phrase(verb("announce"), n),
    ]),
    ...phrase(verb("impose"), "tariffs"),
    ...phrase(verb("announce"), "sanctions"),
    ...phrase(verb("place"), "sanctions"),
    ...verb("embargo", "embargoes", "embargoed"),
  ],
  code: "163",
  recipientPreps: ["on", "against"],
  claimPreps: ["for", "over"],
  // A contest sanctioned by its governing body is authorised: "not an open race sanctioned under IAAF rules".
  before: [[/\b(?:race|marathon|match|game|fight|bout|event|tournament|competition|championship|meet)s?\s*$/, "---"]],
  after: [[/^\s+(?:under|by)\b[^,.;]{0,40}?\b(?:rules|regulations|federation|association|governing body)\b/, "---"]],
};
/** What is cut when relations are cut: "ties", "diplomatic relations", "all ties", "its diplomatic links". */
const TIES = ["ties", "relations", "links"].flatMap((n) =>
  ["", "all ", "its ", "their "].flatMap((det) => [`${det}${n}`, `${det}diplomatic ${n}`]),
);
/** Verbs that cut relations, with the particle some of them take ("broke off", "cut off"). */
const CUT_TIES_VERBS = [
  ...verb("cut", "cut"),
  ...phrase(verb("cut", "cut"), "off"),
  ...verb("sever"),
  ...verb("break", "broke", "broken"),
  ...phrase(verb("break", "broke", "broken"), "off"),
  ...verb("suspend"),
  ...verb("freeze", "froze", "frozen"),
  ...verb("downgrade"),
];
export const cutTies: Family = {
  name: "cut-ties",
  forms: [
    ...TIES.flatMap((t) => phrase(CUT_TIES_VERBS, t)),
    ...phrase(verb("sever"), "diplomatic"),
    ...phrase(verb("cut", "cut"), "diplomatic"),
    ...["its", "their"].flatMap((det) =>
      ["ambassador", "ambassadors", "envoy", "envoys"].flatMap((n) => [
        ...phrase(verb("recall"), `${det} ${n}`),
        ...phrase(verb("withdraw", "withdrew", "withdrawn"), `${det} ${n}`),
      ]),
    ),
  ],
  code: "161",
  recipientPreps: ["with", "from", "to"],
};
export const cutAid: Family = {
  name: "cut-aid",
  forms: [
    ...phrase(verb("cut", "cut"), "aid"),
    ...phrase(verb("suspend"), "aid"),
    ...phrase(verb("halt"), "aid"),
    ...phrase(verb("freeze", "froze", "frozen"), "aid"),
  ],
  code: "162",
  recipientPreps: ["to"],
};
export const halt: Family = {
  name: "halt-talks",
  forms: [
    ...phrase(verb("suspend"), "talks"),
    ...phrase(verb("halt"), "talks"),
    ...phrase(verb("break", "broke", "broken"), "off talks"),
    ...phrase(verb("call", "called"), "off talks"),
  ],
  code: "164",
  recipientPreps: ["with"],
};
export const expelDiplomats: Family = {
  name: "expel-diplomats",
  forms: [
    ...phrase(verb("expel", "expelled"), "diplomats"),
    ...phrase(verb("expel", "expelled"), "the ambassador"),
    ...phrase(verb("expel", "expelled"), "ambassador"),
  ],
  code: "166",
};

/** Halting or cutting something: the object decides ("halted economic aid" → 162, "suspended talks" → 164). */
export const haltSomething: Family = {
  name: "halt",
  forms: [
    ...verb("halt"),
    ...verb("suspend"),
    ...verb("freeze", "froze", "frozen"),
    ...verb("cut", "cut"),
    ...verb("reduce"),
    ...verb("stop", "stopped"),
    ...verb("end"),
  ],
  code: "---",
  recipientPreps: ["to", "with", "for"],
  // The stopped thing is the object's head: up to three modifiers before it, not a noun and its
  // preposition ("reducing the focus on oil" cuts no oil).
  after: [
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(aid|assistance|supplies|funding|loans?)\b/, "162"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(talks|negotiations|dialogue)\b/, "164"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(relations|ties|contacts)\b/, "161"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(mediation)\b/, "165"],
    // Ending one's own coercive measure eases it ("ended its blockade of …", "halted the siege").
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(blockade|siege)\b/, "0872"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(sanctions|embargo|boycott)\b/, "085"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(curfew)\b/, "0813"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(state of emergency|martial law|emergency rule)\b/, "0814"],
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(electricity|gas|oil|exports|imports|trade|imports)\b/, "163"],
    // Freezing a state's or its officials' assets is a sanction ("froze the assets of Zimbabwean officials").
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(assets|bank accounts|holdings)\b/, "163"],
    // Withdrawing an official permission is an administrative sanction ("has suspended Mahan's permit").
    [/^\W*((?!(?:on|about)\b)\w+\W+){0,3}(permits?|licen[cs]es?|accreditations?|landing rights|operating rights)\b/, "172"],
  ],
};
