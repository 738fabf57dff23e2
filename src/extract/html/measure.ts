import type { ChildNode, Element } from "./dom.js";

/** Text sizes of one element's subtree. */
export interface Size {
  /** All text characters (white space excluded). */
  text: number;
  /** Characters inside links. */
  link: number;
  /** Characters inside `<p>`. */
  p: number;
  /** Images and headings inside (cards usually carry one). */
  img: number;
  h: number;
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const INERT = new Set(["script", "style", "noscript", "template", "svg", "head", "select", "button", "iframe"]);

function nonSpace(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) n++;
  }
  return n;
}

/** Measures every element once (bottom-up), so later rules can ask "how much text is in here?". */
export function measure(root: ChildNode, out: Map<Element, Size>, inP = false, inLink = false): Size {
  if (root.type === "text") {
    const n = nonSpace((root as unknown as { data: string }).data);
    return { text: n, link: inLink ? n : 0, p: inP ? n : 0, img: 0, h: 0 };
  }
  const el = root as Element;
  const sum: Size = {
    text: 0,
    link: 0,
    p: 0,
    img: el.name === "img" ? 1 : 0,
    h: HEADINGS.has(el.name) ? 1 : 0,
  };
  if (!el.children || INERT.has(el.name)) return sum;
  const p = inP || el.name === "p";
  const a = inLink || el.name === "a";
  for (const c of el.children) {
    if (c.type === "text") {
      // text children are summed in place (no Size object per text node)
      const n = nonSpace((c as unknown as { data: string }).data);
      sum.text += n;
      if (a) sum.link += n;
      if (p) sum.p += n;
      continue;
    }
    const s = measure(c, out, p, a);
    sum.text += s.text;
    sum.link += s.link;
    sum.p += s.p;
    sum.img += s.img;
    sum.h += s.h;
  }
  if (el.type === "tag") out.set(el, sum);
  return sum;
}
