/** Page furniture phrases that text scrapes carry from the site's chrome (matched on short lines). */
const FURNITURE =
  /^(?:back to top|top|close|share(?: this(?: article| story)?)?|print|email|e-mail|advertisement|advertising|related(?: articles| stories| news| content)?|read more|more|click here|subscribe(?: now)?|sign up|sign in|log in|login|follow us|comments?|home|menu|search|next|previous|prev|skip to (?:main )?content|copyright|all rights reserved|terms of use|privacy policy|contact us|about us|tweet|like|facebook|twitter|whatsapp|linkedin|reddit|pinterest|font size|a\s*a|save|listen|enlarge|photo|video|gallery)(?:[\s|/·,>-]+(?:back to top|top|close|share|print|email|e-mail|facebook|twitter|whatsapp|linkedin|comments?|more|home|next|previous|save|listen|tweet))*[.:!]?$/i;

/** A line made only of page-furniture words: `Back to Top Close`, `Share | Print | Email`. */
export function isFurniture(line: string): boolean {
  return line.split(/\s+/).length <= 8 && FURNITURE.test(line.trim());
}

/** A short line that is not a sentence: few words, no sentence-final punctuation. */
export function isShortNonSentence(line: string, maxWords = 6): boolean {
  const words = line.split(/\s+/).length;
  return words <= maxWords && !/[.!?"”]$/.test(line);
}

/** A line that reads as prose: enough words and a sentence ending, or long. */
export function isSentenceLike(line: string): boolean {
  const words = line.split(/\s+/).length;
  return (words >= 8 && /[.!?"”’)]$/.test(line)) || words >= 20;
}
