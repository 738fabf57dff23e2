import type { SourceSummary } from "./types.js";

export function newSummary(source: string): SourceSummary {
  return { source, fetched: 0, notModified: 0, robots: 0, seenBefore: 0, tooOld: 0, skipped: 0, failed: 0, reasons: {} };
}

export function addFailure(s: SourceSummary, why: string): void {
  s.failed++;
  // Group reasons without the per-URL part ("HTTP 404", "timed out after 30000 ms", …).
  const key = why.replace(/https?:\/\/\S+/g, "<url>").slice(0, 120);
  s.reasons[key] = (s.reasons[key] ?? 0) + 1;
}

/** One line per source: "feed https://…: 12 fetched, 3 skipped by robots.txt, 1 failed (HTTP 404 ×1)". */
export function formatSummary(s: SourceSummary): string {
  const parts = [`${s.fetched} fetched`];
  if (s.notModified) parts.push(`${s.notModified} not modified`);
  if (s.robots) parts.push(`${s.robots} skipped by robots.txt`);
  if (s.seenBefore) parts.push(`${s.seenBefore} seen before`);
  if (s.tooOld) parts.push(`${s.tooOld} older than --since`);
  if (s.skipped) parts.push(`${s.skipped} skipped`);
  if (s.failed) {
    const reasons = Object.entries(s.reasons)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([why, n]) => `${why} ×${n}`)
      .join("; ");
    parts.push(`${s.failed} failed (${reasons})`);
  }
  return `${s.source}: ${parts.join(", ")}`;
}

/** A one-line progress display on stderr, redrawn at most 5 times a second; TTY only. */
export class Progress {
  private last = 0;
  private shown = false;
  constructor(private readonly enabled: boolean) {}

  update(line: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    const width = process.stderr.columns ? process.stderr.columns - 1 : 100;
    process.stderr.write(`\r${line.slice(0, width).padEnd(width)}`);
    this.shown = true;
  }

  clear(): void {
    if (!this.shown) return;
    process.stderr.write(`\r${" ".repeat(process.stderr.columns ? process.stderr.columns - 1 : 100)}\r`);
    this.shown = false;
  }
}
