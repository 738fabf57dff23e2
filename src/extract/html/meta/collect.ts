import { type ChildNode, type Element, textOf, visit } from "../dom.js";

/** Everything the metadata rules read, gathered in one walk over the document. */
export interface PageMeta {
  /** meta tags by lower-cased `property`, `name` or `itemprop` → contents in page order. */
  metas: Map<string, string[]>;
  titleTag: string;
  h1: string[];
  /** Texts of the first `<h2>` elements (a headline set as an h2 under a site-name h1, or beside an h1 of the body). */
  h2: string[];
  lang?: string;
  canonical?: string;
  jsonld: Record<string, unknown>[];
  /** `<time>` elements and elements with `itemprop=datePublished`. */
  times: { datetime: string; text: string; prop: string; cls: string }[];
  /**
   * Texts of elements that look like bylines (`rel=author`, `itemprop=author`, `.byline`, `.author`)
   * outside the page's comments;
   * `parts` are the texts of its elements (a name and a role often sit in sibling elements).
   */
  authors: { text: string; how: string; parts?: string[] }[];
  /** Short elements outside the comments whose text opens with `By` or `Written by` (a byline without byline markup). */
  byLines: { text: string; parts: string[]; menu?: boolean }[];
}

function add(m: Map<string, string[]>, k: string, v: string) {
  const key = k.toLowerCase().trim();
  const arr = m.get(key);
  if (arr) arr.push(v);
  else m.set(key, [v]);
}

const AUTHOR_CLASS =
  /(?:^|[-_\s])(?:byline|author|authors|author[-_]?name|byline-name|contributor|writer|reporter|posted-by|article-author|entry-author)(?:$|[-_\s])/i;

const LOGO = /(?:^|[-_\s])(?:logo|site-?title|site-?name|brand(?:ing)?|masthead)(?:$|[-_\s])/i;

