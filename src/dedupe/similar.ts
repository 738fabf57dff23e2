import { estimateJaccard } from "./minhash.js";

/** Thresholds for calling two texts copies of one story (chosen on the dev split, see test/dedupe). */
export const NEAR = {
  /** Minimum estimated Jaccard similarity of the shingle sets. */
  jaccard: 0.2,
  /** Minimum containment of the shorter text in the longer one. */
  containment: 0.5,
  /** Below this many shingles a text is too short for near-duplicate detection (exact matches only). */
  minShingles: 8,
};

export interface Comparable {
  signature: Uint32Array;
  shingleCount: number;
}

export interface Similarity {
  jaccard: number;
  containment: number;
}

/** Jaccard estimated from MinHash; containment derived from it and the set sizes: |A∩B| = J(|A|+|B|)/(1+J). */
export function similarity(a: Comparable, b: Comparable): Similarity {
  const jaccard = estimateJaccard(a.signature, b.signature);
  const small = Math.min(a.shingleCount, b.shingleCount);
  if (small === 0) return { jaccard, containment: 0 };
  const inter = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, inter / small) };
}

/** True when b is a syndicated copy of a (boilerplate, byline, headline or a trimmed ending aside). */
export function isNearDuplicate(a: Comparable, b: Comparable): boolean {
  if (Math.min(a.shingleCount, b.shingleCount) < NEAR.minShingles) return false;
  const s = similarity(a, b);
  return s.jaccard >= NEAR.jaccard && s.containment >= NEAR.containment;
}
