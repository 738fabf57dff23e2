import type { Media, Removed } from "../../model/index.js";
import { blockKey } from "../post/whitespace.js";
import { parseCaption, parseCreditLine } from "../text/rules/caption.js";
import { parseDateLine } from "../text/rules/date-line.js";
import { isFurniture } from "../text/rules/navigation.js";
import type { Block } from "./blocks.js";
import type { Element } from "./dom.js";
import { isRecirculationLabel } from "./rules/recirculation.js";
import { within } from "./score.js";

/** "Image 1 of 5", "Photo 3/12": a slideshow position, not a caption. */
const GALLERY_COUNTER = /^(?:image|photo|picture|slide)\s+\d+\s+(?:of|\/)\s+\d+$/i;

export interface Body {
  paragraphs: string[];
  removed: Removed[];
  media: Media[];
  /** Short date-like lines near the headline (for the visible-date rule). */
  dateLines: string[];
  /** `By …` lines near the headline. */
  bylineLines: string[];
}

const BYLINE = /^(?:by|von|par|por|door|di)\s+\p{Lu}/iu;
const TRAILER =
  /^(?:tags?|filed under|topics?|categories|related|share|see also|read (?:more|next)|more on|follow (?:us|\w+ on)|follow\b.{0,60}(?:coverage|twitter|facebook|instagram|https?:)|copyright|©|\(c\)|all rights reserved|this (?:article|story) (?:was|has been|is)|(?:contact|email) the author|sign up|subscribe|advertisement|image:|photo:|source:)/i;

/** Selects the body blocks inside the main element; records what was left out and why. */
export function selectBody(blocks: Block[], weights: number[], main: Element, title: string): Body {
  const out: Body = { paragraphs: [], removed: [], media: [], dateLines: [], bylineLines: [] };
  const titleKey = blockKey(title);
  const inMain = blocks.map((b) => within(b.container, main));
  const keep: boolean[] = blocks.map(() => false);
  const firstIdx = inMain.indexOf(true);
  // date and byline lines just before the main element (in the article header)
  for (let i = Math.max(0, firstIdx - 12); i < firstIdx && i >= 0; i++) {
    const t = blocks[i]!.text;
    if (t.length < 120 && parseDateLine(t.replace(/^(?:published|posted|updated|last updated)\s*(?:on|:)?\s*/i, ""))) out.dateLines.push(t);
    if (BYLINE.test(t) && t.length < 120) out.bylineLines.push(t);
  }
  let seenProse = false;
  blocks.forEach((b, i) => {
    if (!inMain[i]) return;
    const words = b.words;
    if (b.caption || b.drop === "caption") {
      out.removed.push({ kind: "caption", text: b.text });
      // a gallery counter ("Image 1 of 5") captions nothing
      if (GALLERY_COUNTER.test(b.text)) return;
      const last = out.media[out.media.length - 1];
      const creditOnly = parseCreditLine(b.text);
      if (creditOnly !== null) {
        // "Photo: Meg Kinnard, AP" on its own line: the credit of the caption just before, else of a picture without one
        if (last && !last.credit && blocks[i - 1]?.caption) last.credit = creditOnly;
        else out.media.push({ credit: creditOnly });
        return;
      }
      const c = parseCaption(b.text);
      const m: Media = c ? { caption: c.caption, credit: c.credit } : { caption: b.text };
      if (c?.date) m.date = c.date;
      // a credit line right after its caption joins it
      if (last && !c && words <= 6 && !last.credit && blocks[i - 1]?.caption) last.credit = b.text;
      else out.media.push(m);
      return;
    }
    if (b.drop) {
      out.removed.push({ kind: b.drop, text: b.text });
      return;
    }
    if (!seenProse && titleKey && blockKey(b.text) === titleKey) {
      out.removed.push({ kind: "header", text: b.text });
      return;
    }
    if (!seenProse && words <= 14) {
      const dl = parseDateLine(b.text.replace(/^(?:published|posted|updated|last updated)\s*(?:on|:)?\s*/i, ""));
      if (dl || BYLINE.test(b.text)) {
        if (dl) out.dateLines.push(b.text);
        else out.bylineLines.push(b.text);
        out.removed.push({ kind: "header", text: b.text });
        return;
      }
    }
    const ld = b.linkChars / b.chars;
    if (ld > 0.5 && words < 40 && !b.heading) {
      out.removed.push({ kind: b.li ? "navigation" : "related", text: b.text });
      return;
    }
    if (words <= 8 && isFurniture(b.text)) {
      out.removed.push({ kind: "boilerplate", text: b.text });
      return;
    }
    if (weights[i]! > 3) seenProse = true;
    keep[i] = true;
  });
  cutRecirculation(blocks, inMain, keep, out);
  // trim label-like lines before the first prose and after the last
  const idx = blocks.map((_, i) => i).filter((i) => keep[i]);
  let s = 0;
  while (s < idx.length && weights[idx[s]!]! < 0 && !blocks[idx[s]!]!.heading) {
    out.removed.push({ kind: "header", text: blocks[idx[s]!]!.text });
    keep[idx[s]!] = false;
    s++;
  }
  // (a closing list of short plain items, three or more in one list, is the story's own: the trim stops there)
  const listSize = new Map<unknown, number>();
  for (const i of idx) {
    const b = blocks[i]!;
    if (b.li && b.linkChars < b.chars / 2) listSize.set(b.container.parent, (listSize.get(b.container.parent) ?? 0) + 1);
  }
  let e = idx.length - 1;
  while (e > s) {
    const b = blocks[idx[e]!]!;
    if (b.li && b.linkChars < b.chars / 2 && (listSize.get(b.container.parent) ?? 0) >= 3 && !TRAILER.test(b.text)) break;
    if (weights[idx[e]!]! < 0 || b.heading || (TRAILER.test(b.text) && b.words < 30)) {
      out.removed.push({ kind: "boilerplate", text: b.text });
      keep[idx[e]!] = false;
      e--;
    } else break;
  }
  blocks.forEach((b, i) => {
    if (keep[i]) out.paragraphs.push(b.text);
  });
  out.media = mergeRepeated(out.media);
  return out;
}

