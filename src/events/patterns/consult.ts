import { type Family, phrase, verb } from "./types.js";

const CONSULT_AFTER: [RegExp, string][] = [
  [/^\s*(by|over the) (tele)?phone|^\s*by video|\bphone call|\btelephone/, "041"],
  [/\b(mediat|under the auspices|brokered by)/, "045"],
  [/\b(negotiat)/, "046"],
];

/** CONSULT (04x): meet, hold talks, consult: the direct object is the other side ("Putin met Trump"). */
export const meet: Family = {
  name: "meet",
  forms: [
    ...verb("meet", "met"),
    ...phrase(verb("hold", "held"), "talks"),
    ...phrase(verb("hold", "held"), "a meeting"),
    ...phrase(verb("hold", "held"), "meetings"),
    ...verb("consult"),
  ],
  code: "040",
  reciprocal: true,
  recipientPreps: ["with", "to"],
  after: CONSULT_AFTER,
  before: [[/\bnegotiat/, "046"]],
};

/**
 * CONSULT (04x) told by its subject matter: talk, discuss, negotiate, confer. The direct object is the topic
 * ("discussed Syria", "a press conference discussing Iran and Russia"), so the other side comes only with
 * "with"/"to" or a compound subject ("Putin and Trump discussed …").
 */
export const discuss: Family = {
  name: "meet",
  forms: [...verb("talk"), ...verb("negotiate"), ...verb("discuss"), ...verb("confer", "conferred")],
  code: "040",
  reciprocal: true,
  recipientPreps: ["with", "to"],
  topicObject: true,
  after: CONSULT_AFTER,
  before: [[/\bnegotiat/, "046"]],
};

/**
 * A trip for talks ("U.S. and Russian negotiators return to Geneva this week for talk on …", "left for Beijing
 * for negotiations with …"): CONSULT. Where they go is the venue; the other side comes only with "with" or a
 * compound subject (triggers.ts finds the verb with its "for talks").
 */
export const tripForTalks: Family = { ...discuss, name: "meet", recipientPreps: ["with"] };
/** Verbs of going somewhere. */
export const TRIP_VERBS = new Set([
  ...verb("return"),
  ...verb("go", "went", "goes", "gone"),
  ...verb("head"),
  ...verb("travel", "travelled", "travelling"),
  ...verb("fly", "flew"),
  ...verb("come", "came"),
  ...verb("arrive"),
  ...verb("leave", "left"),
]);

export const phone: Family = {
  name: "phone",
  forms: [
    ...phrase(verb("speak", "spoke", "spoken"), "by phone"),
    ...phrase(verb("speak", "spoke", "spoken"), "by telephone"),
    ...phrase(verb("speak", "spoke", "spoken"), "on the phone"),
    // "held a phone call with …", "had a phone conversation with Turkish President Recep Tayyip Erdoğan".
    ...["a phone call", "a phone conversation", "a telephone call", "a telephone conversation", "a video call"].flatMap((call) => [
      ...phrase(verb("hold", "held"), call),
      ...phrase(verb("have", "had", "has", "having"), call),
    ]),
    ...verb("phone"),
    ...verb("telephone"),
  ],
  code: "041",
  reciprocal: true,
  recipientPreps: ["with", "to"],
};

export const visit: Family = {
  name: "visit",
  forms: [...verb("visit"), ...phrase(verb("travel", "travelled", "traveling", "travelling"), "to"), ...phrase(verb("arrive"), "in")],
  code: "042",
  recipientPreps: ["to", "in"],
};

export const host: Family = {
  name: "host",
  forms: [...verb("host"), ...verb("receive"), ...verb("welcome")],
  code: "043",
  directObjectOnly: true,
  recipientPreps: ["between"],
  after: [
    // Receiving an education, a nomination or an award is no one's visit ("received his education in India",
    // "received the Solidarity Party's 2020 presidential nomination").
    [
      /^[^.,;]{0,50}?\b(education|degrees?|diploma|training|nomination|awards?|prize|medals?|doctorate|scholarship|treatment|vaccines?|dose)\b/,
      "---",
    ],
    [/\b(statement|decision|move|news|report|plan|proposal|agreement|deal)/, "051"],
    // "how many students received it" (the tutoring): a thing received or welcomed is no visitor.
    [/^\s+(?:it|this|that)\b/, "---"],
  ],
};
