import type { StoredEvent } from "../store/index.js";

/**
 * GDELT 2.0 event table layout (61 tab-separated columns, in GDELT's order). Fields Dateline does not
 * produce (ethnic/religion codes, tone, geo coordinates) are left empty rather than invented.
 * NumMentions is the honest count: copies of the story that carry the event.
 */
export const GDELT_HEADER = [
  "GlobalEventID",
  "Day",
  "MonthYear",
  "Year",
  "FractionDate",
  ...actorCols("Actor1"),
  ...actorCols("Actor2"),
  "IsRootEvent",
  "EventCode",
  "EventBaseCode",
  "EventRootCode",
  "QuadClass",
  "GoldsteinScale",
  "NumMentions",
  "NumSources",
  "NumArticles",
  "AvgTone",
  ...geoCols("Actor1Geo"),
  ...geoCols("Actor2Geo"),
  ...geoCols("ActionGeo"),
  "DATEADDED",
  "SOURCEURL",
];

function actorCols(p: string): string[] {
  return [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
  ].map((c) => `${p}${c}`);
}
function geoCols(p: string): string[] {
  return ["_Type", "_FullName", "_CountryCode", "_ADM1Code", "_ADM2Code", "_Lat", "_Long", "_FeatureID"].map((c) => `${p}${c}`);
}

const clean = (s: string | null | undefined) => (s ?? "").replace(/[\t\r\n]+/g, " ");

function actor(xs: StoredEvent["actor"]): string[] {
  const a = xs[0];
  const code = a ? `${a.country ?? ""}${a.sector ?? ""}` : "";
  return [
    code,
    clean(xs.map((x) => x.name).join("; ")),
    a?.country ?? "",
    a?.sector === "IGO" ? "IGO" : "",
    "",
    "",
    "",
    a?.sector ?? "",
    "",
    "",
  ];
}

function fractionDate(day: string | null): string {
  if (!day) return "";
  const d = new Date(`${day}T00:00:00Z`);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const frac = (d.getTime() - start) / (365 * 86400000);
  return (d.getUTCFullYear() + frac).toFixed(4);
}

/** One event as one GDELT row (array of column values, same order as GDELT_HEADER). */
export function toGdeltRow(e: StoredEvent, extra: { numericId?: number; url?: string | null; added?: string } = {}): string[] {
  const v = e.date.value ?? "";
  const day = /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
  const code = e.cameo.code;
  const row = [
    String(extra.numericId ?? e.id),
    day ? day.replace(/-/g, "") : "",
    /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7).replace("-", "") : "",
    /^\d{4}/.test(v) ? v.slice(0, 4) : "",
    fractionDate(day),
    ...actor(e.actor),
    ...actor(e.recipient),
    e.fromCaption ? "0" : "1",
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    String(e.cameo.quad),
    String(e.cameo.goldstein),
    String(e.mentionCount),
    "1",
    String(e.mentionCount),
    "",
    ...Array(8).fill(""),
    ...Array(8).fill(""),
    "",
    clean(e.location ?? ""),
    "",
    "",
    "",
    "",
    "",
    "",
    (extra.added ?? "").replace(/\D/g, "").slice(0, 14),
    extra.url ?? "",
  ];
  return row;
}
