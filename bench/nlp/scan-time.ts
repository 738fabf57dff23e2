/**
 * Breadth of the time resolver: candidate date-like phrases (regular expressions by kind: dates with a month,
 * weekdays, seasons, decades, quarters, holidays, relative words, clock times …) in the 294 bundled Wikinews
 * articles, in the MEANTIME train and dev texts (never held-out), or in the WCXB development pages (real web
 * articles with a publication date), and how many of them no time with a value
 * overlaps. The candidates are deliberately narrower than run-time.ts --scan (most of them are real dates), so
 * the per-kind counts measure breadth from session to session; every uncovered candidate is listed with its
 * context for reading (most remaining ones are not dates: "the Spring Festival", "a Friday prayer" …).
 * Run: npx tsx bench/nlp/scan-time.ts [wikinews|meantime|wcxb] [--list [KIND]] [--filter REGEX]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { splitSentences } from "../../src/analyze/sentences/split.js";
import { findTimes } from "../../src/analyze/times/index.js";
import { readMeantime, requireShared, SHARED, splitOf } from "./corpora.js";

const MONTH =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const NUM = "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\\d+)";
const UNIT = "(?:days?|weeks?|months?|years?|decades?|hours?|minutes?|centuries|century|weekends?|nights?|mornings?|evenings?)";

/** The kinds of candidate, each a case-sensitive pattern (month and weekday names are capitalised in news text). */
export const KINDS: [string, RegExp][] = [
  ["month-day", new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "g")],
  ["month-year", new RegExp(`\\b${MONTH},?\\s+(?:1[89]|20)\\d\\d\\b`, "g")],
  [
    "month",
    /\b(?:in|since|until|till|by|from|of|during|through|last|this|next|early|mid|late|the end of|the start of|the beginning of)[- ](?:early[- ]|mid[- ]|late[- ])?(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|August|September|October|November|December)\b/g,
  ],
  ["weekday", new RegExp(`\\b${WEEKDAY}s?\\b`, "g")],
  [
    "season",
    // Lower-case seasons, or capitalised ones after a modifier ("This Summer"; "Spring Boot", "Winter Olympics" are names).
    /\b(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id|the|in|during|until|since|by)[- ])?(?:spring|summer|autumn|winter)\b|\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|[Mm]id|[Ii]n|[Dd]uring)[- ](?:Spring|Summer|Autumn|Winter)\b(?!\s+[A-Z])|\b(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Cc]oming|[Ee]arly|[Ll]ate|the|in|until|since|by)\s+fall\b(?!\s+(?:of|in|from|to|by|on)\b)/g,
  ],

  [
    "decade",
    /\b(?:the\s+|mid-|early\s+|late\s+)?(?:1[5-9]|20)\d0s\b|'\d0s\b|\b(?:the\s+)?(?:twen|thir|for|fif|six|seven|eigh|nine)ties\b/gi,
  ],
  [
    "quarter",
    /\b(?:first|second|third|fourth|final|last|previous|next|current|same|this)\s+(?:fiscal\s+)?quarter\b|\bQ[1-4]\b|\b(?:first|second|latter)\s+half\s+of\b/gi,
  ],
  [
    "holiday",
    /\b(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving|Easter(?!\s+Island)|Halloween|Hanukkah|Ramadan|Eid(?:\s+al-\w+)?|Diwali|(?:Independence|Labou?r|Memorial|Veterans|Valentine's|Mother's|Father's|Election|Inauguration|Boxing|Australia|Canada|Bastille|Remembrance|Victory|May)\s+Day|Lunar\s+New\s+Year|Chinese\s+New\s+Year)\b/g,
  ],
  [
    "year",
    /\b(?:in|since|by|until|till|of|from|before|after|during|through|early|late|mid|fiscal)[- ](?:1[89]|20)\d\d\b(?![-–]\d|\s*(?:km|miles|people|votes|seats))/gi,
  ],
  [
    "ago-later",
    new RegExp(
      `\\b${NUM}\\s+(?:more\\s+)?${UNIT}\\s+(?:ago|earlier|later|before|after|prior|since|previously|from now|hence)\\b|\\b(?:a\\s+)?(?:day|week|month|year)\\s+(?:earlier|later|before|after)\\b`,
      "gi",
    ),
  ],
  [
    "relative",
    /\b(?:last|this|next|previous|past|coming|following|preceding|same|current|recent|upcoming|that)\s+(?:few\s+|couple\s+of\s+)?(?:days?|weeks?|weekends?|months?|years?|decades?|night|morning|afternoon|evening|season|century)\b|\b(?:earlier|later)\s+(?:this|that|in\s+the|last|next)\s+(?:day|week|month|year|season)\b|\bin\s+(?:recent|coming|past|the\s+(?:past|last|next|coming))\s+(?:days|weeks|months|years|decades)\b|\b(?:yesterday|today|tonight|tomorrow|overnight)\b/gi,
  ],
  [
    "period-part",
    /\b(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?:the|this|last|next|that)\s+(?:week|month|year|decade|century|season|day)\b|\b(?:early|mid|late)[- ](?:this|last|next)\s+(?:week|month|year)\b/gi,
  ],
  ["fiscal", /\b(?:fiscal|financial)\s+(?:year\s+)?(?:(?:19|20)?\d\d(?:[-/]\d\d)?)\b|\bFY\s?\d{2,4}\b/gi],
  [
    "clock",
    /\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d\d:\d\d\s*(?:UTC|GMT|[A-Z][DS]T|BST|CET|CEST|IST|AEST|AEDT|JST|local)\b|\b(?:noon|midday|midnight)\b/g,
  ],
  ["ordinal-day", /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|place|time|round|amendment|floor|district|minute))/g],
];

