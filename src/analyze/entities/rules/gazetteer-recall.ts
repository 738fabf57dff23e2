import { loadActors, lookupActor } from "../../../dict/actors.js";
import { lookupPlace, placeSurfaces } from "../../../dict/places.js";
import { tokenize } from "../../tokenize.js";
import { WORLD_REGIONS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

const MAX = 6;

/** First tokens (lower case) of every dictionary name: a run starting with any other word is not looked up. */
let firstWords: Set<string> | undefined;
const fold = (w: string) => w.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
function isFirstWord(w: string): boolean {
  if (!firstWords) {
    firstWords = new Set(["the"]);
    for (const names of [loadActors().exact.keys(), placeSurfaces(), WORLD_REGIONS])
      for (const n of names) {
        const t = tokenize(n)[0];
        if (t) firstWords.add(fold(t.text));
      }
  }
  let hit = firstWordCache.get(w);
  if (hit === undefined) {
    hit = firstWords.has(fold(w));
    if (firstWordCache.size > 100000) firstWordCache.clear();
    firstWordCache.set(w, hit);
  }
  return hit;
}
/** isFirstWord by word form (the fold is the costly part). */
const firstWordCache = new Map<string, boolean>();
const CAP_RE = /^[\p{Lu}]/u;
/** Starts with a capital letter: ASCII decided by its code (most tokens), anything else by CAP_RE. */
const CAP = {
  test(w: string): boolean {
    const c = w.charCodeAt(0);
    return c < 128 ? c >= 65 && c <= 90 : CAP_RE.test(w);
  },
};

/**
 * Names the tagger missed but our dictionaries know: the longest run of up to six tokens starting with
 * a capital that is a country, demonym, city, world region or dictionary actor. A lone capitalised word at the start of a
 * sentence must be a country, demonym or actor name (not a city that is also a common word).
 */
export const gazetteerRecall: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceStart, sentenceOf } = ctx.prep;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !CAP.test(tokens[i]!.text) || !isFirstWord(tokens[i]!.text)) continue;
    for (let j = Math.min(tokens.length - 1, i + MAX - 1); j >= i; j--) {
      if (sentenceOf[j] !== sentenceOf[i] || covered[j] || !CAP.test(tokens[j]!.text)) continue;
      const surface = ctx.text.slice(tokens[i]!.start, tokens[j]!.end);
      const place = lookupPlace(surface);
      const region = !place && WORLD_REGIONS.has(surface);
      const actor = place || region ? undefined : lookupActor(surface)[0];
      if (!place && !actor && !region) continue;
      if (i === j && sentenceStart[i] && place && (place.kind === "city" || place.kind === "region")) continue;
      if (place && place.kind === "region" && i === j && ctx.prep.stats.lower.has(surface.toLowerCase())) continue;
      const type = place ? (place.kind === "demonym" ? "NORP" : "GPE") : region ? "LOC" : actor?.type === "PER" ? "PER" : "ORG";
      // "The Russian government", "the United States": the article is no part of a place's name.
      const first = (place || region) && i < j && /^the$/i.test(tokens[i]!.text) ? i + 1 : i;
      added.push(makeMention(ctx, first, j, type, "gazetteer"));
      for (let k = i; k <= j; k++) covered[k] = 1;
      i = j;
      break;
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};
