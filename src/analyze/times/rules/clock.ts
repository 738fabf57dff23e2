import { ref, type TimeRule } from "../types.js";

const RE = /\b(?:at\s+)?(\d{1,2}):?(\d{2})\s*(UTC|GMT|Z)\b|\b(?:at\s+)?(\d{1,2}):(\d{2})\s*(a\.m\.|p\.m\.|am|pm)?(?=[\s,.;]|$)/gi;

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
    const zone = m[3] ? "Z" : "";
    let start = m.index;
    if (/^at\s/i.test(m[0])) start += m[0].match(/^at\s+/i)?.[0].length ?? 0;
    const value = `${day}T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}${zone}`;
    out.push(ref(ctx, start, m.index + m[0].length, value, "minute", "clock"));
  }
  return out;
};