interface Doc {
  text: string;
  date: string;
}

function docs(source: string): Doc[] {
  if (source === "wcxb") {
    // Real web articles of many kinds (WCXB development split, article pages with a publication date).
    const dir = join(SHARED, "extraction", "wcxb-dev", "ground-truth");
    return readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map(
        (f) =>
          (JSON.parse(readFileSync(join(dir, f), "utf8")) as { ground_truth: { publish_date?: string; main_content?: string } })
            .ground_truth,
      )
      .filter((g) => /^\d{4}-\d\d-\d\d/.test(g.publish_date ?? "") && g.main_content)
      .map((g) => ({ text: g.main_content!, date: g.publish_date!.slice(0, 10) }));
  }
  if (source === "meantime")
    return readMeantime()
      .filter((d) => splitOf(d.id) !== "heldout" && d.dct)
      .map((d) => ({ text: d.text, date: d.dct!.slice(0, 10) }));
  const file = join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Doc);
}

export interface Miss {
  kind: string;
  text: string;
  context: string;
  date: string;
}

/** Per kind: candidates, and those no valued time overlaps; the uncovered candidates with context. */
export function scanTimes(all: Doc[]): { counts: Map<string, { n: number; missed: number }>; misses: Miss[] } {
  const counts = new Map<string, { n: number; missed: number }>(KINDS.map(([k]) => [k, { n: 0, missed: 0 }]));
  const misses: Miss[] = [];
  for (const d of all) {
    const times = findTimes(d.text, splitSentences(d.text), d.date).filter((t) => t.value);
    for (const [kind, re] of KINDS) {
      const c = counts.get(kind)!;
      for (const m of d.text.matchAll(re)) {
        const a = m.index;
        const b = a + m[0].length;
        c.n++;
        if (times.some((t) => t.start < b && a < t.end)) continue;
        c.missed++;
        const context = d.text
          .slice(Math.max(0, a - 60), b + 40)
          .replace(/\s+/g, " ")
          .replace(m[0], `[${m[0]}]`);
        misses.push({ kind, text: m[0], context, date: d.date });
      }
    }
  }
  return { counts, misses };
}

if (process.argv[1]?.endsWith("scan-time.ts")) {
  const args = process.argv.slice(2);
  const source = args.includes("meantime") ? "meantime" : args.includes("wcxb") ? "wcxb" : "wikinews";
  if (source !== "wikinews") requireShared();
  const list = args.indexOf("--list");
  const kind = list >= 0 && args[list + 1] && !args[list + 1]!.startsWith("--") ? args[list + 1] : null;
  const f = args.indexOf("--filter");
  const filter = f >= 0 && args[f + 1] ? new RegExp(args[f + 1]!, "i") : null;
  const { counts, misses } = scanTimes(docs(source));
  let n = 0;
  let missed = 0;
  console.log(`| kind (${source}) | candidates | no time | share covered |\n|---|---|---|---|`);
  for (const [k, c] of counts) {
    n += c.n;
    missed += c.missed;
    console.log(`| ${k} | ${c.n} | ${c.missed} | ${((100 * (c.n - c.missed)) / Math.max(1, c.n)).toFixed(1)}% |`);
  }
  console.log(`| all | ${n} | ${missed} | ${((100 * (n - missed)) / Math.max(1, n)).toFixed(1)}% |`);
  if (list >= 0)
    for (const m of misses)
      if ((!kind || m.kind === kind) && (!filter || filter.test(m.context))) console.log(`${m.kind}\t${m.date}\t${m.context}`);
}
