import { type Family, phrase, verb } from "./types.js";

/** ACCUSE (11x): criticise, accuse, blame, indict, condemn, sue, complain. The claim itself is not coded. */
export const accuse: Family = {
  name: "accuse",
  // Indicting and prosecuting are legal accusations (PLOVER ACCUSE, mode allege: "bring to trial"), not arrests.
  forms: [...verb("accuse"), ...verb("blame"), ...verb("charge"), ...verb("allege"), ...verb("indict"), ...verb("prosecute")],
  code: "112",
  claimPreps: ["of", "for", "that", "over"],
};
export const criticise: Family = {
  name: "criticise",
  forms: [
    ...verb("criticize"),
    ...verb("criticise"),
    ...verb("condemn"),
    ...verb("denounce"),
    ...verb("slam", "slammed"),
    ...verb("rebuke"),
    ...verb("decry", "decried"),
    ...verb("lambast"),
    ...verb("censure"),
    ...verb("reprimand"),
    ...phrase(verb("break", "broke", "broken"), "with"),
    ...phrase(verb("lash", "lashed"), "out at"),
    ...phrase(verb("hit", "hit"), "out at"),
    ...phrase(verb("take", "took", "taken"), "aim at"),
    // "spoke out against the attack", "railed against the rioters" (a shot taken at someone stays a remark:
    // see the shot-taken filter in coder.ts).
    ...phrase(verb("speak", "spoke", "spoken"), "out against"),
    ...phrase(verb("rail"), "against"),
    ...verb("blast"),
    // "The Vatican deplored the violence in Northern Ireland", "chided", "castigated", "berated".
    ...verb("deplore"),
    ...verb("castigate"),
    ...verb("chide", "chid"),
    ...verb("berate"),
    ...verb("excoriate"),
    ...verb("upbraid"),
  ],
  code: "111",
  claimPreps: ["for", "over", "as"],
};
/** Disputing what someone did, said or holds ("questioned the President's power", "opposed Macron's
 * statement", "questioned his authority"): criticism of its owner (111). Only with a possessive object: a bare
 * object is an opinion on a thing ("opposed the withdrawal", "questioned the findings") or another sense
 * ("police were unable to question him", "challenging President Donald Trump" in a primary). */
