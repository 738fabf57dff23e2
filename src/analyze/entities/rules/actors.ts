import { isLeaderOffice, lookupActor, lookupSurname, roleAt } from "../../../dict/actors.js";
import type { ActorEntry } from "../../../dict/types.js";
import type { EntityContext, EntityRule, Mention } from "../mention.js";

export function applyActor(ctx: EntityContext, m: Mention, e: ActorEntry, method: string): void {
  const role = roleAt(e, ctx.date);
  m.type = e.type;
  m.name = e.name;
  m.ref = e.id;
  m.country = role?.country ?? m.country ?? null;
  m.sector = role?.sector ?? m.sector ?? null;
  if (role?.office) m.office = role.office;
  m.method = method;
}

/**
 * Links PER/ORG mentions to the actor dictionary (data/actors): full names and aliases; a lone surname
 * only when exactly one person of that name holds a role at the article's date.
 */
export const actors: EntityRule = (ctx, mentions) => {
  for (const m of mentions) {
    if (m.type === "GPE" || m.type === "NORP" || m.type === "LOC") continue;
    const surface = m.text.replace(/^the /i, "");
    const hit = lookupActor(surface)[0];
    if (hit) {
      applyActor(ctx, m, hit, "dictionary");
      continue;
    }
    if (m.type === "PER" && m.first === m.last) {
      const people = lookupSurname(surface, ctx.date).filter((p) => roleAt(p, ctx.date));
      if (people.length === 1) applyActor(ctx, m, people[0]!, "dictionary-surname");
    } else if (m.type === "ORG" && m.first === m.last && m.method === "tagger" && !m.country && ctx.date) {
      // A lone surname the tagger typed as an organisation ("Trump encouraged public schools …" in a short text
      // naming no one in full) is the head of state or government of that name in office at the date, when
      // there is exactly one.
      const leaders = lookupSurname(surface, ctx.date).filter((p) => isLeaderOffice(roleAt(p, ctx.date)?.office));
      if (leaders.length === 1) applyActor(ctx, m, leaders[0]!, "dictionary-surname");
    }
  }
  return mentions;
};
