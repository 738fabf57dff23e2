import { parseDateline } from "../../dateline/parse.js";
import { parseDateLine } from "./date-line.js";
import { isFurniture, isSentenceLike } from "./navigation.js";

const TRAILER =
  /^(?:tags?|filed under|topics?|related|share(?: this)?|see also|read (?:more|next)|more (?:in|on|from)|follow (?:us|\w+ on)|copyright|©|all rights reserved|view comments|comments?|sign up|subscribe|advertisement|most popular|trending)\b/i;

/** Weight of one candidate line: prose counts by its words, page furniture and stray dates count against. */
export function lineWeight(line: string): number {
  const words = line.split(/\s+/).length;
  if (isFurniture(line) || TRAILER.test(line)) return -10;
  if (parseDateLine(line)) return -10;
  if (isSentenceLike(line)) return Math.min(words, 60);
  return words >= 8 ? -1 : -3;
}

/**
 * The story region of a scrape: the run of lines with the largest total weight (maximum-sum
 * subarray) between hard breaks (furniture, trailer lines, stray dates). A dateline opens a story, so lines before a dateline inside the region are left out.
 */
export function proseRegion(lines: string[], eligible: boolean[]): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!eligible[i]) continue;
    const w = lineWeight(lines[i]!);
    // a hard break (a `Tags:` or `More in …` line, share bars) ends any run: the story does not go on past it
    if (w <= -10) {
      sum = 0;
      start = -1;
      continue;
    }
    if (start < 0 || sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += w;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  if (!bestRange) return null;
  for (let i = bestRange[0]; i <= bestRange[1]; i++) {
    if (!eligible[i]) continue;
    if (parseDateline(lines[i]!)) {
      bestRange[0] = i;
      break;
    }
  }
  return bestRange;
}
