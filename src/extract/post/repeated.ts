import type { Removed } from "../../model/index.js";
import { blockKey } from "./whitespace.js";

/**
 * Repeated-block removal: a block whose text already appeared earlier (same key) is a duplicate.
 * Very short blocks (under `minChars`) are left alone: list bullets and subheads can repeat.
 */
export function dropRepeated(blocks: string[], minChars = 30): { kept: string[]; removed: Removed[] } {
  const seen = new Set<string>();
  const kept: string[] = [];
  const removed: Removed[] = [];
  for (const b of blocks) {
    // a key is never longer than its text: short blocks are neither checked nor remembered
    if (b.length < minChars) {
      kept.push(b);
      continue;
    }
    const k = blockKey(b);
    if (k.length >= minChars && seen.has(k)) {
      removed.push({ kind: "duplicate", text: b });
      continue;
    }
    seen.add(k);
    kept.push(b);
  }
  return { kept, removed };
}
