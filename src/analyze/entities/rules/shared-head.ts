import { lookupPlace } from "../../../dict/places.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

/** Plural heads that several names share ("the Democratic and Republican parties", "Harvard and Yale universities"). */
const SHARED_HEADS = new Set(["parties", "Parties", "universities", "Universities"]);
const UPPER_FIRST = /^\p{Lu}/u;
/** Capitalised words that open the phrase rather than a name ("The Democratic and Republican parties"). */
const OPENERS = new Set(["The", "A", "An", "Both", "Either", "Neither", "All", "Its", "Their"]);
const nameWord = (w: string) => UPPER_FIRST.test(w) && !OPENERS.has(w);

/**
 * Names coordinated before a plural head they share are each a body: "the Democratic and Republican parties",
 * "the Labor or Liberal parties", "the Constitution and Libertarian parties" (the tagger reads places, MISC or
 * nothing). Each name is the capitalised words between the commas and "and"/"or"; a mention the tagger cut
 * otherwise, or a people or place among them ("Scottish and Welsh universities"), stops the rule.
 */
export const sharedHead: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out = mentions;
  for (let h = 2; h < tokens.length; h++) {
    if (!SHARED_HEADS.has(tokens[h]!.text)) continue;
    // Walk back over "A, B and C": runs of capitalised words separated by a comma or a conjunction.
    const runs: [number, number][] = [];
    let i = h - 1;
    let joined = false;
    while (i >= 0 && sentenceOf[i] === sentenceOf[h] && nameWord(tokens[i]!.text)) {
      const last = i;
      while (i - 1 >= 0 && sentenceOf[i - 1] === sentenceOf[h] && nameWord(tokens[i - 1]!.text) && last - i < 3) i--;
      runs.push([i, last]);
      const sep = tokens[i - 1]?.text ?? "";
      if (/^(?:and|or)$/.test(sep)) {
        joined = true;
        i -= 2;
        if (tokens[i]?.text === ",") i--;
      } else if (sep === "," && joined) i -= 2;
      else break;
    }
    if (!joined || runs.length < 2) continue;
    // Peoples and places ("Scottish and Welsh universities") are no bodies' names.
    if (runs.some(([a, b]) => lookupPlace(ctx.text.slice(tokens[a]!.start, tokens[b]!.end)))) continue;
    const next: Mention[] = [];
    let ok = true;
    for (const [a, b] of runs) {
      const same = out.find((m) => m.first === a && m.last === b);
      if (same) next.push(same);
      else if (out.some((m) => m.first <= b && m.last >= a)) ok = false;
    }
    if (!ok) continue;
    for (const [a, b] of runs) {
      const same = out.find((m) => m.first === a && m.last === b);
      if (same) {
        if (same.ref) continue;
        same.type = "ORG";
        same.country = null;
        same.method = "shared-head";
      } else out = [...out, makeMention(ctx, a, b, "ORG", "shared-head")];
    }
    out.sort((x, y) => x.start - y.start);
  }
  return out;
};
