import { type EntityContext, type EntityRule, type Mention, makeMention } from "../mention.js";

/** Words a title leaves in lower case inside it ("Flying Saucers of the West"). */
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from"]);
/** Title tokens: capitalised words, numbers, and the joints of subtitles ("Bob Lazar: Area 51 & Flying Saucers"). */
const PART = /^(?:[\p{Lu}\d][\p{L}\d'’.-]*|:|&|['’]s)$/u;
/** "is entitled to", "feel entitled": the adjective of a right, not the naming of a work. */
const NOT_NAMING = /^(?:is|are|was|were|be|been|being|feel|feels|felt|not|fully|legally)$/i;

// Hoisted out of entitledTitles: tsx compiles a `\p{…}` literal inside a function anew at every call.
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\d]/u;

/**
 * A work named after "entitled" or "titled" without quotation marks ("an artwork entitled America made by Italian
 * artist Maurizio Cattelan", "A 2018 documentary film titled Bob Lazar: Area 51 & Flying Saucers") is a title,
 * MISC: the place or person the tagger found in it is no mention of its own. The title runs over capitalised
 * words, numbers and the small words of titles, up to ten tokens.
 */
export const entitledTitles: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out = mentions;
  for (let i = 1; i < tokens.length - 1; i++) {
    const w = tokens[i]!.text;
    // (By length first: this runs on every token.)
    if ((w.length !== 8 && w.length !== 6) || !/^(?:en)?titled$/i.test(w)) continue;
    if (NOT_NAMING.test(tokens[i - 1]!.text)) continue;
    const a = i + 1;
    if (sentenceOf[a] !== sentenceOf[i] || !CAPITAL_OR_DIGIT_FIRST.test(tokens[a]!.text)) continue;
    let b = a;
    for (let j = a + 1; j < tokens.length && j < a + 10 && sentenceOf[j] === sentenceOf[i]; j++) {
      const w = tokens[j]!.text;
      if (PART.test(w)) b = j;
      else if (!SMALL.has(w) || !CAPITAL_OR_DIGIT_FIRST.test(tokens[j + 1]?.text ?? "")) break;
    }
    while (b > a && /^[:&]$/.test(tokens[b]!.text)) b--;
    const titled = titleOver(ctx, out, a, b);
    if (!titled) continue;
    out = titled;
    i = b;
  }
  return out;
};

/**
 * The mentions with those inside tokens a..b replaced by one title, or null when none lies inside or one reaches
 * across its edge. (A function of its own: closures in the token loop's body would make every token's pass
 * allocate a scope for them.)
 */
function titleOver(ctx: EntityContext, out: Mention[], a: number, b: number): Mention[] | null {
  const inside = out.filter((m) => m.first >= a && m.last <= b);
  if (!inside.length || out.some((m) => m.first <= b && m.last >= a && (m.first < a || m.last > b))) return null;
  return [...out.filter((m) => !inside.includes(m)), makeMention(ctx, a, b, "MISC", "entitled-title")].sort((x, y) => x.start - y.start);
}
