import type { Quote } from "../../model/index.js";
import { type QuoteRule, sentenceAt } from "./context.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;

/**
 * What may stand between a quote and a second quotation by the same speaker in the same sentence:
 * `… "…" and wrote "…"`, `… "…" and offered "…"`, `…", and "…"`, `…," further saying, "…"`.
 */
const BETWEEN =
  /^["”]?\s*,?\s*(?:(?:and|but|while)\s+(?:also\s+)?(?:(?:\p{Ll}+ed|said|wrote|told|says|adds|writes)\s+(?:\p{Ll}+\s+)?)?(?:that\s+)?|(?:further\s+|also\s+|then\s+)?(?:saying|adding|writing|noting|observing|stating)\s*[,:]?\s*)$/u;

// Hoisted out of coordinatedQuotes: tsx compiles a `\p{…}` literal inside a function anew at every call.
const SPEECH_VERB = /\b(\p{Ll}+ed|said|wrote|told|says|adds|writes|saying|adding|writing|noting|observing|stating)\b/u;

/**
 * A quotation joined to an attributed quote of the same sentence by "and" or a participle cue is the same
 * speaker's: another direct quote after a direct one, else the end of the reported speech before it (runs
 * last, so it only takes marks no other rule attributed).
 */
export const coordinatedQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const q of ctx.quoted) {
    const content = text.slice(q.start, q.end).trim();
    if (content.split(/\s+/).length < 2 || !ANY_LETTER.test(content)) continue;
    if (out.some((x) => x.start < q.close && q.open < x.end + 1)) continue;
    const s = sentenceAt(ctx, q.open);
    if (!s || s.start > q.open) continue;
    const prev = out
      .filter((x) => x.speaker && x.end <= q.open && x.end >= s.start && q.open - x.end < 200)
      .sort((x, y) => y.end - x.end)[0];
    if (!prev?.speaker) continue;
    const between = text.slice(prev.end, q.open);
    const m = between.match(BETWEEN);
    if (!m) continue;
    const verb = between.match(SPEECH_VERB)?.[1];
    if (!verb) {
      // `"…" and "…"` with no new cue: one statement quoted in two pieces; reported speech that goes on into
      // a quotation ("said he was "humbled" … and "…"") is one mixed report.
      const i = out.indexOf(prev);
      out[i] =
        prev.kind === "direct"
          ? { ...prev, end: q.end, text: `${prev.text} ${content}` }
          : { ...prev, kind: "mixed", end: q.end, text: text.slice(prev.start, q.end) };
      continue;
    }
    out.push({ kind: "direct", text: content, start: q.start, end: q.end, speaker: { ...prev.speaker }, cue: verb, date: prev.date });
  }
  return out;
};
