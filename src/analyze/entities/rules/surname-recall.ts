import { type EntityRule, type Mention, recallWords } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A lone capitalised word that is the surname of a person already named in full in the article
 * ("Trump" after "Donald Trump") is that person, even where the tagger missed it.
 */
export const surnameRecall: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  const people = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== "PER" || m.last === m.first) continue;
    const last = tokens[m.last]?.text;
    if (last && UPPER_FIRST.test(last) && !people.has(last)) people.set(last, m);
  }
  if (!people.size) return mentions;
  return recallWords(ctx, mentions, "coreference", (i) => {
    const t = tokens[i]!;
    const full = people.get(t.text);
    if (!full || full.start > t.start) return undefined;
    const nextCap = tokens[i + 1] && UPPER_FIRST.test(tokens[i + 1]?.text ?? "") && ctx.prep.sentenceOf[i + 1] === ctx.prep.sentenceOf[i];
    return nextCap ? undefined : full;
  });
};
