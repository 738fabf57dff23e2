import type { Quote } from "../../model/index.js";
import type { QuoteRule } from "./context.js";
import { speakerIn } from "./speaker.js";

/** A paragraph that only attributes: "– United States District Judge Victor Marrero, "Decision and Order"". */
const ATTRIBUTION = /^[–—-]\s?([^,\n]{3,80})(?:,[^\n]{0,60})?$/u;

// Hoisted out of blockQuotes: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ING_OR_ED_WORD = /\b\p{Ll}+(?:ing|ed)\b/u;

/**
 * Block quotations: paragraphs set off without quotation marks between a paragraph ending in a colon and a
 * dash attribution line; one quote per paragraph.
 */
export const blockQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  const paras = paragraphs(text);
  paras.forEach(([a, b], i) => {
    const m = text.slice(a, b).match(ATTRIBUTION);
    if (!m?.[1] || ING_OR_ED_WORD.test(m[1])) return;
    const nameStart = a + text.slice(a, b).indexOf(m[1]);
    const speaker = speakerIn(text, ctx.entities, nameStart, nameStart + m[1].length, "after-cue", ctx.history, true);
    if (!speaker) return;
    // The block: back to a paragraph ending in a colon (at most four). A dash line after ordinary
    // narrative is a pull quote's credit whose words are not in the text.
    const back = paras.slice(Math.max(0, i - 5), i).reverse();
    const introAt = back.findIndex(([x, y]) => /:\s*$/.test(text.slice(x, y)));
    if (introAt <= 0) return;
    const block = back.slice(0, introAt);
    for (const [x, y] of block.reverse()) {
      const body = text.slice(x, y);
      if (/["“”]/.test(body) || out.some((q) => q.start < y && x < q.end)) continue;
      out.push({ kind: "direct", text: body.trim(), start: x, end: y, speaker: { ...speaker }, date: ctx.anchor });
    }
  });
  return out;
};

function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (const m of text.matchAll(/\n\s*\n/g)) {
    out.push([from, m.index]);
    from = m.index + m[0].length;
  }
  out.push([from, text.length]);
  return out.filter(([a, b]) => /\S/.test(text.slice(a, b)));
}
