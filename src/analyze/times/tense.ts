/**
 * Is the time expression at [start, end) in a sentence about the future? Looks at the words just before
 * the expression (the verb group it belongs to) and right after it; when both a future cue and a past cue
 * precede it, the nearer one governs ("said on Tuesday it will close on Friday": Friday is ahead;
 * "which will be built, was announced on Friday": Friday is past). "due to" looks ahead only before a verb
 * ("due to start"), not before a noun phrase ("due to the police shooting of Jacob Blake in August": a cause).
 */
const FUTURE =
  /\b(?:will|won['’]t|'ll|shall|going to|is to|are to|to be held|set to|scheduled|slated|expected to|due to(?!\s+(?:the|a|an|his|her|its|their|this|that|these|those|\d|\w+(?:ing|ion|ness|ment|ity|ure|ances?|ences?|[^s]s)\b))|plans? to|planned|intends? to|hopes? to|hoping to|aims? to|aiming to|would|upcoming|next|coming|later this|will be|(?:is|are|has been|have been) (?:scheduled|set|planned|slated|due))\b/gi;
/** Modal verbs that put a dated clause ahead ("may be signed on", "should be completed in"); "May" the month is capitalised. */
const MODAL = /\b(?:may|[Ss]hould|[Mm]ust) (?:not |also |still )?(?:be |have to )?\w+/g;
const PAST = /\b(?:said|says|announced|told|reported|confirmed|added|was|were|had|did)\b/gi;
/** Right after the expression: "June 3 hearing has been scheduled", "Friday, will". */
const AFTER =
  /^\s*,?\s*(?:will|is expected|are expected|is scheduled|are scheduled|(?:is|are)(?: set| due)? to\s+(?!blame\b)[a-z]+)\b|^\s*(?:[\w-]+\s+){0,2}?(?:is|are|has been|have been) (?:scheduled|set|planned|slated|due)\b/i;

function lastIndex(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(re)) at = m.index + m[0].length;
  return at;
}

export function isFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 100), start);
  const after = sentence.slice(end, end + 40);
  const cut = before.split(/[,;:]|\bthat\b|\band\b/).pop() ?? before;
  if (/\b(next|coming|upcoming)\s*$/i.test(before)) return true;
  if (/\b(last|past|previous)\s*$/i.test(before)) return false;
  const future = Math.max(lastIndex(FUTURE, cut), lastIndex(MODAL, cut));
  if (future >= 0) return future > lastIndex(PAST, cut);
  return AFTER.test(after);
}
