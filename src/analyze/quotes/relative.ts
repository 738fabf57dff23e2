import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";
import { speakerIn } from "./speaker.js";

/** Report cues that can have their reported subject extracted ("which NASA said might …"). */
const CUES =
  "said|says|reported|reports|claimed|claims|believed|believe|believes|estimated|noted|explained|argued|alleged|warned|predicted|stated|announced|indicated|suggested|confirmed|insisted";
/** The reported clause's verb right after the cue: an auxiliary, a modal or a common finite verb. */
const VERBS =
  "is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|remains|remained|appears|appeared|seems|seemed|left|derives|included|includes|caused|led|killed|helped|made";
/** A cheap test per sentence before the full pattern: a cue followed at once by a verb. */
const CUE_THEN_VERB = new RegExp(String.raw`\b(?:${CUES})\s+(?:${VERBS})\b`);

const RELATIVE_REPORT = new RegExp(
  String.raw`(?:\b(?:which|that|who|whom)\s+(?<np>(?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}.&-]+)|(?<=\b(?!(?:what|that|which|who|whom|when|where|and|but|or|than)\s)\p{Ll}{3,}\s)(?<pro>they|he|she|we))` +
    String.raw`(?:['’](?:ve|d))?\s+(?:(?:has|have|had|also|previously|later|earlier)\s+)*` +
    `(?<cue>${CUES})` +
    String.raw`\s+(?<vp>(?:` +
    VERBS +
    String.raw`)\s+[^]*)`,
  "gu",
);

/** Words that cannot be the whole subject of the relative clause (a verb or a clause word in its place). */
const NOT_SUBJECT =
  /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|did|does|do|not|and|or|but|to|of|in|on|at|for|with|by|from|as|it|this|there|which|that|who|\p{Ll}+ed|\p{Ll}+ing)\b|^(?:it|this|there|what|when|where)\b/iu;

/**
 * A report inside a relative clause whose gap is the reported clause's subject: "…'s first manned mission,
 * which NASA said might take place this summer", "an oil field, which state media said were under control",
 * "a man who police said was armed", "the 38 countries they said were involved". The cue is followed at once
 * by the reported clause's verb; what was said is that verb phrase, the speaker the relative clause's subject.
 */
export const relativeReports: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!CUE_THEN_VERB.test(sent)) continue;
    RELATIVE_REPORT.lastIndex = 0;
    for (const m of sent.matchAll(RELATIVE_REPORT)) {
      const g = m.groups ?? {};
      const np = g.np ?? g.pro;
      if (!np || !g.cue || !g.vp || m.index === undefined) continue;
      if (g.np && NOT_SUBJECT.test(np.trim())) continue;
      const npAt = s.start + m.index + m[0].indexOf(np);
      const cueAt = s.start + m.index + m[0].length - g.vp.length - 1;
      if (ctx.quoted.some((q) => q.start <= npAt && npAt < q.end)) continue;
      const a = s.start + m.index + m[0].length - g.vp.length;
      // The verb phrase ends at a clause break: a comma, semicolon, colon, dash, quotation or the sentence's end.
      const stop = g.vp.search(/[,;:()"“”]|\s[—–]\s|[.!?](?:\s|$)/);
      let b = a + (stop < 0 ? g.vp.length : stop);
      while (b > a && /[\s.!?]/.test(text[b - 1] as string)) b--;
      const words = text.slice(a, b).trim().split(/\s+/);
      if (words.length < 2 || out.some((q) => q.start < b && a < q.end)) continue;
      const speaker = speakerIn(text, ctx.entities, npAt, npAt + np.length, "before-cue", ctx.history, true);
      if (!speaker) continue;
      out.push({
        kind: ctx.quoted.some((q) => q.open >= a && q.close <= b) ? "mixed" : "indirect",
        text: text.slice(a, b),
        start: a,
        end: b,
        speaker,
        cue: g.cue,
        date: saidOn(ctx, [[npAt, cueAt]]),
      });
      ctx.history.push(speaker);
    }
  }
  return out;
};
