import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

/**
 * "X of PLACE" is one name when X ends with a head word (data/ner/name-heads.tsv) and the place follows "of"
 * at once: "Port Authority of New York", "Supreme Court of Puerto Rico", "Western District of Texas". The
 * tagger often stops at "of" and tags the place apart; the whole name takes the head's type.
 */
export const ofPlace: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    const head = NAME_HEADS.get(tokens[m.last]!.text);
    if (
      head &&
      next &&
      (next.type === "GPE" || next.type === "LOC") &&
      next.first === m.last + 2 &&
      tokens[m.last + 1]!.text === "of" &&
      sentenceOf[next.last] === sentenceOf[m.first]
    ) {
      out.push(makeMention(ctx, m.first, next.last, head as Mention["type"], m.method ?? "tagger"));
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
};
