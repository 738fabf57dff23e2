import type { Token } from "../../tokenize.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s$/;
/** Tokens that close a noun phrase: after "X's" they leave the possessive nothing to own. */
const CLOSE = /^(?:,|\.|;|:|\)|and|or)$/;
/** Verbs whose object may be a business named "X's" ("purchased Nicholson's and sold …"). */
const TAKE = /^(?:purchased|bought|acquired|became|replaced|joined)$/;

/**
 * Whether the "X's" at the mention m (its "'s" at k) names a business rather than owns something: it owns nothing
 * (punctuation or "and"/"or" follows) and it stands where a business does — after "at" ("performed regularly at
 * Tokyo Rose and Miller's, and"), as the object of "purchased" or "became" ("Thalhimer's became Hecht's in 1992"),
 * before "became" or after it before "in" ("which became Macy's in 2006"), or in a list beside another name that owns nothing ("with Ivey's and Hudson Belk as anchors",
 * "anchors: Thalhimer's, JC Penney, and Sears"); not "a bracelet of Navaratnam's." or "Newton's and Kepler's laws".
 */
function isStore(tokens: Token[], byFirst: Map<number, Mention>, byLast: Map<number, Mention>, m: Mention, k: number): boolean {
  const next = tokens[k + 1]?.text ?? ".";
  const before = tokens[m.first - 1]?.text ?? "";
  if (next === "became" || (before === "became" && next === "in")) return true;
  if (!CLOSE.test(next)) return false;
  if (before === "at" || TAKE.test(before)) return true;
  // A neighbour in a list: a name right after the comma or conjunction, or right before one.
  let j = k + 2;
  if (next === "," && /^(?:and|or)$/.test(tokens[j]?.text ?? "")) j++;
  const after = next === "." || next === ";" ? undefined : byFirst.get(j);
  const prev = /^(?:,|and|or)$/.test(before) ? byLast.get(m.first - 2) : undefined;
  const owns = (o: Mention) => POSSESSIVE.test(tokens[o.last + 1]?.text ?? "");
  return (!!after && !owns(after)) || (!!prev && !owns(prev) && prev.type !== "GPE");
}

/**
 * Shops, bars and firms named "X's" keep the "'s" in their name ("Ivey's", "Miller's", "Macy's"); the tagger and
 * the trim pass take the word alone as a person or a firm. Where one occurrence of "X's" names a business (see
 * `isStore`), every "X's" of the article is that business.
 */
export const storeNames: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const byFirst = new Map<number, Mention>();
  const byLast = new Map<number, Mention>();
  for (const m of mentions) {
    byFirst.set(m.first, m);
    byLast.set(m.last, m);
  }
  const stores = new Set<string>();
  for (const m of mentions) {
    const k = m.last + 1;
    if (m.ref || !POSSESSIVE.test(tokens[k]?.text ?? "") || sentenceOf[k] !== sentenceOf[m.last]) continue;
    if (isStore(tokens, byFirst, byLast, m, k)) stores.add(m.text);
  }
  // A capitalised word the tagger left out, after "became" ("Thalhimer's became Hecht's in 1992, which became Macy's").
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered.add(i);
  const added: Mention[] = [];
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (covered.has(i) || tokens[i - 1]!.text !== "became" || !UPPER_FIRST.test(tokens[i]!.text) || !POSSESSIVE.test(tokens[i + 1]!.text))
      continue;
    const next = tokens[i + 2]?.text ?? ".";
    if (sentenceOf[i + 1] !== sentenceOf[i] || !(CLOSE.test(next) || next === "in")) continue;
    added.push(makeMention(ctx, i, i + 1, "ORG", "store-name"));
  }
  if (!stores.size && !added.length) return mentions;
  const out = mentions.map((m) => {
    const k = m.last + 1;
    if (!stores.has(m.text) || m.ref || !POSSESSIVE.test(tokens[k]?.text ?? "") || sentenceOf[k] !== sentenceOf[m.last]) return m;
    return makeMention(ctx, m.first, k, "ORG", "store-name");
  });
  return added.length ? [...out, ...added].sort((a, b) => a.start - b.start) : out;
};
