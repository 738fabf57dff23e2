/**
 * Text normalisation for fingerprints: lower case, Unicode letters and digits only, quotes and
 * dashes folded, so that copies differing only in typography compare equal.
 */
export function normalizeText(text: string): string {
  return tokens(text).join(" ");
}

/** Word tokens of a text (letters and digits, lower-cased, NFKC). */
export function tokens(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Word k-shingles of a token list, as strings. A text shorter than k gives one shingle. */
export function shingles(words: string[], k: number): string[] {
  if (words.length === 0) return [];
  if (words.length <= k) return [words.join(" ")];
  const out = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) out.add(words.slice(i, i + k).join(" "));
  return [...out];
}
