import { tokens } from "../../dedupe/index.js";

/**
 * A snippet around the densest run of matches, matches wrapped in «». Engine-independent, so both
 * engines show the same snippet. Words match on a shared stem-ish prefix (sanction ~ sanctions).
 */
export function snippet(text: string, terms: { value: string; prefix: boolean }[], width = 32): { snippet: string; hits: number } {
  const wanted = terms.flatMap((t) => tokens(t.value)).map((w) => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 2)) : w));
  const re = /[\p{L}\p{N}]+/gu;
  const words: { start: number; end: number; hit: boolean }[] = [];
  for (const m of text.matchAll(re)) {
    const lw = m[0].toLowerCase();
    const hit = wanted.some((w) => (w.length >= 5 ? lw.startsWith(w) : lw === w || lw === `${w}s`));
    words.push({ start: m.index, end: m.index + m[0].length, hit });
  }
  const hits = words.filter((w) => w.hit).length;
  if (words.length === 0) return { snippet: "", hits: 0 };
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
  const pre = best > 0 ? "… " : "";
  const post = last.end < text.length ? " …" : "";
  return { snippet: (pre + out + post).replace(/\s+/g, " "), hits };
}
