import type { Dateline } from "../../model/index.js";
import { inferYear, isoDay, parseDate } from "../dates/parse.js";
import { RULES } from "./rules.js";

/** Words that open sentences in upper case but are not places (headline-style leads). */
const NOT_PLACES = new Set([
  "BREAKING",
  "UPDATE",
  "UPDATED",
  "EXCLUSIVE",
  "WATCH",
  "LIVE",
  "VIDEO",
  "PHOTOS",
  "NOTE",
  "EDITOR'S NOTE",
  "OPINION",
  "ANALYSIS",
  "CORRECTION",
]);

/**
 * Reads a dateline at the start of a paragraph: place, date (year inferred from `reference`, the
 * publication day, when the dateline prints none), agency, the text as printed and its end offset.
 */
export function parseDateline(paragraph: string, reference?: string): Dateline | null {
  const head = paragraph.slice(0, 160);
  for (const rule of RULES) {
    const m = rule.re.exec(head);
    if (!m?.groups) continue;
    const place = m.groups.place!.trim();
    if (NOT_PLACES.has(place.toUpperCase())) continue;
    if (place.length < 2) continue;
    // the rest must read as a sentence (starts with a letter, digit or quote)
    const rest = paragraph.slice(m[0].length);
    if (!/^["“‘'A-Za-z0-9\u00C0-\u024F]/.test(rest)) continue;
    const out: Dateline = { place: m.groups.region ? `${place}, ${m.groups.region}` : place };
    if (m.groups.date) {
      const d = parseDate(m.groups.date);
      if (d) {
        const year = d.year ?? (reference ? inferYear(d.month, d.day, reference) : undefined);
        const day = year !== undefined ? isoDay({ year, month: d.month, day: d.day }) : undefined;
        if (day) out.date = day;
      }
    }
    if (m.groups.agency) out.agency = m.groups.agency.trim();
    out.text = m[0].trimEnd();
    out.start = 0;
    out.end = out.text.length;
    return out;
  }
  return null;
}
