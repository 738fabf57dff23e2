export type Interval = "day" | "week" | "month";

const DAY = 86_400_000;

/** Day number (days since 1970-01-01, UTC) of a bucket: `2018-03-20`, `2018-03`, `2018` or an ISO week `2018-W12`. */
export function dayNumber(bucket: string): number {
  const week = /^(\d{4})-W(\d{2})$/.exec(bucket);
  if (week) {
    const year = Number(week[1]);
    const jan4 = Date.UTC(year, 0, 4);
    const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7; // Monday = 0
    return Math.round((jan4 - jan4Weekday * DAY) / DAY) + (Number(week[2]) - 1) * 7;
  }
  const [y, m, d] = bucket.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY);
}

export function isoDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Days a bucket spans. */
export function bucketDays(bucket: string, interval: Interval): number {
  if (interval === "day") return 1;
  if (interval === "week") return 7;
  const start = dayNumber(bucket);
  const d = new Date(start * DAY);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY - start);
}

/** First and last day (inclusive) of a bucket, as the events API's from/to. */
export function bucketRange(bucket: string, interval: Interval): { from: string; to: string } {
  const start = dayNumber(bucket);
  return { from: isoDay(start), to: isoDay(start + bucketDays(bucket, interval) - 1) };
}

/** A readable label: `20 Mar 2018`, `week of 19 Mar 2018`, `Mar 2018`. */
export function bucketLabel(bucket: string, interval: Interval): string {
  const d = new Date(dayNumber(bucket) * DAY);
  const month = d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  if (interval === "month") return `${month} ${d.getUTCFullYear()}`;
  const day = `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
  return interval === "week" ? `week of ${day}` : day;
}
