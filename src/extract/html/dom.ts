import type { ChildNode, Element, ParentNode } from "domhandler";
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { parseDocument } from "htmlparser2";

export type { ChildNode, Element };

/**
 * Parses HTML into a domhandler tree (htmlparser2: fast, forgiving, no scripts run). Entities are
 * decoded after parsing, only in the texts and attribute values that hold an `&`: the tokenizer
 * then skips through text and quoted values with indexOf instead of stepping char by char.
 */
export function parseHtml(html: string) {
  const doc = parseDocument(html, { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true });
  decodeEntities(doc);
  return doc;
}

function decodeEntities(root: ParentNode): void {
  const stack: ChildNode[] = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === "text") {
      const t = n as unknown as { data: string };
      if (t.data.includes("&")) t.data = decodeHTML(t.data);
    } else if (isElement(n)) {
      const a = n.attribs;
      for (const k in a) if (a[k]!.includes("&")) a[k] = decodeHTMLAttribute(a[k]!);
      for (const c of n.children) stack.push(c);
    }
  }
}

export function isElement(n: ChildNode): n is Element {
  return n.type === "tag" || n.type === "script" || n.type === "style";
}

/** All text under a node (no separators), for short elements such as `<title>` or a byline. */
export function textOf(n: ChildNode): string {
  if (n.type === "text") return (n as unknown as { data: string }).data;
  if (!isElement(n)) return "";
  if (n.name === "script" || n.name === "style") return "";
  let s = "";
  for (const c of n.children) {
    const t = textOf(c);
    if (t) s += s && BLOCKISH.has((c as Element).name) ? ` ${t}` : t;
  }
  return s;
}

const BLOCKISH = new Set(["p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "span"]);

/** Depth-first visit of every element; return false from `fn` to skip an element's children. */
export function visit(root: ChildNode, fn: (el: Element) => boolean | undefined): void {
  const stack: ChildNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) {
      if (fn(n) === false) continue;
    } else if (n.type !== "root") continue;
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}
