/** A cluster of copies of the same story (syndicated wire copies, reprints). */
export interface Story {
  id: string;
  /** The article chosen to represent the story (earliest, most complete). */
  representativeId: string;
  title: string;
  firstSeen: string | null;
  mentionCount: number;
}

/** Fingerprints of one article, used to find exact and near-duplicate copies. */
export interface Fingerprint {
  /** Hash of the normalised body text. */
  contentHash: string;
  /** MinHash signature over word shingles. */
  minhash: number[];
  /** Normalised URL, when known. */
  url?: string;
}
