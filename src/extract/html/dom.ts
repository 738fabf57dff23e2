import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";

export type { ChildNode, Element };

/** Parses HTML into a domhandler tree (htmlparser2: fast, forgiving, no scripts run). */
export function parseHtml(html: string) {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
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
