import { type Family, phrase, verb } from "./types.js";

/** PROTEST (14x): demonstrate, rally, march, strike, riot, block. */
export const protest: Family = {
  name: "protest",
  forms: [
    ...verb("protest"),
    ...verb("rally", "rallied"),
    ...verb("march"),
    ...phrase(verb("take", "took", "taken"), "to the streets"),
    ...phrase(verb("stage", "staged"), "a protest"),
    ...phrase(verb("hold", "held"), "a protest"),
    ...phrase(verb("hold", "held"), "protests"),
  ],
  code: "141",
  recipientPreps: ["against", "outside", "in front of"],
  selfRecipient: true,
  after: [
    // "Rublev had rallied to beat Roberto Bautista-Agut", "Herbert and Mahut rallied to defeat …", "rallied from
    // two sets down": a comeback in a game, not a rally of protesters.
    [
      /^\s+(?:(?:to|and)\s+(?:beat|defeat|win|wins|won|level|clinch|edge|overcome|finish|draw|tie|force|secure|earn|take|claim)\b|from\s+(?:behind|\w+\s+(?:sets?|goals?|points?|games?|runs?|strokes?|shots?)\s+down)|back\b)/,
      "---",
    ],
  ],
  before: [
    // "Not just the Sensex, even the Nifty has been rallying", "stocks rallied": prices that rise.
    [
      /\b(?:stocks?|shares?|markets?|equities|indices|index|sensex|nifty|dow|nasdaq|futures|bonds?|treasuries|dollar|euro|yen|yuan|rupee|sterling|currenc(?:y|ies)|prices?|oil|gold|bitcoin)\b(?:\s+(?:has|have|had|is|are|was|were|been|also|sharply|strongly|briefly))*\s*$/,
      "---",
    ],
    // "In protest, he unpublished all of his packages": the noun names why the clause's own act was done.
    [/\bin\s*$/, "---"],
    // "reached a good state early march", "coffee continued its march around the world": a month written in
    // lower case, or a thing's progress, is no march of protesters.
    [/\b(?:early|late|mid|its)\s*$/, "---"],
  ],
};
/** "demonstrated outside the embassy" is a protest; "demonstrated a prototype", "demonstrates a lack of …" show something. */
export const demonstrate: Family = {
  name: "demonstrate",
  forms: verb("demonstrate"),
  code: "141",
  recipientPreps: ["against", "outside", "in front of"],
  selfRecipient: true,
  // "what the book's author intended to demonstrate": what is shown is the object before.
  before: [
    [/\bwhat\b[^,.;]{0,60}$/, "---"],
    // "maintaining expertise demonstrated through comprehensive topic coverage": a quality or a result shown.
    [
      /\b(?:expertise|skills?|abilit(?:y|ies)|knowledge|commitment|competence|experience|value|results?|effects?|benefits?|efficacy|performance|capabilit(?:y|ies)|leadership|excellence|success|proficiency|understanding|potential|quality|qualities|resilience)\s*$/,
      "---",
    ],
  ],
  after: [
    // "demonstrated for the first time that the bedroom concentration …", "should demonstrate during each
    // session how learning occurs": what follows is shown, not protested.
    [/^[^,;:]*?\b(?:that|how|whether|why)\b/, "---"],
    [
      /^\s+(?!(?:against|in|outside|at|on|for|near(?!-)|over|across|through|throughout|and|or|to|after|before|since|during|until|peacefully|again|today|yesterday)\b)[a-z]/,
      "---",
    ],
  ],
};
export const strike: Family = {
  name: "strike-work",
  forms: [...phrase(verb("go", "went", "gone"), "on strike"), ...verb("walk", "walked").map((v) => `${v} out`)],
  code: "143",
  selfRecipient: true,
};
export const hunger: Family = {
  name: "hunger-strike",
  forms: [...phrase(verb("go", "went", "gone"), "on hunger strike"), ...phrase(verb("begin", "began", "begun"), "a hunger strike")],
  code: "142",
  selfRecipient: true,
};
export const block: Family = {
  name: "block",
  forms: [...verb("block"), ...verb("blockade"), ...verb("barricade"), ...verb("obstruct")],
  code: "144",
  selfRecipient: true,
};
export const riot: Family = {
  name: "riot",
  forms: [...verb("riot"), ...verb("clash"), ...verb("storm")],
  code: "145",
  // Armed forces and armed groups clashing fight (190), they do not riot.
  bySector: { MIL: "190", REB: "190" },
  reciprocal: false,
  recipientPreps: ["with"],
  selfRecipient: true,
};
