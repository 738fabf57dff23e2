import { type Family, phrase, verb } from "./types.js";

/** SUPPORT (05x): praise, endorse, back, defend, recognise, apologise, forgive, sign agreements. */
export const praise: Family = {
  name: "praise",
  forms: [
    ...verb("praise"),
    ...verb("endorse"),
    ...verb("commend"),
    ...verb("hail"),
    ...verb("applaud"),
    ...verb("congratulate"),
    ...verb("thank"),
    ...verb("back"),
    ...verb("support"),
    ...verb("welcome"),
    // The dictionary's ACCLAIM and LAUD verbs (051) with no other sense.
    ...verb("acclaim"),
    ...verb("extol", "extolled", "extolling"),
    ...verb("laud"),
    ...verb("compliment"),
    // "announced their own support for Biden", "expressed support for …", "voiced his strong support for …".
    ...["", "his ", "her ", "their ", "its ", "his own ", "her own ", "their own "].flatMap((own) =>
      ["", "full ", "strong "].flatMap((adj) =>
        [verb("express"), verb("voice"), verb("announce"), verb("declare"), verb("pledge"), verb("reaffirm")].flatMap((v) =>
          phrase(v, `${own}${adj}support`),
        ),
      ),
    ),
  ],
  code: "051",
  recipientPreps: ["for"],
  // "did not announce whom they would support to run against Chan-o-cha": the one supported is not named.
  before: [[/\bwhom\b[^,.;]{0,30}$/, "---"]],
};

/** Seconding or echoing what someone proposed ("Merkel seconded Macron's recommendation …"): support of its
 * owner (051). Only with a possessive object and a noun of proposing (not "seconded to the ministry"). */
export const second: Family = {
  name: "second",
  forms: ["seconded", "echoed"],
  code: "---",
  after: [
    [
      /^\s+(?:(?:the\s+)?(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s?\s+)(?:[a-z-]+\s+)?(?:recommendations?|proposals?|calls?|motions?|plans?|ideas?|suggestions?|demands?|appeals?|position|stance|concerns?|criticism|remarks?)\b/,
      "051",
    ],
  ],
  directObjectOnly: true,
};

export const defend: Family = { name: "defend", forms: [...verb("defend")], code: "052" };
export const recognise: Family = {
  name: "recognise",
  forms: [
    ...verb("recognize"),
    ...verb("recognise"),
    ...phrase(verb("establish"), "diplomatic relations"),
    ...phrase(verb("restore"), "diplomatic relations"),
  ],
  code: "054",
  reciprocal: true,
  recipientPreps: ["with"],
  // "Trump and Lighthizer recognize that making such concessions … is not a very good deal", "governments have
  // recognized that Austrians were also perpetrators", "recognised the need for …": admitting a fact, not
  // recognising a state or a government.
  after: [[/^\s+(?:that\b|the\s+(?:need|importance|fact|danger|threat|risk|problem|value|reality|urgency|gravity|seriousness)\b)/, "---"]],
};
export const apologise: Family = {
  name: "apologise",
  forms: [...verb("apologize"), ...verb("apologise")],
  code: "055",
  recipientPreps: ["to"],
};
export const forgive: Family = { name: "forgive", forms: [...verb("forgive", "forgave", "forgiven"), ...verb("pardon")], code: "056" };
export const sign: Family = {
  name: "sign",
  forms: [
    ...verb("sign"),
    ...verb("ratify", "ratified"),
    ...phrase(verb("reach"), "an agreement"),
    ...phrase(verb("reach"), "a deal"),
    ...phrase(verb("strike", "struck"), "a deal"),
  ],
  code: "057",
  reciprocal: true,
  recipientPreps: ["with"],
  // Signing a letter, a petition or a bill into law is no agreement with anyone ("signed a letter saying the
  // Post's report …", "President Ronald Reagan signed Conyers's bill into law"): what it does is coded on its own.
  after: [
    [
      /^\s+(?:(?:a|an|the|his|her|their|its|[\p{L}.-]+'s?)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:letters?|petitions?|bills?|laws?|decrees?|(?:executive )?orders?|proclamations?)\b/u,
      "---",
    ],
  ],
};