export const disapprove: Family = {
  name: "disapprove",
  forms: [...verb("question"), ...verb("oppose"), ...verb("dispute"), ...verb("challenge")],
  code: "---",
  // (Not "questioned whether the President's visit was …": a question asked, not a dispute.)
  after: [
    [
      /^\s+(?!(?:whether|if|why|how|what|who|when|that)\b)(?:(?:his|her|their|its)\s+|(?:the\s+)?(?:[\w.-]+\s+){0,4}?[\w.-]+['’]s?\s+)(?!own\b)[a-z]/,
      "111",
    ],
  ],
  claimPreps: ["for", "over", "as"],
  directObjectOnly: true,
};
export const complain: Family = {
  name: "complain",
  forms: [
    ...verb("complain"),
    ...["a", "an official", "a formal", "a strong", "an official diplomatic"].flatMap((adj) => [
      ...phrase(verb("lodge", "lodged"), `${adj} protest`),
      ...phrase(verb("file", "filed"), `${adj} complaint`),
    ]),
  ],
  code: "114",
  recipientPreps: ["to", "against", "with"],
  claimPreps: ["about", "that", "over"],
};
export const sue: Family = {
  name: "sue",
  forms: [
    ...verb("sue"),
    ...phrase(verb("file", "filed"), "a lawsuit"),
    ...phrase(verb("file", "filed"), "suit"),
    ...phrase(verb("file", "filed"), "a case"),
    ...phrase(verb("file", "filed"), "a complaint"),
    ...phrase(verb("file", "filed"), "a criminal complaint"),
    ...phrase(verb("file", "filed"), "charges"),
    ...phrase(verb("bring", "brought"), "a lawsuit"),
    ...phrase(verb("bring", "brought"), "charges"),
    // "unsealed further charges against him", "filed new charges", "unsealed an indictment against …".
    ...["further charges", "new charges", "additional charges"].flatMap((t) => [
      ...phrase(verb("file", "filed"), t),
      ...phrase(verb("bring", "brought"), t),
      ...phrase(verb("unseal"), t),
    ]),
    ...phrase(verb("unseal"), "charges"),
    ...phrase(verb("unseal"), "an indictment"),
  ],
  code: "115",
  recipientPreps: ["against"],
  claimPreps: ["for", "over"],
};
/** Impeaching a president: a formal charge by the legislature (1121), also "passed articles of impeachment". */
export const impeach: Family = {
  name: "impeach",
  forms: [
    ...verb("impeach"),
    ...["", "an ", "one ", "two ", "three ", "four "].flatMap((n) =>
      phrase(verb("pass", "passed"), `${n}article${n === "" || n === "an " || n === "one " ? (n === "" ? "s" : "") : "s"} of impeachment`),
    ),
  ],
  code: "1121",
  claimPreps: ["for", "over"],
  // A legislature impeaches an official of its own state: with no one named, the recipient is at home.
  selfRecipient: true,
};
export const convict: Family = {
  name: "convict",
  forms: [...verb("convict"), ...verb("sentence"), ...phrase(verb("find", "found"), "guilty"), ...phrase(verb("rule", "ruled"), "that")],
  code: "116",
  claimPreps: ["of", "for"],
  // A ruling for the side ruled on convicts no one: "ruled that training Claude on copyrighted books
  // constituted fair use", "ruled that the law was constitutional".
  after: [[/^[^.;:,]{0,60}?\b(?:fair use|lawful|legal|constitutional|valid|permissible)\b/, "---"]],
};
/** A court finding something unlawful ("found the prorogation to be unlawful", "ruled … was illegal"):
 * SANCTION convict (116) by a court or judge only; the same words from anyone else are an accusation. */
export const ruleUnlawful: Family = {
  name: "rule-unlawful",
  forms: [...verb("rule"), ...verb("find", "found")],
  code: "---",
  after: [
    // "The Supreme Court later ruled against Conley's extension of absentee voting": a ruling against a side.
    [/^\s+against\b/, "116"],
    // The finding may follow a long subject ("ruled the United States federal government's practice of
    // registering men … is unconstitutional") and may be a breach ("ruled the male-only draft violated the Due
    // Process Clause") or an overreach ("ruled Evers lacked authority to …"); not one denied ("was not unlawful").
    [
      /^[^.;:]{0,110}?\b(?<!\bnot\s)(?<!\bnot be\s)(?<!\bnot to be\s)(unlawful|illegal|unconstitutional|invalid|null and void|in breach of|violated|violates|lacked (?:the )?(?:legal )?authority|exceeded (?:its|his|her|their) (?:legal )?authority)\b/,
      "116",
    ],
  ],
  afterInSentence: true,
  onlySectors: ["JUD"],
  selfRecipient: true,
};
export const investigate: Family = {
  name: "investigate",
  forms: [
    ...verb("investigate"),
    ...verb("probe"),
    ...phrase(verb("launch"), "an investigation"),
    ...phrase(verb("open", "opened"), "an investigation"),
    ...phrase(verb("put", "put"), "under investigation"),
    ...phrase(verb("place"), "under investigation"),
  ],
  code: "090",
  recipientPreps: ["into"],
  // "the police had said they would be investigating the allegations": a state's police, courts or
  // government investigate at home.
  selfRecipientSectors: ["COP", "JUD", "GOV", "LEG"],
  after: [
    // Looking into what caused a death, an accident or a fire accuses no one.
    [/^\s+(?:[\w'’-]+\s+){0,4}?(?:cause|causes|accident|crash|fire|blaze|collision|circumstances|conditions|possibility)\b/, "---"],
    [/\b(corruption|fraud|bribe|crime)/, "091"],
    [/\b(abuse|rights|torture)/, "092"],
    [/\b(war crimes?|genocide)/, "094"],
  ],
};

/** Calling someone names ("Biden called Trump a clown", "Trump called the Democrats' investigation a witch
 * hunt"): criticism (111). Found by triggers.ts only when a disparaging word follows (PEJORATIVE). */
export const callNames: Family = { name: "call-names", forms: [], code: "111", directObjectOnly: true };
export const PEJORATIVE =
  /^(hoax|witch|clown|racist|liar|liars|traitor|traitors|disgrace|disgraceful|criminal|criminals|corrupt|terrorist|terrorists|dictator|fraud|propaganda|stunt|lie|lies|arsonist|fascist|fascists|thug|thugs|murderer|sham|farce|coup|betrayal|shameful|outrage|outrageous|hypocrite|puppet|idiot|incompetent|dangerous|illegitimate|unconstitutional|bully|enemy|breach|barbarity|barbaric|aggression|lousy|ridiculous|despicable|embarrassment|travesty|absurd|insult|insulting|unacceptable|reckless|irresponsible|appalling|deplorable|scandalous|unjust)$/;
/** Object nouns of what someone underwent ("called Stone's sentence unjust", "called his arrest a travesty"):
 * the disparaging word is aimed at whoever did it to the possessor, not at the possessor. */
export const UNDERGONE_OBJECT =
  /^(sentence|sentencing|conviction|arrest|detention|imprisonment|jailing|death|killing|murder|treatment|firing|dismissal|ouster|removal|impeachment|indictment|prosecution|execution|expulsion|deportation|defeat|loss)$/;
