/** A highlight over article text: a half-open character span [start, end) and what it is. */
export interface Mark {
  start: number;
  end: number;
  kind: "entity" | "time" | "quote" | "event" | "evidence" | "trigger";
  /** Short description shown as a tooltip (entity name and type, time value, speaker, event type). */
  title?: string;
}

/** A run of text under the same set of marks. */
export interface Segment {
  start: number;
  end: number;
  marks: Mark[];
}

/**
 * Cuts text[from, to) at every mark boundary, so overlapping marks (a quote holding an entity, an event
 * sentence holding a time) become nested-looking runs of plain text. Pure; the UI renders each run as text.
 */
export function segment(from: number, to: number, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    if (e <= s) continue;
    out.push({ start: s, end: e, marks: inside.filter((m) => m.start <= s && m.end >= e) });
  }
  return out;
}

/** Paragraph spans of Article.text (paragraphs are joined by a blank line). */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Search snippets mark matches with « and »: split them into plain and matched parts. */
export function snippetParts(snippet: string): { text: string; match: boolean }[] {
  const out: { text: string; match: boolean }[] = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) out.push({ text: snippet.slice(last, m.index), match: false });
    out.push({ text: m[1]!, match: true });
    last = m.index + m[0].length;
  }
  if (last < snippet.length) out.push({ text: snippet.slice(last), match: false });
  return out;
}

/** Only http(s) links leave the page; anything else (javascript:, data:) is not a link. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
