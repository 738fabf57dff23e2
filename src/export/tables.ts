import type { StoredEvent, StoredQuote } from "../store/index.js";
import type { ArticleRow, StoryRow } from "../store/store.js";

/** Flat columns for CSV and Parquet: name, type, and how to read it from an item. */
export type ColType = "STRING" | "INT32" | "DOUBLE" | "BOOLEAN";
export interface Column<T> {
  name: string;
  type: ColType;
  get(item: T): string | number | boolean | null;
}

const names = (xs: { name: string }[]) => xs.map((x) => x.name).join("; ");
const codes = (xs: { country: string | null }[]) => xs.map((x) => x.country ?? "").join(";");

export const EVENT_COLUMNS: Column<StoredEvent>[] = [
  { name: "id", type: "STRING", get: (e) => e.id },
  { name: "story_id", type: "STRING", get: (e) => e.storyId },
  { name: "article_id", type: "STRING", get: (e) => e.articleId },
  { name: "date", type: "STRING", get: (e) => e.date.value },
  { name: "date_precision", type: "STRING", get: (e) => e.date.precision ?? null },
  { name: "cameo", type: "STRING", get: (e) => e.cameo.code },
  { name: "plover", type: "STRING", get: (e) => e.plover?.event ?? null },
  { name: "plover_mode", type: "STRING", get: (e) => e.plover?.mode ?? null },
  { name: "quad", type: "INT32", get: (e) => e.cameo.quad },
  { name: "goldstein", type: "DOUBLE", get: (e) => e.cameo.goldstein },
  { name: "actor_country", type: "STRING", get: (e) => codes(e.actor) },
  { name: "actor_name", type: "STRING", get: (e) => names(e.actor) },
  { name: "recipient_country", type: "STRING", get: (e) => codes(e.recipient) },
  { name: "recipient_name", type: "STRING", get: (e) => names(e.recipient) },
  { name: "negated", type: "BOOLEAN", get: (e) => e.mode.negated },
  { name: "hypothetical", type: "BOOLEAN", get: (e) => e.mode.hypothetical },
  { name: "future", type: "BOOLEAN", get: (e) => e.mode.future },
  { name: "historical", type: "BOOLEAN", get: (e) => e.mode.historical },
  { name: "confidence", type: "DOUBLE", get: (e) => e.confidence },
  { name: "mention_count", type: "INT32", get: (e) => e.mentionCount },
  { name: "location", type: "STRING", get: (e) => e.location ?? null },
  { name: "sentence", type: "STRING", get: (e) => e.evidence.sentence },
  { name: "evidence_start", type: "INT32", get: (e) => e.evidence.start },
  { name: "evidence_end", type: "INT32", get: (e) => e.evidence.end },
];

export const QUOTE_COLUMNS: Column<StoredQuote>[] = [
  { name: "id", type: "STRING", get: (q) => q.id },
  { name: "story_id", type: "STRING", get: (q) => q.storyId },
  { name: "article_id", type: "STRING", get: (q) => q.articleId },
  { name: "kind", type: "STRING", get: (q) => q.kind },
  { name: "speaker", type: "STRING", get: (q) => q.speaker?.name ?? null },
  { name: "speaker_country", type: "STRING", get: (q) => q.speaker?.country ?? null },
  { name: "cue", type: "STRING", get: (q) => q.cue ?? null },
  { name: "date", type: "STRING", get: (q) => q.date ?? null },
  { name: "text", type: "STRING", get: (q) => q.text },
  { name: "mention_count", type: "INT32", get: (q) => q.mentionCount ?? 1 },
  { name: "start", type: "INT32", get: (q) => q.start },
  { name: "end", type: "INT32", get: (q) => q.end },
];

export const ARTICLE_COLUMNS: Column<ArticleRow>[] = [
  { name: "id", type: "STRING", get: (a) => a.id },
  { name: "story_id", type: "STRING", get: (a) => a.storyId },
  { name: "title", type: "STRING", get: (a) => a.article.title },
  { name: "source", type: "STRING", get: (a) => a.article.source ?? null },
  { name: "site_name", type: "STRING", get: (a) => a.article.siteName ?? null },
  { name: "language", type: "STRING", get: (a) => a.article.language ?? null },
  { name: "url", type: "STRING", get: (a) => a.article.url ?? null },
  { name: "published", type: "STRING", get: (a) => a.article.published?.value ?? null },
  { name: "byline", type: "STRING", get: (a) => a.article.byline.join("; ") },
  { name: "dateline_place", type: "STRING", get: (a) => a.article.dateline?.place ?? null },
  { name: "text", type: "STRING", get: (a) => a.article.text },
];

export const STORY_COLUMNS: Column<StoryRow>[] = [
  { name: "id", type: "STRING", get: (s) => s.id },
  { name: "title", type: "STRING", get: (s) => s.title },
  { name: "representative_id", type: "STRING", get: (s) => s.representativeId },
  { name: "first_seen", type: "STRING", get: (s) => s.firstSeen },
  { name: "mention_count", type: "INT32", get: (s) => s.mentionCount },
  { name: "article_count", type: "INT32", get: (s) => s.articleCount },
];
