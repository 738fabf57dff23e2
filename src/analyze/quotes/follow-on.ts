import type { Quote } from "../../model/index.js";
import { type QuoteRule, sentenceAt } from "./context.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;

/**
 * A quotation that fills its own sentence right after a sentence that reports someone's words is more of
 * that speaker's words: `Rhys-Davies revealed that a reboot is being considered. "Jerry and I are talking to
 * NBC …"`. Only quotations no other rule attributed, in the same paragraph as the report.
 */
export const followOnQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const q of ctx.quoted) {
    const content = text.slice(q.start, q.end).trim();
    if (content.split(/\s+/).length < 3 || !ANY_LETTER.test(content)) continue;
    if (out.some((x) => x.start < q.close && q.open < x.end + 1)) continue;
    const s = sentenceAt(ctx, q.open);
    if (!s || s.start > q.open || /\S/.test(text.slice(s.start, q.open))) continue;
    // Nothing but punctuation after the closing mark up to the end of its sentence.
    const sClose = sentenceAt(ctx, Math.max(q.open, q.close - 1));
    const tail = text.slice(q.close + 1, Math.max(q.close + 1, sClose?.end ?? q.close + 1));
    if (/[^\s.!?,;]/.test(tail)) continue;
    // The sentence before, in the same paragraph, holds a report that ends there.
    const prev = [...ctx.sentences].reverse().find((x) => x.end <= s.start);
    if (!prev || /\n\s*\n/.test(text.slice(prev.end, q.open))) continue;
    const report = out
      .filter((x) => x.speaker && x.end > prev.start && x.end <= prev.end + 2 && x.start >= prev.start - 2)
      .sort((x, y) => y.end - x.end)[0];
    if (!report?.speaker) continue;
    const parts = q.pieces.map(([a, b]) => text.slice(a, b).trim());
    const quote: Quote = {
      kind: "direct",
      text: parts.join(" "),
      start: q.start,
      end: q.end,
      speaker: { ...report.speaker },
      date: report.date ?? ctx.anchor,
    };
    if (report.cue) quote.cue = report.cue;
    out.push(quote);
  }
  return out;
};
