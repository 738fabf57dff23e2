import type { QuoteRule } from "./context.js";

/**
 * Wikinews gives the original words of a translated quotation after it: `"…the [matter]." ((es))Spanish
 * language: ‍...no reconoce la facultad …`. The gloss is not what was said in English: a quote that runs into
 * one ends before it, and one that opens with one starts after it (the gloss ends at a double space).
 */
const GLOSS = /\s*\(\([a-z]{2,3}\)\)\p{Lu}\p{Ll}+(?: language)?:\s*\u200d?/u;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

export const trimGlosses: QuoteRule = (ctx, found) =>
  found.flatMap((q) => {
    const { text } = ctx;
    // (Only spans that are the article's text: a report joined around a parenthetical is left as it is.)
    if (text.slice(q.start, q.end) !== q.text) return [q];
    const g = GLOSS.exec(q.text);
    if (!g) return [q];
    const at = q.start + g.index;
    const after = q.text.slice(g.index + g[0].length);
    if (q.text.slice(0, g.index).trim() === "") {
      // The gloss of the quotation before this report: its words start after the double space that ends it.
      const gap = after.search(/\S\s{2,}\S/);
      if (gap < 0) return [];
      const start = q.start + g.index + g[0].length + gap + 1;
      const s = start + (text.slice(start, q.end).match(/^\s+/)?.[0].length ?? 0);
      return [{ ...q, start: s, text: text.slice(s, q.end) }];
    }
    // The gloss translates the quotation it follows (or sits in): when the rest of the span is no longer than
    // that translation would be, it is all gloss ("“effectively disarmed” ((hu))Hungarian language: ‍gyakorlatilag
    // lefegyverzett by 2010, when …" goes on in English after two words, and is left alone).
    const host = ctx.quoted.find((m) => m.open < at && at <= m.close + 2);
    const source = host ? text.slice(host.start, Math.min(host.end, at)) : q.text.slice(0, g.index);
    if (words(after) > 1.5 * words(source) + 1) return [q];
    let end = at;
    while (end > q.start && /[\s,;:]/.test(text[end - 1] as string)) end--;
    // (A closing mark right before the gloss stays outside the words, as the other rules leave it.)
    if (/["”]/.test(text[end - 1] as string) && !(host && host.close >= at)) end--;
    return end - q.start < 8 ? [] : [{ ...q, end, text: text.slice(q.start, end) }];
  });
