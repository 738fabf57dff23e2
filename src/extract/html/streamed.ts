import { prepend, removeElement } from "domutils";
import { type ChildNode, type Element, isElement, textOf, visit } from "./dom.js";

/** What `<!--/$-->` (the end of a React Suspense boundary) becomes before comments are cut. */
export const SUSPENSE_END = "x-suspense-end";
const TEMPLATE = '<template id="';

/**
 * Does the page hold streamed placeholders (`<template id="B:…">` or `"P:…"`)? An indexOf scan: it
 * runs on every page (its text, or its UTF-8 bytes).
 */
export function isStreamed(html: string | Buffer): boolean {
  const at = typeof html === "string" ? (i: number) => html.charCodeAt(i) : (i: number) => html[i] ?? Number.NaN;
  for (let i = html.indexOf(TEMPLATE); i >= 0; i = html.indexOf(TEMPLATE, i + 1)) {
    const c = at(i + TEMPLATE.length);
    // "B" or "P", then ":"
    if ((c === 66 || c === 80) && at(i + TEMPLATE.length + 1) === 58) return true;
  }
  return false;
}

/** Keeps the end-of-boundary comments of a streamed page as empty elements (they bound fallbacks). */
export function markSuspense(html: string): string {
  return html.replaceAll("<!--/$-->", `<${SUSPENSE_END}></${SUSPENSE_END}>`);
}

/**
 * Streamed server rendering (React Suspense): the page first sends placeholders, `<template
 * id="B:n">` followed by a fallback ("Loading paragraph...") up to the boundary's end, or a bare
 * `<template id="P:n">`, and later the real content in `<div hidden id="S:n">`, which a script swaps
 * in. Browsers show the swapped page; so do we: each segment's children replace its placeholder,
 * and the fallback goes. Run it on pages for which `isStreamed` holds, parsed from `markSuspense(html)`.
 */
export function resolveStreamed(doc: ChildNode): void {
  const holes = new Map<string, Element>();
  const parts = new Map<string, Element>();
  visit(doc, (el) => {
    const id = el.attribs.id;
    if (id?.charCodeAt(1) !== 58 /* : */) return;
    if (el.name === "template" && /^[BP]:[0-9a-z]+$/.test(id)) holes.set(id.slice(2), el);
    else if (el.attribs.hidden !== undefined && /^S:[0-9a-z]+$/.test(id)) parts.set(id.slice(2), el);
  });
  for (const [n, hole] of holes) {
    const part = parts.get(n);
    if (!part) continue;
    if (hole.attribs.id!.startsWith("B:")) dropFallback(hole);
    for (const c of [...part.children]) prepend(hole, c);
    removeElement(hole);
    removeElement(part);
  }
}

/**
 * Removes the siblings after a `B:` placeholder up to the boundary's end marker. Pages saved
 * without comments have no marker: then the fallback is taken to be the next element when it is a
 * short text-only one (a "Loading…" line).
 */
function dropFallback(hole: Element): void {
  const fallback: ChildNode[] = [];
  for (let n = hole.next; n; n = n.next) {
    if (isElement(n) && n.name === SUSPENSE_END) {
      for (const f of fallback) removeElement(f);
      return;
    }
    fallback.push(n);
  }
  let next = hole.next;
  while (next && next.type === "text" && !textOf(next).trim()) next = next.next;
  if (next && isElement(next) && next.children.every((c) => c.type === "text") && textOf(next).trim().length < 60) removeElement(next);
}
