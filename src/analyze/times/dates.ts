/** Small calendar helpers on ISO days (UTC, no time zones involved). */

export function parseDay(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T12:00:00Z`);
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

export function isoMonth(y: number, m: number): string {
  const d = new Date(Date.UTC(y, m - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * The days an ISO value covers as [first, last] ("2020-07-14" itself, a month "2020-07", an ISO week
 * "2020-W42" whose week 1 holds January 4th, a year "2020"); null for anything else.
 */
export function periodDays(v: string): [string, string] | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return [v, v];
  const m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return [`${v}-01`, isoDay(new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)))];
  if (/^\d{4}$/.test(v)) return [`${v}-01-01`, `${v}-12-31`];
  const w = /^(\d{4})-W(\d{2})$/.exec(v);
  if (!w) return null;
  const jan4 = Date.UTC(Number(w[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(w[2]) - 1) * 7 * 86_400_000;
  return [isoDay(new Date(monday)), isoDay(new Date(monday + 6 * 86_400_000))];
}

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
