/**
 * One event as a GDELT 2.0 event-table row: the 61 standard columns, then our evidence columns.
 * Differences from GDELT, on purpose: SQLDATE is the date the event happened (GDELT uses the article
 * date), with 00 for an unknown day or month; geography columns stay empty except ActionGeo_FullName;
 * AvgTone is empty (we do not score tone).
 */
import type { Actor, Event } from "../../model/index.js";
import type { ExportContext } from "./context.js";

export const GDELT_COLUMNS = [
  "GLOBALEVENTID",
  "SQLDATE",
  "MonthYear",
  "Year",
  "FractionDate",
  "Actor1Code",
  "Actor1Name",
  "Actor1CountryCode",
  "Actor1KnownGroupCode",
  "Actor1EthnicCode",
  "Actor1Religion1Code",
  "Actor1Religion2Code",
  "Actor1Type1Code",
  "Actor1Type2Code",
  "Actor1Type3Code",
  "Actor2Code",
  "Actor2Name",
  "Actor2CountryCode",
  "Actor2KnownGroupCode",
  "Actor2EthnicCode",
  "Actor2Religion1Code",
  "Actor2Religion2Code",
  "Actor2Type1Code",
  "Actor2Type2Code",
  "Actor2Type3Code",
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
  "Actor1Geo_Type",
  "Actor1Geo_FullName",
  "Actor1Geo_CountryCode",
  "Actor1Geo_ADM1Code",
  "Actor1Geo_ADM2Code",
  "Actor1Geo_Lat",
  "Actor1Geo_Long",
  "Actor1Geo_FeatureID",
  "Actor2Geo_Type",
  "Actor2Geo_FullName",
  "Actor2Geo_CountryCode",
  "Actor2Geo_ADM1Code",
  "Actor2Geo_ADM2Code",
  "Actor2Geo_Lat",
  "Actor2Geo_Long",
  "Actor2Geo_FeatureID",
  "ActionGeo_Type",
  "ActionGeo_FullName",
  "ActionGeo_CountryCode",
  "ActionGeo_ADM1Code",
  "ActionGeo_ADM2Code",
  "ActionGeo_Lat",
  "ActionGeo_Long",
  "ActionGeo_FeatureID",
  "DATEADDED",
  "SOURCEURL",
] as const;

/** Our columns after the 61: the evidence and what GDELT cannot say. */
export const EVIDENCE_COLUMNS = [
  "EvidenceSentence",
  "EvidenceStart",
  "EvidenceEnd",
  "Trigger",
  "TriggerStart",
  "TriggerEnd",
  "DateValue",
  "DatePrecision",
  "DateSource",
  "Negated",
  "Hypothetical",
  "Future",
  "Historical",
  "PloverEvent",
  "PloverMode",
  "Reciprocal",
  "Confidence",
  "ArticleId",
] as const;

export const GDELT_HEADER: readonly string[] = [...GDELT_COLUMNS, ...EVIDENCE_COLUMNS];

/** A TSV cell: no tabs or newlines inside. */
export function tsvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).replace(/[\t\r\n]+/g, " ");
}

function actorCode(a: Actor | undefined): string {
  if (!a) return "";
  return `${a.country ?? ""}${a.sector ?? ""}`;
}

function sqlDate(value: string | null): { sql: string; month: string; year: string; fraction: string } {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value ?? "");
  if (!m) return { sql: "", month: "", year: "", fraction: "" };
  const [, y, mo = "00", d = "00"] = m;
  const month = Number(mo);
  const day = Number(d);
  const frac = Number(y) + (month > 0 ? ((month - 1) * 30 + Math.max(day, 1)) / 365 : 0);
  return { sql: `${y}${mo}${d}`, month: `${y}${mo}`, year: y!, fraction: frac.toFixed(4) };
}

function dateAdded(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(iso ?? "");
  if (!m) return "";
  return `${m[1]}${m[2]}${m[3]}${m[4] ?? "00"}${m[5] ?? "00"}${m[6] ?? "00"}`;
}

/** The row as an array of cells (61 GDELT columns + evidence columns). */
export function toGdeltRow(event: Event, ctx: ExportContext = {}): string[] {
  const a1 = event.actor[0];
  const a2 = event.recipient[0];
  const d = sqlDate(event.date.value);
  const code = event.cameo.code;
  const mentions = ctx.mentionCount ?? 1 + (event.mentions?.length ?? 0);
  const t = event.evidence.trigger;
  const gdelt: unknown[] = [
    ctx.eventNumber ?? ctx.eventId ?? "",
    d.sql,
    d.month,
    d.year,
    d.fraction,
    actorCode(a1),
    a1?.name ?? "",
    a1?.country ?? "",
    "",
    "",
    "",
    "",
    a1?.sector ?? "",
    "",
    "",
    actorCode(a2),
    a2?.name ?? "",
    a2?.country ?? "",
    "",
    "",
    "",
    "",
    a2?.sector ?? "",
    "",
    "",
    1,
    code,
    code.slice(0, 3),
    code.slice(0, 2),
    event.cameo.quad,
    event.cameo.goldstein,
    mentions,
    1,
    mentions,
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    event.location ? 1 : "",
    event.location ?? "",
    "",
    "",
    "",
    "",
    "",
    "",
    dateAdded(ctx.added ?? ctx.published),
    ctx.url ?? "",
  ];
  const extra: unknown[] = [
    event.evidence.sentence,
    event.evidence.start,
    event.evidence.end,
    t?.text ?? "",
    t?.start ?? "",
    t?.end ?? "",
    event.date.value ?? "",
    event.date.precision ?? "",
    event.date.source ?? "",
    event.mode.negated ? 1 : 0,
    event.mode.hypothetical ? 1 : 0,
    event.mode.future ? 1 : 0,
    event.mode.historical ? 1 : 0,
    event.plover?.event ?? "",
    event.plover?.mode ?? "",
    event.reciprocal ? 1 : 0,
    event.confidence,
    ctx.articleId ?? "",
  ];
  return [...gdelt, ...extra].map(tsvCell);
}

/** The row as one TSV line (no trailing newline). */
export function toGdeltTsv(event: Event, ctx: ExportContext = {}): string {
  return toGdeltRow(event, ctx).join("\t");
}
