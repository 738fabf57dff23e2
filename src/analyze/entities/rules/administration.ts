import { lookupSurname, roleAt } from "../../../dict/actors.js";
import type { EntityRule } from "../mention.js";

/** Nouns for what a leader heads or runs, after the leader's surname: "the Bush administration", "the Abe cabinet". */
const HEADED = /^\s+(?:administration|government|cabinet|presidency|campaign|era|years)\b/;

/**
 * "The Bush administration", "the Obama era": a lone word before a noun for what a leader runs is the leader's
 * surname, a person, when the actor dictionary knows people of that surname (the tagger may have typed it as
 * the organisation it heads), of the country most people of that surname served. The actors pass then links
 * it when one of them held a role at the article's date.
 */
export const administration: EntityRule = (ctx, mentions) => {
  for (const m of mentions) {
    if (m.type === "PER" || m.first !== m.last || m.method !== "tagger") continue;
    if (!HEADED.test(ctx.text.slice(m.end, m.end + 20))) continue;
    const people = lookupSurname(m.text, ctx.date).filter((p) => p.type === "PER");
    if (!people.length) continue;
    m.type = "PER";
    // Several people of that name: the country most of them served (all of them, for a leader's surname).
    const votes = new Map<string, number>();
    for (const p of people) {
      const c = roleAt(p, ctx.date)?.country ?? p.roles[0]?.country;
      if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    const [country, n] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (country && n! * 2 > people.length) m.country = country;
  }
  return mentions;
};
