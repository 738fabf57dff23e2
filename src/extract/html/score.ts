import type { Block } from "./blocks.js";
import type { Element } from "./dom.js";

/**
 * Content weight of one block: prose counts by its words (less the linked share), link lists and
 * short label-like lines count against the container that holds them, headings are neutral.
 */
export function blockWeight(b: Block): number {
  if (b.drop) return b.drop === "caption" ? 0 : -Math.min(b.chars / 25, 8);
  const words = countWords(b.text);
  const ld = b.linkChars / b.chars;
  if (b.heading) return 0;
  if (ld > 0.5) return -Math.min(words, 20) * 0.6;
  const sentence = /[.!?"”’。！？:;)]$/.test(b.text);
  if (words < 8 && !sentence) return b.li ? -0.5 : -1;
  let w = words * (1 - ld);
  if (!sentence && words < 20) w *= 0.4;
  if (b.tag === "p") w *= 1.25;
  else if (b.li || b.tag === "td") w *= 0.8;
  const commas = (b.text.match(/[,，、]/g) ?? []).length;
  return w + commas * 0.5;
}

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

/**
 * Main content: the element whose subtree carries the largest net weight (sum of its blocks'
 * weights). Boilerplate and link lists inside a candidate pull it down; so the winner is the
 * tightest container that still holds the prose.
 */
export function pickMain(blocks: Block[]): { main: Element | null; score: number; weights: number[] } {
  const scores = new Map<Element, number>();
  const weights = blocks.map(blockWeight);
  blocks.forEach((b, i) => {
    const w = weights[i]!;
    if (w === 0) return;
    let el: Element | null = b.container ?? null;
    while (el && el.type === "tag") {
      scores.set(el, (scores.get(el) ?? 0) + w);
      el = el.parent as Element | null;
    }
  });
  let main: Element | null = null;
  let best = 0;
  for (const [el, s] of scores) {
    if (s > best) {
      best = s;
      main = el;
    }
  }
  return { main, score: best, weights };
}

/** Is `el` inside `root` (or the same node)? */
export function within(el: Element | null | undefined, root: Element): boolean {
  let n: Element | null | undefined = el;
  while (n) {
    if (n === root) return true;
    n = n.parent as Element | null;
  }
  return false;
}
