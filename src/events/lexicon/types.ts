/** A compiled verb dictionary (TABARI/PETRARCH format, e.g. Phoenix CAMEO.2.0) as JSON data. */

/**
 * One element of a pattern: a word (upper case, possibly multiword with spaces), a synset name, or an
 * actor slot: "$" the source, "+" the target, "%" a compound actor that is both, "^" any one actor
 * skipped. `adj`: the element must touch its neighbour towards the verb (TABARI's "_"): for a post-verb
 * element, the one before it (or the verb); for a pre-verb element, the one after it (or the verb).
 */
export type PatternItem = ({ w: string } | { s: string } | { slot: "$" | "+" | "%" | "^" }) & { adj?: boolean };

export interface VerbPattern {
  /** Words that must precede the verb (in order), nearest last. */
  pre: PatternItem[];
  /** Words that must follow the verb (in order). */
  post: PatternItem[];
  /** CAMEO code; "a:b" is a paired event (actor→target a, target→actor b); "---" means do not code. */
  code: string;
}

export interface VerbFamily {
  /** Default CAMEO code of the family ("---" = none). */
  code: string;
  patterns: VerbPattern[];
}

export interface VerbDictionary {
  /** Upper-case surface form ("MET", "MEET WITH") → [family, own code or null]. */
  forms: Record<string, [string, string | null]>;
  families: Record<string, VerbFamily>;
  /** Synset name (without &) → upper-case words. */
  synsets: Record<string, string[]>;
  /** Pattern words match whole words only (PETRARCH2 dictionaries); else as stems (TABARI, Phoenix). */
  exactWords?: boolean;
}
