/**
 * A time scale for sparse event data: runs of buckets keep true time spacing, and long empty stretches
 * between runs are collapsed into a fixed-width break (drawn as a gap marker), so two events two days
 * apart stay clickable even when the chart also shows a year of other data. Pure; days are day numbers.
 */
export interface Run {
  /** First and one-past-last day of the run (padded). */
  d0: number;
  d1: number;
  /** Pixel range. */
  x0: number;
  x1: number;
}

export interface TimeScale {
  runs: Run[];
  /** Pixel of a day (days inside a collapsed gap map onto its break). */
  x(day: number): number;
  /** Day at a pixel (inside a break: the nearer run's edge). */
  day(px: number): number;
  /** Breaks between runs: pixel range and the days they hide. */
  breaks: { x0: number; x1: number; days: number }[];
}

export interface ScaleOptions {
  left: number;
  right: number;
  /** Gap (days) longer than this starts a new run. */
  maxGap: number;
  /** Days of padding on both sides of a run. */
  pad: number;
  /** Width of a break. */
  breakPx?: number;
  /** Narrowest a run may be drawn. */
  minRunPx?: number;
}

export function timeScale(spans: { d: number; n: number }[], o: ScaleOptions): TimeScale {
  const breakPx = o.breakPx ?? 26;
  const sorted = [...spans].sort((a, b) => a.d - b.d);
  const groups: { d0: number; d1: number }[] = [];
  for (const s of sorted) {
    const last = groups[groups.length - 1];
    if (last && s.d - last.d1 <= o.maxGap) last.d1 = Math.max(last.d1, s.d + s.n);
    else groups.push({ d0: s.d, d1: s.d + s.n });
  }
  for (const g of groups) {
    g.d0 -= o.pad;
    g.d1 += o.pad;
  }
  const avail = Math.max(10, o.right - o.left - breakPx * Math.max(0, groups.length - 1));
  const minPx = Math.min(o.minRunPx ?? 90, avail / Math.max(1, groups.length));
  const widths = fitWidths(
    groups.map((g) => g.d1 - g.d0),
    avail,
    minPx,
  );
  const runs: Run[] = [];
  let x = o.left;
  groups.forEach((g, i) => {
    runs.push({ d0: g.d0, d1: g.d1, x0: x, x1: x + widths[i]! });
    x += widths[i]! + breakPx;
  });
  const breaks = runs.slice(1).map((r, i) => ({ x0: runs[i]!.x1, x1: r.x0, days: r.d0 - runs[i]!.d1 }));

  const xOf = (day: number): number => {
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!;
      if (day < r.d0) return i === 0 ? r.x0 : (runs[i - 1]!.x1 + r.x0) / 2;
      if (day <= r.d1) return r.x0 + ((day - r.d0) / (r.d1 - r.d0)) * (r.x1 - r.x0);
    }
    return runs[runs.length - 1]?.x1 ?? o.left;
  };
  const dayOf = (px: number): number => {
    for (let i = 0; i < runs.length; i++) {
      const r = runs[i]!;
      if (px < r.x0) return i === 0 ? r.d0 : px - runs[i - 1]!.x1 < r.x0 - px ? runs[i - 1]!.d1 : r.d0;
      if (px <= r.x1) return r.d0 + ((px - r.x0) / (r.x1 - r.x0)) * (r.d1 - r.d0);
    }
    return runs[runs.length - 1]?.d1 ?? 0;
  };
  return { runs, breaks, x: xOf, day: dayOf };
}

/** Widths proportional to spans, none under minPx, summing to total. */
function fitWidths(spans: number[], total: number, minPx: number): number[] {
  const fixed = new Set<number>();
  for (let round = 0; round < spans.length; round++) {
    const free = total - fixed.size * minPx;
    const sum = spans.reduce((s, v, i) => (fixed.has(i) ? s : s + v), 0);
    let changed = false;
    spans.forEach((v, i) => {
      if (!fixed.has(i) && (free * v) / sum < minPx) {
        fixed.add(i);
        changed = true;
      }
    });
    if (!changed) break;
  }
  const free = total - fixed.size * minPx;
  const sum = spans.reduce((s, v, i) => (fixed.has(i) ? s : s + v), 0);
  return spans.map((v, i) => (fixed.has(i) ? minPx : sum > 0 ? (free * v) / sum : minPx));
}
