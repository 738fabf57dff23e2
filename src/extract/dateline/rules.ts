import { MONTH_RE } from "../dates/months.js";

/**
 * Dateline rules: each recognises one way agencies and papers open a story. They run on the start of
 * the first body paragraph; the first that matches wins. Groups: place, region, date, agency.
 */
export interface DatelineRule {
  name: string;
  re: RegExp;
}

const UPPER_WORD = "[A-Z\\u00C0-\\u00DE][A-Z\\u00C0-\\u00DE'’.\\-]+";
const UPPER_PLACE = `${UPPER_WORD}(?:\\s+(?:${UPPER_WORD}|de|du|la|el|al)){0,4}`;
const MIXED_PLACE = "[A-Z][a-z\\u00DF-\\u00FF'’.\\-]+(?:\\s+[A-Z][a-z\\u00DF-\\u00FF'’.\\-]+){0,3}";
const NOT_MONTH = `(?!${MONTH_RE}\\s+\\d)`;
const REGION = `${NOT_MONTH}[A-Z][A-Za-z.]+(?:\\s+[A-Z][A-Za-z.]+){0,2}`;
const DATE = `(?:${MONTH_RE}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH_RE}(?:\\s+\\d{4})?)`;
const AGENCY = "[A-Za-z][A-Za-z.&'/ \\-]{0,38}[A-Za-z.]";
const SEP = "(?:--|—|–|-|‐|:)";

export const RULES: DatelineRule[] = [
  {
    // `MOSCOW, March 22 (Xinhua) --`, `BEIJING, Nov. 3 (Xinhua) --`, `Moscow, March 22 (Xinhua) -`
    name: "place-date-agency",
    re: new RegExp(
      `^(?<place>${UPPER_PLACE}|${MIXED_PLACE})(?:,\\s*(?<region>${REGION}))?,?\\s+(?<date>${DATE})\\s*\\((?<agency>${AGENCY})\\)\\s*${SEP}\\s*`,
    ),
  },
  {
    // `LONDON (Reuters) -`, `WASHINGTON, D.C. (AP) —`, `Kyiv (AFP) -`
    name: "place-agency",
    re: new RegExp(`^(?<place>${UPPER_PLACE}|${MIXED_PLACE})(?:,\\s*(?<region>${REGION}))?\\s*\\((?<agency>${AGENCY})\\)\\s*${SEP}\\s*`),
  },
  {
    // `SAN JUAN, Puerto Rico, March 22 —`, `PARIS, 22 March --` (no agency: the place must be upper case)
    name: "place-date",
    re: new RegExp(`^(?<place>${UPPER_PLACE})(?:,\\s*(?<region>${REGION}))?,\\s+(?<date>${DATE})\\s*${SEP}\\s*`),
  },
  {
    // `PARIS —`, `NEW YORK, N.Y. --` (upper-case place and a dash only)
    name: "place-dash",
    re: new RegExp(`^(?<place>${UPPER_PLACE})(?:,\\s*(?<region>${REGION}))?\\s*(?:--|—|–)\\s*`),
  },
];
