import type { EntityRule, Mention } from "../mention.js";

/**
 * Within-article coreference: a later short mention ("Peskov", "Putin") that is the last word (or the
 * first-and-last words) of an earlier full person name takes that person's name and links. An acronym in
 * brackets after an organisation ("United States Air Force (USAF)") takes the organisation's link.
 */
export const coreference: EntityRule = (ctx, mentions) => {
  const people: Mention[] = [];
  for (const m of mentions) {
    const words = m.name.split(" ");
    if (m.type === "PER" && words.length > 1) {
      people.push(m);
      continue;
    }
    if ((m.type === "PER" || m.type === "ORG" || m.type === "MISC") && m.first === m.last && !m.ref) {
      const w = m.text;
      const full = [...people, ...mentions.filter((x) => x.type === "PER" && x.name.split(" ").length > 1)].find(
        (p) => p.name.split(" ").at(-1) === w,
      );
      if (full && (m.type === "PER" || m.type === "ORG" || m.type === "MISC")) {
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
    if (m.first === m.last && /^[A-Z]{2,6}$/.test(m.text) && prev.type === "ORG" && ctx.text.slice(prev.end, m.start).trim() === "(") {
      m.type = "ORG";
      if (!m.ref) {
        m.name = prev.name;
        m.country = prev.country;
        m.sector = prev.sector;
        m.ref = prev.ref;
        m.method = "acronym";
      }
    }
  }
  return mentions;
};
