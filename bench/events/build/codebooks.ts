/**
 * Builds data/codebooks/{cameo,plover}.json from /work/shared/data/events (run once; the product reads
 * only the JSON). `npx tsx bench/events/build/codebooks.ts`
 *
 * Departures from the CAMEO→PLOVER table are listed in DEPARTURES and in data/codebooks/SOURCES.md.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const SHARED = "/work/shared/data/events";
const OUT = new URL("../../../data/codebooks/", import.meta.url).pathname;
if (!existsSync(SHARED)) {
  console.error(`${SHARED} is absent: cannot rebuild the codebooks (the committed JSON stays as is).`);
  process.exit(1);
}

/** code → [PLOVER event or null, mode, context, why]. */
const DEPARTURES: Record<string, [string | null, string, string, string]> = {
  "163": ["SANCTION", "", "economic", "PLOVER manual: imposing sanctions/embargo is SANCTION; the 2021 table maps it to COERCE"],
  "116": ["SANCTION", "", "legal", "PLOVER manual: a court conviction/finding of unlawfulness is SANCTION; the table maps it to ACCUSE"],
  "0813": ["CONCEDE", "", "legal", "PLOVER manual: lifting a curfew is a verbal concession (CONCEDE); the table maps it to RETREAT"],
  "0814": [
    "CONCEDE",
    "",
    "legal",
    "PLOVER manual: easing a state of emergency is a concession like a curfew (CONCEDE); the table maps it to RETREAT",
  ],
};

const rows = readFileSync(`${SHARED}/cameo/cameo_events_merged.tsv`, "utf8").trim().split("\n");
const head = rows.shift()!.split("\t");
const col = (n: string) => head.indexOf(n);
const cameo: Record<string, unknown> = {};
for (const line of rows) {
  const f = line.split("\t");
  const code = f[col("cameo")]!;
  let event: string | null = f[col("plover_event")] || null;
  let mode: string | null = f[col("plover_mode")] || null;
  let context = (f[col("plover_context")] || "").split(/;\s*/).filter(Boolean);
  let departure: string | undefined;
  const d = DEPARTURES[code];
  if (d) {
    event = d[0];
    mode = d[1] || null;
    context = d[2] ? [d[2]] : [];
    departure = d[3];
  }
  const quad = Number(f[col("quad_class_gdelt")]);
  const gs = f[col("goldstein")];
  cameo[code] = {
    code,
    level: Number(f[col("level")]),
    root: f[col("root")],
    label: f[col("label")] || f[col("label_cameo_manual_1.1b3")] || null,
    labelManual: f[col("label_cameo_manual_1.1b3")] || null,
    labelDisagrees: f[col("label_disagrees")] === "1",
    goldstein: gs === "" ? null : Number(gs),
    quad: quad || null,
    plover: event ? { event, mode, context } : null,
    ...(departure ? { departure } : {}),
  };
}
writeFileSync(
  `${OUT}cameo.json`,
  JSON.stringify(
    { about: "CAMEO codes: GDELT label, CAMEO 1.1b3 label, Goldstein, quad class, PLOVER v2 mapping. See SOURCES.md.", codes: cameo },
    null,
    1,
  ) + "\n",
);

// PLOVER v2 types and modes from the NGEC structured codebook.
const csv = readFileSync(`${SHARED}/plover/NGEC2025.PLOVER_structured_codebook_updated.csv`, "utf8");
const recs = parseCsv(csv);
const h = recs.shift()!;
const types: Record<string, { definition: string; modes: Record<string, string> }> = {};
for (const r of recs) {
  const ev = r[h.indexOf("event")]!;
  if (!ev) continue;
  if (!types[ev]) types[ev] = { definition: r[h.indexOf("event_def")] ?? "", modes: {} };
  const t = types[ev]!;
  const mode = r[h.indexOf("mode")];
  if (mode) t.modes[mode] = r[h.indexOf("mode_def")] ?? "";
}
const contexts = [
  "agriculture",
  "business",
  "crime",
  "cyber",
  "disease",
  "economic",
  "environment",
  "executive",
  "human_rights",
  "humanitarian",
  "intelligence",
  "legal",
  "legislative",
  "military",
  "peacekeeping",
  "political_institutions",
  "pro_autocracy",
  "pro_democracy",
  "refugee",
  "religion_ethnicity",
  "rights_freedoms",
  "diplomatic",
  "migration",
  "terrorism",
  "territory",
  "corruption",
  "election",
];
writeFileSync(
  `${OUT}plover.json`,
  JSON.stringify(
    {
      about: "PLOVER v2 event types with their modes (NGEC 2025 structured codebook) and context labels. See SOURCES.md.",
      types,
      contexts,
    },
    null,
    1,
  ) + "\n",
);
console.log(`cameo codes: ${Object.keys(cameo).length}, plover types: ${Object.keys(types).length}`);

function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') q = false;
      else cell += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      out.push(row);
      row = [];
      cell = "";
    } else if (c !== "\r") cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    out.push(row);
  }
  return out;
}