/**
 * A recirculation label ("You may also like", "Leia também") after a substantial story inside the
 * main content opens a rail: the label and the kept blocks after it that sit in the label's
 * largest enclosing element holding none of the story go (the story may go on after the rail).
 */
function cutRecirculation(blocks: Block[], inMain: boolean[], keep: boolean[], out: Body): void {
  let before = 0;
  const storyAncestors = new Set<Element>();
  for (let i = 0; i < blocks.length; i++) {
    if (!inMain[i]) continue;
    const b = blocks[i]!;
    if (before >= 50 && !b.drop && isRecirculationLabel(b.text)) {
      let rail: Element = b.container;
      while (rail.parent?.type === "tag" && !storyAncestors.has(rail.parent as Element)) rail = rail.parent as Element;
      for (let j = i; j < blocks.length; j++)
        if (keep[j] && within(blocks[j]!.container, rail)) {
          out.removed.push({ kind: "related", text: blocks[j]!.text });
          keep[j] = false;
        }
      return;
    }
    if (keep[i]) {
      before += b.words;
      for (let el: Element | null = b.container; el && !storyAncestors.has(el); el = el.parent as Element | null) storyAncestors.add(el);
    }
  }
}

/**
 * One entry per picture: a gallery or a responsive page prints the same caption several times (once
 * without its credit); a credit on its own that an entry already carries adds nothing.
 */
function mergeRepeated(media: Media[]): Media[] {
  const out: Media[] = [];
  const byCaption = new Map<string, Media>();
  for (const m of media) {
    const key = m.caption?.replace(/\s+/g, " ").trim().toLowerCase();
    const seen = key ? byCaption.get(key) : undefined;
    if (seen) {
      seen.credit ??= m.credit;
      seen.date ??= m.date;
      seen.url ??= m.url;
    } else if (key || !m.credit || !media.some((o) => o !== m && o.caption && o.credit === m.credit)) {
      // (a credit alone that a captioned entry already carries adds nothing)
      out.push(m);
      if (key) byCaption.set(key, m);
    }
  }
  return out;
}
