import type { Analysis, Article, Event } from "../model/index.js";
import { code } from "./coder.js";

export { cameo, ploverFor } from "./codebook.js";

/** Article + Analysis → events coded in CAMEO and PLOVER, with evidence. */
export function codeEvents(article: Article, analysis: Omit<Analysis, "events">): Event[] {
  return code(article, analysis);
}
