import { type ChildNode, DomHandler, type Element } from "domhandler";
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { Parser, Tokenizer } from "htmlparser2";

export type { ChildNode, Element };

/** The tokenizer's fields `fastForwardTo` reads and sets (private in its typings). */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
}

/** Chars the tokenizer skips forward to (`<`, `>`, quotes, the start of a closing sequence). */
const CHARS = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * htmlparser2's tokenizer, skipping forward to the next `<`, quote or `>` with indexOf (a memchr)
 * instead of a charCodeAt loop: text runs and attribute values are most of a page. Same positions,
 * same result. Used only while the tokenizer has the method it overrides.
 */
class SkippingTokenizer extends (Tokenizer as unknown as new (...args: ConstructorParameters<typeof Tokenizer>) => object) {
  fastForwardTo(this: TokenizerState, c: number): boolean {
    const at = this.buffer.indexOf(c < 128 ? CHARS[c]! : String.fromCharCode(c), this.index + 1 - this.offset);
    if (at >= 0) {
      this.index = at + this.offset;
      return true;
    }
    // as the loop leaves it: the parse loop steps past the end
    this.index = this.buffer.length + this.offset - 1;
    return false;
  }
}

const OPTIONS = {
  decodeEntities: false,
  lowerCaseTags: true,
  lowerCaseAttributeNames: true,
  ...(typeof (Tokenizer.prototype as unknown as { fastForwardTo?: unknown }).fastForwardTo === "function"
    ? { Tokenizer: SkippingTokenizer as unknown as typeof Tokenizer }
    : {}),
};

/**
 * Entities are decoded as the tree is built, only in the texts and attribute values that hold an
 * `&` (the parser itself does not decode: its tokenizer then skips through text and quoted values
 * with indexOf instead of stepping char by char). An entity never holds `<`, so a text the parser
 * hands over in pieces decodes the same piece by piece.
 */
class DecodingHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    for (const k in attribs) if (attribs[k]!.includes("&")) attribs[k] = decodeHTMLAttribute(attribs[k]!);
    super.onopentag(name, attribs);
  }
  override ontext(data: string): void {
    super.ontext(data.includes("&") ? decodeHTML(data) : data);
  }
}

/** Parses HTML into a domhandler tree (htmlparser2: fast, forgiving, no scripts run). */
export function parseHtml(html: string) {
  const handler = new DecodingHandler();
  new Parser(handler, OPTIONS).end(html);
  return handler.root;
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
