import { lookupPlace } from "../../../dict/places.js";
import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

/**
 * "Washington, D.C." is one place, the capital, not the state or the government (the tagger and the gazetteer
 * give "Washington" and "D.C." apart, and "Washington" alone is also the state and a metonym).
 */
function districtOfColumbia(ctx: Parameters<EntityRule>[0], mentions: Mention[]): Mention[] {
  const { tokens, sentenceOf } = ctx.prep;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const dc = mentions[k + 1];
    if (
      dc &&
      m.text === "Washington" &&
      /^D\.C\.?$/.test(dc.text) &&
      dc.first === m.last + 2 &&
      tokens[m.last + 1]!.text === "," &&
      sentenceOf[dc.first] === sentenceOf[m.last]
    ) {
      out.push({ ...makeMention(ctx, m.first, dc.last, "GPE", "places"), name: "Washington, D.C.", country: "USA" });
      k++;
    } else out.push(m);
  }
  return out;
}

/** Words before a place ("born in Fort Lauderdale, Florida", "marching from Poolesville to Sandy Hook, Maryland"). */
const LOCATIVE = /^(?:in|at|near|from|to|outside|born)$/;
/**
 * What may follow the state or country when it closes the town's phrase: punctuation, a preposition or
 * conjunction, or a word of time ("Fort Lauderdale, Florida)", "Sandy Hook, Maryland from where", "Cotton Tree,
 * Australia on Saturday"); not the verb or adjective of a new clause ("According to CNN, Turkey has …").
 */
const CLOSES =
  /^(?:[,.;:)\]]|in|on|at|near|from|to|and|or|for|with|where|which|when|while|before|after|during|until|since|yesterday|today|tonight|shortly|earlier|later|last|this|next)$/;

/**
 * A name followed by a comma and a state, province or country is a town there ("was born in Fort Lauderdale,
 * Florida", "Doyt Perry Stadium in Bowling Green, Ohio"; the tagger read an organisation or a person): after a
 * word of place, or after a comma when its first word is no given name ("(born December 16, 1973, Fort
 * Lauderdale, Florida)"); not a body ("Christchurch District Court, New Zealand"), a new clause after the
 * region ("According to CNN, Turkey has") or a list of names ("Yes, Gentle Giant, Kansas, Tangerine Dream"). Names from a
 * dictionary keep their type.
 */
export const cityRegion: EntityRule = (ctx, all) => {
  const { tokens, sentenceOf } = ctx.prep;
  const mentions = districtOfColumbia(ctx, all);
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) byFirst.set(m.first, m);
  for (const m of mentions) {
    if (m.ref || m.method !== "tagger" || (m.type !== "ORG" && m.type !== "PER" && m.type !== "MISC")) continue;
    const region = tokens[m.last + 1]?.text === "," ? byFirst.get(m.last + 2) : undefined;
    if (!region || sentenceOf[region.first] !== sentenceOf[m.last]) continue;
    const hit = lookupPlace(region.text);
    if (!hit || (hit.kind !== "region" && hit.kind !== "country")) continue;
    // Not a list of names ("Yes, Gentle Giant, Kansas, Tangerine Dream") or a new clause.
    const after = tokens[region.last + 1]?.text ?? ".";
    if ((after === "," && byFirst.has(region.last + 2)) || !CLOSES.test(after)) continue;
    // Not a body named by its head ("appeared in Christchurch District Court, New Zealand").
    if (NAME_HEADS.get(tokens[m.last]!.text) === "ORG") continue;
    const before = tokens[m.first - 1]?.text ?? "";
    if (!(LOCATIVE.test(before) || (before === "," && !isGiven(tokens[m.first]!.text)))) continue;
    m.type = "GPE";
    m.country = hit.country;
    m.method = "city-region";
  }
  return mentions;
};
