import { FIRST_NAMES, PERSON_TITLES } from "../gazetteer.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

/** Words of a role that may follow a title word inside one run of capitals ("Chief Executive", "Vice Chairman"). */
const ROLE = /^(?:Executive|Officer|Operating|Financial|General|Deputy|Vice|Chief|Managing|Senior|Major)$/;

/** The given-names list (data/ner/first-names.txt) has names in both cases. */
export function isGiven(w: string): boolean {
  return FIRST_NAMES.has(w) || FIRST_NAMES.has(w.toUpperCase());
}

/**
 * "Chrysler Chief Executive Robert Nardelli", "Uralsib analyst Chris Weafer": an organisation, a role and a
 * person run together; the organisation and the person are two mentions, the role neither.
 */
export const splitTitle: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const out: Mention[] = [];
  for (const m of mentions) {
    let i = m.first + 1;
    while (i < m.last && !PERSON_TITLES.has(t[i]!.text)) i++;
    let j = i;
    while (j < m.last && (PERSON_TITLES.has(t[j]!.text) || ROLE.test(t[j]!.text))) j++;
    // The person after the role starts with a given name ("Robert Nardelli"; not "Air Defense Command").
    if (i >= m.last || j > m.last || j === i || m.type === "PER" || !isGiven(t[j]!.text)) {
      out.push(m);
      continue;
    }
    // "Major General John C. Scheidt": only a role before the person, no organisation.
    if (!ROLE.test(t[m.first]!.text) && !PERSON_TITLES.has(t[m.first]!.text))
      out.push(makeMention(ctx, m.first, i - 1, m.type, m.method ?? "tagger"));
    out.push(makeMention(ctx, j, m.last, "PER", m.method ?? "tagger"));
  }
  return out;
};
