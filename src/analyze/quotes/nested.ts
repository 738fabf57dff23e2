import type { Quote } from "../../model/index.js";
import type { QuoteRule } from "./context.js";
import { CUE_RE } from "./cues.js";
import { speakerIn } from "./speaker.js";

/** `… and President Trump said, 'Let's talk about it tomorrow.'`: a cue, then a single-quoted span. */
const INNER = new RegExp(`${CUE_RE.source}[,:]?\\s+['‘]`, "g");

// Hoisted out of nestedQuotes: tsx compiles a `\p{…}` literal inside a function anew at every call.
const CLOSING_APOSTROPHE = /['’](?![\p{L}])/u;
const TRAILING_ADVERBS = /(?:\s+(?:always|also|then|later|again|once|\p{Ll}+ly))*\s*$/u;
const NAME_OR_PRONOUN_AT_END = /(?:\p{Lu}[\p{L}'’.-]*|\bI|\bhe|\bshe|\bthey|\bwe)$/u;
const FIRST_PERSON_WORD = /^(?:I|we)(?:['’]\p{L}+)?$/iu;

/**
 * Quotes inside quotes: a speaker quoted within a direct quote, in single quotation marks after a cue. The
 * inner speaker is named inside the outer quote ("I" there is the outer speaker).
 */
export const nestedQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const outer of found) {
    if (outer.kind !== "direct" || !outer.speaker) continue;
    const inside = text.slice(outer.start, outer.end);
    for (const m of inside.matchAll(INNER)) {
      const open = outer.start + m.index + m[0].length;
      // The closing mark: a single quote not followed by a letter (so "Let's" does not close it).
      const rest = text.slice(open, outer.end + 1);
      const close = rest.search(CLOSING_APOSTROPHE);
      if (close < 4) continue;
      const words = rest.slice(0, close).trim();
      if (words.split(/\s+/).length < 2) continue;
      const cueAt = outer.start + m.index;
      const head = inside.slice(0, m.index);
      const clause = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(" and "), head.lastIndexOf(". "));
      const from = outer.start + (clause < 0 ? 0 : clause + 1);
      // The subject stands right before the cue ("President Trump said", "I've always said"), not "someone says".
      const subject = head.replace(TRAILING_ADVERBS, "");
      if (!NAME_OR_PRONOUN_AT_END.test(subject)) continue;
      const who = speakerIn(text, ctx.entities, from, cueAt, "before-cue", ctx.history);
      if (!who) continue;
      // A third-person pronoun inside the outer speaker's words is someone else: "‘I want more.’ They said, ‘The
      // farmers can’t handle it.’" is not the outer speaker's (who says "I").
      if (/^(?:he|she|they)$/i.test(who.text) && who.name === outer.speaker.name) continue;
      const speaker = FIRST_PERSON_WORD.test(who.text) ? { ...outer.speaker } : who;
      out.push({ kind: "direct", text: words, start: open, end: open + close, speaker, cue: m[1] ?? m[0], date: outer.date ?? null });
    }
  }
  return out;
};
