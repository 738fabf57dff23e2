/** Quotation-mark spans: straight and curly double quotes, across sentences and paragraphs. */
export interface Quoted {
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
  /** Content span (between the marks). */
  start: number;
  end: number;
  /** Other content pieces when the quote runs over several paragraphs (each reopens with a mark). */
  pieces: [number, number][];
}

const OPEN = new Set(["“", "„", "«"]);
const CLOSE = new Set(["”", "»"]);

/**
 * Pairs quotation marks. Curly marks pair by direction; straight marks alternate within a paragraph.
 * A paragraph that ends inside a quote continues into the next paragraph when that one opens with a mark
 * (the news convention for multi-paragraph quotes).
 */
export function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  let open = -1;
  let pieces: [number, number][] = [];
  let pieceStart = -1;
  for (let i = 0; i < text.length; i++) {
    // Only line breaks and quotation marks matter (straight, “ „ « ” »): skip the rest without a string per character.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 34 && code !== 0xab && code !== 0xbb && code !== 0x2019 && (code < 0x201c || code > 0x201e)) continue;
    const c = text[i] as string;
    if (code === 0x2019) {
      // "“It was an attempt to mislead voters,’’ Will Moy … told the BBC.": two right single marks close a curly
      // double opener, as some wire copy types them (not an apostrophe or a nested quote's lone closer).
      if (open >= 0 && text[open] === "“" && text[i + 1] === "’" && text[i + 2] !== "’" && text[i - 1] !== "’") {
        const first = pieces.length ? (pieces[0] as [number, number])[0] : pieceStart;
        out.push({ open, close: i + 1, start: first, end: i, pieces: [...pieces, [pieceStart, i]] });
        open = -1;
        pieces = [];
        i++;
      }
      continue;
    }
    if (c === "\n" && text[i + 1] === "\n" && open >= 0) {
      // Paragraph break inside a quote: continue only if the next paragraph opens with a mark.
      let j = i;
      while (j < text.length && /\s/.test(text[j] as string)) j++;
      const n = text[j];
      if (n === '"' || (n !== undefined && OPEN.has(n))) {
        pieces.push([pieceStart, i]);
        pieceStart = j + 1;
        i = j;
        continue;
      }
      open = -1;
      pieces = [];
      continue;
    }
    const straight = c === '"';
    if (open < 0 && (OPEN.has(c) || straight)) {
      open = i;
      pieceStart = i + 1;
      pieces = [];
    } else if (open >= 0 && (CLOSE.has(c) || straight)) {
      const first = pieces.length ? (pieces[0] as [number, number])[0] : pieceStart;
      out.push({ open, close: i, start: first, end: i, pieces: [...pieces, [pieceStart, i]] });
      open = -1;
      pieces = [];
    }
  }
  return out;
}
