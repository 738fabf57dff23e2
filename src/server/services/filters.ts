import type { EventFilter } from "../../store/index.js";

/** The validated `/api/events` query, as the store's filter (API names → store names). */
export interface EventsQueryInput {
  actor?: string;
  recipient?: string;
  dyad?: boolean;
  type?: string;
  cameo?: string;
  quad?: number;
  mode?: EventFilter["mode"];
  minConfidence?: number;
  article?: string;
  story?: string;
  from?: string;
  to?: string;
}

export function toEventFilter(q: EventsQueryInput): EventFilter {
  const f: EventFilter = {};
  if (q.actor) f.actor = q.actor;
  if (q.recipient) f.recipient = q.recipient;
  if (q.dyad !== undefined) f.dyad = q.dyad;
  if (q.type) f.plover = q.type;
  if (q.cameo) f.cameo = q.cameo;
  if (q.quad !== undefined) f.quad = q.quad;
  if (q.mode) f.mode = q.mode;
  if (q.minConfidence !== undefined) f.minConfidence = q.minConfidence;
  if (q.article) f.articleId = q.article;
  if (q.story) f.storyId = q.story;
  if (q.from) f.from = q.from;
  if (q.to) f.to = q.to;
  return f;
}
