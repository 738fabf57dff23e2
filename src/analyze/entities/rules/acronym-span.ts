import { type EntityContext, type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}{2,8}$/u;

/** Lower-case words and marks that may stand between the capitalised words of one long name. */
const LINKS = new Set([",", "and", "&", "of", "for", "the", "on", "in", "to"]);

/**
 * A long name that the tagger cut into pieces, followed by its abbreviation in brackets: "United Nations
 * Educational, Scientific and Cultural Organization (UNESCO)" came out as three names. When the initials of the
 * capitalised words that end just before the bracket spell the abbreviation, and that stretch holds two or more
 * mentions, one of them an organisation, and none reaching out of it, it is one organisation: the mentions inside
 * it become one, which takes the type, country and sector the abbreviation's own mention has. Words no mention
 * covers are not made a name here: most are a term explained ("Computer Aided Design (CAD)").
 */
export const acronymSpan: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out = mentions;
  for (let open = 1; open + 2 < tokens.length; open++) {
    if (tokens[open]!.text !== "(" || tokens[open + 2]!.text !== ")") continue;
    const abbr = tokens[open + 1]!.text;
    if (!ABBREVIATION.test(abbr)) continue;
    const first = nameStart(tokens, sentenceOf, open, abbr);
    if (first === null) continue;
    out = joinSpan(ctx, out, first, open);
  }
  return out;
};

/**
 * The mentions with those inside [first, open) made one organisation (see acronymSpan), or `out` itself when they
 * do not qualify. (A function of its own: closures in the token loop's body would make every token's pass
 * allocate a scope for them.)
 */
function joinSpan(ctx: EntityContext, out: Mention[], first: number, open: number): Mention[] {
  const last = open - 1;
  const inside = out.filter((m) => m.last >= first && m.first <= last);
  if (inside.length < 2 || inside.some((m) => m.first < first || m.last > last) || !inside.some((m) => m.type === "ORG")) return out;
  const own = out.find((m) => m.first === open + 1 && m.last === open + 1);
  const joined: Mention = makeMention(ctx, first, last, own && own.type !== "PER" ? own.type : "ORG", "acronym-span");
  if (own?.country != null) joined.country = own.country;
  if (own?.sector != null) joined.sector = own.sector;
  return [...out.filter((m) => !inside.includes(m)), joined].sort((a, b) => a.start - b.start);
}

/**
 * The first token of the name the abbreviation before `open` stands for: walking back over capitalised words and
 * the links between them, the point where the initials read so far spell the abbreviation, or null.
 */
function nameStart(tokens: { text: string }[], sentenceOf: number[], open: number, abbr: string): number | null {
  let want = abbr.length;
  for (let i = open - 1; i >= 0 && sentenceOf[i] === sentenceOf[open]; i--) {
    const w = tokens[i]!.text;
    if (UPPER_FIRST.test(w)) {
      if (w[0] !== abbr[want - 1]) return null;
      want--;
      if (want === 0) return i;
    } else if (!LINKS.has(w) || i === open - 1) return null;
  }
  return null;
}
