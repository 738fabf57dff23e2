import { isoDay, parseDate } from "../../dates/parse.js";

/** A photo caption with its credit, e.g. `… Hamburg, Germany July 7, 2017. (Reuters Photo)`. */
export interface Caption {
  caption: string;
  credit: string;
  /** A full date printed in the caption: it dates the picture. */
  date?: string;
}

const CREDIT_PATTERNS: RegExp[] = [
  // `(Reuters Photo)`, `(AP Photo/Evan Vucci)`, `(Photo: Xinhua)`, `(File Photo)`, `(Photo by Jane Doe/Getty Images)`
  /\((?<credit>[^()]{0,60}\b(?:[Pp]hotos?|PHOTO|[Ii]mage|[Pp]icture|[Pp]hotograph|[Ff]ile)\b[^()]{0,60})\)\s*$/,
  // `(Xinhua/Li Ming)`, `(REUTERS/Kevin Lamarque)`: agency/photographer
  /\((?<credit>[A-Z][\w.&'-]+(?: [A-Z][\w.&'-]+)?\/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})\)\s*$/,
  // `… REUTERS/Kevin Lamarque` at the end
  /\s(?<credit>[A-Z]{2,}(?: [A-Z]{2,})?\/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})\s*$/,
  // `Photo by Jane Doe`, `Photo: Jane Doe/AFP`, `Image credit: NASA`, `Credit: Getty Images`
  /(?:^|[.!?]\s+|\s[-–—|]\s+)(?<credit>(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)(?: [Cc]redit)?\s*(?:by|:)\s*[^.!?]{2,60}|[Cc]redit:\s*[^.!?]{2,60})\.?$/,
];

/**
 * A caption whose credit label was glued to it when the page was flattened to text (`Jo JorgensenImage: Jo
 * Jorgensen for President.`): a lower-case letter runs straight into `Image:`/`Photo:`. The glue itself marks
 * the caption, so a short one (a name) counts.
 */
const GLUED_CREDIT = /(?<=\p{Ll})(?<credit>(?:Image|Photo(?:graph)?|Picture)(?: [Cc]redit)?:\s*[^.!?]{2,60})\.?$/u;

/** A line that is only a credit (`Image: Nicholas Moreau.`): the picture's own caption was not kept. */
const CREDIT_ONLY = /^(?:Image|Photo(?:graph)?|Picture)(?: [Cc]redit)?:\s*(?<credit>[^.!?]{2,60})\.?$/u;

const CREDIT_LABEL = /^(?:photo(?:graph)?|image|picture)?\s*(?:credit)?\s*(?:by|:)\s*/i;

export function parseCaption(line: string): Caption | null {
  if (line.length > 600) return null;
  const glued = GLUED_CREDIT.exec(line);
  if (glued?.groups) return withDate(line.slice(0, glued.index).trim(), glued.groups.credit!.replace(CREDIT_LABEL, "").trim());
  for (const re of CREDIT_PATTERNS) {
    const m = re.exec(line);
    if (!m?.groups) continue;
    const raw = m.groups.credit!.trim();
    const credit = raw.replace(CREDIT_LABEL, "") || raw;
    const cut = /[.!?]/.test(line[m.index] ?? "") ? m.index + 1 : m.index;
    const caption = line
      .slice(0, cut)
      .replace(/[\s(–—|-]+$/, "")
      .trim();
    if (caption.split(/\s+/).length < 3) continue;
    return withDate(caption, credit);
  }
  return null;
}

/** The credit of a line that is nothing but a credit (`Image: Nicholas Moreau.`), else null. */
export function parseCreditLine(line: string): string | null {
  return CREDIT_ONLY.exec(line)?.groups?.credit?.trim() ?? null;
}

function withDate(caption: string, credit: string): Caption {
  const out: Caption = { caption, credit };
  const d = parseDate(caption);
  if (d?.year !== undefined) out.date = isoDay(d);
  return out;
}
