import { lookupActor } from "../../../dict/actors.js";
import type { EntityRule } from "../mention.js";

/** Nouns of a person's office or trade that an apposition gives a name ("…, a spokesman for the PMF"). */
const PERSON_NOUN =
  /^(spokes(?:man|woman|person)|official|commander|adviser|advisor|minister|director|founder|chairman|chairwoman|lawyer|attorney|professor|journalist|reporter|senator|governor|mayor|ambassador|envoy|cleric|activist|colonel|captain|lieutenant|sergeant|detective|judge|prosecutor|economist|analyst|researcher|scientist|doctor|nurse|teacher|student|son|daughter|brother|sister|wife|husband|father|mother|widow)$/;
/** Words that may stand between the article and the noun ("a senior official", "the former deputy minister"). */
const MODIFIER =
  /^(senior|former|deputy|top|chief|local|military|political|foreign|retired|regional|provincial|acting|longtime|then|vice|assistant|associate|executive|national|prominent|leading|well-known)$/;

/**
 * A name the tagger typed as an organisation, place or thing that an apposition calls a person ("Ahmed
 * al-Assadi, a spokesman for the PMF", "…, the former deputy minister"): it is a person. Only names of two
 * words or more that no dictionary knows as an organisation and that name no place.
 */
export const appositions: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const low = (k: number) => (k < tokens.length ? tokens[k]!.text.toLowerCase() : "");
  for (const m of mentions) {
    if (m.type === "PER" || m.type === "GPE" || m.type === "NORP" || m.last === m.first || m.country) continue;
    let k = m.last + 1;
    if (low(k) !== "," || sentenceOf[k] !== sentenceOf[m.last]) continue;
    k++;
    if (/^(a|an|the)$/.test(low(k))) k++;
    for (let n = 0; n < 2 && MODIFIER.test(low(k)); n++) k++;
    // In lower case: a capitalised one is a title before the next name ("Heading into Super Tuesday, Senator
    // Bernie Sanders …").
    if (!PERSON_NOUN.test(tokens[k]?.text ?? "") || sentenceOf[k] !== sentenceOf[m.last]) continue;
    const known = lookupActor(m.text)[0];
    if (known && known.type !== "PER") continue;
    m.type = "PER";
    m.method = "apposition";
  }
  return mentions;
};
