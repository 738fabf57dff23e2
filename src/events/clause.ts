/** Clause bounds around a trigger, from punctuation and subordinators (no parser needed). */
import type { Tok } from "./text/tokens.js";

const SUBORD = new Set([
  "that",
  "which",
  "who",
  "whom",
  "although",
  "though",
  "while",
  "because",
  "whereas",
  "if",
  "unless",
  "but",
  "after",
  "before",
  "when",
  "since",
]);
const SPEECH = /^(said|says|say|told|tells|stated|announced|added|tweeted|claimed|reported|according)$/;

/** First token of the clause that holds token v. */
export function leftBound(toks: Tok[], v: number, crossSpeech = false): number {
  for (let i = v - 1; i >= 0; i--) {
    const w = toks[i]!.low;
    // A parenthesis is transparent: "The Philippines and the European Union (EU) agree".
    if (w === ")") {
      let k = i - 1;
      while (k >= 0 && toks[k]!.low !== "(" && toks[k]!.low !== ")") k--;
      if (k >= 0 && toks[k]!.low === "(" && i - k <= 6) {
        i = k;
        continue;
      }
    }
    if (w === ";" || w === ":" || w === "," || w === "(" || w === '"' || w === "“" || w === "”" || w === "--" || w === "—") return i + 1;
    if (SUBORD.has(w)) return i + 1;
    if (!crossSpeech && SPEECH.test(w)) return i + 1;
  }
  return 0;
}

/** Abbreviations a name or title carries inside a sentence ("Walter Wallace Jr.", "St. Louis", "Dr. Smith"). */
const ABBREVIATION = /^(jr|sr|st|dr|mr|mrs|ms|gen|lt|col|sgt|capt|gov|sen|rep|prof|rev|mt|ft)$/;

/** Is the full stop at i the end of an abbreviation written against it, not a sentence's end? */
function abbreviationDot(toks: Tok[], i: number): boolean {
  const prev = toks[i - 1];
  return prev !== undefined && prev.end === toks[i]!.start && ABBREVIATION.test(prev.low) && i + 1 < toks.length;
}

/** One past the last token of the clause that holds the trigger ending at vEnd. */
export function rightBound(toks: Tok[], vEnd: number): number {
  for (let i = vEnd; i < toks.length; i++) {
    const w = toks[i]!.low;
    if (w === "." && abbreviationDot(toks, i)) continue;
    if (w === ";" || w === "." || w === ":" || w === "--" || w === "—" || w === "”") return i;
    if (w === "," && i > vEnd) return i;
    if (SUBORD.has(w) && w !== "that" && w !== "after" && w !== "before" && w !== "since") return i;
    if ((w === "who" || w === "which") && i > vEnd) return i;
  }
  return toks.length;
}

export function isSpeechWord(w: string): boolean {
  return SPEECH.test(w);
}
