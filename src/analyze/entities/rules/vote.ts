import type { Entity } from "../../../model/index.js";
import type { EntityRule } from "../mention.js";

/**
 * One sense per document: the tagger's mentions of the same name ("Caloi", "Linkin Park") take the type most
 * of them got (ties keep each its own). Dictionary-typed mentions (places, actors) are left alone.
 */
export const vote: EntityRule = (_ctx, mentions) => {
  const counts = new Map<string, Map<Entity["type"], number>>();
  for (const m of mentions) {
    if (m.method !== "tagger") continue;
    let c = counts.get(m.text);
    if (!c) {
      c = new Map();
      counts.set(m.text, c);
    }
    c.set(m.type, (c.get(m.type) ?? 0) + 1);
  }
  for (const m of mentions) {
    if (m.method !== "tagger") continue;
    const c = counts.get(m.text);
    if (!c || c.size < 2) continue;
    let best = m.type;
    let n = c.get(m.type) ?? 0;
    for (const [t, k] of c) if (k > n) [best, n] = [t, k];
    m.type = best;
  }
  return mentions;
};
