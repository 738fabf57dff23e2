import type { Quote, SpeakerRef } from "../../model/index.js";
import { type QuoteContext, type QuoteRule, saidOn } from "./context.js";
import { speakerIn } from "./speaker.js";

/**
 * Verbs of judgement whose object and "as" complement carry what the subject said: "The Russian government
 * dismissed the claim from Berlin as groundless", "The Biden campaign criticized the commutation as an abuse
 * of power", "La Riva criticized any space agency as militaristic" — the same report as "characterized the
 * attack as …" (see AS_CUES), with verbs that report nothing without the "as".
 */
const AS_VERB =
  /\b(dismissed|dismissing|criticized|criticised|criticizing|criticising|blasted|blasting|slammed|slamming|denounced|denouncing|condemned|condemning|decried|decrying|hailed|hailing|praised|praising|branded|branding|labell?ed|labell?ing|rejected|rejecting|emphasized|emphasised|defended|defending)\s+/gu;
/** The object (up to eight words, no clause of its own), then "as" and the complement's first word. */
const OBJECT_AS =
  /^((?:(?!(?:as|and|or|but|that|which|who|is|are|was|were|has|have|had|will|would)\s)[^\s,;:"“”()]+\s+){1,8}?)as\s+(?!(?:well|a\s+result|part|soon|of|long|much|many|far|if|though|to|it|he|she|they|we|the\s+(?:day|year|week|month)\b))(?=["“]?[\p{L}\d])/u;

// Hoisted out of clauseSubject: tsx compiles a `\p{…}` literal inside a function anew at every call.
const AUXILIARIES_OR_ADVERBS_ONLY = /^\s*(?:(?:also|has|have|had|then|later|\p{Ll}+ly)\s+)*$/u;

/**
 * The speaker of a verb of judgement at verbAt whose sentence starts at sentStart with `head` before the verb: a
 * name or a resolved pronoun in the verb's clause (after the last ";" or ", and/but/while"), right before the verb
 * (over "also", "has", "then", an -ly adverb …) unless the verb is a participle, which takes the sentence's subject.
 * Null when there is none; `from` is where the clause starts.
 */
export function clauseSubject(
  ctx: QuoteContext,
  sentStart: number,
  head: string,
  verbAt: number,
  participle: boolean,
): { speaker: SpeakerRef; from: number } | null {
  const clause = Math.max(head.lastIndexOf(";"), head.search(/,\s+(?:and|but|while)\s+[^,]*$/));
  const from = sentStart + (clause > 0 ? clause + 1 : 0);
  const speaker = speakerIn(ctx.text, ctx.entities, from, verbAt, participle ? "after-cue" : "before-cue", ctx.history);
  if (!speaker || speaker.start < from) return null;
  if (!participle && !AUXILIARIES_OR_ADVERBS_ONLY.test(ctx.text.slice(speaker.end, verbAt))) return null;
  return { speaker, from };
}

// Hoisted out of asReports: tsx compiles a `\p{…}` literal inside a function anew at every call.
const PASSIVE_OR_DETERMINER_BEFORE =
  /\b(?:is|are|was|were|be|been|being|the|a|an|its|his|her|their|widely|often|much)\s+(?:\p{Ll}+ly\s+)?$/u;
const REPORT_END =
  /;|,\s+(?:and|but|while|which|who|\p{Ll}+ing)\b|\s+and\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|told|called|made|took|gave)\b|\s[—–]\s|[.!?]["”]?\s*$/u;

export const asReports: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!/\sas\s/.test(sent)) continue;
    AS_VERB.lastIndex = 0;
    for (const m of sent.matchAll(AS_VERB)) {
      if (m.index === undefined || !m[1]) continue;
      const verbAt = s.start + m.index;
      if (ctx.quoted.some((q) => q.start <= verbAt && verbAt < q.end)) continue;
      const head = sent.slice(0, m.index);
      // A passive ("was criticized as …") or an adjective ("the rejected bill") has no speaker of its own.
      if (PASSIVE_OR_DETERMINER_BEFORE.test(head)) continue;
      const after = sent.slice(m.index + m[0].length);
      const om = after.match(OBJECT_AS);
      if (!om) continue;
      const a = s.start + m.index + m[0].length;
      // The complement ends at a clause break: ", pointing …", ", and …", "and repeatedly asked …", a semicolon or
      // the sentence's end.
      const rest = text.slice(a, s.end);
      const stop = rest.search(REPORT_END);
      let b = a + (stop < 0 ? rest.length : stop);
      while (b > a && /[\s.,!?]/.test(text[b - 1] as string)) b--;
      if (b - a < 8 || out.some((q) => q.start < b && a < q.end)) continue;
      // The subject: a name or a resolved pronoun at the head of the clause (a participle takes the sentence's).
      const subject = clauseSubject(ctx, s.start, head, verbAt, /ing$/.test(m[1]));
      if (!subject) continue;
      const { speaker, from } = subject;
      out.push({
        kind: ctx.quoted.some((q) => q.open >= a && q.close <= b + 1) ? "mixed" : "indirect",
        text: text.slice(a, b),
        start: a,
        end: b,
        speaker,
        cue: m[1],
        date: saidOn(ctx, [[from, verbAt]]),
      });
      ctx.history.push(speaker);
    }
  }
  return out;
};
