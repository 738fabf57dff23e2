import { CAP_COUNTS, FIRST_NAMES, NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/** At most this many capitalised words after "and" join the name. */
const MAX_TAIL = 3;

/**
 * A word that news also writes in lower case ("Prevention", "Atmospheric", "Rescue"; data/ner/cap-ratio.tsv):
 * not a name of its own such as "Wales", "Davis", "NPR", nor a word it never wrote ("Salta").
 */
function common(w: string): boolean {
  if (w.length > 1 && w === w.toUpperCase()) return false;
  if (FIRST_NAMES.has(w)) return false;
  return (CAP_COUNTS.get(w.toLowerCase())?.[1] ?? 0) > 0;
}

/**
 * An organisation's name that goes on past "and" ("Centers for Disease Control and Prevention", "National Oceanic
 * and Atmospheric Administration", "North Wales Fire and Rescue Service"): the tagger often stops at "and".
 * The capitalised words after "and" join the name when all of them are common words, no other name covers them
 * beyond themselves (not "Center for Biological Diversity and Center for Food Safety") and either the name has
 * "of"/"for" in it and they do not end with a head word of their own, or they end with an organisation's head
 * word (`name-heads.tsv`) and the name before "and" ends with a common word that is no head word ("London
 * Ambulance Service and London Fire Brigade", "Toyota and General Motors" are two).
 */
export const andName: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const n = tokens.length;
  const out: Mention[] = [];
  let skipTo = -1;
  for (const m of mentions) {
    if (m.first <= skipTo) continue;
    const and = m.last + 1;
    if (m.type !== "ORG" || and + 1 >= n || tokens[and]!.text !== "and" || sentenceOf[and + 1] !== sentenceOf[m.first]) {
      out.push(m);
      continue;
    }
    let end = and;
    while (end + 1 < n && sentenceOf[end + 1] === sentenceOf[m.first] && UPPER_FIRST.test(tokens[end + 1]!.text)) end++;
    const tail = tokens.slice(and + 1, end + 1).map((t) => t.text);
    const ownHead = NAME_HEADS.get(tokens[m.last]!.text) === "ORG";
    const tailHead = NAME_HEADS.get(tail[tail.length - 1] ?? "") === "ORG";
    const ofName = m.text.includes(" of ") || m.text.includes(" for ");
    const others = mentions.filter((o) => o.last > and && o.first <= end);
    const ok =
      tail.length > 0 &&
      tail.length <= MAX_TAIL &&
      tail.every(common) &&
      !ownHead &&
      (ofName ? !tailHead : tailHead && common(tokens[m.last]!.text)) &&
      others.every((o) => o.first > and && o.last <= end && o.type !== "PER");
    if (!ok) {
      out.push(m);
      continue;
    }
    const joined = makeMention(ctx, m.first, end, "ORG", m.method ?? "tagger");
    out.push(joined);
    skipTo = end;
  }
  return out;
};
