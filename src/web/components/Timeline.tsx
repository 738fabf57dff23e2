import { useEffect, useRef, useState } from "preact/hooks";
import type { TimelinePoint } from "../api.js";
import { QUAD_LABEL } from "../lib/codes.js";
import { bucketDays, bucketLabel, dayNumber, type Interval, isoDay } from "../lib/dates.js";
import { timeScale } from "../lib/scale.js";

export interface DayRange {
  from: string;
  to: string;
}

interface Props {
  points: TimelinePoint[];
  interval: Interval;
  selected: DayRange | null;
  onSelect(range: DayRange): void;
}

const H = 280;
const M = { left: 40, right: 44, top: 18, bottom: 30 };

/**
 * Cooperation above the line, conflict below it, one bar per bucket stacked by quad class, and the mean
 * Goldstein score as a line. Click a bar (or focus it and press Enter) for its events; drag across the
 * chart to choose a range. Arrow keys move between bars.
 */
export function Timeline({ points, interval, selected, onSelect }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(900);
  const [brush, setBrush] = useState<{ x0: number; x1: number } | null>(null);
  const dragged = useRef(false);
  const clickedAt = useRef(0);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(Math.max(320, el.clientWidth)));
    ro.observe(el);
    setWidth(Math.max(320, el.clientWidth));
    return () => ro.disconnect();
  }, []);

  const buckets = points.map((p) => ({ p, d: dayNumber(p.bucket), n: bucketDays(p.bucket, interval) })).sort((a, b) => a.d - b.d);
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return null;

  const unit = interval === "day" ? 1 : interval === "week" ? 7 : 30;
  const plotH = H - M.top - M.bottom;
  const mid = M.top + plotH / 2;
  const half = plotH / 2 - 4;
  const sc = timeScale(buckets, { left: M.left, right: width - M.right, maxGap: unit * 20, pad: unit });
  const x = sc.x;
  const coop = (p: TimelinePoint) => p.quad[1] + p.quad[2];
  const conf = (p: TimelinePoint) => p.quad[3] + p.quad[4];
  const maxC = Math.max(1, ...buckets.map((b) => Math.max(coop(b.p), conf(b.p))));
  const h = (c: number) => (c / maxC) * half;
  const gy = (g: number) => mid - (g / 10) * half;

  const selFrom = selected ? dayNumber(selected.from) : null;
  const selTo = selected ? dayNumber(selected.to) : null;
  const isSelected = (d: number, n: number) => selFrom !== null && selTo !== null && d <= selTo && d + n - 1 >= selFrom;

  // One bar in the tab order (the selected one, else the latest); arrows move between bars.
  const selectedIndex = buckets.findIndex((b) => isSelected(b.d, b.n));
  const rovingIndex = selectedIndex >= 0 ? selectedIndex : buckets.length - 1;
  const select = (d: number, n: number) => onSelect({ from: isoDay(d), to: isoDay(d + n - 1) });
  const center = (b: { d: number; n: number }) => (x(b.d) + x(b.d + b.n)) / 2;

  const localX = (ev: PointerEvent) => {
    const svg = (ev.currentTarget as SVGSVGElement).getBoundingClientRect();
    return ev.clientX - svg.left;
  };
  const onDown = (ev: PointerEvent) => {
    if (ev.button !== 0) return;
    dragged.current = false;
    const px = localX(ev);
    setBrush({ x0: px, x1: px });
    (ev.currentTarget as SVGSVGElement).setPointerCapture?.(ev.pointerId);
  };
  const onMove = (ev: PointerEvent) => {
    if (!brush) return;
    const px = localX(ev);
    if (Math.abs(px - brush.x0) > 5) dragged.current = true;
    setBrush({ x0: brush.x0, x1: px });
  };
  const onUp = (ev: PointerEvent) => {
    if (!brush) return;
    if (dragged.current) {
      const lo = Math.min(brush.x0, brush.x1);
      const hi = Math.max(brush.x0, brush.x1);
      const hit = buckets.filter((k) => x(k.d + k.n) > lo && x(k.d) < hi);
      const a = hit[0];
      const b = hit[hit.length - 1];
      if (a && b) onSelect({ from: isoDay(a.d), to: isoDay(b.d + b.n - 1) });
    } else {
      // A click: the bar whose centre is nearest, if it is near enough (pointer capture sends the click here).
      const px = localX(ev);
      let best: (typeof buckets)[number] | null = null;
      for (const k of buckets) if (!best || Math.abs(center(k) - px) < Math.abs(center(best) - px)) best = k;
      if (best && Math.abs(center(best) - px) <= Math.max(10, (x(best.d + best.n) - x(best.d)) / 2)) {
        clickedAt.current = Date.now();
        select(best.d, best.n);
      }
    }
    setBrush(null);
  };

  const onKey = (ev: KeyboardEvent, i: number) => {
    const b = buckets[i]!;
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      select(b.d, b.n);
    } else if (ev.key === "ArrowRight" || ev.key === "ArrowLeft" || ev.key === "Home" || ev.key === "End") {
      ev.preventDefault();
      const next = ev.key === "Home" ? 0 : ev.key === "End" ? buckets.length - 1 : i + (ev.key === "ArrowRight" ? 1 : -1);
      box.current?.querySelectorAll<SVGGElement>("g.bucket")[next]?.focus();
    }
  };

  // Ticks per run: at the buckets themselves when they fit, else evenly spaced.
  const ticks = sc.runs.flatMap((r) => {
    const room = Math.max(1, Math.floor((r.x1 - r.x0) / 90));
    const inRun = buckets.filter((b) => b.d >= r.d0 && b.d < r.d1);
    if (inRun.length <= room)
      return inRun.map((b) => ({ at: (x(b.d) + x(b.d + b.n)) / 2, label: bucketLabel(b.p.bucket, interval).replace(/^week of /, "") }));
    return tickDays(r.d0, r.d1, room).map((d) => ({
      at: x(d),
      label: r.d1 - r.d0 > 400 || interval === "month" ? isoDay(d).slice(0, 7) : isoDay(d),
    }));
  });
  const goldsteinPath = buckets
    .filter((b) => b.p.meanGoldstein !== null)
    .map((b, i) => `${i === 0 ? "M" : "L"}${(x(b.d) + x(b.d + b.n)) / 2},${gy(b.p.meanGoldstein!)}`)
    .join(" ");

  return (
    <div class="timeline" ref={box}>
      {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart cannot hold a fieldset; the group role names it */}
      <svg
        width={width}
        height={H}
        role="group"
        aria-label={`Timeline: ${buckets.length} ${interval}s with events`}
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setBrush(null)}
      >
        <text class="axis-note" x={M.left} y={12}>
          ▲ cooperation (events)
        </text>
        <text class="axis-note" x={M.left} y={H - 4}>
          ▼ conflict
        </text>
        <text class="axis-note" x={width - M.right} y={12} text-anchor="end">
          mean Goldstein ●
        </text>
        {selFrom !== null && selTo !== null ? (
          <rect class="sel-band" x={x(selFrom)} y={M.top} width={Math.max(2, x(selTo + 1) - x(selFrom))} height={plotH} />
        ) : null}
        <line class="zero" x1={M.left} x2={width - M.right} y1={mid} y2={mid} />
        {[maxC, Math.round(maxC / 2)]
          .filter((v, i, a) => v > 0 && a.indexOf(v) === i)
          .map((v) => (
            <g key={v} class="yaxis">
              <text x={M.left - 6} y={mid - h(v) + 4} text-anchor="end">
                {v}
              </text>
              <text x={M.left - 6} y={mid + h(v) + 4} text-anchor="end">
                {v}
              </text>
            </g>
          ))}
        {[10, 0, -10].map((g) => (
          <text key={g} class="gaxis" x={width - M.right + 6} y={gy(g) + 4}>
            {g > 0 ? `+${g}` : g}
          </text>
        ))}
        {sc.breaks.map((b) => (
          <g key={b.x0} class="break">
            <title>{`${b.days} days without events left out`}</title>
            <rect x={b.x0 + 4} y={M.top} width={Math.max(2, b.x1 - b.x0 - 8)} height={plotH} />
            <text x={(b.x0 + b.x1) / 2} y={mid + 4} text-anchor="middle">
              ⋯
            </text>
          </g>
        ))}
        {ticks.map((t) => (
          <g key={t.at} class="xaxis">
            <line x1={t.at} x2={t.at} y1={H - M.bottom} y2={H - M.bottom + 4} />
            <text x={t.at} y={H - M.bottom + 16} text-anchor="middle">
              {t.label}
            </text>
          </g>
        ))}
        {buckets.map((b, i) => {
          const slot = x(b.d + b.n) - x(b.d);
          const bw = Math.max(3, Math.min(36, slot - 2));
          const bx = x(b.d) + (slot - bw) / 2;
          const hitW = Math.max(slot, 14);
          const hitX = x(b.d) + slot / 2 - hitW / 2;
          let up = mid;
          let down = mid;
          const label = `${bucketLabel(b.p.bucket, interval)}: ${b.p.count} event${b.p.count === 1 ? "" : "s"}, ${coop(b.p)} cooperation, ${conf(b.p)} conflict${
            b.p.meanGoldstein !== null ? `, mean Goldstein ${b.p.meanGoldstein.toFixed(1)}` : ""
          }`;
          return (
            // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; the bar is focusable and answers Enter and Space
            <g
              key={b.p.bucket}
              class={`bucket${isSelected(b.d, b.n) ? " selected" : ""}`}
              data-bucket={isoDay(b.d)}
              tabindex={i === rovingIndex ? 0 : -1}
              role="button"
              aria-pressed={isSelected(b.d, b.n)}
              aria-label={label}
              onClick={() => {
                if (Date.now() - clickedAt.current > 400) select(b.d, b.n);
              }}
              onKeyDown={(ev) => onKey(ev, i)}
            >
              <title>{label}</title>
              <rect class="hit" x={hitX} y={M.top} width={hitW} height={plotH} />
              {([2, 1] as const).map((q) => {
                const v = h(b.p.quad[q]);
                up -= v;
                return v > 0 ? <rect key={q} class={`bar q${q}`} x={bx} y={up} width={bw} height={v} /> : null;
              })}
              {([3, 4] as const).map((q) => {
                const v = h(b.p.quad[q]);
                const y = down;
                down += v;
                return v > 0 ? <rect key={q} class={`bar q${q}`} x={bx} y={y} width={bw} height={v} /> : null;
              })}
              {b.p.meanGoldstein !== null ? <circle class="gdot" cx={bx + bw / 2} cy={gy(b.p.meanGoldstein)} r={3.5} /> : null}
            </g>
          );
        })}
        {goldsteinPath ? <path class="gline" d={goldsteinPath} /> : null}
        {brush && Math.abs(brush.x1 - brush.x0) > 5 ? (
          <rect class="brush" x={Math.min(brush.x0, brush.x1)} y={M.top} width={Math.abs(brush.x1 - brush.x0)} height={plotH} />
        ) : null}
      </svg>
      <ul class="legend" aria-label="legend">
        {[1, 2, 3, 4].map((q) => (
          <li key={q}>
            <span class={`swatch q${q}`} aria-hidden="true" /> {QUAD_LABEL[q]}
          </li>
        ))}
        <li>
          <span class="swatch gold" aria-hidden="true" /> mean Goldstein (−10 conflict … +10 cooperation)
        </li>
      </ul>
    </div>
  );
}

/** Evenly spaced tick days between d0 and d1. */
function tickDays(d0: number, d1: number, n: number): number[] {
  const step = Math.max(1, Math.round((d1 - d0) / n));
  const out: number[] = [];
  for (let d = d0 + Math.round(step / 2); d < d1; d += step) out.push(d);
  return out;
}
