import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";
import { speakerIn } from "./speaker.js";

/**
 * A sentence that opens with a participle cue: "Saying Rocky Linux is for the community, Kurtzer said he …".
 * What was said is the clause between the participle and the first comma; the speaker is the main clause's
 * subject right after that comma, followed by its verb.
 */
const OPENER =
  /^\s*(Saying|Adding|Noting|Arguing|Claiming|Warning|Insisting|Stating|Explaining|Stressing|Acknowledging|Admitting)\s+(?:that\s+)?([^,;:"“”]{8,200}?),\s+/u;
/** A finite verb in the clause: it reports a clause, not an object ("Noting the delay, …"). */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|remains|\p{Ll}{2,}ed)\b/u;

// Hoisted out of frontedParticiples: tsx compiles a `\p{…}` literal inside a function anew at every call.
const WORDS_THEN_MAIN_VERB = /^((?:[\p{L}'’.-]+\s+){0,5}?)(?:\p{Ll}+ly\s+)?(?:said|says|told|added|wrote|\p{Ll}{2,}ed|is|was|has|had)\b/u;

export const frontedParticiples: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    const m = sent.match(OPENER);
    if (!m?.[1] || !m[2] || !CLAUSE_VERB.test(m[2])) continue;
    const a = s.start + sent.indexOf(m[2], m[1].length);
    const b = a + m[2].length;
    if (out.some((q) => q.start < b && a < q.end)) continue;
    // The main clause's subject: a name or pronoun, then a verb.
    const mainAt = s.start + m[0].length;
    const head = text.slice(mainAt, s.end).match(WORDS_THEN_MAIN_VERB);
    if (!head?.[1]?.trim()) continue;
    const speaker = speakerIn(text, ctx.entities, mainAt, mainAt + head[1].length, "before-cue", ctx.history);
    if (!speaker) continue;
    out.push({
      kind: "indirect",
      text: text.slice(a, b),
      start: a,
      end: b,
      speaker,
      cue: m[1].toLowerCase(),
      date: saidOn(ctx, [[mainAt, s.end]]),
    });
    ctx.history.push(speaker);
  }
  return out;
};
