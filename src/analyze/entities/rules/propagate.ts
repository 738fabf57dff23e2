import type { EntityRule, Mention } from "../mention.js";
import { makeMention } from "../mention.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * One sense per document: a name tagged once ("Ryanair" as ORG) is tagged at its other untagged
 * occurrences too, with the same type and link, and made whole where it was cut in pieces.
 */
export const propagate: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  // The mention covering each token (index into mentions), or -1.
  const cover = new Int32Array(t.length).fill(-1);
  mentions.forEach((m, j) => {
    for (let i = m.first; i <= m.last; i++) cover[i] = j;
  });
  const known = new Map<string, Mention>();
  for (const m of mentions) {
    const key = t
      .slice(m.first, m.last + 1)
      .map((x) => x.text)
      .join(" ");
    if (!known.has(key) && UPPER_FIRST.test(key)) known.set(key, m);
  }
  if (!known.size) return mentions;
  const maxLen = Math.max(...[...known.values()].map((m) => m.last - m.first + 1));
  // Only tokens that begin some known name can begin a propagated one, and only with that name's length in
  // tokens (a key joins tokens, which hold no space, with one space each).
  const firsts = new Map<string, Set<number>>();
  for (const m of known.values()) {
    const w = t[m.first]!.text;
    const lengths = firsts.get(w) ?? new Set<number>();
    lengths.add(m.last - m.first + 1);
    firsts.set(w, lengths);
  }
  const added: Mention[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    const lengths = firsts.get(t[i]!.text);
    if (!lengths || (cover[i]! >= 0 && mentions[cover[i]!]!.first !== i)) continue;
    for (let n = Math.min(maxLen, t.length - i); n >= 1; n--) {
      if (!lengths.has(n)) continue;
      // Tokens already in mentions may be taken only when those mentions lie inside the name: a name cut in
      // pieces here ("John Rhys" + "Davies") is made whole, as tagged elsewhere ("John Rhys-Davies").
      let ok = true;
      const inside = new Set<number>();
      for (let k = i; k < i + n; k++) {
        const c = cover[k]!;
        if (ctx.prep.sentenceOf[k] !== ctx.prep.sentenceOf[i] || (c >= 0 && mentions[c]!.last >= i + n)) ok = false;
        if (c >= 0) inside.add(c);
      }
      if (!ok) continue;
      const key = t
        .slice(i, i + n)
        .map((x) => x.text)
        .join(" ");
      const src = known.get(key);
      if (!src) continue;
      // Already tagged as this name: nothing to do.
      if (inside.size === 1 && mentions[[...inside][0]!]!.last === i + n - 1 && mentions[[...inside][0]!]!.first === i) break;
      // The next token must not continue a longer capitalised name.
      if (i + n < t.length && UPPER_FIRST.test(t[i + n]!.text) && ctx.prep.sentenceOf[i + n] === ctx.prep.sentenceOf[i]) break;
      const m = makeMention(ctx, i, i + n - 1, src.type, "propagated");
      for (const k of ["name", "country", "sector", "office", "ref"] as const)
        if (src[k] != null) (m as unknown as Record<string, unknown>)[k] = src[k];
      added.push(m);
      for (const c of inside) dropped.add(c);
      i += n - 1;
      break;
    }
  }
  return [...mentions.filter((_, j) => !dropped.has(j)), ...added].sort((a, b) => a.start - b.start);
};
