import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

/**
 * Head words that type a name after the tagger but are no tagger feature (data/ner/name-heads.tsv is one, and
 * the shipped model was trained with it): bodies whose head the tagger reads as a place or a person
 * ("Connecticut Lottery", "New York Stock Exchange", "Pre-Raphaelite Brotherhood", "Orlando Sentinel"), features
 * of the land it reads as persons ("Willett Brook", "Bakken Formation", "Bobby Morris Playfield"), and areas and
 * built places it reads as organisations ("Sojka Pavilion", "Legislative Council Complex").
 */
const RULE_HEADS = new Map<string, string>(
  [
    "Lottery",
    "Exchange",
    "Brotherhood",
    "Sisterhood",
    "Fraternity",
    "Affiliation",
    "Sentinel",
    "Chronicle",
    "Inquirer",
    "Examiner",
    "Courier",
    "Telegraph",
    "Observer",
  ]
    .map((w): [string, string] => [w, "ORG"])
    .concat(
      [
        "Brook",
        "Pond",
        "Formation",
        "Playfield",
        "Glacier",
        "Volcano",
        "Crater",
        "Reef",
        "Lagoon",
        "Marsh",
        "Cove",
        // Built places and fields the tagger reads as organisations ("Coleman Federal Correctional Complex", "Sojka
        // Pavilion", "Mount Vernon Estate", "Flanders Fields", "Nagle Place"); not "Area" ("African Continental
        // Free Trade Area" is a body).
        "Complex",
        "Pavilion",
        "Estate",
        "Fields",
        "Place",
      ].map((w) => [w, "LOC"]),
    ),
);
/** Words that open names of places ("Lake Chad", "Camp Howe", "Fort Knox", "Mount Vernon", "Cape Verde"), which the tagger reads as persons. */
const PLACE_OPENERS = new Set(["Lake", "Camp", "Fort", "Mount", "Mt.", "Cape"]);
/** Heads of built places and fields among them, which are family names too ("James Alex Fields"). */
const BUILT = new Set(["Complex", "Pavilion", "Estate", "Fields", "Place"]);
const headOf = (w: string) => NAME_HEADS.get(w) ?? RULE_HEADS.get(w);
/** Two-word heads of bodies whose last word alone heads places ("Dover Area School District", "Orlando Regional Medical Center"). */
const BODY_HEADS = new Set(["School District", "Medical Center", "Medical Centre"]);

/**
 * A name's head word types it (data/ner/name-heads.tsv): "Hay Street" is a place whatever the tagger said,
 * and a name the tagger cut before its head ("Singapore" of "Singapore Airlines") takes the head in.
 */
export const heads: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    let m = mentions[k]!;
    const j = m.last + 1;
    const next = tokens[j];
    const head =
      next && sentenceOf[j] === sentenceOf[m.last] && next.start === tokens[m.last]!.end + 1 ? NAME_HEADS.get(next.text) : undefined;
    if (head && !mentions.some((o) => o !== m && o.first <= j && j <= o.last)) {
      m = makeMention(ctx, m.first, j, head as Mention["type"], m.method ?? "tagger");
    } else {
      const own =
        m.last > m.first + 1 && BODY_HEADS.has(`${tokens[m.last - 1]!.text} ${tokens[m.last]!.text}`)
          ? "ORG"
          : m.last > m.first
            ? headOf(tokens[m.last]!.text)
            : undefined;
      // "Jim Press" and "James Alex Fields" stay persons: a given name outweighs an organisation's head word or a
      // built place's that is also a family name ("Bobby Morris Playfield" is a place).
      const person = m.type === "PER" && (own === "ORG" || BUILT.has(tokens[m.last]!.text)) && isGiven(tokens[m.first]!.text);
      if (own && own !== m.type && m.method === "tagger" && !person) m = { ...m, type: own as Mention["type"] };
      else if (!own && m.type === "PER" && m.method === "tagger" && m.last > m.first && PLACE_OPENERS.has(tokens[m.first]!.text))
        m = { ...m, type: "LOC" };
    }
    out.push(m);
  }
  return out;
};
