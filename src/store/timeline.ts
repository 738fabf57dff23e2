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
 * from the daily rollup (one row per pair and day; events counted once per story; negated,
 * hypothetical and future events left out; events dated coarser than a day are not on a daily axis
 * and are left out too). Buckets without events are not listed.
 */
export async function dyadTimeline(
  db: Kysely<Database>,
  a: string,
  b: string,
  interval: "day" | "week" | "month",
  range: DateRange = {},
): Promise<TimelinePoint[]> {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const to = range.to ? `${range.to}\uffff` : undefined;
  const rows = await db
    .selectFrom("dyad_daily")
    .select(["day", "n", "q1", "q2", "q3", "q4", "goldstein_sum"])
    .where("lo", "=", lo)
    .where("hi", "=", hi)
    .$if(!!range.from, (q) => q.where("day", ">=", range.from!))
    .$if(!!to, (q) => q.where("day", "<=", to!))
    .orderBy("day")
    .execute();
  // PLOVER counts per month at most (the side table is small per pair); per bucket for day/week.
  const plover = await db
    .selectFrom("dyad_plover")
    .select(["day", "plover", sql<number>`n`.as("n")])
    .where("lo", "=", lo)
    .where("hi", "=", hi)
    .$if(!!range.from, (q) => q.where("day", ">=", range.from!))
    .$if(!!to, (q) => q.where("day", "<=", to!))
    .execute();
  const out = new Map<string, TimelinePoint & { g: number }>();
  for (const r of rows) {
    const key = bucketOf(r.day, interval);
    let p = out.get(key);
    if (!p) {
      p = { bucket: key, count: 0, quad: { 1: 0, 2: 0, 3: 0, 4: 0 }, meanGoldstein: null, plover: {}, g: 0 };
      out.set(key, p);
    }
    p.count += Number(r.n);
    p.quad[1] += Number(r.q1);
    p.quad[2] += Number(r.q2);
    p.quad[3] += Number(r.q3);
    p.quad[4] += Number(r.q4);
    p.g += Number(r.goldstein_sum);
  }
  for (const r of plover) {
    const p = out.get(bucketOf(r.day, interval));
    if (p) p.plover[r.plover] = (p.plover[r.plover] ?? 0) + Number(r.n);
  }
  return [...out.values()].map(({ g, ...p }) => ({ ...p, meanGoldstein: p.count ? Math.round((g / p.count) * 1000) / 1000 : null }));
}
