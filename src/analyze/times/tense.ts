/**
 * Is the time expression at [start, end) in a sentence about the future? Looks at the words just before
 * the expression (the verb group it belongs to) and right after it.
 */
const FUTURE =
  /\b(will|'ll|shall|going to|is to|are to|to be held|set to|scheduled|slated|expected to|due to|plans? to|planned|intends? to|would|upcoming|next|coming|later this|will be)\b/i;
const PAST = /\b(said|says|was|were|had|has|have|did|announced|reported|told|last|ago|earlier|since|on \w+ed|\w+ed)\b/i;

export function isFuture(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  const after = sentence.slice(end, end + 25);
  const cut = before.split(/[,;:]|\bthat\b|\band\b/).pop() ?? before;
  if (/\b(next|coming|upcoming)\s*$/i.test(before)) return true;
  if (/\b(last|past|previous)\s*$/i.test(before)) return false;
  if (FUTURE.test(cut)) return !/\b(said|announced|told|reported)\b[^,]*$/i.test(cut) || /\bwill\b/i.test(cut);
  if (/^\s*,?\s*(will|is expected|are expected|is scheduled|are scheduled)\b/i.test(after)) return true;
  void PAST;
  return false;
}
