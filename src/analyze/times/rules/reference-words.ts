import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(now|currently|at present|presently|nowadays|at the moment|these days|recently|lately|in the past|formerly|previously|in the future|soon|recent (?:years|months|weeks|days|memory|history)|the near (?:term|future)|the (?:long|short|medium) (?:term|run)|the time being|(?:the\s+)?(?:coming|upcoming) (?:days|weeks|months|years|decades)|the next (?:weeks|months|years|decades)|for the moment|at this moment|(?:at|as of) the time of writing|as of this writing|at press time|the (?:days|weeks|months|years) (?:ahead|to come)|the (?:past|future|present)|more recently|current|recent|later|earlier|in future|at this time|(?<!\bup )to date|today(?=['’]s\s+(?:[A-Z]|(?:world|society|economy|markets?|generation|youth|standards|terms|dollars|money|prices|technology|culture)\b)))\b/gi;
const PRESENT = new Set([
  "now",
  "currently",
  "at present",
  "presently",
  "nowadays",
  "at the moment",
  "for the moment",
  "at this moment",
  "at the time of writing",
  "as of the time of writing",
  "as of this writing",
  "at press time",
  "these days",
  "the time being",
  "the present",
  "current",
  "at this time",
  "to date",
  "to this day",
  "this day and age",
  "present day and age",
  "present-day",
  "present day",
  "today",
]);
const PAST = new Set(["recently", "lately", "in the past", "formerly", "previously", "the past", "more recently", "recent", "earlier"]);
/**
 * "to this day", "in this day and age", "present-day" (the present), "the foreseeable future" (the future): a
 * pattern of its own, run only where it can match (longer alternatives in the main pattern make it far slower).
 */
const PRESENT_DAY =
  /\b(to this day|(?:this|present)[- ]day and age|present[- ]day|the (?:foreseeable|distant|immediate|not[- ]too[- ]distant) future)\b/gi;
/**
 * Adverbs of a vague past or future: "GM, once the world's largest automaker" / "was once" (PAST_REF, not "once
 * again", "once a year" or the conjunction "once the deal closes"), "historically", "in the old days", "in years
 * past", "recent decades", "in past years", "than previous years", "these past months" (PAST_REF); "someday", "one day the country might
 * …", "going forward", "in due course", "shortly" (not "shortly after"), "before long", "the longer term" (FUTURE_REF). Not "eventually",
 * which tells an outcome ("eventually shot him"), not a time.
 */
const VAGUE =
  /\bonce\b(?<=(?:,\s*|\b(?:was|were|had|is|are|been)\s+)once)(?!\s+(?:a|an|every|per)\s+(?:year|day|week|month|decade|century|time|while|hour|quarter|season|fortnight|lifetime|generation)\b)(?=\s+(?:the|a|an|one|its|his|her|their|considered|known|described|called|seen|regarded|among|part|home|owned|run|used|a\s+\w+)\b)|\b(?:historically|in\s+the\s+old\s+days|in\s+years\s+past|recent\s+(?:decades|times|centuries)|(?:in|over|during|from|than)\s+(?:past|previous|prior)\s+(?:years|decades|months|weeks|centuries)|these\s+past\s+(?:years|decades|months|weeks|days)|someday|in\s+due\s+course|going\s+forward(?!\s+(?:with|on)\b)|shortly(?!\s+(?:after|before|thereafter|afterwards?|following|prior|ahead)\b)|before\s+long|the\s+longer\s+(?:term|run))\b|\b(?:one|some)\s+day\b(?<=(?:^|[,;:]\s*|\bthat\s+)(?:one|some)\s+day)/gi;
/** After "one day": a subject and a modal verb ("one day the United States might …"); "May" the month is capitalised. */
const MODAL_AFTER = /^,?\s+(?:[A-Za-z'’]+\s+){1,4}(?:will|would|could|might|may|can)\b/;
/** A cheap test before VAGUE (word starts only: a long alternation tried at every character is the slow part). */
const VAGUE_HINT =
  /\b(?:[Oo]nce|[Hh]istorically|old days|years past|recent (?:decades|times|centuries)|(?:past|previous|prior) (?:years|decades|months|weeks|centuries)|these past|[Ss]ome ?day|[Oo]ne day|[Gg]oing forward|due course|[Ss]hortly|[Bb]efore long|longer (?:term|run))/;

/** Does a clause start here (nothing before, or a mark: "((WN))  Currently", "loan: Now they …")? Not after a word or comma. */
function startsClause(before: string): boolean {
  return !/[\w,;]\s*$/.test(before);
}

/** A function word after "the future" or "future": the noun, not an adjective ("in the future these guys …"). */
const FUNCTION_AFTER =
  /^\s+(?:of|a|an|the|these|those|this|that|which|who|what|when|where|why|how|as|and|or|but|so|for|in|on|at|to|by|from|with|than|is|are|was|were|will|would|could|should|may|might|can|must|be|been|has|have|had|does|did|also|too|ahead|i|we|you|he|she|it|they|there|if|then|now|still|again)\b/;
/**
 * "future" as an adjective ("future space missions", "a future mission": FUTURE_REF on "future", as MEANTIME tags
 * "current" in "the current weakened state" and "recent" in "recent government moves") or after a possessive
 * ("its future is uncertain"). Not a future holder of a role ("met future Grateful Dead guitarist", "future
 * president Donald Trump"), nor "futures".
 */
const FUTURE =
  /(?<=\b(?:[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Mm]y|[Yy]our)\s+|['’]s\s+|\b(?:a|an|the|of|for|in|on|to|at|about|prevent|deter|deterring|any|all|no|and|or|Are|What|How)\s+|^)[Ff]uture\b(?!s\b|-)(?!\s+(?:[A-Z]|(?:president|vice|prime|king|queen|wife|husband|son|daughter|leader|champion|star|owner|ceo|chairman|governor|senator|emperor|pope|partner|bride|in-laws?)\b))/g;

/** "the Douglas era", "the Soviet era": a named era of the past. */
const ERA = /\b(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*[\s-]era\b/g;

/**
 * Vague references to the present, past or future (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF). A lone
 * "later" is FUTURE_REF as MEANTIME annotates it, "today's world" or "today's GM" PRESENT_REF, a lone "earlier" ("said earlier") PAST_REF, a named era PAST_REF; "later this year", "three days later" and "later than"
 * are left to the other rules.
 */
export const referenceWords: TimeRule = (ctx) => {
  const out = [];
  const s = ctx.sentence;
  const extra =
    (s.includes("day") && /(?:this|present)[- ]day/i.test(s)) || (s.includes("future") && /(?:seeable|distant|immediate) future/.test(s));
  for (const m of extra ? [...s.matchAll(RE), ...s.matchAll(PRESENT_DAY)] : s.matchAll(RE)) {
    const k = m[1]!.toLowerCase();
    const before = ctx.sentence.slice(0, m.index);
    const after = ctx.sentence.slice(m.index + m[0].length);
    if (k === "soon" && /as\s+$/i.test(before)) continue;
    // Part of a hyphenated name or word ("Park Won-soon", "then-current"), or "now-" before an adjective ("the
    // now-cancelled deal", which MEANTIME leaves untagged).
    if (/\w-$/.test(before) || (k === "now" && /^-[a-z]/.test(after))) continue;
    // A capital inside a sentence is a title's or name's ("Back to the Future", "Apocalypse Now").
    if (/[A-Z]/.test(startsClause(before) ? m[0].slice(1) : m[0])) continue;
    // "in the past year", "the past two weeks": a period or a length, for the other rules.
    if (
      (k === "in the past" || k === "the past") &&
      /^\s+(?:\d|few|several|couple|\w+(?:teen|ty)\b|one|two|three|four|five|six|seven|eight|nine|ten|hour|day|week|weekend|month|year|decade|century|quarter)\b/i.test(
        after,
      )
    )
      continue;
    // "the present study", "the future investigation": adjectives (FUTURE below tags "future" alone); not "in the
    // future these guys will", "in future what …".
    if ((k === "the present" || k === "the future" || k === "in future") && !FUNCTION_AFTER.test(after) && /^\s+[a-z]/.test(after))
      continue;
    // "an earlier protest", "his earlier pledge", "earlier Friday": an adjective or part of another time.
    if (
      k === "earlier" &&
      (/\b(?:a|an|the|his|her|its|their|our|my|your|this|these|those)\s+$|['’]s\s+$/i.test(before) || /^\s+[A-Z]/.test(after))
    )
      continue;
    if (
      (k === "later" || k === "earlier") &&
      (/\b(?:(?:minute|hour|day|week|month|year|decade|moment)s?|time|a|an|much|even|no)\s+$/i.test(before) ||
        (/^\s+(?:this|that|the|in|on|than|today|tonight|\d)/i.test(after) &&
          !/^\s+in\s+the\s+(?:day|morning|afternoon|evening)\b/i.test(after)))
    )
      continue;
    const value = PRESENT.has(k) ? "PRESENT_REF" : PAST.has(k) || k.startsWith("recent ") ? "PAST_REF" : "FUTURE_REF";
    out.push(ref(ctx, m.index, m.index + m[0].length, value, "instant", "reference-word"));
  }
  if (VAGUE_HINT.test(s))
    for (const m of s.matchAll(VAGUE)) {
      const k = m[0].toLowerCase();
      if (k.endsWith(" day") && !MODAL_AFTER.test(s.slice(m.index + m[0].length))) continue;
      const past =
        k === "once" || /^(?:historically|in the old|in years|recent|(?:in|over|during|from|than)\s+(?:past|previous|prior)|these)/.test(k);
      const value = past ? "PAST_REF" : "FUTURE_REF";
      out.push(ref(ctx, m.index, m.index + m[0].length, value, "instant", "reference-word"));
    }
  if (s.includes("uture"))
    for (const m of s.matchAll(FUTURE)) {
      const after = s.slice(m.index + m[0].length);
      if (m[0] === "Future" && !startsClause(s.slice(0, m.index))) continue;
      // "the future of …", "in the future these …": the main pattern's "the future" or "in future".
      if (/(?:\bthe|\bin)\s+$/i.test(s.slice(0, m.index)) && (FUNCTION_AFTER.test(after) || !/^\s+[a-z]/.test(after))) continue;
      // An adjective before a noun, or a possessive's noun ("its future is …", "their future.").
      const possessive = /(?:\b(?:its|their|our|his|her|my|your)|['’]s)\s+$/i.test(s.slice(0, m.index));
      if (!possessive && (FUNCTION_AFTER.test(after) || !/^\s+[a-z]/.test(after))) continue;
      out.push(ref(ctx, m.index, m.index + m[0].length, "FUTURE_REF", "instant", "reference-word"));
    }
  if (!/[\w.][\s-]era\b/.test(ctx.sentence)) return out;
  for (const m of ctx.sentence.matchAll(ERA)) {
    // Capitalised function words open the sentence, not the era's name ("During Douglas era", "The Soviet era").
    const lead = m[0].match(/^(?:(?:The|In|During|Since|Under|After|Before|From|Of|By|Until|An?)\s+)+/)?.[0].length ?? 0;
    if (lead < m[0].length - 4) out.push(ref(ctx, m.index + lead, m.index + m[0].length, "PAST_REF", "instant", "reference-word"));
  }
  return out;
};
