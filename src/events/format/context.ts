/** What an export row needs to know about the article an event came from. */
export interface ExportContext {
  /** Stable article id in the store. */
  articleId?: string;
  url?: string | null;
  /** Publication time of the article (ISO 8601). */
  published?: string | null;
  /** When the event was added to the store (ISO 8601); defaults to `published`. */
  added?: string | null;
  /** A numeric id for the GDELT GLOBALEVENTID column (e.g. the store's row id). */
  eventNumber?: number;
  /** Event id for PLOVER JSON (defaults to `<articleId>-<eventNumber>`). */
  eventId?: string;
  /** The story (cluster of copies) the event belongs to. */
  storyId?: string | null;
  /** Honest mention count: copies of the story that carry the event (the store knows it; else 1 + in-article mentions). */
  mentionCount?: number;
}
