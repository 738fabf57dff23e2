import { ref, type TimeRule } from "../types.js";

const WORDS: Record<string, number> = {
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
  "twenty first": 21,
};
const RE =
  /\b(?:the\s+)?(?:(early|late|mid)[\s-]+)?(1[0-9]th|2[01](?:st|th)|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first)[\s-]+century\b/gi;

/** Centuries as TimeML values: "the 20th century" is `19`, "the twenty-first century" `20` (the years' first two digits). */
export const century: TimeRule = (ctx) => {
  if (!/century/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    const word = m[2]!.toLowerCase();
    const n = WORDS[word.replace(/\s+/, " ")] ?? Number.parseInt(word, 10);
    if (!n) continue;
    const mod = m[1] ? ({ early: "start", late: "end" } as const)[m[1].toLowerCase() as "early" | "late"] : undefined;
    out.push(ref(ctx, m.index, m.index + m[0].length, String(n - 1).padStart(2, "0"), "century", "century", mod));
  }
  return out;
};
