import { isLeaderOffice, lookupActor, lookupSurname, nearestRole, roleAt } from "../../../dict/actors.js";
import type { ActorEntry } from "../../../dict/types.js";
import type { EntityContext, EntityRule, Mention } from "../mention.js";

/**
 * The country of a person out of every role at the date (named after leaving office, or after death): that of
 * the role closest in time, for the people we compiled and for heads of state or government; the 2014 files'
 * lesser officials share names with too many others (Ian Campbell, Andrew Smith) to lend theirs.
 */
function formerCountry(e: ActorEntry, date: string | null): string | null {
  const near = nearestRole(e, date);
  return near && (e.origin !== "phoenix" || isLeaderOffice(near.office)) ? near.country : null;
}

/** A dictionary actor's facts at the article's date. */
export function applyActor(ctx: EntityContext, m: Mention, e: ActorEntry, method: string): void {
  const role = roleAt(e, ctx.date);
  m.type = e.type;
  m.name = e.name;
  m.ref = e.id;
  m.country = role?.country ?? m.country ?? (role ? null : formerCountry(e, ctx.date));
  m.sector = role?.sector ?? m.sector ?? null;
  if (role?.office) m.office = role.office;
  m.method = method;
}

/**
 * Links PER/ORG mentions to the actor dictionary (data/actors): full names and aliases first; then a lone
 * surname. A lone word that is part of a person's full name in the article is that person: the actor the
 * full name was linked to, else none here (surname recall links it to the full name later: "Vázquez" after
 * "Wanda Vázquez Garced" is the governor, not Uruguay's president; "Bryant" after "Kobe Bryant" no Liberian
 * leader), unless the one dictionary person of that name holding a role at the date is named inside that full
 * name ("Lam" after "Hong Kong Carrie Lam"). Otherwise a lone surname is linked only when exactly one person
 * of that name holds a role at the article's date.
 */
export const actors: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const linkedTo = new Map<Mention, ActorEntry>();
  // Words of the people named in full: a lone one is that person before it is an organisation of the same
  // name ("Meta" after "Ilir Meta" is Albania's president, not Meta Platforms).
  const personWords = new Set<string>();
  for (const m of mentions) if (m.type === "PER" && m.last > m.first) for (let i = m.first; i <= m.last; i++) personWords.add(t[i]!.text);
  for (const m of mentions) {
    // A place of two words or more that spells a dictionary person's full name is that person ("Blankenship
    // offered US$1 million to Hunter Biden": the tagger read a place).
    if (m.type === "LOC" && m.last > m.first) {
      const person = lookupActor(m.text).find((e) => e.type === "PER" && [e.name, ...e.aliases].includes(m.text));
      if (person) {
        applyActor(ctx, m, person, "dictionary");
        linkedTo.set(m, person);
      }
      continue;
    }
    if (m.type === "GPE" || m.type === "NORP" || m.type === "LOC") continue;
    const hit = lookupActor(m.text.replace(/^the /i, ""))[0];
    if (hit?.type === "ORG" && m.first === m.last && personWords.has(t[m.first]!.text)) continue;
    if (hit) {
      applyActor(ctx, m, hit, "dictionary");
      linkedTo.set(m, hit);
    }
  }
  // The full names (PER, two words or more) each word of the article is part of.
  const fullNames = new Map<string, Mention[]>();
  for (const m of mentions)
    if (m.type === "PER" && m.last > m.first)
      for (let i = m.first; i <= m.last; i++) {
        const w = t[i]!.text;
        const list = fullNames.get(w);
        if (list) list.push(m);
        else fullNames.set(w, [m]);
      }
  const namedIn = (e: ActorEntry, fulls: Mention[]) =>
    fulls.some((f) => [e.name, ...e.aliases].some((n) => n.includes(" ") && f.text.includes(n)));
  for (const m of mentions) {
    if (m.ref || m.first !== m.last || (m.type !== "PER" && m.type !== "ORG")) continue;
    const surface = m.text.replace(/^the /i, "");
    const fulls = fullNames.get(surface);
    if (fulls) {
      const entries = new Set(fulls.map((f) => linkedTo.get(f)));
      const [entry] = entries;
      if (entries.size === 1 && entry) {
        applyActor(ctx, m, entry, "dictionary-surname");
        continue;
      }
      const people = lookupSurname(surface, ctx.date).filter((p) => roleAt(p, ctx.date));
      if (people.length === 1 && namedIn(people[0]!, fulls)) applyActor(ctx, m, people[0]!, "dictionary-surname");
      continue;
    }
    if (m.type === "PER") {
      const people = lookupSurname(surface, ctx.date).filter((p) => roleAt(p, ctx.date));
      if (people.length === 1) applyActor(ctx, m, people[0]!, "dictionary-surname");
    } else if (m.method === "tagger" && !m.country && ctx.date) {
      // A lone surname the tagger typed as an organisation ("Trump encouraged public schools …" in a short text
      // naming no one in full) is the head of state or government of that name in office at the date, when
      // there is exactly one.
      const leaders = lookupSurname(surface, ctx.date).filter((p) => isLeaderOffice(roleAt(p, ctx.date)?.office));
      if (leaders.length === 1) applyActor(ctx, m, leaders[0]!, "dictionary-surname");
    }
  }
  return mentions;
};
