import { lookupSurname, roleAt } from "../../../dict/actors.js";
import { type EntityRule, type Mention, makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/** Nouns for what a leader heads or runs, after the leader's surname: "the Bush administration", "the Abe cabinet". */
const HEADED = /^\s+(?:administration|government|cabinet|presidency|campaign|era|years)\b/;

/**
 * "The Bush administration", "the Obama era": a lone word before a noun for what a leader runs is the leader's
 * surname, a person, when the actor dictionary knows people of that surname (the tagger may have typed it as
 * the organisation it heads, or left it out after "the"), of the country most people of that surname served.
 * The actors pass then links it when one of them held a role at the article's date.
 */
export const administration: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const covered = new Uint8Array(t.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const found: Mention[] = mentions.filter((m) => m.type !== "PER" && m.first === m.last && m.method === "tagger");
  // A capitalised word the tagger left out, between "the" and such a noun.
  const added: Mention[] = [];
  for (let i = 1; i + 1 < t.length; i++) {
    // (The cheap test first: most tokens do not follow "the".)
    const prev = t[i - 1]!.text;
    if (covered[i] || prev.length !== 3 || !/^the$/i.test(prev) || !CAPITALISED.test(t[i]!.text)) continue;
    if (ctx.prep.sentenceOf[i - 1] !== ctx.prep.sentenceOf[i]) continue;
    const m = makeMention(ctx, i, i, "PER", "administration");
    found.push(m);
    added.push(m);
  }
  const kept = new Set<Mention>();
  for (const m of found) {
    if (!HEADED.test(ctx.text.slice(m.end, m.end + 20))) continue;
    const people = lookupSurname(m.text, ctx.date).filter((p) => p.type === "PER");
    if (!people.length) continue;
    m.type = "PER";
    kept.add(m);
    // Several people of that name: the country most of them served (all of them, for a leader's surname).
    const votes = new Map<string, number>();
    for (const p of people) {
      const c = roleAt(p, ctx.date)?.country ?? p.roles[0]?.country;
      if (c) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    const [country, n] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [];
    if (country && n! * 2 > people.length) m.country = country;
  }
  const more = added.filter((m) => kept.has(m));
  return more.length ? [...mentions, ...more].sort((a, b) => a.start - b.start) : mentions;
};
