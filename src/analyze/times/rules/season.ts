import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

const CODE: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
const START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const RE =
  /\b(?:(last|this|next|early|late|mid-?)\s+)?(spring|summer|autumn|Autumn|Spring|Summer|Winter|winter|fall)(?:\s+(?:of\s+)?(?:((?:19|20)\d\d)|(last|this|next)\s+year))?\b/g;

/** Seasons as TimeML values (`2008-FA`): "this autumn", "last summer", "spring 2019", "their Autumn meetings". */
export const season: TimeRule = (ctx) => {
  if (!ctx.anchor || !/spring|summer|autumn|winter|fall/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const word = (m[2] ?? "").toLowerCase();
    // "fall" is a verb more often than a season: only with a modifier or a year.
    if (word === "fall" && !m[1] && !m[3]) continue;
    const code = CODE[word] as string;
    let year = m[3] ? Number(m[3]) : ctx.anchor.getUTCFullYear();
    // "the spring of last year", "summer next year": the season of that year.
    if (m[4]) year += m[4].toLowerCase() === "last" ? -1 : m[4].toLowerCase() === "next" ? 1 : 0;
    else if (!m[3]) {
      // The season of the anchor's year; "last" is the latest one that has ended, "next" the coming one.
      const month = ctx.anchor.getUTCMonth() + 1;
      const begin = START[code] as number;
      const rel = (m[1] ?? "").toLowerCase();
      if (rel === "last" && month < begin + 3) year -= 1;
      else if (rel === "next" && month >= begin) year += 1;
      else if (
        !rel &&
        month < begin &&
        !isFuture(ctx.sentence, m.index, m.index + m[0].length) &&
        /\b(?:was|were|had|held|took)\b/.test(ctx.sentence)
      )
        year -= 1;
    }
    out.push(ref(ctx, m.index, m.index + m[0].length, `${year}-${code}`, "quarter", "season"));
  }
  return out;
};
