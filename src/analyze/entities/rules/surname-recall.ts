import { type EntityRule, type Mention, makeMention } from "../mention.js";

/**
 * A lone capitalised word that is the surname of a person already named in full in the article
 * ("Trump" after "Donald Trump") is that person, even where the tagger missed it.
 */
export const surnameRecall: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  const people = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.type !== "PER" || m.last === m.first) continue;
    const last = tokens[m.last]?.text;
    if (last && /^\p{Lu}/u.test(last) && !people.has(last)) people.set(last, m);
  }
  if (!people.size) return mentions;
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const added: Mention[] = [];
  tokens.forEach((t, i) => {
    if (covered[i]) return;
    const full = people.get(t.text);
    if (!full || full.start > t.start) return;
    const nextCap = tokens[i + 1] && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "") && ctx.prep.sentenceOf[i + 1] === ctx.prep.sentenceOf[i];
    if (nextCap) return;
    const m = makeMention(ctx, i, i, "PER", "coreference");
    m.name = full.name;
    for (const k of ["country", "sector", "office", "ref"] as const)
      if (full[k] != null) (m as unknown as Record<string, unknown>)[k] = full[k];
    added.push(m);
  });
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};
