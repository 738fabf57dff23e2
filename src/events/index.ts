import type { Analysis, Article, Event } from "../model/index.js";

/** Article + Analysis → events coded in CAMEO and PLOVER, with evidence. */
export function codeEvents(_article: Article, _analysis: Omit<Analysis, "events">): Event[] {
  return [];
}
