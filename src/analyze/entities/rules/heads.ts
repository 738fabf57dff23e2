import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

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
      const own = m.last > m.first ? NAME_HEADS.get(tokens[m.last]!.text) : undefined;
      // "Jim Press" stays a person: a given name outweighs an organisation's head word.
      const person = m.type === "PER" && own === "ORG" && isGiven(tokens[m.first]!.text);
      if (own && own !== m.type && m.method === "tagger" && !person) m = { ...m, type: own as Mention["type"] };
    }
    out.push(m);
  }
  return out;
};
