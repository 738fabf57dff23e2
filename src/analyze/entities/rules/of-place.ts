import { NAME_HEADS } from "../gazetteer.js";
import { type EntityRule, joinAcross, type Mention } from "../mention.js";

/**
 * "X of PLACE" is one name when X ends with a head word (data/ner/name-heads.tsv) and the place follows "of"
 * at once: "Port Authority of New York", "Supreme Court of Puerto Rico", "Western District of Texas". The
 * tagger often stops at "of" and tags the place apart; the whole name takes the head's type.
 */
export const ofPlace: EntityRule = (ctx, mentions) =>
  joinAcross(ctx, mentions, (m, next, between) => {
    const head = NAME_HEADS.get(ctx.prep.tokens[m.last]!.text);
    return head && between === "of" && (next.type === "GPE" || next.type === "LOC") ? (head as Mention["type"]) : null;
  });
