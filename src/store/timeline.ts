import { type Kysely, sql } from "kysely";
import type { Database } from "./db/schema.js";
import type { DateRange, TimelinePoint } from "./store.js";

/** Monday of the ISO week holding a YYYY-MM-DD day. */
export function weekStart(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dow);
  return d.toISOString().slice(0, 10);
}

export function bucketOf(day: string, interval: "day" | "week" | "month"): string {
  if (interval === "day") return day;
  if (interval === "month") return `${day.slice(0, 7)}-01`;
  return weekStart(day);
}

/**
 * Counts by quad class, mean Goldstein and PLOVER types for a pair of countries in either direction,
 * from the daily rollup (events counted once per story; negated, hypothetical and future events left
 * out; events dated coarser than a day are not on a daily axis and are left out too).
 */
export async function dyadTimeline(
  db: Kysely<Database>,
  a: string,
  b: string,
  interval: "day" | "week" | "month",
  range: DateRange = {},
): Promise<TimelinePoint[]> {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const rows = await db
    .selectFrom("dyad_daily")
    .select(["day", "quad", "plover", sql<number>`sum(n)`.as("n"), sql<number>`sum(goldstein_sum)`.as("g")])
    .where("lo", "=", lo)
    .where("hi", "=", hi)
    .$if(!!range.from, (q) => q.where("day", ">=", range.from!))
    .$if(!!range.to, (q) => q.where("day", "<=", range.to!))
    .groupBy(["day", "quad", "plover"])
    .orderBy("day")
    .execute();
  const out = new Map<string, TimelinePoint & { g: number }>();
  for (const r of rows) {
    const key = bucketOf(r.day, interval);
    let p = out.get(key);
    if (!p) {
      p = { bucket: key, count: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, meanGoldstein: null, plover: {}, g: 0 };
      out.set(key, p);
    }
    const n = Number(r.n);
    p.count += n;
    p.g += Number(r.g);
    const q = Number(r.quad) as 1 | 2 | 3 | 4;
    if (q >= 1 && q <= 4) p.quad[q] += n;
    if (r.plover) p.plover[r.plover] = (p.plover[r.plover] ?? 0) + n;
  }
  return [...out.values()].map(({ g, ...p }) => ({ ...p, meanGoldstein: p.count ? Math.round((g / p.count) * 1000) / 1000 : null }));
}
