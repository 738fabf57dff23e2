import { blockKey } from "../../post/whitespace.js";
import { parseDateLine } from "../../text/rules/date-line.js";
import type { Block } from "../blocks.js";
import { countWords } from "../score.js";

export interface VisibleDate {
  text: string;
  /** The line was labelled as an update (`Updated`, `Last modified`). */
  updated: boolean;
}

const LABEL = /^(?:(?:last\s+)?(?:published|posted|updated|modified|reviewed|edited)(?:\s+(?:on|at|date))?|date|on)\s*[:\-–]?\s*/i;
const UPDATE = /updated|modified|reviewed|edited/i;

/**
 * Dates a reader sees in the article header: short lines holding one full date, from a few blocks
 * before the headline to the first paragraphs of the body (a label such as `Last updated:` may sit
 * in the block before).
 */
export function visibleHeaderDates(blocks: Block[], title: string, mainStart: number): VisibleDate[] {
  const tk = blockKey(title);
  let h = blocks.findIndex((b) => b.heading && tk.length > 0 && blockKey(b.text) === tk);
  if (h < 0) h = mainStart;
  if (h < 0) return [];
  const from = Math.max(0, h - 15);
  const to = Math.min(blocks.length, Math.max(h, mainStart) + 15);
  const out: VisibleDate[] = [];
  for (let i = from; i < to; i++) {
    const b = blocks[i]!;
    if (b.chars > 140 || countWords(b.text) > 16) continue;
    if (b.drop === "related" || b.drop === "teaser" || b.drop === "comments") continue;
    let t = b.text;
    let updated = UPDATE.test(t);
    const labelled = LABEL.exec(t);
    if (labelled) t = t.slice(labelled[0].length);
    t = t.replace(/^(?:by\s+[^|•·,]+?\s*[|•·,–-]\s*)/i, "");
    let d = parseDateLine(t);
    if (!d) {
      // `By Jane Doe | March 3, 2024` or `Jane Doe · 5 min read · Mar 3, 2024`: the last field
      const parts = t.split(/\s*[|•·]\s*/);
      for (const p of parts) {
        d = parseDateLine(p.replace(LABEL, ""));
        if (d) {
          updated ||= UPDATE.test(p);
          break;
        }
      }
    }
    if (!d) continue;
    if (i > 0 && UPDATE.test(blocks[i - 1]!.text) && blocks[i - 1]!.chars < 30) updated = true;
    out.push({ text: d.text.length > 6 ? `${d.text}` : t, updated });
  }
  return out;
}
