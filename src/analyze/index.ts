import type { Analysis, Article } from "../model/index.js";

/** Article → Analysis (sentences, entities, times, quotes). Events are added by the events stage. */
export function analyze(_article: Article): Omit<Analysis, "events"> {
  return { sentences: [], entities: [], times: [], quotes: [], anchor: null };
}
