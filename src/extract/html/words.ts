/** Word and comma counts of block text (character loops: they run on every block of every page). */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // CJK characters count as words one by one
    if (c >= 0x3040 && c <= 0x9fff) {
      n++;
      inWord = false;
      continue;
    }
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Commas (Latin and CJK: `,` `，` `、`). */
export function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}
