import type { Quote, SpeakerRef } from "../../model/index.js";
import { type QuoteContext, type QuoteRule, sentenceAt } from "./context.js";
import { fullPerson } from "./speaker.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;

/**
 * A quotation that fills its own sentence right after a sentence that reports someone's words is more of
 * that speaker's words: `Rhys-Davies revealed that a reboot is being considered. "Jerry and I are talking to
 * NBC …"`. Only quotations no other rule attributed, in the same paragraph as the report. Without a report,
 * a person heading that sentence speaks (see subjectOf).
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
    const parts = q.pieces.map(([a, b]) => text.slice(a, b).trim());
    if (report?.speaker) {
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
      continue;
    }
    // No report there, but a person heads that sentence and it holds no quotation of its own: `McGurk … also
    // criticized the decision via Twitter. "The WH statement tonight …"` (a full sentence, five words or more).
    if (content.split(/\s+/).length < 5 || !/[.!?…]["”]?$/.test(text.slice(q.start, q.close + 2).trim())) continue;
    if (ctx.quoted.some((x) => x.open >= prev.start && x.open < prev.end)) continue;
    const speaker = subjectOf(ctx, prev.start, prev.end);
    if (!speaker) continue;
    out.push({ kind: "direct", text: parts.join(" "), start: q.start, end: q.end, speaker, date: ctx.anchor });
  }
  return out;
};

/** Words before a person's name that keep it the sentence's subject: titles and descriptions ("Comic artist", "Actress"). */
const DESCRIPTION = /^(?:[\p{L}.-]+\s+){0,4}$/u;

// Hoisted out of subjectOf: tsx compiles a `\p{…}` literal inside a function anew at every call.
const VERB_OR_PREPOSITION = /\b(?:\p{Ll}+ed|is|was|has|had|of|in|on|at|for|with|by|from|to)\s/u;
const POSSESSIVE_OR_CAPITAL_AFTER = /^(?:['’]s?\b|\s+\p{Lu})/u;

/** The person heading the sentence [a, b) (after a short description: "Comic artist Jenn St-Onge … told of …"). */
function subjectOf(ctx: QuoteContext, a: number, b: number): SpeakerRef | null {
  const { text, entities } = ctx;
  const first = entities.find((e) => e.start >= a && e.end <= b);
  if (first?.type !== "PER") return null;
  const prefix = text.slice(a, first.start);
  if (!DESCRIPTION.test(prefix) || VERB_OR_PREPOSITION.test(prefix)) return null;
  // Not a possessor ("Trump's lawyer said …"), nor a name inside a longer phrase ("Trump Tower").
  if (POSSESSIVE_OR_CAPITAL_AFTER.test(text.slice(first.end, first.end + 3))) return null;
  return fullPerson(entities, first);
}
