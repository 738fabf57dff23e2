import { type Family, phrase, verb } from "./types.js";

/** REQUEST (10x demand) and appeals (02x, PLOVER null by our guidelines). */
export const demand: Family = {
  name: "demand",
  forms: [
    ...verb("demand"),
    ...verb("insist"),
    ...verb("order"),
    ...verb("summon"),
    // A demand repeated or renewed by its noun ("reiterated its demand today that Israel ease restrictions").
    ...["reiterate", "repeat", "renew", "restate"].flatMap((v) =>
      ["its", "their", "his", "her"].flatMap((p) => [...phrase(verb(v), `${p} demand`), ...phrase(verb(v), `${p} demands`)]),
    ),
  ],
  code: "100",
  // "demanded talks with X": the other side of what is demanded is its target.
  recipientPreps: ["from", "of", "with"],
  after: [
    // Ordering a newspaper or a group to stop its activity is an administrative sanction (COERCE).
    [
      /^[^.;]{0,60}?\bto (suspend|cease|halt|stop|shut down|close)\b[^.;]{0,20}\b(publication|broadcasts?|broadcasting|operations|activities|activity)\b/,
      "172",
    ],
    [/\b(withdraw|pull out|leave)/, "1056"],
    [/\b(ceasefire|cease-fire|truce)/, "1056"],
    [/\b(release|free )/, "1053"],
    [/\b(meet|talks|negotiat)/, "108"],
    [/\b(aid|assistance|help)/, "103"],
    [/\b(reform|resign|elections?\b)/, "104"],
    [/\b(information|investigation|explanation)/, "101"],
  ],
};
export const appeal: Family = {
  name: "appeal",
  forms: [
    ...verb("urge"),
    ...verb("appeal"),
    ...phrase(verb("call", "called"), "on"),
    ...phrase(verb("call", "called"), "upon"),
    ...phrase(verb("call", "called"), "for"),
    ...verb("ask"),
    ...verb("request"),
    ...verb("recommend"),
    ...verb("plead"),
  ],
  code: "020",
  recipientPreps: ["to", "on", "upon"],
  after: [
    [/\b(meet|talks|negotiat|dialogue)/, "026"],
    [/\b(aid|assistance|help)/, "023"],
    [/\b(ceasefire|peace|settle)/, "027"],
    [/\b(release|free )/, "0253"],
    [/\b(reform)/, "024"],
    [/\b(restraint|calm)/, "025"],
  ],
};
