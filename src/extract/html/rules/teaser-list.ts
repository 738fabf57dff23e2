import type { Element } from "../dom.js";
import type { Size } from "../measure.js";

/**
 * Teaser lists ("you may like", section fronts, more-stories rails): an element with three or more
 * children of the same tag, most of them short cards led by a link of headline length (with an
 * image or heading, or mostly link text).
 * Article paragraphs are not cards: `<p>` children, lists that are not mostly links and long children never count.
 */
/** Children that are never cards: paragraphs, inline runs, headings. */
const NOT_CARD = new Set(["p", "br", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6"]);
const LIST = new Set(["ul", "ol", "dl", "table"]);

export function findTeaserLists(all: Iterable<Element>, size: Map<Element, Size>): Set<Element> {
  const found = new Set<Element>();
  for (const el of all) {
    // most elements have fewer than three element children: counted before any array is made
    let tags = 0;
    for (const c of el.children) if (c.type === "tag" && ++tags === 3) break;
    if (tags < 3) continue;
    const kids = el.children.filter((c): c is Element => c.type === "tag");
    const groups = new Map<string, Element[]>();
    for (const k of kids) {
      if (NOT_CARD.has(k.name)) continue;
      // a list or table is a card only when it is mostly links (a headline rail), not a run of fact lists
      if (LIST.has(k.name)) {
        const z = size.get(k);
        if (!z || z.link < 0.6 * z.text) continue;
      }
      const sig = k.name;
      const g = groups.get(sig);
      if (g) g.push(k);
      else groups.set(sig, [k]);
    }
    for (const g of groups.values()) {
      if (g.length < 3) continue;
      let cards = 0;
      for (const k of g) {
        const s = size.get(k);
        if (!s || s.text === 0) continue;
        if (s.text < 700 && s.link >= 15 && s.p < 600 && (s.link / s.text >= 0.3 || (s.link / s.text >= 0.1 && s.img + s.h > 0))) cards++;
      }
      if (cards >= 3 && cards / g.length >= 0.6) {
        for (const k of g) found.add(k);
      }
    }
  }
  return found;
}
