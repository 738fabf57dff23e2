import { isFuture } from "../tense.js";
import { ref, type TimeRule } from "../types.js";

const CODE: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };
const START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const RE =
  /\b(?:((?:this\s+)?past|last|this|next|(?:this\s+)?coming|early|late|mid-?)\s+)?(spring|summer|autumn|winter|fall)(?:\s+(?:of\s+)?(?:((?:19|20)\d\d)|(last|this|next)\s+year))?\b/gi;
/** Words that may stand capitalised before a season that is a date ("In Spring 2019", "This Summer"). */
const LEAD = /^(?:In|By|During|Since|Until|Till|From|Before|After|Through|Over|The|This|Last|Next|Past|Coming|Early|Late|Mid)$/;

/**
 * Seasons as TimeML values (`2008-FA`): "this autumn", "last summer", "spring 2019", "their Autumn meetings",
 * "This fall, …", "this past fall". A capitalised season inside a name is none ("Operation Peace Spring",
 * "Google Summer of Code", "the Arab Spring", "the Summer Olympics").
 */
export const season: TimeRule = (ctx) => {
  if (!ctx.anchor || !/spring|summer|autumn|winter|fall/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const word = (m[2] ?? "").toLowerCase();
    const rel = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    // "fall" is a verb more often than a season: only with a modifier or a year, and not "the last fall of …".
    if (
      word === "fall" &&
      ((!rel && !m[3]) || m[2] !== "fall" || (!m[3] && /^\s+(?:of|in|from|to|on|by)\b/.test(ctx.sentence.slice(m.index + m[0].length))))
    )
      continue;
    if (/^[A-Z]/.test(m[2]!)) {
      // The word before (unless it opens the sentence: "Their Autumn meetings") and the word after.
      const before = ctx.sentence.slice(0, m.index + m[0].indexOf(m[2]!)).match(/(^|\S)\s*?(\S+)\s+$/);
      const prev = before?.[1] ? (before[2] ?? "") : "";
      const next = ctx.sentence.slice(m.index + m[0].length).match(/^\s+(\S+)/)?.[1] ?? "";
      if ((/^[A-Z][\w'’.-]*$/.test(prev) && !LEAD.test(prev)) || (/^(?:of\s|[A-Z])/.test(`${next} `) && !m[3])) continue;
    }
    const code = CODE[word] as string;
    let year = m[3] ? Number(m[3]) : ctx.anchor.getUTCFullYear();
    // "the spring of last year", "summer next year": the season of that year.
    if (m[4]) year += m[4].toLowerCase() === "last" ? -1 : m[4].toLowerCase() === "next" ? 1 : 0;
    else if (!m[3]) {
      // The season of the anchor's year; "last" ("this past") is the latest one that has ended, "next" ("coming") the coming one.
      const month = ctx.anchor.getUTCMonth() + 1;
      const begin = START[code] as number;
      const back = rel === "last" || rel.endsWith("past");
      const ahead = rel === "next" || rel.endsWith("coming");
      if (back && month < begin + 3) year -= 1;
      else if (ahead && month >= begin) year += 1;
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
