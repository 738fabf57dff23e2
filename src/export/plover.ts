import { toPloverJson as formatPlover, type PloverRecord } from "../events/format/index.js";
import type { StoredEvent } from "../store/index.js";
import { exportContext } from "./context.js";

/** One stored event as a PLOVER JSON record, or null when it has no PLOVER type (CAMEO 01/02). */
export function toPloverJson(e: StoredEvent, url?: string | null): PloverRecord | null {
  return formatPlover(e, exportContext(e, url));
}
