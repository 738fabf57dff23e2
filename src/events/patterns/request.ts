import { type Family, phrase, verb } from "./types.js";

/** REQUEST (10x demand) and appeals (02x, PLOVER null by our guidelines). */
export const demand: Family = {
  name: "demand",
  forms: [
    ...verb("demand"),
    ...verb("insist"),
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
/** "X's <act>" right after an order (on the lower-cased text): the act ordered, done to X ("ordered Khashoggi's killing"). */
const ordersAct = (acts: string): RegExp =>
  new RegExp(`^\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}-]+['’]s?\\s+(?:${acts})\\b`, "u");

/** An order: a demand by whoever may give it ("ordered the army to withdraw"). */
export const order: Family = {
  ...demand,
  name: "order",
  forms: verb("order"),
  after: [
    [ordersAct("arrests?|detentions?"), "173"],
    [ordersAct("killings?|murders?|executions?"), "180"],
    [ordersAct("assassination"), "186"],
    [ordersAct("expulsion|deportation"), "174"],
    // "Judge Paul Kellar ordered the accused remain in custody": a court keeps a detention, it asks nothing of anyone.
    [
      /^\s+(?:the\s+|a\s+|his\s+|her\s+)?[a-z]+\s+(?:to\s+)?(?:remain|stay|be\s+(?:held|kept|remanded))\s+in\s+(?:custody|detention|jail|prison)\b/,
      "---",
    ],
    ...(demand.after ?? []),
  ],
};
/** A subpoena demands documents or testimony of whoever it names (CAMEO 101, demand information). */
export const subpoena: Family = {
  name: "subpoena",
  forms: [
    ...verb("subpoena", "subpoenas", "subpoenaed", "subpoenaing"),
    ...phrase(verb("issue"), "a subpoena"),
    ...phrase(verb("issue"), "subpoenas"),
    ...phrase(verb("serve", "served"), "a subpoena"),
  ],
  code: "101",
  recipientPreps: ["to", "from", "on"],
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

/**
 * An order of an act against someone is that act by whoever ordered it: "the crown prince ordered the killing
 * of Jamal Khashoggi", "ordered the arrest of 20 journalists". The people acted on were asked nothing, so it is
 * no demand of them. With no actor acted on ("ordered the killing of 300,000 pigs") nothing is coded.
 */
const ordered = (...acts: string[]) => acts.flatMap((a) => [...phrase(verb("order"), `the ${a}`), ...phrase(verb("order"), a)]);
export const orderArrest: Family = {
  name: "order-arrest",
  forms: ordered("arrest", "arrests", "detention", "detentions"),
  code: "173",
  recipientPreps: ["of"],
};
export const orderKilling: Family = {
  name: "order-killing",
  forms: ordered("killing", "killings", "murder", "execution", "executions"),
  code: "180",
  recipientPreps: ["of"],
  bySector: { MIL: "190", COP: "175" },
};
export const orderAssassination: Family = {
  name: "order-assassination",
  forms: ordered("assassination"),
  code: "186",
  recipientPreps: ["of"],
};
export const orderExpulsion: Family = {
  name: "order-expulsion",
  forms: ordered("expulsion", "deportation"),
  code: "174",
  recipientPreps: ["of"],
};

/**
 * A cease and desist order: an authority orders a body to stop what it does ("The National Telecommunications
 * Commission (NTC) issued a cease and desist order to the network"), an administrative sanction (172) of whoever
 * it is issued to, like an order to shut down operations.
 */
export const ceaseAndDesist: Family = {
  name: "cease-and-desist",
  forms: ["a cease and desist order", "a cease-and-desist order", "cease and desist orders", "cease-and-desist orders"].flatMap((n) => [
    ...phrase(verb("issue"), n),
    ...phrase(verb("serve", "served"), n),
  ]),
  code: "172",
  recipientPreps: ["to", "on", "against"],
};
