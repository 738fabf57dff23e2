import { type ParsedDate, parseDate } from "../../dates/parse.js";

/** A line that is only a date, e.g. `Friday, January 4, 2019` or `2019-01-04 10:30` (a visible date line). */
export function parseDateLine(line: string): ParsedDate | null {
  if (line.length > 60) return null;
  const rest = line.replace(
    /^(?:(?:published|posted|updated|date)\s*:?\s*)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s*)?/i,
    "",
  );
  const d = parseDate(rest);
  if (!d || d.year === undefined) return null;
  const left = (rest.slice(0, d.index) + rest.slice(d.index + d.text.length)).replace(
    /\d{1,2}:\d{2}(?::\d{2})?|\bat\b|\b[ap]\.?m\b\.?|GMT|UTC|\b[A-Z]{2,4}T\b|[+-]\d{2}:?\d{2}|[\s,.:|()]/gi,
    "",
  );
  return left.length <= 3 ? d : null;
}
