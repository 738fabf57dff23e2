import type { RemovedKind } from "../../model/index.js";
import type { ChildNode, Element } from "./dom.js";
import { measure, type Size } from "./measure.js";
import { classify } from "./rules/boilerplate.js";
import { findTeaserLists } from "./rules/teaser-list.js";
import { countWords } from "./words.js";

/** A run of text between block boundaries, with what surrounds it. */
export interface Block {
  text: string;
  chars: number;
  /** Words in `text` (CJK characters one by one), counted once here. */
  words: number;
  linkChars: number;
  /** Tag of the nearest block-level ancestor. */
  tag: string;
  container: Element;
  /** Set when the block sits in a boilerplate subtree (kind for removed[]). */
  drop?: RemovedKind;
  /** The element whose classification dropped the block. */
  dropRoot?: Element;
  /** The drop came from a strong rule (a component name such as `excerpt`, not a layout one such as `sidebar`). */
  dropStrong?: boolean;
  heading: boolean;
  caption: boolean;
  li: boolean;
  quote: boolean;
  pre: boolean;
  /** Images seen in the same figure (for captions). */
  figure?: Element;
}

const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "canvas",
  "iframe",
  "object",
  "embed",
  "video",
  "audio",
  "select",
  "option",
  "button",
  "input",
  "textarea",
  "head",
  "math",
  "map",
  "dialog",
  "link",
  "meta",
]);
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "pre",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "tr",
  "td",
  "th",
  "figure",
  "figcaption",
  "header",
  "footer",
  "aside",
  "nav",
  "form",
  "fieldset",
  "address",
  "hr",
  "center",
  "details",
  "summary",
  "caption",
  "body",
  "html",
  "menu",
]);
const HEADING = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const NEVER_CLASSIFY = new Set(["html", "body", "main", "article"]);
const LOOSE_SPACE = /[^\S ]| {2}/;
const TEASER = { kind: "teaser" as const, strong: true, why: "teaser-list" };

export class Deadline extends Error {}

interface Ctx {
  drop?: RemovedKind;
  dropRoot?: Element;
  dropStrong?: boolean;
  link: boolean;
  heading: boolean;
  caption: boolean;
  li: boolean;
  quote: boolean;
  pre: boolean;
  figure?: Element;
}

/** A copy of `c` with every field written in one order (one object shape: no spread, no shape checks). */
function copy(c: Ctx): Ctx {
  return {
    drop: c.drop,
    dropRoot: c.dropRoot,
    dropStrong: c.dropStrong,
    link: c.link,
    heading: c.heading,
    caption: c.caption,
    li: c.li,
    quote: c.quote,
    pre: c.pre,
    figure: c.figure,
  };
}

/** `next` when it is already a copy of `ctx`, else a fresh copy (module-level: no closure per element). */
function own(next: Ctx, ctx: Ctx): Ctx {
  return next === ctx ? copy(ctx) : next;
}

function hidden(a: Record<string, string>): boolean {
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  const s = a.style;
  return s !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(s);
}

/** Per-document measurements the block walk consults (computed once, reused by a retry). */
export interface Survey {
  sizes: Map<Element, Size>;
  /** Characters inside `<p>` on the whole page (at least 1). */
  total: number;
  teasers: Set<Element>;
}

export function survey(doc: ChildNode): Survey {
  const sizes = new Map<Element, Size>();
  const total = measure(doc, sizes).p || 1;
  return { sizes, total, teasers: findTeaserLists(sizes.keys(), sizes) };
}

