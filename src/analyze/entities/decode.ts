import type { Token } from "../tokenize.js";

export interface RawSpan {
  /** Token range [first, last]. */
  first: number;
  last: number;
  type: string;
}

/** BIO tags → token spans. */
export function decode(tags: string[], sentenceStart: boolean[]): RawSpan[] {
  const out: RawSpan[] = [];
  let cur: RawSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === "O" || t!.startsWith("B-") || sentenceStart[i] || (cur && t!.slice(2) !== cur.type)) {
      if (cur) out.push(cur);
      cur = null;
    }
    if (t !== "O") {
      if (cur) cur.last = i;
      else cur = { first: i, last: i, type: t!.slice(2) };
    }
  }
  if (cur) out.push(cur);
  return out;
}

export function spanText(text: string, tokens: Token[], s: RawSpan): string {
  return text.slice(tokens[s.first]!.start, tokens[s.last]!.end);
}