export function collectMeta(doc: ChildNode, jsonldTexts: string[] = []): PageMeta {
  const out: PageMeta = { metas: new Map(), titleTag: "", h1: [], h2: [], jsonld: [], times: [], authors: [], byLines: [] };
  for (const raw of jsonldTexts) addJsonLd(out, raw);
  visit(doc, (el: Element) => {
    const a = el.attribs;
    switch (el.name) {
      case "html":
        if (a.lang) out.lang = a.lang;
        break;
      case "title":
        if (!out.titleTag) out.titleTag = textOf(el);
        return false;
      case "meta": {
        const key = a.property ?? a.name ?? a.itemprop ?? a["http-equiv"];
        const v = a.content ?? a.datetime;
        if (key && v !== undefined) {
          // some page builders put the JSON-LD in a meta tag (`<meta name="script:ld+json" content="{…}">`)
          if (key.endsWith("ld+json")) addJsonLd(out, v);
          else add(out.metas, key, v);
          // microdata names beside a property (`property="article:published" itemprop="datePublished
          // dateCreated"`) name the value too
          if (a.itemprop && (key !== a.itemprop || a.itemprop.includes(" ")))
            for (const p of a.itemprop.split(/\s+/)) if (p && p !== key) add(out.metas, p, v);
        }
        return false;
      }
      case "link":
        if (a.rel?.toLowerCase() === "canonical" && a.href) out.canonical ??= a.href;
        if (a.rel?.toLowerCase() === "author" && a.title) out.authors.push({ text: a.title, how: "link[rel=author]" });
        return false;
      case "script":
        if (a.type?.toLowerCase().includes("ld+json")) {
          addJsonLd(out, el.children.map((c) => (c as unknown as { data?: string }).data ?? "").join(""));
        }
        return false;
      case "style":
      case "svg":
      case "noscript":
        return false;
      case "h1":
        // a site logo set as a heading is not a headline
        if (!LOGO.test(`${a.class ?? ""} ${a.id ?? ""}`)) out.h1.push(headingText(el));
        return false;
      case "h2":
        // read on: a byline or a date may sit inside
        if (out.h2.length < 12) out.h2.push(headingText(el));
        break;
      case "time":
        out.times.push({
          datetime: a.datetime ?? "",
          text: textOf(el).trim(),
          prop: a.itemprop ?? "",
          cls: `${a.class ?? ""} ${el.parent && (el.parent as Element).attribs ? ((el.parent as Element).attribs.class ?? "") : ""}`,
        });
        return false;
    }
    if (a.itemprop) {
      const ip = a.itemprop.toLowerCase();
      if (ip === "datepublished" && el.name !== "meta")
        out.times.push({ datetime: a.content ?? a.datetime ?? "", text: textOf(el).trim(), prop: "datePublished", cls: a.class ?? "" });
      if (ip === "author" || ip === "creator") {
        const nameEl = findItemprop(el, "name");
        const t = nameEl ? textOf(nameEl) : (a.content ?? textOf(el));
        if (t.trim() && !inComments(el)) out.authors.push({ text: t, how: "itemprop=author" });
        return false;
      }
    }
    if (a.rel?.toLowerCase() === "author") {
      if (!inComments(el)) out.authors.push({ text: textOf(el), how: "a[rel=author]" });
      return false;
    }
    // a label element (`Article by`, `Written by`, a field heading `Author`) with the name in the next element
    if (out.authors.length < 12 && el.children.length === 1 && el.children[0]!.type === "text") {
      const t = (el.children[0] as unknown as { data: string }).data.trim();
      // (an `<option>Author</option>` of a search form's field list is no label)
      if (t.length < 16 && BY_LABEL.test(t) && el.name !== "option") {
        let next = el.next;
        while (next && next.type !== "tag") next = next.next;
        if (next) {
          const name = textOf(next as Element)
            .replace(/\s+/g, " ")
            .trim();
          if (name && name.length < 60 && !inComments(el)) out.authors.push({ text: name, how: "by-label" });
        }
      }
    }
    if (out.byLines.length < 8) {
      const first = el.children[0];
      if (first?.type === "text" && opensByline((first as unknown as { data: string }).data)) {
        const t = textOf(el).replace(/\s+/g, " ").trim();
        if (t.length < 80 && !inComments(el)) out.byLines.push({ text: t, parts: textParts(el), menu: inMenu(el) });
      }
    }
    // class and id are tested one by one (a token never spans the space that joins them): no string per element
    if (
      ((a.class && AUTHOR_CLASS.test(a.class)) || (a.id && AUTHOR_CLASS.test(a.id))) &&
      el.name !== "body" &&
      el.name !== "article" &&
      el.name !== "img"
    ) {
      const cls = `${a.class ?? ""} ${a.id ?? ""}`;
      const t = textOf(el).replace(/\s+/g, " ").trim();
      if (t && t.length < 200 && out.authors.length < 12 && !inComments(el))
        out.authors.push({ text: t, how: `.${(cls.match(AUTHOR_CLASS)?.[0] ?? "").replace(/^[-_\s]/, "")}`, parts: textParts(el) });
      // keep walking: dates and names inside a byline box are read by their own rules
    }
    return undefined;
  });
  return out;
}