/** Flattens a document into blocks, marking boilerplate subtrees and hidden elements. */
export function collectBlocks(doc: ChildNode, deadline: number, allow?: Set<Element>, sv: Survey = survey(doc)): Block[] {
  const { sizes, total, teasers } = sv;
  const blocks: Block[] = [];
  const stack: Element[] = [];
  let buf = "";
  let linkChars = 0;
  let ctxAtBuf: Ctx | null = null;
  let count = 0;

  const flush = () => {
    if (buf.length > 0 && ctxAtBuf) {
      // most blocks need only the trim: the collapsing replace runs when a tab, newline or double space is there
      // a zero-width no-break space (U+FEFF) is white space to JS but sits inside words ("H\ufeffow"): it goes first
      const trimmed = (buf.includes("\ufeff") ? buf.replace(/\ufeff/g, "") : buf).trim();
      const text = LOOSE_SPACE.test(trimmed) ? trimmed.replace(/\s+/g, " ") : trimmed;
      if (text) {
        const c = stack[stack.length - 1]!;
        const b: Block = {
          text,
          chars: text.length,
          words: countWords(text),
          linkChars: Math.min(linkChars, text.length),
          tag: c?.name ?? "body",
          container: c,
          heading: ctxAtBuf.heading,
          caption: ctxAtBuf.caption,
          li: ctxAtBuf.li,
          quote: ctxAtBuf.quote,
          pre: ctxAtBuf.pre,
        };
        if (ctxAtBuf.drop) b.drop = ctxAtBuf.drop;
        if (ctxAtBuf.dropRoot) b.dropRoot = ctxAtBuf.dropRoot;
        if (ctxAtBuf.dropStrong) b.dropStrong = true;
        if (ctxAtBuf.figure) b.figure = ctxAtBuf.figure;
        blocks.push(b);
      }
    }
    buf = "";
    linkChars = 0;
    ctxAtBuf = null;
  };

  const walk = (n: ChildNode, ctx: Ctx, depth: number) => {
    if (n.type === "text") {
      const d = (n as unknown as { data: string }).data;
      if (!ctxAtBuf) ctxAtBuf = ctx;
      buf += d;
      if (ctx.link) linkChars += d.trim().length;
      return;
    }
    if (n.type !== "tag" && n.type !== "root") return;
    const el = n as Element;
    if (++count % 2000 === 0 && Date.now() > deadline) throw new Deadline("time limit");
    if (depth > 300) return;
    const name = el.name;
    if (n.type === "tag") {
      if (SKIP.has(name)) return;
      if (name === "br" || name === "hr") {
        flush();
        return;
      }
      // hidden subtrees are skipped, unless they hold much of the page's prose (streamed SPA content)
      if (hidden(el.attribs) && (sizes.get(el)?.p ?? 0) / total < 0.3) return;
    }
    let next = ctx;
    if (n.type === "tag") {
      // the context object is copied only when this element changes it
      if (!ctx.drop && !NEVER_CLASSIFY.has(name)) {
        const hit = teasers.has(el) ? TEASER : classify(name, el.attribs);
        if (hit && !allow?.has(el)) {
          const share = (sizes.get(el)?.p ?? 0) / total;
          const keep = hit.kind === "caption" ? false : hit.kind === "comments" ? share > 0.85 : hit.strong ? share > 0.5 : share > 0.25;
          if (!keep) {
            next = copy(ctx);
            next.drop = hit.kind;
            next.dropRoot = el;
            next.dropStrong = hit.strong;
          }
        }
      }
      if (name === "a" && !ctx.link) {
        next = own(next, ctx);
        next.link = true;
      }
      if (HEADING.has(name)) {
        next = own(next, ctx);
        next.heading = true;
      }
      if (name === "figcaption" || (next.drop === "caption" && !ctx.caption)) {
        next = own(next, ctx);
        next.caption = true;
      }
      if (name === "li") {
        next = own(next, ctx);
        next.li = true;
      }
      if (name === "blockquote" || name === "q") {
        next = own(next, ctx);
        next.quote = true;
      }
      if (name === "pre") {
        next = own(next, ctx);
        next.pre = true;
      }
      if (name === "figure") {
        next = own(next, ctx);
        next.figure = el;
      }
    }
    const isBlock = BLOCK.has(name) || n.type === "root";
    if (isBlock) {
      flush();
      if (n.type === "tag") stack.push(el);
    } else if (ctxAtBuf && ctxAtBuf !== next && (next.drop !== ctxAtBuf.drop || next.caption !== ctxAtBuf.caption) && buf.trim()) {
      flush();
    }
    for (const k of el.children) walk(k, next, depth + 1);
    if (isBlock) {
      flush();
      if (n.type === "tag") stack.pop();
    } else if (next !== ctx && (next.drop !== ctx.drop || next.caption !== ctx.caption)) flush();
  };
  walk(doc, copy({ link: false, heading: false, caption: false, li: false, quote: false, pre: false }), 0);
  flush();
  return blocks;
}
