import { MONTH_RE } from "../../dates/months.js";
import { type ParsedDate, parseDate } from "../../dates/parse.js";
import { blockKey } from "../../post/whitespace.js";
import { parseDateLine } from "../../text/rules/date-line.js";
import type { Block } from "../blocks.js";

/** (A module constant: tsx's esbuild rebuilds an in-function `\p{…}` literal on every call; `match` resets a global regex.) */
const LETTER_RUNS = /\p{L}+/gu;

export interface VisibleDate {
  text: string;
  /** The line was labelled as an update (`Updated`, `Last modified`). */
  updated: boolean;
  /** The date sat among a few other words of a header line (`Jane Doe March 3, 2024 Health`), not alone in a field. */
  loose?: boolean;
}

const LABEL = /^(?:(?:last\s+)?(?:published|posted|updated|modified|reviewed|edited)(?:\s+(?:on|at|date))?|date|on)\s*[:\-–]?\s*/i;
/** A label inside a field (`Essay - Published: 2025.12.17`): the date follows it. */
const INNER_LABEL = /\b(?:published|posted|updated|modified)(?:\s+(?:on|at))?\s*[:\-–]?\s*(?=\d|\p{L})/iu;
const UPDATE = /updated|modified|reviewed|edited/i;
/** Reading time and a trailing byline next to a date: `05 Nov 2025. 8 minutes read`, `May 18, 2023 By X`. */
const NOISE = /\s*(?:\b\d+\s*(?:min(?:ute)?s?|m)\.?\s+read\b.*|\s+[Bb]y\s+\p{Lu}.*)$/u;

/**
 * Texts of adjacent inline elements run together (`<span>Editorial</span><time>November 22, 2018</time>`
 * reads `EditorialNovember 22, 2018`; a published and an updated `<time>` read `June 29, 2020November
 * 12, 2021`): a lower-case letter or a year followed by a capitalised month name and a number, or by a
 * date label, marks such a seam, read as a field boundary.
 */
const SEAM = new RegExp(`(?:(\\p{Ll})|(?<=\\b(?:19|20)\\d\\d))(?=${MONTH_RE}\\s*\\d|(?:Updated|Published|Posted|Last updated)\\b)`, "gu");
/**
 * A year run into the next field's number (`October 17, 20236:01 PM ET`, `Mar 27, 20255 mins`): a time
 * after it joins the date, anything else starts a new field.
 */
const YEAR_SEAM = new RegExp(`(?<=${MONTH_RE}\\s*\\d{1,2}(?:st|nd|rd|th)?,?\\s*(?:19|20)\\d\\d)(?=\\d)(\\d{1,2}:\\d\\d)?`, "g");
/** A header line opening with a byline or a date label. */
const HEAD_OPEN = /^(?:by\s|(?:last\s+)?(?:published|posted|updated|modified)\b)/i;
/** Field separators of a header line: a bar or a bullet (`•`, `·`, `●`, `▪`, `∙`). */
const FIELD = /\s*[|•·⋅●▪∙◦]\s*/;

/** One date in a short header field, or null. */
function fieldDate(field: string): { d: ParsedDate; updated: boolean } | null {
  let t = field.replace(NOISE, "");
  const updated = UPDATE.test(field);
  const labelled = LABEL.exec(t);
  if (labelled) t = t.slice(labelled[0].length);
  let d = parseDateLine(t);
  if (!d) {
    const inner = INNER_LABEL.exec(t);
    if (inner && inner.index > 0) {
      // `December 3, 2025. Updated: December 7, 2025`: the unlabelled date before an update label
      // is the publication date (a label with no date after it says nothing of the date before it)
      d = parseDateLine(t.slice(inner.index + inner[0].length));
      const before = labelled || !d ? null : parseDateLine(t.slice(0, inner.index).replace(/[\s.,;|]+$/, ""));
      if (before && UPDATE.test(inner[0])) return { d: before, updated: false };
    }
  }
  return d ? { d, updated } : null;
}

/**
 * Dates a reader sees in the article header: short lines holding one full date, from a few blocks
 * before the headline to the first paragraphs of the body (a label such as `Last updated:` may sit
 * in the block before). Blocks right around the headline count even when a boilerplate rule marked
 * them as a teaser or related list (a header box often looks like one).
 */
