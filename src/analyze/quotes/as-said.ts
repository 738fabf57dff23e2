import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";
import { speakerIn } from "./speaker.js";

/**
 * "As X said, CLAUSE": a fronted "as" clause with a speech verb and no object vouches for the clause after its comma,
 * which is what X said ("As Emily Feng reports for NPR, the first cases came to light last week, …", "As both NBC
 * News and Bloomberg have reported, there's a security risk associated with business Instagram accounts", "For
 * example, as Herbert notes, being able to "taste" and "smell" minute traces of pathogens gives the body more
 * chances …"). Not a first-person aside ("As I said, …", the speaker is the one already quoted) nor "as its name
 * suggests".
 */
const AS_SAID =
  /(?:^|,\s+)["“]?[Aa]s\s+((?:(?!(?:I|we|you|it|its|this|that|the|if|of|a|an|well|soon|long|far|much|many|part|usual|expected|such)\s)[^\s,;:"“”()]+\s+){1,7}?)(?:(?:has|have|had|also|previously|recently|repeatedly|\p{Ll}+ly)\s+){0,2}(said|says|reported|reports|noted|notes|wrote|writes|explained|explains|observed|observes|argued|argues|pointed out|points out|stated|states|warned|warns|suggested|suggests|predicted|predicts|put it|puts it|told\s+(?:me|us|reporters|the\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*))((?:\s+(?:for|in|on|to|at|via|during)\s+[^,;:"“”()]{1,50}?)?),\s+(?=["“]?[\p{L}\d])/gu;

/** Words that open no clause of their own after the comma (a list or a subordinate goes on, not the report). */
const NOT_CLAUSE_START = /^["“]?(?:and|or|but|which|who|whom|whose|when|where|while|if|as|so|then|to|in|on|at|for|with|by|from|of)\b/;

// Hoisted out of asSaid: tsx compiles a `\p{…}` literal inside a function anew at every call.
const INTRODUCTORY_PHRASE = /^\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?|For example|For instance|In fact|Indeed|But|And|However|Still|Yet),\s+$/u;

export const asSaid: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!/\b[Aa]s\s/.test(sent)) continue;
    AS_SAID.lastIndex = 0;
    for (const m of sent.matchAll(AS_SAID)) {
      if (m.index === undefined || !m[1] || !m[2]) continue;
      const asAt = s.start + m.index + m[0].search(/[Aa]s\s/);
      // Only a sentence's opening "as" clause, or one right after a sentence adverb ("For example, as …").
      const before = text.slice(s.start, asAt);
      if (!/^\s*["“]?$/.test(before) && !INTRODUCTORY_PHRASE.test(before)) continue;
      if (ctx.quoted.some((q) => q.start <= asAt && asAt < q.end)) continue;
      const srcStart = asAt + 3;
      const srcEnd = srcStart + m[1].trimEnd().length;
      const cStart = s.start + m.index + m[0].length;
      const clause = text.slice(cStart, s.end);
      if (NOT_CLAUSE_START.test(clause)) continue;
      let cEnd = s.end;
      const semi = clause.indexOf(";");
      if (semi > 0) cEnd = cStart + semi;
      while (cEnd > cStart && /[\s.!?"”]/.test(text[cEnd - 1] as string)) cEnd--;
      if (cEnd - cStart < 15 || out.some((q) => q.start < cEnd && cStart < q.end)) continue;
      const speaker = speakerIn(text, ctx.entities, srcStart, srcEnd, "before-cue", ctx.history, true);
      // A name or a source noun, not a pronoun ("As he said, …" is left alone) nor an unresolved word.
      if (!speaker || speaker.start < srcStart || speaker.end > srcEnd || /^(?:he|she|they|it|we|I|you)$/i.test(speaker.text)) continue;
      out.push({
        kind: ctx.quoted.some((q) => q.open >= cStart && q.close <= cEnd + 1) ? "mixed" : "indirect",
        text: text.slice(cStart, cEnd),
        start: cStart,
        end: cEnd,
        speaker,
        cue: /^told\s/.test(m[2]) ? "told" : m[2],
        date: saidOn(ctx, [[asAt, cStart]]),
      });
      ctx.history.push(speaker);
    }
  }
  return out;
};
