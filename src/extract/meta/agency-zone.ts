import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface AgencyRow {
  names: string[];
  tz: string;
  iana: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const rows: AgencyRow[] = (JSON.parse(readFileSync(join(here, "../../../data/extract/agencies.json"), "utf8")) as { agencies: AgencyRow[] })
  .agencies;
const byName = new Map<string, AgencyRow>();
for (const r of rows) for (const n of r.names) byName.set(n.toLowerCase(), r);

/** Home zone of a news organisation that prints local time (from data/extract/agencies.json). */
export function agencyZone(source: string | undefined): { tz: string; iana: string } | null {
  if (!source) return null;
  const r = byName.get(source.trim().toLowerCase());
  return r ? { tz: r.tz, iana: r.iana } : null;
}
