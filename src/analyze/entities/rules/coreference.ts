import type { EntityRule, Mention } from "../mention.js";

/** Words after a surname that make it the family, not a company named after it. */
const FAMILY = /^(?:family|families|brothers|sisters|dynasty|clan)$/;

/**
 * Within-article coreference: a later short mention ("Peskov", "Putin") that is the last word (or the
 * first-and-last words) of an earlier full person name takes that person's name and links. An acronym in
 * brackets after an organisation ("United States Air Force (USAF)") takes the organisation's link. A lone word
 * that the article first names as an organisation stays one ("CALOI is a … manufacturer" … "Luigi Caloi" … "Caloi").
 */
export const coreference: EntityRule = (ctx, mentions) => {
  // Full person names by their last word, in text order (a later full name wins only after it appears).
  const bySurname = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type === "PER" && m.name.includes(" ")) {
      const last = m.name.split(" ").at(-1) as string;
      if (!bySurname.has(last)) bySurname.set(last, m);
    }
  }
  // Words whose first mention in the article is that word alone as an organisation, in lower case ("CALOI is a
  // major Brazilian manufacturer" … "Caloi"), by that mention's start.
  const orgFirst = new Map<string, number>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.first === m.last && m.type === "ORG" && !seen.has(m.text.toLowerCase())) orgFirst.set(m.text.toLowerCase(), m.start);
    for (let i = m.first; i <= m.last; i++) seen.add(ctx.prep.tokens[i]!.text.toLowerCase());
  }
  for (const m of mentions) {
    // A company named after its founder, named before him ("CALOI is a major Brazilian manufacturer … founded in
    // 1898 by Italian immigrant Luigi Caloi … In 1972, Caloi introduced the Caloi 10"), stays the company where its
    // word stands alone; not the family ("the Caloi family").
    const tagged = m.type === "PER" || m.type === "ORG" || m.type === "MISC" || (m.type === "LOC" && m.method === "tagger");
    const org = orgFirst.get(m.text.toLowerCase());
    if (tagged && org !== undefined && m.first === m.last && !m.ref && !FAMILY.test(ctx.prep.tokens[m.last + 1]?.text ?? "")) {
      const full = bySurname.get(m.text);
      if (full && org < full.start) {
        m.type = "ORG";
        m.method = "coreference";
        continue;
      }
    }
    // A lone word the tagger typed LOC is the person too ("On Monday, Klobuchar, along with …" after "Amy
    // Klobuchar"); places from the dictionary are left alone.
    if (tagged && m.first === m.last && !m.ref) {
      const full = bySurname.get(m.text);
      if (full && full !== m) {
        m.type = "PER";
        m.name = full.name;
        m.country = full.country;
        m.sector = full.sector;
        if (full.office) m.office = full.office;
        if (full.ref) m.ref = full.ref;
        m.method = "coreference";
      }
    }
  }
  // Acronym in brackets right after an organisation.
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    if (
      m!.first === m!.last &&
      /^[A-Z]{2,6}$/.test(m!.text) &&
      prev!.type === "ORG" &&
      ctx.text.slice(prev!.end, m!.start).trim() === "("
    ) {
      m!.type = "ORG";
      if (!m!.ref) {
        m!.name = prev!.name;
        m!.country = prev!.country;
        m!.sector = prev!.sector;
        m!.ref = prev!.ref;
        m!.method = "acronym";
      }
    }
  }
  return mentions;
};
