import type { Token } from "../../tokenize.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/** Words that end the name of a military formation ("Eighth Air Force", "82nd Airborne Division", "65 Fighter Wing"). */
const UNIT_HEADS = new Set("Force Army Fleet Corps Division Brigade Regiment Battalion Squadron Wing Group Command".split(" "));
/** An ordinal or a formation's number: "Eighth", "Twenty-fourth", "82nd", "102d", "65". */
const NUMBER =
  /^(?:\d{1,3}(?:st|nd|rd|th|d)?|(?:Twenty-|Thirty-)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth))$/;
/** A numeral ordinal on its own ("the 139th"). */
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th|d)$/;
/** Words after "the Nth" that make it a clause's subject ("The 139th was formed", "the 65th also controlled"). */
const SUBJECT_NEXT = /^(?:was|were|is|has|had|also|then|along|later|(?!\p{Ll}*eed$)\p{Ll}{3,}ed)$/u;
/** Tokens before a number that make it a date or a count rather than a name. */
const NOT_BEFORE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|on|of|by|the|a|an|\$|£|€)$/i;

/** Lower-case words that may follow a formation named by a bare number ("65 Fighter Wing on 24 July 1943"). */
const AFTER_BARE = new Set("on in at and or from to was were is of".split(" "));

/**
 * Whether tokens i..j (a number, then capitalised words ending in a formation word) name a formation: not a date
 * or a count ("on 8 April", "$5 Army …"); a bare number only before punctuation or a function word, since
 * "two Air Force planes" and "100 Army officers" count ("65 Fighter Wing on 24 July 1943" names).
 */
function unitName(tokens: Token[], i: number, j: number, before: string): boolean {
  if (NOT_BEFORE.test(before) && before.toLowerCase() !== "the") return false;
  if (!/^\d+$/.test(tokens[i]!.text)) return true;
  const after = tokens[j + 1]?.text ?? ".";
  return j > i + 1 && (!LOWER_FIRST.test(after) || AFTER_BARE.has(after));
}

/**
 * Military formations named by a number: the number or ordinal opens the name when capitalised words ending in a
 * formation word follow it ("Eighth Air Force", "Redesignated 65 Fighter Wing on 24 July 1943"; the tagger keeps
 * only "Air Force" or misses it), and a numeral ordinal that a sentence makes its subject after "the" is the
 * formation it shortens ("The 139th was formed at Camp Howe", "In June 1985, the 65th assumed responsibility"):
 * only at a sentence's start or after a comma, not a day ("on the 25th").
 */
export const numberedUnits: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf, sentenceStart } = ctx.prep;
  const added: Mention[] = [];
  const dropped = new Set<Mention>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (!NUMBER.test(w)) continue;
    const before = i > 0 && sentenceOf[i - 1] === sentenceOf[i] ? tokens[i - 1]!.text : "";
    // "Eighth Air Force": capitalised words up to a formation word.
    let j = i + 1;
    while (
      j < tokens.length &&
      j - i <= 4 &&
      sentenceOf[j] === sentenceOf[i] &&
      UPPER_FIRST.test(tokens[j]!.text) &&
      !UNIT_HEADS.has(tokens[j]!.text)
    )
      j++;
    if (j < tokens.length && sentenceOf[j] === sentenceOf[i] && UNIT_HEADS.has(tokens[j]!.text) && unitName(tokens, i, j, before)) {
      const inside = within(mentions, i, j);
      if (!inside) continue;
      for (const m of inside) dropped.add(m);
      added.push(makeMention(ctx, i, j, "ORG", "numbered-unit"));
      i = j;
      continue;
    }
    // "The 139th was formed": a numeral ordinal as the subject.
    if (!ORDINAL.test(w) || before.toLowerCase() !== "the") continue;
    const open = sentenceStart[i - 1] || (i > 1 && tokens[i - 2]!.text === "," && sentenceOf[i - 2] === sentenceOf[i]);
    const next = tokens[i + 1]!;
    if (!open || sentenceOf[i + 1] !== sentenceOf[i] || !SUBJECT_NEXT.test(next.text)) continue;
    if (covers(mentions, i)) continue;
    added.push(makeMention(ctx, i, i, "ORG", "numbered-unit"));
  }
  if (!added.length) return mentions;
  return [...mentions.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start);
};

/**
 * The mentions that touch tokens i..j, or null when one of them reaches out of it or is a reference. (A function
 * of its own: closures in the token loop's body would make every token's pass allocate a scope for them.)
 */
function within(mentions: Mention[], i: number, j: number): Mention[] | null {
  const inside = mentions.filter((m) => m.first <= j && m.last >= i);
  return inside.some((m) => m.first < i || m.last > j || m.ref) ? null : inside;
}

/** Whether a mention covers token i. */
function covers(mentions: Mention[], i: number): boolean {
  return mentions.some((m) => m.first <= i && m.last >= i);
}
