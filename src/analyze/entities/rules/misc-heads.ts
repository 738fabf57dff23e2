import { NAME_HEADS } from "../gazetteer.js";
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

/** Nouns that open the name of a battle, war or treaty before "of" ("Battle of Gettysburg", "Siege of Petersburg", "Treaty of Versailles"). */
const EVENT_OPENERS = new Set(["Battle", "Battles", "Siege", "Sack", "Campaign", "War", "Wars", "Treaty", "Massacre"]);
/** An ordinal before the opener belongs to the name ("Second Battle of Bull Run", "2nd Battle of Fredericksburg"). */
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th|d))$/;
const BODY = /^(?:Cent(?:er|re)s?|Command|Headquarters|Room|Unit|Team|Group)$/;
const CAPITAL = /^[\p{Lu}\d]/u;

/**
 * Battles, sieges, campaigns, wars, treaties and military operations are events (MISC), the place in their name
 * included: "Battle of Sayler's Creek", "Siege of Petersburg", "Argentine War of Independence", "Operation Market
 * Garden" (the tagger reads the place, or the whole, as an organisation or a place). The opener and "of" may stand
 * before the mention ("Battle of" + "Bull Run") or inside it.
 */
function events(ctx: Parameters<EntityRule>[0], mentions: Mention[]): Mention[] {
  const { tokens, sentenceOf } = ctx.prep;
  const cap = (i: number) => i >= 0 && sentenceOf[i] !== undefined && CAPITAL.test(tokens[i]!.text);
  const spans: [number, number][] = [];
  for (const m of mentions) {
    if (m.ref) continue;
    let first = -1;
    // The opener inside the mention: "Battles of Tucumán", "Argentine War of Independence", "Operation Market Garden".
    for (let i = m.first; i < m.last && first < 0; i++)
      if (EVENT_OPENERS.has(tokens[i]!.text) && tokens[i + 1]!.text === "of") first = m.first;
    if (first < 0 && tokens[m.first]!.text === "Operation" && m.last > m.first && cap(m.first + 1)) first = m.first;
    if (first < 0) {
      // The opener before it: "Battle of" + "Bull Run", "Battle of Sayler's" + "Creek", "Operation" + "Desert Storm".
      let j = m.first - 1;
      while (
        j >= 0 &&
        sentenceOf[j] === sentenceOf[m.first] &&
        (cap(j) || /^['\u2019]s$/.test(tokens[j]!.text)) &&
        !EVENT_OPENERS.has(tokens[j]!.text) &&
        tokens[j]!.text !== "Operation"
      )
        j--;
      if (j >= 0 && sentenceOf[j] === sentenceOf[m.first] && tokens[j]!.text === "Operation" && j === m.first - 1) first = j;
      else if (j >= 1 && tokens[j]!.text === "of" && EVENT_OPENERS.has(tokens[j - 1]!.text) && sentenceOf[j - 1] === sentenceOf[m.first])
        first = j - 1;
    }
    if (first < 0) continue;
    // A body named after its task is no operation ("National Emergency Operation Centre").
    if (tokens[first]!.text === "Operation" && (NAME_HEADS.has(tokens[m.last]!.text) || BODY.test(tokens[m.last]!.text))) continue;
    if (first > 0 && ORDINAL.test(tokens[first - 1]!.text) && sentenceOf[first - 1] === sentenceOf[first]) first--;
    spans.push([first, m.last]);
  }
  if (!spans.length) return mentions;
  const out = mentions.filter((m) => !spans.some(([a, b]) => m.first <= b && a <= m.last));
  for (const [a, b] of spans) if (!out.some((m) => m.first <= b && a <= m.last)) out.push(makeMention(ctx, a, b, "MISC", "misc-heads"));
  return out.sort((x, y) => x.start - y.start);
}

export const miscHeads: EntityRule = (ctx, all) => {
  const { tokens } = ctx.prep;
  const mentions = events(ctx, designated(ctx, all));
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
