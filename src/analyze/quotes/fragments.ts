import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn, sentenceAt } from "./context.js";
import { speakerIn } from "./speaker.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * Verbs that attach a quoted phrase to their subject without a speech verb: "called the move a "…"",
 * "calling it "…"", "gave its "deepest sympathies"", "condemned the "…"".
 */
const FRAGMENT_VERB =
  /\b(?:called|calling|calls|described|describing|describes|termed|terming|labell?ed|labell?ing|branded|branding|hailed|hailing|praised|praising|condemned|condemning|denounced|denouncing|critici[sz]ed|critici[sz]ing|slammed|slamming|gave|giving|offered|offering|expressed|expressing|pledged|pledging|vowed|vowing|spoke of|speaking of|talked of|referred to|dismissed|dismissing|decried|decrying|lamented|lamenting|accused|accusing|assailed|assailing|attacked|attacking|lauded|lauding|thanked|thanking|noted)\b/g;

/** A passive or naming use of the verb: "is called", "commonly called", "has been termed". */
const NAMING = /\b(?:is|are|was|were|be|been|being|commonly|widely|often|sometimes|also known|so)\s+$/;

/** One lower-case word (with its punctuation). */
const ONE_LOWER_WORD = /^\p{Ll}[\p{L}'’-]{2,}[.,!?]?$/u;
/** A passive naming verb and its agent ("was described by X as"). */
const DESCRIBED_BY =
  /(?:\b(?:is|are|was|were|been)\s+(?:\p{Ll}+ly\s+)?|\s)(described|called|termed|labell?ed|branded|hailed|praised|critici[sz]ed|condemned|characteri[sz]ed)\s+by\s+([^,;:"“”]{2,60}?)\s+as\s+(?:(?:a|an|the|being)\s+)?$/u;
/** A lower-case word at the end. */
const LOWER_WORD_END = /\b\p{Ll}+\s*$/u;
/** A word that does not start with a lower-case letter. */
const NO_LOWER_FIRST = /^[^\p{Ll}]/u;
/** "which" or "whom" and a capitalised name at the end. */
const RELATIVE_NAME = /\b(?:which|whom)\s+((?:the\s+)?\p{Lu}[^,;:"“”]{1,50}?)\s+$/u;
/** Capitalised words only. */
const CAP_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*$/u;
/** At most an auxiliary or an adverb. */
const AUXILIARY_GAP = /^\s*(?:(?:has|have|had|also|\p{Ll}+ly)\s+)?$/u;
/**
 * Quoted fragments inside a sentence whose subject names someone: the words in quotation marks are that
 * subject's (`Labour Party leader Jeremy Corbyn called the move a "smash and grab on our democracy"`).
 * Runs after the other rules, so fragments inside reported speech keep their report.
 */
export const fragmentQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const q of ctx.quoted) {
    const content = text.slice(q.start, q.end).trim();
    const words = content.split(/\s+/).length;
    // (One word only after a verb that names it as the subject's word: "Trump called Stone's 40 month sentence
    // "unjust."", "Biden referred to the people as "chumps."".)
    if (words > 60 || !ANY_LETTER.test(content)) continue;
    const single = words < 2;
    if (single && !ONE_LOWER_WORD.test(content)) continue;
    // (Not a report that only repeats a direct quote opening where it opens: dedupe drops it, `said …, "I do …",
    // calling it a "…"`.)
    const doomed = (x: Quote) =>
      x.kind !== "direct" &&
      out.some((d) => d.kind === "direct" && d.speaker?.name === x.speaker?.name && d.start - x.start <= 1 && d.start >= x.start);
    if (out.some((x) => x.start < q.close && q.open < x.end + 1 && !doomed(x))) continue;
    const s = sentenceAt(ctx, q.open);
    if (!s || s.start > q.open) continue;
    const fragment = (speaker: Quote["speaker"], cue: string): Quote => ({
      kind: "direct",
      text: content,
      start: q.start,
      end: q.end,
      speaker,
      cue,
      date: saidOn(ctx, [[s.start, q.open]]),
    });
    const before = text.slice(s.start, q.open);
    // "Gutierrez was described by the CBCP as "a strong advocate …"": a passive with its speaker after "by" ("a pattern
    // described by Marine Bulletin as "…"": a reduced relative too).
    const pb = before.match(DESCRIBED_BY);
    if (pb?.[1] && pb[2] && pb.index !== undefined) {
      const at = s.start + pb.index + pb[0].indexOf(pb[2], pb[0].indexOf(" by ") + 1);
      const who = speakerIn(text, ctx.entities, at, at + pb[2].length, "after-cue", ctx.history, true);
      if (who) {
        out.push(fragment(who, pb[1]));
        continue;
      }
    }
    // The verb is close to the mark and no other quotation or clause break comes between.
    let verb: RegExpExecArray | null = null;

    for (const m of before.matchAll(FRAGMENT_VERB)) verb = m as RegExpExecArray;
    if (!verb || before.length - (verb.index + verb[0].length) > 50) continue;
    if (
      single &&
      !/^(?:called|calling|calls|termed|terming|labell?ed|labell?ing|branded|branding|dubbed|described|describing|referred to)$/.test(
        verb[0],
      )
    )
      continue;
    const between = before.slice(verb.index + verb[0].length);
    if (/[;:"“”]|,\s+(?:which|who|while|but|and)\b/.test(between)) continue;
    let head = before.slice(0, verb.index);
    let from = s.start;
    // An earlier quotation in the sentence: `Sanders said …, "I do not …", calling it a "difficult …"` (a
    // participle goes on with that quotation's speaker), `… calling the investigation "Soviet-style" and Ross
    // Spano of Florida calling the process "…"` (a subject of its own after it).
    const lastMark = Math.max(head.lastIndexOf('"'), head.lastIndexOf("“"), head.lastIndexOf("”"));
    if (lastMark >= 0) {
      if (/[;]/.test(head.slice(lastMark))) continue;
      const prev = out
        .filter((x) => x.speaker && x.end <= s.start + verb.index && x.end >= s.start + lastMark - 1 && x.start >= s.start)
        .sort((x, y) => y.end - x.end)[0];
      if (/^["”]?\s*,\s*$/.test(head.slice(lastMark)) && /ing$/.test(verb[0]) && prev?.speaker) {
        out.push(fragment({ ...prev.speaker }, verb[0]));
        continue;
      }
      const own = head.slice(lastMark + 1).match(/^["”]?\s*,?\s+(?:and|while|whereas|but)\s+(?=\S)/);
      if (!own) continue;
      from = s.start + lastMark + 1 + own[0].length;
      head = text.slice(from, s.start + verb.index);
    }
    // Names and titles in quotation marks ("a plan called "Build Back Better"", "is referred to as "…"").
    if (NAMING.test(head) || (/^\s*$/.test(between) && LOWER_WORD_END.test(head))) continue;
    if (words <= 5 && content.split(/\s+/).every((w) => NO_LOWER_FIRST.test(w))) continue;
    // "…, which the New York Times called "…"": the subject of the relative clause, when it is a named entity.
    const rel = head.match(RELATIVE_NAME);
    if (rel?.[1]) {
      const at = from + (rel.index ?? 0) + rel[0].indexOf(rel[1]);
      const who = speakerIn(text, ctx.entities, at, at + rel[1].length, "after-cue", ctx.history);
      if (who && ctx.entities.some((e) => e.start <= who.start && who.end <= e.end)) {
        out.push(fragment(who, verb[0]));
        continue;
      }
    }
    const speaker = speakerIn(text, ctx.entities, from, s.start + verb.index, "after-cue", ctx.history);
    // Only a named subject at the head of the sentence, not one inside a relative clause's antecedent.
    if (!speaker || speaker.start - from > 80 || speaker.start < from) continue;
    // "The president had previously called it "…"": a role noun heading the sentence, resolved to the person.
    const role =
      speaker.name !== speaker.text &&
      ctx.entities.some(
        (e) =>
          e.type === (/^(?:company|campaign|party|ministry|government)$/.test(speaker.text) ? "ORG" : "PER") && e.name === speaker.name,
      ) &&
      /^\s*(?:the|his|her|its|their)\s+$/i.test(text.slice(from, speaker.start)) &&
      LOWER_WORD.test(speaker.text);
    if (!role && !/^(?:he|she)$/i.test(speaker.text) && !ctx.entities.some((e) => e.start <= speaker.start && speaker.end <= e.end)) {
      // A name the tagger missed must look like one: not a sentence adverb ("Instead,"), a number or a pronoun.
      if (!CAP_NAME.test(speaker.text) || /^(?:I|We|They|It|One|Two|Three|Four|Five)$/.test(speaker.text)) continue;
      if (!speaker.text.includes(" ") && /^\s*,/.test(text.slice(speaker.end, speaker.end + 2))) continue;
    }
    if (/\b(?:which|who|whom|that)\b/.test(text.slice(speaker.end, s.start + verb.index))) continue;
    // A single word: the verb right after its subject, and the word closing the phrase (not "the media falsely
    // describing him as a "felon"" with the sentence's subject far before, nor an adjective: ""insane" heat").
    if (
      single &&
      (!AUXILIARY_GAP.test(text.slice(speaker.end, s.start + verb.index)) ||
        !(/[.,!?]$/.test(content) || /^\s*(?:[.,;:!?)]|(?:and|or)\s|$)/.test(text.slice(q.close + 1, q.close + 6))))
    )
      continue;
    out.push(fragment(speaker, verb[0]));
  }
  return out;
};
