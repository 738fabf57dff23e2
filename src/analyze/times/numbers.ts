/** Counts written in words or digits, as news writes lengths of time ("fifteen years", "twenty-five days", "a week"). */

const ONES: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A regular-expression source for one count: digits, a number word up to ninety-nine, "a"/"an", "a hundred". */
export const COUNT = `\\d{1,3}|(?:${Object.keys(TENS).join("|")})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:a |one )?hundred|${Object.keys(ONES).join("|")}`;

/** The number a count names, undefined for vague ones ("several", "a few"). */
export function countOf(word: string): number | undefined {
  const w = word.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (/hundred$/.test(w)) return 100;
  if (w in ONES) return ONES[w];
  if (/^(?:a\s+)?couple(?:\s+of)?$/.test(w)) return 2;
  const [tens, ones] = w.split(/[- ]/);
  if (tens && tens in TENS) return TENS[tens]! + (ones ? (ONES[ones] ?? 0) : 0);
  return undefined;
}
