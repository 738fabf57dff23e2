/**
 * Whitespace normalisation shared by the text and HTML paths: non-breaking and other Unicode spaces
 * become plain spaces, zero-width characters go, runs of spaces collapse, lines are trimmed.
 */
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function normalizeSpaces(s: string): string {
  return s.replace(ZERO_WIDTH, "").replace(SPACES, " ").replace(/ {2,}/g, " ").trim();
}

/** Normalises a whole multi-line text: line endings to `\n`, spaces per line. */
export function normalizeText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => normalizeSpaces(l))
    .join("\n");
}

/** Comparison key for a block: lower case, letters and digits only. */
export function blockKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
