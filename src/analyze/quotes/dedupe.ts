import type { Quote } from "../../model/index.js";
import type { QuoteRule } from "./context.js";

/** Words before a quotation that carry no verb of their own ("after the verdict", "on Twitter"). */
const LEAD_ONLY = /^[^.;:!?]{0,60}$/;
const VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;

/**
 * One entry per attribution: when two quotes of the same speaker cover the same words, keep one.
 *  - a report that is only the quotation (`told the BBC after the verdict "My client …"`) gives way to the
 *    direct quote of those words;
 *  - a quoted fragment inside a mixed report (`alleged the government are "hiding …"`) is part of that report;
 *  - the same words found twice (one offset apart) are one quote.
 * Reports by different speakers over the same words ("According to X, Y said …") are both kept.
 */
export const dedupeQuotes: QuoteRule = (ctx, found) => {
  const drop = new Set<Quote>();
  const out = [...found];
  const same = (x: Quote, y: Quote) => !!x.speaker && !!y.speaker && x.speaker.name === y.speaker.name;
  for (const x of out)
    for (const y of out) {
      if (x === y || drop.has(x) || drop.has(y) || !same(x, y) || !(x.start < y.end && y.start < x.end)) continue;
      if (x.kind === "direct" && y.kind !== "direct") {
        const lead = ctx.text.slice(y.start, x.start).replace(/["“]\s*$/, "");
        if (y.start > x.start) continue;
        if (LEAD_ONLY.test(lead) && !VERB.test(lead) && !/["“”]/.test(lead)) drop.add(y);
        else if (x.end <= y.end + 2) drop.add(x);
        else {
          // The report was cut at a sentence break inside the quotation: it runs to the quotation's end.
          const i = out.indexOf(y);
          out[i] = { ...y, kind: "mixed", end: x.end, text: ctx.text.slice(y.start, x.end) };
          drop.add(x);
        }
      } else if (Math.abs(x.start - y.start) <= 2 && Math.abs(x.end - y.end) <= 2 && out.indexOf(x) < out.indexOf(y)) drop.add(y);
    }
  return out.filter((q) => !drop.has(q));
};
