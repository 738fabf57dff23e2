import type { EntityRule, Mention } from "../mention.js";
import { makeMention } from "../mention.js";

/**
 * One sense per document: a name tagged once ("Ryanair" as ORG) is tagged at its other untagged
 * occurrences too, with the same type and link.
 */
export const propagate: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const covered = new Uint8Array(t.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const known = new Map<string, Mention>();
  for (const m of mentions) {
    const key = t
      .slice(m.first, m.last + 1)
      .map((x) => x.text)
      .join(" ");
    if (!known.has(key) && /^\p{Lu}/u.test(key)) known.set(key, m);
  }
  if (!known.size) return mentions;
  const maxLen = Math.max(...[...known.values()].map((m) => m.last - m.first + 1));
  // Only tokens that begin some known name can begin a propagated one.
  const firsts = new Set([...known.values()].map((m) => t[m.first]!.text));
  const added: Mention[] = [];
  for (let i = 0; i < t.length; i++) {
    if (covered[i] || !firsts.has(t[i]!.text)) continue;
    for (let n = Math.min(maxLen, t.length - i); n >= 1; n--) {
      let ok = true;
      for (let k = i; k < i + n; k++) if (covered[k] || ctx.prep.sentenceOf[k] !== ctx.prep.sentenceOf[i]) ok = false;
      if (!ok) continue;
      const key = t
        .slice(i, i + n)
        .map((x) => x.text)
        .join(" ");
      const src = known.get(key);
      if (!src) continue;
      // The next token must not continue a longer capitalised name.
      if (i + n < t.length && /^\p{Lu}/u.test(t[i + n]!.text) && ctx.prep.sentenceOf[i + n] === ctx.prep.sentenceOf[i]) break;
      const m = makeMention(ctx, i, i + n - 1, src.type, "propagated");
      for (const k of ["name", "country", "sector", "office", "ref"] as const)
        if (src[k] != null) (m as unknown as Record<string, unknown>)[k] = src[k];
      added.push(m);
      i += n - 1;
      break;
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};
