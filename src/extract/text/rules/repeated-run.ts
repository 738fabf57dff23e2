import { blockKey } from "../../post/whitespace.js";

/**
 * Finds repeated copies in a scrape (a print view, a second rendering of the story): units whose key
 * appeared earlier are repeats; a run of repeats, allowing short non-repeated lines between them
 * (a variant header line), is one duplicate block. Returns runs as [start, end] unit indices (inclusive).
 */
export function findRepeatedRuns(lines: string[], isGap: (i: number) => boolean): [number, number][] {
  const seen = new Set<string>();
  const repeat: boolean[] = lines.map((l) => {
    const k = blockKey(l);
    if (k.length < 8) return false;
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
  const runs: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!repeat[i]) {
      i++;
      continue;
    }
    let end = i;
    let j = i + 1;
    while (j < lines.length) {
      if (repeat[j]) {
        end = j;
        j++;
        continue;
      }
      // bridge up to two gap lines when a repeat follows
      let k = j;
      while (k < lines.length && k - j < 2 && !repeat[k] && isGap(k)) k++;
      if (k > j && k < lines.length && repeat[k]) {
        j = k;
        continue;
      }
      break;
    }
    runs.push([i, end]);
    i = end + 1;
  }
  return runs;
}
