import { lookupPlace } from "../../../dict/places.js";
import { WORLD_REGIONS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

const MAX = 6;

/**
 * A name the tagger cut short of a longer place name ("Bosnia" in "Bosnia and Herzegovina", "Trinidad" in
 * "Trinidad and Tobago") takes the whole dictionary name; mentions inside it go.
 */
export const extend: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  let out: Mention[] = mentions;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    for (let j = Math.min(tokens.length - 1, m.first + MAX - 1); j > m.last; j--) {
      if (sentenceOf[j] !== sentenceOf[m.first] || !UPPER_FIRST.test(tokens[j]!.text)) continue;
      const surface = ctx.text.slice(tokens[m.first]!.start, tokens[j]!.end);
      if (!lookupPlace(surface) && !WORLD_REGIONS.has(surface)) continue;
      const wide = makeMention(ctx, m.first, j, "GPE", "gazetteer");
      out = [...out.slice(0, k), wide, ...out.slice(k + 1).filter((o) => o.first > j)];
      break;
    }
  }
  return out;
};
