import type { Media, Published, Removed } from "../../model/index.js";
import { isoLocal } from "../dates/parse.js";
import { agencyZone } from "../meta/agency-zone.js";
import type { Draft } from "../post/finish.js";
import { blockKey } from "../post/whitespace.js";
import { toUnits } from "./lines.js";
import { parseCaption, parseCreditLine } from "./rules/caption.js";
import { parseDateLine } from "./rules/date-line.js";
import { type HeaderLine, parseHeaderLine } from "./rules/header-line.js";
import { isFurniture } from "./rules/navigation.js";
import { isPageId } from "./rules/page-id.js";
import { proseRegion } from "./rules/prose-region.js";
import { findRepeatedRuns } from "./rules/repeated-run.js";

type Role = "body" | "title" | "header" | "date-line" | "caption" | "page-id" | "duplicate" | "boilerplate";

export interface TextHints {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/**
 * Plain-text scrape → Draft. Each line gets a role from small general rules (header line, page id,
 * caption, furniture, repeated copy); the body is the prose between the first and last sentence-like
 * lines that no rule claimed.
 */
export function extractText(raw: string, hints: TextHints = {}): Draft {
  const units = toUnits(raw);
  const lines = units.map((u) => u.text);
  const role: Role[] = lines.map(() => "body");
  const removed: Removed[] = [];
  const methods: Record<string, string> = {};
  const media: Media[] = [];
  let header = null as HeaderLine | null;
  let dateLine = null as ReturnType<typeof parseDateLine>;

  // 1. per-line rules
  lines.forEach((l, i) => {
    if (isPageId(l)) role[i] = "page-id";
    else {
      const h = parseHeaderLine(l);
      if (h) {
        role[i] = "header";
        header ??= h;
        return;
      }
      const d = i < 4 ? parseDateLine(l) : null;
      if (d) {
        role[i] = "date-line";
        dateLine ??= d;
      }
    }
  });

  // 2. title: a hint, else the first line when it reads as a headline
  let title = hints.title ?? "";
  const first = lines.findIndex((_, i) => role[i] === "body");
  if (!title && first >= 0) {
    const l = lines[first]!;
    const words = l.split(/\s+/).length;
    if (words <= 30 && !/[.,;]$/.test(l) && first <= 2) {
      title = l;
      role[first] = "title";
      methods.title = "first-line";
    }
  } else if (title) {
    methods.title = "hint";
    const k = blockKey(title);
    const at = lines.findIndex((l, i) => i < 5 && blockKey(l) === k);
    if (at >= 0) role[at] = "title";
  }

  // 3. repeated copies (print views, a second rendering): runs of lines seen before
  const runs = findRepeatedRuns(lines, (i) => role[i] !== "body" || lines[i]!.split(/\s+/).length <= 12);
  for (const [s, e] of runs) {
    for (let i = s; i <= e; i++) if (role[i] !== "page-id") role[i] = "duplicate";
    removed.push({
      kind: "duplicate",
      text: lines
        .slice(s, e + 1)
        .filter((_, k) => role[s + k] === "duplicate")
        .join("\n"),
    });
  }

  // 4. captions
  lines.forEach((l, i) => {
    if (role[i] !== "body") return;
    const credit = parseCreditLine(l);
    if (credit !== null) {
      role[i] = "caption";
      media.push({ credit });
      return;
    }
    const c = parseCaption(l);
    if (!c) return;
    role[i] = "caption";
    const m: Media = { caption: c.caption, credit: c.credit };
    if (c.date) m.date = c.date;
    media.push(m);
  });

  // 5. the story region (densest run of prose); furniture inside it and everything outside it go
  const region = proseRegion(
    lines,
    role.map((r) => r === "body"),
  );
  lines.forEach((l, i) => {
    if (role[i] !== "body") return;
    const outside = !region || i < region[0] || i > region[1];
    if (isFurniture(l) || outside) role[i] = "boilerplate";
  });

  // 6. collect
  const paragraphs: string[] = [];
  let siteName: string | undefined;
  const source = header?.source ?? hints.source;
  lines.forEach((l, i) => {
    const r = role[i];
    if (r === "body") paragraphs.push(l);
    else if (r === "boilerplate") {
      removed.push({ kind: "boilerplate", text: l });
      // a furniture line that extends the source's name (`Reuters.com` for Reuters) names the site
      if (source && !siteName && l.split(/\s+/).length <= 3 && l.toLowerCase().startsWith(source.toLowerCase()) && l.length > source.length)
        siteName = l;
    } else if (r === "page-id") removed.push({ kind: "page-id", text: l });
    else if (r === "header" || r === "date-line") removed.push({ kind: "header", text: l });
    else if (r === "caption") removed.push({ kind: "caption", text: l });
  });
  if (siteName) methods.siteName = "furniture-line-extends-source";
  if (header?.source) methods.source = "header-line";
  else if (hints.source) methods.source = "hint";

  // 7. publication time
  let published: Published | null = null;
  const h = header as HeaderLine | null;
  const dated = h?.date ?? dateLine;
  if (dated) {
    const local = isoLocal(dated);
    if (local) {
      const how = h?.date ? "header-line" : "date-line";
      const zone = dated.offset ? null : agencyZone(source);
      if (dated.offset) published = { value: `${local}${dated.offset}`, local, tz: dated.offset, method: how };
      else if (zone && local.length > 10)
        published = { value: `${local}${zone.tz}`, local, tz: zone.tz, method: `${how}+agency-zone(${zone.iana})` };
      else published = { value: local, local, tz: null, method: how };
    }
  }
  if (!published && hints.published) published = { value: hints.published, local: hints.published, tz: null, method: "hint" };

  const draft: Draft = {
    title,
    paragraphs,
    byline: h?.author ? h.author.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean) : [],
    media,
    removed,
    methods,
    published,
  };
  if (h?.editor) draft.editor = h.editor;
  if (source) draft.source = source;
  if (siteName) draft.siteName = siteName;
  if (hints.url) draft.url = hints.url;
  if (paragraphs.length === 0) {
    draft.notArticle = true;
    draft.messages = [{ stage: "extract", code: "no-article", reason: "no prose paragraphs found in the text", severity: "warning" }];
  }
  return draft;
}
