import type { Block } from "./blocks.js";
import { countCommas } from "./words.js";

export { countWords } from "./words.js";

import type { Element } from "./dom.js";

/**
 * Content weight of one block: prose counts by its words (less the linked share), link lists and
 * short label-like lines count against the container that holds them, headings and short plain
 * table cells (a data table's figures and names) are neutral.
 */
export function blockWeight(b: Block): number {
  if (b.drop) return b.drop === "caption" ? 0 : -Math.min(b.chars / 25, 8);
  const words = b.words;
  const ld = b.linkChars / b.chars;
  if (b.heading) return 0;
  if (ld > 0.5) return -Math.min(words, 20) * 0.6;
  const sentence = /[.!?"”’。！？:;)]$/.test(b.text);
  if (words < 8 && !sentence) return b.li ? -0.5 : b.tag === "td" || b.tag === "th" ? 0 : -1;
  let w = words * (1 - ld);
  if (!sentence && words < 20) w *= 0.4;
  if (b.tag === "p") w *= 1.25;
  else if (b.li || b.tag === "td") w *= 0.8;
  const commas = countCommas(b.text);
  return w + commas * 0.5;
}

/**
 * Main content: the element whose subtree carries the largest net weight (sum of its blocks'
 * weights). Boilerplate and link lists inside a candidate pull it down; so the winner is the
 * tightest container that still holds the prose.
 */
export function pickMain(blocks: Block[]): { main: Element | null; score: number; weights: number[] } {
  const sums = new Map<Element, number>();
  const local = new Map<Element, number>();
  const weights = blocks.map(blockWeight);
  blocks.forEach((b, i) => {
    const w = weights[i]!;
    if (w === 0) return;
    let el: Element | null = b.container ?? null;
    let depth = 0;
    while (el && el.type === "tag") {
      sums.set(el, (sums.get(el) ?? 0) + w);
      if (depth <= 3) local.set(el, (local.get(el) ?? 0) + w * LOCAL_DECAY[depth]!);
      el = el.parent as Element | null;
      depth++;
    }
  });
  // the densest container of prose (its paragraphs are children or grandchildren)
  let main: Element | null = null;
  let best = 0;
  for (const [el, s] of local) {
    if (s > best) {
      best = s;
      main = el;
    }
  }
  if (!main) return { main: null, score: 0, weights };
  // the container with the largest net prose overall; when the dense one holds under half of
  // that, the dense one is a side box (an author bio, a summary) and the big one wins
  let global: Element | null = null;
  let gbest = 0;
  for (const [el, s] of sums) {
    if (s > gbest) {
      gbest = s;
      global = el;
    }
  }
  if (global && (sums.get(main) ?? 0) < GLOBAL_SHARE * gbest) main = global;
  // climb while an ancestor (up to three levels up) adds a substantial amount of net prose
  // (content split across sibling containers)
  let score = sums.get(main) ?? 0;
  for (;;) {
    let anc = main.parent as Element | null;
    let step: Element | null = null;
    for (let d = 1; d <= 4 && anc && anc.type === "tag"; d++, anc = anc.parent as Element | null) {
      const ps = sums.get(anc) ?? 0;
      if (ps > score + d * Math.max(12, CLIMB * score)) {
        step = anc;
        break;
      }
    }
    if (!step) break;
    main = step;
    score = sums.get(step) ?? 0;
  }
  return { main, score, weights };
}

const LOCAL_DECAY = [1, 1, 0.5, 0.25];
const CLIMB = 0.08;
const GLOBAL_SHARE = 0.6;

/** Is `el` inside `root` (or the same node)? */
export function within(el: Element | null | undefined, root: Element): boolean {
  let n: Element | null | undefined = el;
  while (n) {
    if (n === root) return true;
    n = n.parent as Element | null;
  }
  return false;
}

/**
 * The dropped subtree (by the element whose rule dropped it) that would carry the most prose.
 * Repeated components count together: teaser-list members by their list, and elements dropped
 * by the same strong rule with the same tag and class (one `.excerpt` per venue of a guide), so a
 * listicle whose items were taken for cards or excerpts is weighed as one. Layout drops (`.sidebar`
 * boxes) stay one by one.
 */
export function heaviestDropped(blocks: Block[]): { els: Element[]; weight: number; kind: string } | null {
  const sums = new Map<unknown, number>();
  const members = new Map<unknown, Set<Element>>();
  const kinds = new Map<unknown, string>();
  for (const b of blocks) {
    if (!b.dropRoot || b.drop === "comments" || b.drop === "cookie" || b.drop === "caption") continue;
    const key = groupOf(b);
    const w = blockWeight({ ...b, drop: undefined });
    sums.set(key, (sums.get(key) ?? 0) + w);
    kinds.set(key, b.drop ?? "");
    const m = members.get(key);
    if (m) m.add(b.dropRoot);
    else members.set(key, new Set([b.dropRoot]));
  }
  let best: { els: Element[]; weight: number; kind: string } | null = null;
  for (const [el, w] of sums) if (!best || w > best.weight) best = { els: [...members.get(el)!], weight: w, kind: kinds.get(el) ?? "" };
  return best;
}

function groupOf(b: Block): unknown {
  const root = b.dropRoot!;
  if (b.drop === "teaser" && root.parent?.type === "tag") return root.parent;
  const cls = root.attribs.class;
  return cls && b.dropStrong ? `${b.drop}|${root.name}|${cls}` : root;
}
