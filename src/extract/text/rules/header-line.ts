import { type ParsedDate, parseDate } from "../../dates/parse.js";

/** What a source header line says: `Source: X | 2018-03-23 03:59:26 | Editor: Y`. */
export interface HeaderLine {
  source?: string;
  editor?: string;
  author?: string;
  date?: ParsedDate;
  /** `published` or `updated`, from the label in front of the date when there is one. */
  dateKind?: "published" | "updated";
}

const LABELS: Record<string, keyof HeaderLine | "published" | "updated"> = {
  source: "source",
  from: "source",
  agency: "source",
  editor: "editor",
  "edited by": "editor",
  "responsible editor": "editor",
  by: "author",
  author: "author",
  authors: "author",
  reporter: "author",
  "written by": "author",
  published: "published",
  "published on": "published",
  posted: "published",
  "posted on": "published",
  date: "published",
  "release time": "published",
  time: "published",
  updated: "updated",
  "last updated": "updated",
  modified: "updated",
};
const LABEL_RE = new RegExp(
  `^(${Object.keys(LABELS)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s*[:：]\\s*(.*)$`,
  "i",
);

/**
 * Reads a metadata header line made of fields separated by `|` (or several spaces): `Label: value`
 * fields and bare dates. At least one labelled field is needed; a line of prose never qualifies.
 */
export function parseHeaderLine(line: string): HeaderLine | null {
  if (line.length > 200) return null;
  const fields = line
    .split(/\s*[|｜]\s*|\s{3,}/)
    .map((f) => f.trim())
    .filter(Boolean);
  const out: HeaderLine = {};
  let labelled = 0;
  for (const f of fields) {
    const m = LABEL_RE.exec(f);
    if (m) {
      const kind = LABELS[m[1]!.toLowerCase()]!;
      let value = m[2]!.trim();
      if (kind === "published" || kind === "updated") {
        const d = parseDate(value);
        if (!d) return null;
        out.date = d;
        out.dateKind = kind;
        labelled++;
        continue;
      }
      // `Source: Xinhua 2018-03-23 03:59:26`: a date glued after the value
      const d = parseDate(value);
      if (d && d.year !== undefined && d.index > 0) {
        out.date ??= d;
        value = value.slice(0, d.index).trim();
      }
      if (!value || value.split(/\s+/).length > 8) return null;
      (out as Record<string, unknown>)[kind] = value;
      labelled++;
      continue;
    }
    const d = parseDate(f);
    if (d && d.year !== undefined && d.text.length >= f.length - 6) {
      out.date ??= d;
      continue;
    }
    return null; // a field that is neither labelled nor a date: not a header line
  }
  return labelled > 0 ? out : null;
}
