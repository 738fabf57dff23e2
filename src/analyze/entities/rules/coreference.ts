import type { EntityRule, Mention } from "../mention.js";

/**
 * Within-article coreference: a later short mention ("Peskov", "Putin") that is the last word (or the
 * first-and-last words) of an earlier full person name takes that person's name and links. An acronym in
 * brackets after an organisation ("United States Air Force (USAF)") takes the organisation's link.
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
  for (const m of mentions) {
    // A lone word the tagger typed LOC is the person too ("On Monday, Klobuchar, along with …" after "Amy
    // Klobuchar"); places from the dictionary are left alone.
    const tagged = m.type === "PER" || m.type === "ORG" || m.type === "MISC" || (m.type === "LOC" && m.method === "tagger");
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
