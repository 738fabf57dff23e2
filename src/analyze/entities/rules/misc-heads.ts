import type { EntityRule } from "../mention.js";

/**
 * Names of laws, treaties, wars, prizes and contests are neither people, organisations nor places (CoNLL's
 * MISC): a name of two or more words ending in one of these heads is MISC, whatever the tagger said ("Iraq
 * War", "Paris Agreement", "U.S. Constitution", "London Marathon"). A body named against or for one stays
 * what it is ("Iraq Veterans Against the War").
 */
const MISC_HEADS = new Set([
  "Act",
  "Treaty",
  "Accord",
  "Accords",
  "Agreement",
  "Constitution",
  "War",
  "Revolution",
  "Crisis",
  "Prize",
  "Award",
  "Awards",
  "Championship",
  "Championships",
  "Olympics",
  "Olympiad",
  "Marathon",
  "Festival",
  "Cup",
]);
const ADVOCACY = /\b(?:Against|For)\b/;

export const miscHeads: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  for (const m of mentions) {
    if (m.type === "MISC" || m.last === m.first || !MISC_HEADS.has(tokens[m.last]!.text) || ADVOCACY.test(m.text)) continue;
    m.type = "MISC";
    m.method = "misc-heads";
    m.country = null;
    m.sector = null;
    m.ref = undefined;
  }
  return mentions;
};
