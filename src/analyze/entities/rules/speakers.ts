import { lookupActor } from "../../../dict/actors.js";
import { CAP_COUNTS, NAME_HEADS, PERSON_TITLES } from "../gazetteer.js";
import type { EntityRule } from "../mention.js";
import { isGiven } from "./split-title.js";

/** Verbs of saying right after a name ("Yett said", "Al Jazeera reported"). */
const SAID = /^(said|says|told|tells|added|adds|wrote|writes|reported|reports|stated|states|explained|explains|noted|notes|tweeted)$/;

/**
 * A place does not speak: a name typed LOC that says something ("Sheldon Yett said", "according to the Cyprus
 * Mail", "the Baltimore Sun reported") is a person when it opens with a given name, else an organisation. A
 * country or city (GPE) that speaks stands for its government and keeps its type.
 */
export const speakers: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const low = (k: number) => (k >= 0 && k < tokens.length ? tokens[k]!.text.toLowerCase() : "");
  /** A given name as the text uses it: not a word news mostly writes in lower case ("United"). */
  const given = (w: string) => {
    const c = CAP_COUNTS.get(w.toLowerCase());
    return isGiven(w) && !(c && c[1] > c[0]);
  };
  for (const m of mentions) {
    // A known place (with its country) or a name with a place's head word ("Coös County") speaks for its
    // government.
    if (m.type !== "LOC" || m.country || NAME_HEADS.get(tokens[m.last]!.text) === "LOC") continue;
    const next = m.last + 1;
    const says = sentenceOf[next] === sentenceOf[m.last] && SAID.test(low(next));
    const k = low(m.first - 1) === "the" ? m.first - 2 : m.first - 1;
    const source = low(k) === "to" && low(k - 1) === "according";
    if (!says && !source) continue;
    const first = tokens[m.first]!.text;
    const known = lookupActor(m.text)[0];
    m.type = known
      ? known.type === "PER"
        ? "PER"
        : "ORG"
      : PERSON_TITLES.has(first) || (m.last > m.first && given(first))
        ? "PER"
        : "ORG";
    m.method = "speaker";
  }
  return mentions;
};
