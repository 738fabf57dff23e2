import type { ExportContext } from "../events/format/index.js";
import type { StoredEvent } from "../store/index.js";

/** What the event formatters need to know from the store about one stored event. */
export function exportContext(e: StoredEvent, url?: string | null, added?: string): ExportContext {
  return {
    articleId: e.articleId,
    storyId: e.storyId,
    eventId: e.id,
    mentionCount: e.mentionCount,
    url: url ?? null,
    added: added ?? null,
  };
}
