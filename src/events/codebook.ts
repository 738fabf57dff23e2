/** CAMEO and PLOVER codebooks (data/codebooks/*.json, loaded once). */
import { readFileSync } from "node:fs";
import type { CameoCode, PloverCode, QuadClass } from "../model/index.js";

interface CameoRow {
  code: string;
  label: string | null;
  labelManual: string | null;
  goldstein: number | null;
  quad: number | null;
  plover: { event: string; mode: string | null; context: string[] } | null;
}

const DIR = new URL("../../data/codebooks/", import.meta.url);
const cameoRows: Record<string, CameoRow> = JSON.parse(readFileSync(new URL("cameo.json", DIR), "utf8")).codes;
const ploverBook: { types: Record<string, { definition: string; modes: Record<string, string> }>; contexts: string[] } = JSON.parse(
  readFileSync(new URL("plover.json", DIR), "utf8"),
);

export const PLOVER_TYPES = Object.keys(ploverBook.types);

/** The CAMEO row for a code, falling back to its parent (0311 → 031 → 03). */
function row(code: string): CameoRow | undefined {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const r = cameoRows[c];
    if (r && r.goldstein !== null) return r;
  }
  return undefined;
}

export function isCameoCode(code: string): boolean {
  return cameoRows[code] !== undefined;
}

/** CAMEO code with label, Goldstein and quad class. */
export function cameo(code: string): CameoCode {
  const r = row(code);
  const quad = (r?.quad ?? quadOfRoot(code)) as QuadClass;
  return { code, label: cameoRows[code]?.label ?? r?.label ?? undefined, goldstein: r?.goldstein ?? 0, quad };
}

/** PLOVER v2 type for a CAMEO code (with our documented departures), or null (statements, appeals). */
export function ploverFor(code: string): PloverCode | null {
  const r = cameoRows[code] ?? row(code);
  if (!r?.plover) return null;
  return { event: r.plover.event, mode: r.plover.mode, context: [...r.plover.context] };
}

export function ploverModes(event: string): string[] {
  return Object.keys(ploverBook.types[event]?.modes ?? {});
}

function quadOfRoot(code: string): number {
  const root = Number(code.slice(0, 2));
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}
