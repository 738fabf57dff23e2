/**
 * Persons named again later in an article: "Labour MP Tom Watson … Tom Watson called …", "Senator Rand
 * Paul … Paul said": a later mention of a person by the same full name or by the surname of exactly one
 * person placed earlier takes that person's country and sector when the analysis left them open (the country
 * alone when a title gave the sector).
 */
import type { ActorMention } from "./mention.js";

const surnameOf = (name: string): string => name.trim().split(/\s+/).pop() ?? "";

export function rememberPersons(input: ActorMention[][]): ActorMention[][] {
  // "Fields" after "James Alex Fields" (the tagger typed the surname alone an organisation): a one-word
  // name, unlinked and unplaced, that is the surname of a person named in full earlier is that person.
  const surnames = new Map<string, number>();
  input.forEach((ms, si) => {
    for (const m of ms) if (m.person && /\s/.test(m.name.trim()) && !surnames.has(surnameOf(m.name))) surnames.set(surnameOf(m.name), si);
  });
  const sentences = input.map((ms, si) =>
    ms.map((m) => {
      if (m.person || m.ref || m.country || m.kind !== "entity" || /\s/.test(m.name.trim())) return m;
      const at = surnames.get(m.name.trim());
      return at !== undefined && at < si ? { ...m, person: true } : m;
    }),
  );
  const byName = new Map<string, ActorMention>();
  const bySurname = new Map<string, ActorMention | null>();
  /** People the article names in full, by surname (null when two share it). */
  const fullBySurname = new Map<string, ActorMention | null>();
  return sentences.map((ms) =>
    ms.map((m) => {
      // "The mayor of London, Sadiq Khan … said Khan": a surname alone that the dictionary gave a namesake
      // (Imran Khan) is the person the article named in full.
      const full = /\s/.test(m.text.trim()) ? undefined : fullBySurname.get(m.text.trim());
      if (m.ref && full && full.name !== m.name && m.kind === "entity") {
        const { ref: _r, unplaced: _u, ...rest } = m;
        return {
          ...rest,
          name: full.name,
          country: full.country,
          sector: full.sector,
          person: true,
          ...(full.ref ? { ref: full.ref } : {}),
          ...(full.unplaced ? { unplaced: true } : {}),
        };
      }
      if (m.person && /\s/.test(m.name.trim())) {
        const sur = surnameOf(m.name);
        const had = fullBySurname.get(sur);
        if (had === undefined) fullBySurname.set(sur, m);
        else if (had && had.name !== m.name) fullBySurname.set(sur, null);
      }
      if (!m.person) return m;
      // "General Soleimani" after "Qasem Soleimani, head of Iran's Quds Force": the title gives the sector,
      // the person named before the country.
      if (!m.country && m.sector && !m.ref) {
        const single = !/\s/.test(m.name.trim());
        const known = byName.get(m.name) ?? (single ? bySurname.get(m.name) : undefined);
        if (known?.country) {
          const { unplaced: _u, ...rest } = m;
          m = { ...rest, country: known.country };
        }
      }
      if (m.country || m.sector) {
        // The first placement of a name stands: a later one may be a namesake.
        if (!byName.has(m.name)) byName.set(m.name, m);
        const sur = surnameOf(m.name);
        const seen = bySurname.get(sur);
        if (seen === undefined) bySurname.set(sur, m);
        else if (seen && seen.name !== m.name) bySurname.set(sur, null); // two people share it: no guess
        return m;
      }
      if (m.ref) return m;
      const single = !/\s/.test(m.name.trim());
      const known = byName.get(m.name) ?? (single ? bySurname.get(m.name) : undefined);
      if (!known) return m;
      const { unplaced: _u, ...rest } = m;
      return {
        ...rest,
        country: known.country,
        sector: known.sector,
        ...(known.ref ? { ref: known.ref } : {}),
        ...(known.title ? { title: known.title } : {}),
      };
    }),
  );
}
