import { lookupActor } from "../../../dict/actors.js";
import { lookupPlace } from "../../../dict/places.js";
import { capRatio } from "../features.js";
import { PERSON_TITLES } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const POSSESSIVE = /^['’]s$/;

/** Whether a place or actor dictionary knows the surface (not as a demonym). */
function known(surface: string): boolean {
  const place = lookupPlace(surface);
  return (place !== undefined && place.kind !== "demonym") || lookupActor(surface).length > 0;
}

/**
 * A name that owns the name after it is a name of its own: the tagger reads "Discovery Institute's Center for
 * Science and Culture", "Boeing's Launch Systems", "Washington's Capitol Hill" or "Konami's Beatmania" as one
 * mention; it is cut at the possessive when the owner is a place or an actor a dictionary knows, or a name of two
 * words or more ("American Civil Liberties Union's Reproductive Freedom Project"). The owned part stays a
 * mention when it has two words or more or a dictionary knows it ("Ford's US"). A name whose owner is a lone word
 * no dictionary knows keeps its possessive ("Couch's Division", "Rankin's Mill", "Elfa's Big Band", "Battle of
 * Sayler's Creek": after a lower-case word, the owner's last capitalised words count as a lone name), and so do
 * owners that end in a title or a common noun ("Alachua Sheriff's Office", "International Women's Day", "University
 * of Texas Men's Athletics Hall of Honor") and the names the dictionaries know whole ("People's Republic of China",
 * "Hawke's Bay").
 */
export const possessive: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  const out: Mention[] = [];
  const surface = (a: number, b: number) => ctx.text.slice(tokens[a]!.start, tokens[b]!.end);
  for (const m of mentions) {
    let p = -1;
    if (m.method === "tagger")
      for (let i = m.first + 1; i < m.last; i++)
        if (POSSESSIVE.test(tokens[i]!.text) && UPPER_FIRST.test(tokens[i + 1]!.text)) {
          p = i;
          break;
        }
    if (p < 0 || known(m.text)) {
      out.push(m);
      continue;
    }
    const owner = surface(m.first, p - 1);
    const ownerHead = tokens[p - 1]!.text;
    // The capitalised words that end the owner ("Washington" of "University of Washington", "Sayler" of "Battle of Sayler").
    let tail = p - 1;
    while (tail > m.first && UPPER_FIRST.test(tokens[tail - 1]!.text)) tail--;
    if (
      ((p - 1 === m.first || tail > m.first) && !known(surface(tail, p - 1)) && !known(owner)) ||
      PERSON_TITLES.has(ownerHead) ||
      (!known(owner) && /^[fr][01]$/.test(capRatio(ownerHead.toLowerCase())))
    ) {
      out.push(m);
      continue;
    }
    out.push(makeMention(ctx, m.first, p - 1, m.type, "tagger"));
    if (m.last > p + 1 || known(surface(p + 1, m.last))) out.push(makeMention(ctx, p + 1, m.last, m.type, "tagger"));
  }
  return out;
};
