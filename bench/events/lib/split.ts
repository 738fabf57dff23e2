/** A fixed split of dev data: "tune" (rules were written looking at these) and "held-out" (never looked at). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Split = "tune" | "held-out";

export function splitOf(id: string): Split {
  return fnv1a(id) % 2 === 0 ? "tune" : "held-out";
}
