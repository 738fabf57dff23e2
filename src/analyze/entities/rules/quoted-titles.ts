import { lookupPlace } from "../../../dict/places.js";
import { type EntityContext, type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

const OPEN = new Set(['"', "“"]);
const CLOSE = new Set(['"', "”"]);
/** Words a title leaves in lower case ("Anarchy in Tokyo", "Sisters of Heresy", "Time to Wake Up"). */
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from", "into", "is"]);
/** Words before a quoted name rather than a title ("a band called", "credited as", "spelled", "nicknamed"). */
const NAMING = /^(?:called|named|as|spelled|spelt|dubbed|nicknamed|known|stated|read)$/i;
const CAPITAL = /^[\p{Lu}\d]/u;
const WORD = /^[\p{L}\d]/u;

/**
 * A title in double quotes (a song, a book, a show, a tour: "Anarchy in Tokyo", "Sisters of Heresy", "Buddha
 * for Mary", "Hockey: Canada's Royal Winter Game") is a work, MISC: the names the tagger found inside it ("Tokyo",
 * "Heresy", "Mary", "Canada") are no mention of their own. A title has two to eight words, each capitalised but
 * for the small words of titles. Not a quoted name after "called", "named", "known as" or "spelled" (a band, a
 * nickname), nor a nickname between two names ('William "Cowboy" Cowley'); a whole quoted organisation, person or
 * place name stays.
 */
export const quotedTitles: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out = mentions;
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 14 && !CLOSE.has(tokens[j]!.text) && sentenceOf[j] === sentenceOf[i]) j++;
    if (j >= tokens.length || !CLOSE.has(tokens[j]!.text) || sentenceOf[j] !== sentenceOf[i]) continue;
    const start = i;
    i = j;
    // The words inside, without a closing stop ("Time to Wake Up.").
    const a = start + 1;
    let b = j - 1;
    while (b >= a && /^[.,!?;:]$/.test(tokens[b]!.text)) b--;
    const words = tokens.slice(a, b + 1).filter((t) => WORD.test(t.text));
    if (words.length < 2 || words.length > 8 || !CAPITAL.test(tokens[a]!.text) || !CAPITAL.test(words.at(-1)!.text)) continue;
    if (!words.every((t) => CAPITAL.test(t.text) || SMALL.has(t.text) || /^['’]s$/.test(t.text))) continue;
    const before = tokens[start - 1];
    // "songs such as" lists titles.
    if (
      before &&
      sentenceOf[start - 1] === sentenceOf[start] &&
      NAMING.test(before.text) &&
      !(before.text === "as" && tokens[start - 2]?.text === "such")
    )
      continue;
    const after = tokens[j + 1];
    if (
      before &&
      after &&
      CAPITAL.test(before.text) &&
      WORD.test(before.text) &&
      CAPITAL.test(after.text) &&
      sentenceOf[j + 1] === sentenceOf[j]
    )
      continue;
    out = titleOver(ctx, out, a, b);
  }
  return out;
};

/**
 * The mentions with those inside tokens a..b replaced by one title, or `out` itself when none lies inside, one
 * reaches across its edge, or the quotes hold one whole name. (A function of its own: closures in the token loop's
 * body would make every token's pass allocate a scope for them.)
 */
function titleOver(ctx: EntityContext, out: Mention[], a: number, b: number): Mention[] {
  const inside = out.filter((m) => m.first >= a && m.last <= b);
  if (!inside.length || out.some((m) => m.first <= b && m.last >= a && (m.first < a || m.last > b))) return out;
  // A whole name in quotes stays a name: an organisation, a person by a given name ('shortened to "Doris Day,"'),
  // a known place ('The "United States" is not holding').
  const whole = inside.length === 1 && inside[0]!.first === a && inside[0]!.last === b ? inside[0]! : undefined;
  if (whole && (whole.type === "ORG" || (whole.type === "PER" && isGiven(ctx.prep.tokens[a]!.text)) || lookupPlace(whole.text))) return out;
  const title: Mention = makeMention(ctx, a, b, "MISC", "quoted-title");
  return [...out.filter((m) => !inside.includes(m)), title].sort((x, y) => x.start - y.start);
}
