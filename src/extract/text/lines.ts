import { normalizeText } from "../post/whitespace.js";

/** One unit of a text scrape: a line, or a hard-wrapped paragraph re-joined into one line. */
export interface Unit {
  text: string;
  /** Index of the blank-line-separated block the unit came from. */
  block: number;
}

const TERMINAL = /[.!?。！？"”’')\]:]$/;

/** A block of lines that looks hard-wrapped (fixed-width lines that do not end sentences). */
function isWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  const lens = body.map((l) => l.length);
  const max = Math.max(...lens);
  const min = Math.min(...lens);
  if (max > 110 || min < 40 || max - min > 30) return false;
  const open = body.filter((l) => !TERMINAL.test(l)).length;
  return open / body.length >= 0.6;
}

/** Splits a text scrape into units: one per line, except hard-wrapped blocks which are joined. */
export function toUnits(raw: string): Unit[] {
  const text = normalizeText(raw);
  const blocks = text.split(/\n\s*\n/);
  const units: Unit[] = [];
  blocks.forEach((b, i) => {
    const lines = b.split("\n").filter((l) => l.length > 0);
    if (lines.length === 0) return;
    if (isWrapped(lines)) units.push({ text: lines.join(" "), block: i });
    else for (const l of lines) units.push({ text: l, block: i });
  });
  return units;
}
