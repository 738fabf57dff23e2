import { type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const OPEN = /^["“]$/;
const CLOSE = /^["”]$/;
/** Capitalised words that start a clause or a date, not a family name. */
const NOT_FAMILY =
  /^(?:The|A|An|And|But|Or|In|On|At|For|By|He|She|It|They|We|I|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
/** Family-name particles written capitalised ("Van Halen", "Di Cicco", "De Niro"). */
const PARTICLE = /^(?:Van|Von|Di|De|Da|Del|Della|Du|Le|La|Mac|Mc|O')$/;

// Hoisted out of nicknames: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LETTER_FIRST = /^\p{L}/u;

/**
 * A nickname in quotes between a given name and a family name belongs to the person's name: 'William Mailes
 * "Cowboy" Cowley', 'Matiu "Matt" Ratana', 'Edward Lodewijk "Eddie" Van Halen'. The tagger ends the name at the
 * quote and tags the family name apart (or not at all: "May"); the whole run becomes one PER mention, and
 * mentions inside it go. The part before the quote must be a PER mention or a given name.
 */
export const nicknames: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const n = tokens.length;
  const at = (i: number) => tokens[i]!.text;
  const glued = (i: number) => tokens[i]!.start === tokens[i - 1]!.end;
  const starting = new Map<number, Mention>();
  const ending = new Map<number, Mention>();
  const covered = new Uint8Array(n);
  for (const m of mentions) {
    starting.set(m.first, m);
    ending.set(m.last, m);
    for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  }
  const joined: { first: number; last: number; from: Mention | undefined }[] = [];
  for (let q = 1; q + 3 < n; q++) {
    if (!OPEN.test(at(q))) continue;
    // One or two capitalised words glued inside the quotes.
    let r = q + 1;
    while (r < n && r <= q + 3 && UPPER_FIRST.test(at(r)) && LETTER_FIRST.test(at(r))) r++;
    if (r === q + 1 || r > q + 3 || r + 1 >= n || !CLOSE.test(at(r)) || !glued(q + 1) || !glued(r)) continue;
    const left = q - 1;
    const right = r + 1;
    if (sentenceOf[left] !== sentenceOf[right] || glued(q) || glued(right)) continue;
    if (!UPPER_FIRST.test(at(left)) || !UPPER_FIRST.test(at(right)) || NOT_FAMILY.test(at(right))) continue;
    // The given name: a PER mention ending before the quote, or an uncovered given name.
    const before = ending.get(left);
    let first: number;
    if (before) {
      if (before.type !== "PER") continue;
      first = before.first;
    } else if (!covered[left] && isGiven(at(left))) first = left;
    else continue;
    // The family name: a mention starting after the quote (not a person of its own), or uncovered capitalised words.
    const after = starting.get(right);
    let last: number;
    if (after) {
      if (after.last - after.first > 2 || after.type === "GPE" || after.type === "NORP") continue;
      last = after.last;
    } else if (!covered[right]) {
      last = right;
      while (PARTICLE.test(at(last)) && last + 1 < n && UPPER_FIRST.test(at(last + 1)) && !covered[last + 1] && !glued(last + 1)) last++;
    } else continue;
    joined.push({ first, last, from: before });
  }
  if (!joined.length) return mentions;
  let out = mentions;
  for (const j of joined) {
    const wide = makeMention(ctx, j.first, j.last, "PER", j.from?.method ?? "tagger");
    out = [...out.filter((o) => o.last < j.first || o.first > j.last), wide].sort((a, b) => a.start - b.start);
  }
  return out;
};
