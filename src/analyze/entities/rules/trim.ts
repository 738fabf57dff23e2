import type { EntityRule } from "../mention.js";
import { makeMention } from "../mention.js";

const EDGE = /^(?:['’]s|['’"“”(),.:;\-–—]|--)$/;

/** Names never start or end with a possessive, a quote or punctuation ("Boeing's" → "Boeing"). */
export const trim: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const out = [];
  for (const m of mentions) {
    let a = m.first;
    let b = m.last;
    while (a <= b && EDGE.test(t[a].text)) a++;
    while (b >= a && EDGE.test(t[b].text) && !(t[b].text === "." && b > a)) b--;
    if (a > b) continue;
    if (a === m.first && b === m.last) out.push(m);
    else out.push({ ...makeMention(ctx, a, b, m.type, m.method ?? "tagger") });
  }
  return out;
};
