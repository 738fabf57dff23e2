import { PERSON_TITLES } from "../gazetteer.js";
import type { EntityRule } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * Occupations that stand before a person's name in news ("scientist X", "economist X"), besides the
 * titles of the gazetteer.
 */
const OCCUPATIONS = new Set([
  "scientist",
  "researcher",
  "economist",
  "professor",
  "lawyer",
  "attorney",
  "historian",
  "journalist",
  "reporter",
  "author",
  "actor",
  "actress",
  "singer",
  "coach",
  "activist",
  "campaigner",
  "blogger",
  "filmmaker",
  "artist",
  "writer",
  "novelist",
  "poet",
  "businessman",
  "businesswoman",
  "entrepreneur",
  "politician",
  "diplomat",
]);

/** Stage titles written inside a performer's name ("DJ Tiësto", "MC Hammer"): the name is the whole run. */
const STAGE_TITLES = new Set(["DJ", "MC"]);

/**
 * "President X", "spokesman X", "Dr. X", "scientist X": a name right after a person title is a person; so is a
 * name that opens with a stage title ("DJ AM, DJ IRIE, DJ KALED" the tagger read as organisations).
 */
export const titles: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  for (const m of mentions) {
    if (m.type === "PER" || m.ref || m.country) continue;
    if (m.last > m.first && STAGE_TITLES.has(tokens[m.first]!.text) && UPPER_FIRST.test(tokens[m.first + 1]!.text)) {
      m.type = "PER";
      m.method = "title-rule";
      continue;
    }
    const p = m.first - 1;
    if (p < 0 || sentenceOf[p] !== sentenceOf[m.first]) continue;
    if ((PERSON_TITLES.has(tokens[p]!.text) || OCCUPATIONS.has(tokens[p]!.text)) && UPPER_FIRST.test(m.text)) {
      m.type = "PER";
      m.method = "title-rule";
    }
  }
  return mentions;
};
