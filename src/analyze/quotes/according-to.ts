import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";
import { speakerIn } from "./speaker.js";

const RE = /\baccording to\s+/gi;
const NOT_SPEECH =
  /\b(?:footage|data|figures|statistics|records|census|images|video|photos|photographs|satellite|maps?|tracking|schedule|law|legislation|rules|timetable|tradition|legend)\b/i;

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
export const accordingTo: QuoteRule = (ctx, found) => {
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = ctx.text.slice(s.start, s.end);
    for (const m of sent.matchAll(RE)) {
      const srcStart = m.index + m[0].length;
      const srcEndRel = sent.slice(srcStart).search(/,|[.!?]\s*$|$/);
      let srcEnd = srcStart + (srcEndRel < 0 ? sent.length - srcStart : srcEndRel);
      // "according to the mayor, Jane Smith," / "…, according to the mayor, Jane Smith.": the name in apposition.
      const app = sent.slice(srcEnd).match(/^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=\s*(?:,|[.!?]?\s*$))/u);
      if (app && /^(?:the|a|an)\s|['’]s?\s/i.test(sent.slice(srcStart, srcEnd))) srcEnd += app[0].length;
      // Records are not speakers ("according to traffic camera footage", "according to census data").
      if (NOT_SPEECH.test(sent.slice(srcStart, srcEnd))) continue;
      const speaker = speakerIn(ctx.text, ctx.entities, s.start + srcStart, s.start + srcEnd, "after-cue", ctx.history, true);
      if (!speaker) continue;
      let a: number;
      let b: number;
      if (m.index < 3) {
        a = s.start + srcEnd + 1;
        b = s.end;
      } else {
        a = s.start;
        b = s.start + m.index;
      }
      while (a < b && /[\s,]/.test(ctx.text[a] as string)) a++;
      while (b > a && /[\s.,!?]/.test(ctx.text[b - 1] as string)) b--;
      // The words are one quotation: a direct quote without its marks.
      const whole = ctx.quoted.find((q) => q.open >= a && q.open <= a + 1 && q.close >= b - 2 && q.close <= b + 1);
      if (whole) {
        a = whole.start;
        b = whole.end;
      }
      if (b - a < 10 || ctx.text.slice(a, b).split(/\s+/).length < 3 || out.some((q) => q.start < b && a < q.end)) continue;
      out.push({
        kind: whole ? "direct" : ctx.quoted.some((q) => q.open >= a && q.close <= b) ? "mixed" : "indirect",
        text: ctx.text.slice(a, b),
        start: a,
        end: b,
        speaker,
        cue: "according to",
        date: saidOn(ctx, [[s.start + m.index, s.start + srcEnd]]),
      });
    }
  }
  return out;
};
