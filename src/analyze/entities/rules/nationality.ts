import type { EntityRule, Mention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** Words that end a noun phrase: a nationality before them is not the person's ("Iranian officials said Ali …"). */
const BREAK = new Set([
  "of",
  "and",
  "or",
  "to",
  "in",
  "by",
  "with",
  "from",
  "for",
  "the",
  "a",
  "an",
  "said",
  "says",
  "told",
  "was",
  "is",
  "were",
  "are",
  "has",
  "had",
  "who",
  "that",
]);

/**
 * A person the analysis could not place takes the nationality written before their description: "a Pakistani
 * journalism student Mashal Khan", "Iranian chess player Alireza Firouzja", "A British tourist, John Smith,"
 * (up to three lower-case words, and one comma right before the name).
 */
export const nationality: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const nationalities = new Map<number, Mention>();
  for (const m of mentions) if (m.type === "NORP" && m.country) nationalities.set(m.last, m);
  for (const m of mentions) {
    if (m.type !== "PER" || m.country || m.ref) continue;
    let k = m.first - 1;
    if (tokens[k]?.text === ",") k--;
    let words = 0;
    while (k >= 0 && words < 3 && LOWER_WORD.test(tokens[k]!.text) && !BREAK.has(tokens[k]!.text)) {
      k--;
      words++;
    }
    const n = nationalities.get(k);
    if (!n || words === 0 || sentenceOf[k] !== sentenceOf[m.first]) continue;
    m.country = n.country;
  }
  return mentions;
};