export function visibleHeaderDates(blocks: Block[], title: string, mainStart: number): VisibleDate[] {
  const tk = blockKey(title);
  const head = blocks.findIndex((b) => b.heading && tk.length > 0 && blockKey(b.text) === tk);
  const h = head >= 0 ? head : mainStart;
  if (h < 0) return [];
  const from = Math.max(0, h - 15);
  const to = Math.min(blocks.length, Math.max(h, mainStart) + 15);
  const out: VisibleDate[] = [];
  let loose: VisibleDate | null | undefined;
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    const nearHead = head >= 0 && i >= head - 3 && i <= head + 3;
    // a longer line right at the headline is read when it opens as a byline or a date label (`Posted
    // on December 20, 2025 by … - 5 Comments on …`, `by Jane Doe | Mar 11, 2023 | Category, Category | 0 comments`)
    if ((b.chars > 140 || b.words > 16) && !(nearHead && b.chars <= 300 && b.words <= 40 && HEAD_OPEN.test(b.text))) continue;
    if ((b.drop === "related" || b.drop === "teaser") && !nearHead) continue;
    if (b.drop === "comments") continue;
    let raw = b.chars < 100 ? b.text.replace(SEAM, "$1 | ") : b.text;
    if (b.chars < 100 && /(?:19|20)\d{3}/.test(raw)) raw = raw.replace(YEAR_SEAM, (_, t?: string) => (t ? ` ${t}` : " | "));
    const t = raw.replace(/^(?:by\s+[^|•·⋅●▪∙◦,\d]+?\s*[|•·⋅●▪∙◦,–-]\s*)/i, "");
    // the whole line, else its fields: `By Jane Doe | March 3, 2024`, `Jane Doe · 5 min read · Mar 3, 2024`
    let f = fieldDate(t);
    if (!f)
      for (const p of t.split(FIELD)) {
        f = fieldDate(p);
        if (f) break;
      }
    if (!f) {
      if (loose !== null && b.words <= 12) {
        const l = looseDate(t);
        if (l) loose = loose && loose.text !== l.text ? null : { text: l.text, updated: UPDATE.test(t.slice(0, l.index)), loose: true };
      }
      continue;
    }
    let updated = f.updated || UPDATE.test(raw.slice(0, Math.max(0, raw.indexOf(f.d.text))));
    if (i > 0 && UPDATE.test(blocks[i - 1]!.text) && blocks[i - 1]!.chars < 30) updated = true;
    out.push({ text: f.d.text, updated });
  }
  if (out.length) return out;
  const labelled = labelledDates(blocks);
  return labelled.length || !loose ? labelled : [loose];
}

/**
 * The one full date in a short header line holding a few other words besides
 * (`Jane Doe December 3, 2025`, `Published December 3, 2025 in Health`), or null.
 */
function looseDate(text: string): ParsedDate | null {
  const d = parseDate(text);
  if (!d || d.year === undefined) return null;
  const rest = text.slice(0, d.index) + " " + text.slice(d.index + d.text.length);
  if (parseDate(rest)) return null;
  const words = rest.match(LETTER_RUNS)?.length ?? 0;
  return words <= 5 ? d : null;
}

/**
 * A line stating when the page first appeared: `This article was originally published on 26 Sep 2019
 * at 4:12pm but has been regularly updated …`, `First published on November 19, 2019 / 8:16 AM`.
 */
const ORIGINAL =
  /^(?:this\s+(?:article|story|post|blog\s+post|piece|page|report|column|review|guide)\s+was\s+)?(?:originally|first)\s+(?:published|posted)(?:\s+(?:on|at))?\s*:?\s*(?:the\s+)?/i;
const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*/i;

/**
 * The day a line says the page was first published on (see ORIGINAL), the date opening what follows
 * the label; outside teasers and comments, anywhere on the page (such lines sit below the article as
 * often as above it). Null when there is none or two lines name different days.
 */
export function originalDate(blocks: Block[]): VisibleDate | null {
  let found: VisibleDate | null = null;
  let day = "";
  for (const b of blocks) {
    if (b.chars > 200 || b.drop === "related" || b.drop === "teaser" || b.drop === "comments") continue;
    const c = b.text.charCodeAt(0) | 32;
    // `t…`, `f…`, `o…`
    if (c !== 116 && c !== 102 && c !== 111) continue;
    const m = ORIGINAL.exec(b.text);
    if (!m) continue;
    const rest = b.text.slice(m[0].length).replace(WEEKDAY, "");
    const d = parseDate(rest);
    if (d?.index !== 0 || d.year === undefined) continue;
    if (day && day !== d.text) return null;
    day = d.text;
    // the date with what follows it, for a time (`26 Sep 2019 at 4:12pm`)
    found ??= { text: rest.slice(0, d.text.length + 40), updated: false };
  }
  return found;
}

const POSTED = /^(?:(?:originally\s+)?(?:published|posted)(?:\s+(?:on|at))?|publication date)\s*:?\s+/i;

/** `By Jane Doe`, `Interview by Jane Doe` (the name capitalised). */
const BYLINE = /^(?:\p{L}+\s+)?[Bb][Yy]\s+\p{Lu}/u;
const UPDATE_TAIL = /[.,;]?\s*(?:last\s+)?(?:updated|modified)\b.*$/i;

/**
 * Without a date in the header: a `Published on …`/`Posted on …` line anywhere outside teasers and
 * comments (some pages print it below the article), or a date line right under a signature at the
 * article's end (`Interview by Jane Doe` / `December 3, 2025. Updated: December 7, 2025`), when every
 * such line gives the same day.
 */
function labelledDates(blocks: Block[]): VisibleDate[] {
  let found: VisibleDate | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.chars > 80 || b.drop === "related" || b.drop === "teaser" || b.drop === "comments") continue;
    const c = b.text.charCodeAt(0) | 32;
    let d: ParsedDate | null = null;
    if (c === 112 || c === 111) {
      // `p…`, `o…`
      const m = POSTED.exec(b.text);
      d = m ? parseDateLine(b.text.slice(m[0].length).replace(NOISE, "")) : null;
    } else if (i > 0 && BYLINE.test(blocks[i - 1]!.text) && blocks[i - 1]!.chars < 60) {
      // a signature (`Interview by Jane Doe`) followed by a line that opens with a date (an update may follow)
      const u = UPDATE_TAIL.exec(b.text);
      d = parseDateLine(u ? b.text.slice(0, u.index) : b.text);
    }
    if (!d) continue;
    if (found && found.text !== d.text) return [];
    found = { text: d.text, updated: false };
  }
  return found ? [found] : [];
}
