import { tokens } from "../../dedupe/index.js";

/** How far around the densest cluster of matches the snippet window is looked for (characters). */
const REACH_BEFORE = 300;
const REACH_AFTER = 900;

/**
 * A snippet around the densest run of matches, matches wrapped in «». Engine-independent, so both
 * engines show the same snippet. Words match on a shared stem-ish prefix (sanction ~ sanctions).
 * Matches are found with one native regex over the whole text; only the stretch around the densest
 * cluster is split into words, so long articles cost little.
 */
export function snippet(text: string, terms: { value: string; prefix: boolean }[], width = 32): { snippet: string; hits: number } {
  const wanted = terms.flatMap((t) => tokens(t.value)).map((w) => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 2)) : w));
  const positions = wanted.length ? [...text.matchAll(matcher(wanted))].map((m) => m.index) : [];
  const center = densest(positions, width * 7);
  let from = Math.max(0, center - REACH_BEFORE);
  if (from > 0) from = nextBoundary(text, from);
  const to = Math.min(text.length, center + REACH_AFTER);
  const win = windowSnippet(text.slice(from, to), wanted, width);
  if (!win) return { snippet: "", hits: positions.length };
  const pre = from + win.start > 0 ? "… " : "";
  const post = from + win.end < text.length ? " …" : "";
  return { snippet: (pre + win.text + post).replace(/\s+/g, " "), hits: positions.length };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Long stems match any word they begin; short words match themselves or their plural in s. */
function matcher(wanted: string[]): RegExp {
  const alt = wanted.map((w) => (w.length >= 5 ? `${escapeRe(w)}[\\p{L}\\p{N}]*` : `${escapeRe(w)}s?`)).join("|");
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, "giu");
}

/** Start of the span of `span` characters that holds the most match positions (0 when none). */
function densest(positions: number[], span: number): number {
  let best = positions[0] ?? 0;
  let bestCount = 0;
  let i = 0;
  for (let j = 0; j < positions.length; j++) {
    while (positions[j]! - positions[i]! > span) i++;
    if (j - i + 1 > bestCount) {
      bestCount = j - i + 1;
      best = positions[i]!;
    }
  }
  return best;
}

function nextBoundary(text: string, at: number): number {
  const m = /[\s]/u.exec(text.slice(at, at + 40));
  return m ? at + m.index + 1 : at;
}

/** The densest `width`-word window of a stretch of text, with matches marked. */
function windowSnippet(text: string, wanted: string[], width: number): { text: string; start: number; end: number } | null {
  const words: { start: number; end: number; hit: boolean }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lw = m[0].toLowerCase();
    const hit = wanted.some((w) => (w.length >= 5 ? lw.startsWith(w) : lw === w || lw === `${w}s`));
    words.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  if (words.length === 0) return null;
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.hit) count++;
    if (i >= width && words[i - width]!.hit) count--;
    if (count > bestCount) {
      bestCount = count;
      best = Math.max(0, i - width + 1);
    }
  }
  const first = words[best]!;
  const last = words[Math.min(words.length - 1, best + width - 1)]!;
  let out = "";
  let pos = first.start;
  for (let i = best; i < best + width && i < words.length; i++) {
    const w = words[i]!;
    out += text.slice(pos, w.start);
    out += w.hit ? `«${text.slice(w.start, w.end)}»` : text.slice(w.start, w.end);
    pos = w.end;
  }
  return { text: out, start: first.start, end: last.end };
}
