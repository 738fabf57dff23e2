import { ref, type TimeRule } from "../types.js";

/** Offsets of common zone abbreviations from UTC, in hours. */
const ZONES: Record<string, number> = {
  UTC: 0,
  GMT: 0,
  Z: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  IST: 5.5,
  CST: -6,
  CDT: -5,
  EST: -5,
  EDT: -4,
  ET: -5,
  PST: -8,
  PDT: -7,
  PT: -8,
  MST: -7,
  MDT: -6,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
};
const RE =
  /\b(?:at\s+)?(\d{1,2}):?(\d{2})\s*(UTC|GMT|Z|BST|CET|CEST|EET|EEST|MSK|CST|CDT|EST|EDT|ET|PST|PDT|PT|MST|MDT|JST|KST|AEST|AEDT)\b|\b(?:at\s+)?(\d{1,2}):(\d{2})\s*(a\.m\.|p\.m\.|am|pm)?(?=[\s,.;]|$)/gi;

/**
 * Clock times ("18:00 UTC", "0800 GMT", "10:30 a.m."): minute precision on the day of the anchor; the
 * attach refiner moves them to a date named in the same sentence.
 */
export const clock: TimeRule = (ctx) => {
  if (!ctx.anchor) return [];
  const day = ctx.anchor.toISOString().slice(0, 10);
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    let h = Number(m[1] ?? m[4]);
    const min = Number(m[2] ?? m[5]);
    const ap = (m[6] ?? "").toLowerCase();
    if (ap.startsWith("p") && h < 12) h += 12;
    if (ap.startsWith("a") && h === 12) h = 0;
    if (h > 23 || min > 59) continue;
    // A zone named in the text: convert to UTC and mark it Z (the day may move).
    let zone = "";
    let dayShift = 0;
    if (m[3]) {
      const off = ZONES[m[3]] ?? 0;
      const total = h * 60 + min - Math.round(off * 60);
      dayShift = Math.floor(total / 1440);
      const t = ((total % 1440) + 1440) % 1440;
      h = Math.floor(t / 60);
      zone = "Z";
      (m as unknown as { minute: number }).minute = t % 60;
    }
    const mm = m[3] ? (m as unknown as { minute: number }).minute : min;
    let start = m.index;
    if (/^at\s/i.test(m[0])) start += m[0].match(/^at\s+/i)?.[0].length ?? 0;
    const d = dayShift ? new Date(ctx.anchor.getTime() + dayShift * 86400000).toISOString().slice(0, 10) : day;
    const value = `${d}T${String(h).padStart(2, "0")}:${String(mm).padStart(2, "0")}${zone}`;
    out.push(ref(ctx, start, m.index + m[0].length, value, "minute", "clock"));
  }
  return out;
};
