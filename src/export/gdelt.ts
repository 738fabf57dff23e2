import { toGdeltRow as formatRow } from "../events/format/index.js";
import type { StoredEvent } from "../store/index.js";
import { exportContext } from "./context.js";

/** GDELT 2.0 event table: the 61 GDELT columns, then our evidence columns (src/events/format). */
export { GDELT_COLUMNS, GDELT_HEADER } from "../events/format/index.js";

/** One stored event as one GDELT row; NumMentions is the honest count of story copies that carry it. */
export function toGdeltRow(e: StoredEvent, extra: { numericId?: number; url?: string | null; added?: string } = {}): string[] {
  return formatRow(e, { ...exportContext(e, extra.url, extra.added), eventNumber: extra.numericId });
}
