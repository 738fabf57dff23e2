import { type EntityRule, type Mention, makeMention } from "../mention.js";

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
/** A model designation: letters, a hyphen and a number ("F-86", "CH-53", "EF-111", "B-17"). */
const DESIGNATION = /^[A-Z]{1,3}-\d{1,4}[A-Z]?$/;

/**
 * A designation and the name after it are a product, an aircraft most often ("F-86 Sabre", "P-51 Mustang",
 * "F-102 Delta Dagger"; the tagger reads the name as a person): MISC, with the designation where the tagger left it out.
 */
function designated(ctx: Parameters<EntityRule>[0], mentions: Mention[]): Mention[] {
  const { tokens, sentenceOf } = ctx.prep;
  return mentions.map((m) => {
    if (m.ref) return m;
    if (DESIGNATION.test(tokens[m.first]!.text) && m.last > m.first)
      return { ...m, type: "MISC", method: "misc-heads", country: null, sector: null };
    const k = m.first - 1;
    if (k < 0 || !DESIGNATION.test(tokens[k]!.text) || sentenceOf[k] !== sentenceOf[m.first] || mentions.some((o) => o.last === k))
      return m;
    return makeMention(ctx, k, m.last, "MISC", "misc-heads");
  });
}

export const miscHeads: EntityRule = (ctx, all) => {
  const { tokens } = ctx.prep;
  const mentions = designated(ctx, all);
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