/** Text of a heading, as `textOf` reads it except that a line break (`WEEKEND<br>CODING`) parts words. */
function headingText(el: Element): string {
  let s = "";
  const walk = (n: Element) => {
    for (const c of n.children) {
      if (c.type === "text") s += (c as unknown as { data: string }).data;
      else if (c.type === "tag") {
        const e = c as Element;
        if (e.name === "script" || e.name === "style") continue;
        if (e.name === "br" || SPACED.has(e.name)) s += " ";
        walk(e);
      }
    }
  };
  walk(el);
  return s.replace(/\s+/g, " ").trim();
}
/** Elements set off from the text before them (as `textOf` does; `br` added). */
const SPACED = new Set(["p", "div", "li", "span", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr"]);

/** A label set before the name in an element of its own: `Written by`, `By:`, a field heading `Author`/`Authors`. */
const BY_LABEL = /^(?:(?:(?:article|written|posted|words|story|text)\s+)?by|authors?):?$/i;
const BY_OPEN = /^\s*(?:(?:written|posted|words|story|text)\s+)?by(?::|\s|$)/i;
/** A text that opens a byline (`By `, `Written by`); a cheap first-letter test keeps this off most nodes. */
function opensByline(t: string): boolean {
  if (t.length >= 80) return false;
  let i = 0;
  while (i < t.length && t.charCodeAt(i) <= 32) i++;
  const c = t.charCodeAt(i) | 32; // lower-cased first letter
  return (c === 98 || c === 119 || c === 112 || c === 115) && BY_OPEN.test(t);
}

/** Whether an element sits in a menu (`<nav>`, `role=menu`/`navigation`, a `<select>`): `By Event Type` there is a filter. */
function inMenu(el: Element): boolean {
  for (let p = el.parent as Element | null, i = 0; p && p.type === "tag" && i < 12; p = p.parent as Element | null, i++) {
    if (p.name === "nav" || p.name === "select") return true;
    const role = p.attribs.role;
    if (role === "menu" || role === "navigation" || role === "menubar") return true;
  }
  return false;
}

/**
 * Whether an element sits in a page's comments or a list of recent comments (`<ol class="comment-list">`,
 * `<div id="comments">`, `<aside class="widget_recent_comments">`, Joomla's `<ul class="jcomments-latest">`):
 * the names there are commenters'.
 * Containers of the whole article (`<body>`, `<main>`, `<article>`) are not read: a class such as
 * `comments-open` on them says nothing of where an element sits.
 */
const COMMENTS = /(?:^|[-_\s])(?:comments?|commentlist|recentcomments|jcomments)(?:$|[-_\s\d])/i;
function inComments(el: Element): boolean {
  for (let p = el.parent as Element | null, i = 0; p && p.type === "tag" && i < 16; p = p.parent as Element | null, i++) {
    if (p.name === "body" || p.name === "main" || p.name === "article") continue;
    const a = p.attribs;
    if ((a.class && COMMENTS.test(a.class)) || (a.id && COMMENTS.test(a.id))) {
      return true;
    }
  }
  return false;
}

/** The texts of an element split where elements begin and end (`<a>Jane Doe</a><span>Writer</span>`). */
function textParts(root: Element): string[] {
  const parts: string[] = [];
  let buf = "";
  const flush = () => {
    const t = buf.replace(/\s+/g, " ").trim();
    if (t) parts.push(t);
    buf = "";
  };
  const walk = (n: ChildNode) => {
    if (n.type === "text") buf += (n as unknown as { data: string }).data;
    else if (n.type === "tag") {
      const el = n as Element;
      if (el.name === "script" || el.name === "style" || el.name === "svg") return;
      flush();
      for (const c of el.children) walk(c);
      flush();
    }
  };
  walk(root);
  return parts;
}

function addJsonLd(out: PageMeta, raw: string): void {
  const j = parseJsonLd(raw);
  for (const x of Array.isArray(j) ? j : [j]) if (x && typeof x === "object") out.jsonld.push(x);
}

/**
 * A JSON-LD block, read as JSON; a block hand-edited into a page template often breaks JSON's rules in
 * ways lenient readers forgive: a line break typed inside a string (`"headline": "… ⏎ …"`), a
 * `// comment` after a member, a comma after the last member (`"name": "…", }`), two objects one after
 * the other (`{…},{…}`). Such a block is read again with those mended; anything else broken is
 * ignored (undefined).
 */
export function parseJsonLd(raw: string): unknown {
  const text = raw.trim().replace(/^\s*<!--|-->\s*$/g, "");
  try {
    return JSON.parse(text);
  } catch {
    // control characters are whitespace between tokens and not allowed in strings: a space either way
    // (an escaped one, `\\n`, is two printable characters and stays); a `// comment` after a member
    // ends at its line's end, so it goes first
    const mended = text
      .replace(/([,{[])[ \t]*\/\/[^\n]*/g, "$1")
      .replace(/[\u0000-\u001f]+/g, " ")
      .replace(/,(\s*[}\]])/g, "$1");
    try {
      return JSON.parse(mended);
    } catch {
      if (!/}\s*,?\s*{/.test(mended)) return undefined;
      try {
        return JSON.parse(`[${mended.replace(/}\s*{/g, "},{")}]`);
      } catch {
        return undefined;
      }
    }
  }
}

function findItemprop(root: Element, prop: string): Element | null {
  let found: Element | null = null;
  visit(root, (el) => {
    if (found) return false;
    if (el !== root && el.attribs.itemprop?.toLowerCase() === prop) {
      found = el;
      return false;
    }
    return undefined;
  });
  return found;
}

/** First meta value among keys, in the order given. */
export function firstMeta(m: PageMeta, keys: string[]): { key: string; value: string } | null {
  for (const k of keys) {
    const v = m.metas.get(k)?.find((x) => x.trim());
    if (v) return { key: k, value: v.trim() };
  }
  return null;
}
