import type { TimeRef } from "../../model/index.js";

/** What joins the two ends of a range: "2005 to 2007", "17-18 May", "Monday through Friday", "between … and …". */
const JOIN = /^\s*(?:-|–|—|to|until|till|through|and)\s*$/i;
const OPEN = /\b(?:from|between)\s+$/i;

/** Same kind of calendar value (a year with a year, a day with a day), so that the pair reads as one stretch. */
function sameShape(a: string, b: string): boolean {
  return a.replace(/\d/g, "d") === b.replace(/\d/g, "d") && /^\d{4}/.test(a);
}

/**
 * Marks the first end of each range with the value of its last end (`rangeEnd`): two times of one sentence
 * joined by a dash, "to", "until" or "through" (by "and" only after "between"), the later one last. The times
 * are those of one sentence, in text order.
 */
export function linkRanges(text: string, times: TimeRef[]): void {
  for (let k = 0; k + 1 < times.length; k++) {
    const a = times[k]!;
    const b = times[k + 1]!;
    if (!a.value || !b.value || !sameShape(a.value, b.value) || b.value <= a.value) continue;
    const between = text.slice(a.end, b.start);
    if (!JOIN.test(between)) continue;
    const before = text.slice(Math.max(0, a.start - 10), a.start);
    if (/^\s*and\s*$/i.test(between) && !/\bbetween\s+$/i.test(before)) continue;
    if (/^\s*(?:to|until|till|through)\s*$/i.test(between) && !OPEN.test(before) && a.precision !== "day") continue;
    a.rangeEnd = b.value;
  }
}
