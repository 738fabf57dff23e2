import type { Article } from "../model/index.js";
import { sha256 } from "./hash.js";
import { bandKeys } from "./lsh.js";
import { minhash, shingleHashes } from "./minhash.js";
import { normalizeUrl } from "./normalize-url.js";
import { tokens } from "./text.js";

/** Word shingle length used for near-duplicate detection. */
export const SHINGLE = 4;

/** Fingerprints of one article: what exact and near-duplicate detection compare. */
export interface ArticleFingerprint {
  /** Normalised URL (canonical URL preferred), or null. */
  urlNorm: string | null;
  /** SHA-256 of the normalised body text (title excluded: a headline tweak is still the same copy). */
  contentHash: string;
  /** MinHash signature over word shingles of the body. */
  signature: Uint32Array;
  /** Number of distinct shingles (needed to turn Jaccard into containment). */
  shingleCount: number;
  /** LSH band keys. */
  bands: string[];
}

/** Fingerprints an article body (pure). Falls back to the title when the body is empty. */
export function fingerprint(article: Pick<Article, "text" | "title" | "url" | "canonicalUrl">, url?: string | null): ArticleFingerprint {
  const words = tokens(article.text || article.title || "");
  const set = shingleHashes(words, SHINGLE);
  const signature = minhash(set);
  return {
    urlNorm: normalizeUrl(article.canonicalUrl ?? url ?? article.url ?? null),
    contentHash: sha256(words.join(" ")),
    signature,
    shingleCount: set.length,
    bands: bandKeys(signature),
  };
}
