import type { Entity, Quote, Sentence, TimeRef } from "../../model/index.js";

export function findQuotes(_text: string, _s: Sentence[], _e: Entity[], _t: TimeRef[], _a: string | null): Quote[] {
  return [];
}
