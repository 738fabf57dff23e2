import { lookupActor } from "../../../dict/actors.js";
import { lookupPlace } from "../../../dict/places.js";
import { WORLD_REGIONS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

const MAX = 6;

/** Does the actor dictionary know this surface as an organisation's name? */
const isOrgName = (surface: string): boolean => lookupActor(surface).some((e) => e.type === "ORG");

/**
 * A name the tagger cut short of a longer place name ("Bosnia" in "Bosnia and Herzegovina", "Trinidad" in
 * "Trinidad and Tobago") takes the whole dictionary name; mentions inside it go. So does a name cut at the
 * "and" of an organisation the actor dictionary knows ("Avon" in "Avon and Somerset Police"), as an ORG.
 */
export const extend: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out: Mention[] = mentions;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    for (let j = Math.min(tokens.length - 1, m.first + MAX - 1); j > m.last; j--) {
      if (sentenceOf[j] !== sentenceOf[m.first] || !UPPER_FIRST.test(tokens[j]!.text)) continue;
      const surface = ctx.text.slice(tokens[m.first]!.start, tokens[j]!.end);
      const place = lookupPlace(surface) !== undefined || WORLD_REGIONS.has(surface);
      if (!place && !(tokens[m.last + 1]?.text === "and" && isOrgName(surface))) continue;
      const wide = place ? makeMention(ctx, m.first, j, "GPE", "gazetteer") : makeMention(ctx, m.first, j, "ORG", "dictionary");
      out = [...out.slice(0, k), wide, ...out.slice(k + 1).filter((o) => o.first > j)];
      break;
    }
  }
  return out;
};
