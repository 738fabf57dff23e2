import { type EntityRule, type Mention, recallWords } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

// Hoisted out of acronymRecall: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ACRONYM = /^\p{Lu}[\p{Lu}&.-]*\p{Lu}\.?$/u;

/**
 * A name given in full with its abbreviation in brackets ("Pacific Gas and Electric (PG&E)", "Federal Emergency
 * Management Agency (FEMA)"): the abbreviation, there and wherever else the article uses it, names the same
 * thing, even where the tagger left it out. The abbreviation's capital letters must be the initials of the
 * name's capitalised words.
 */
export const acronymRecall: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  const defined = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type === "PER" || m.first === m.last) continue;
    if (tokens[m.last + 1]?.text !== "(" || tokens[m.last + 3]?.text !== ")") continue;
    const abbr = tokens[m.last + 2]!.text;
    if (!ACRONYM.test(abbr) || defined.has(abbr)) continue;
    const initials = tokens
      .slice(m.first, m.last + 1)
      .map((t) => t.text)
      .filter((w) => UPPER_FIRST.test(w))
      .map((w) => w[0])
      .join("");
    if (abbr.replace(/[^\p{Lu}]/gu, "") === initials) defined.set(abbr, m);
  }
  if (!defined.size) return mentions;
  return recallWords(ctx, mentions, "acronym", (i) => defined.get(tokens[i]!.text));
};
