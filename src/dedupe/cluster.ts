import type { ArticleFingerprint } from "./fingerprint.js";
import { isNearDuplicate, similarity } from "./similar.js";

/** How an item joined its cluster. */
export type Assignment = { cluster: number; status: "new" | "duplicate" | "near-duplicate" };

/**
 * In-memory incremental clustering with the same decisions as the store: exact URL, then exact
 * content, then LSH candidates checked with `isNearDuplicate`; the best-scoring candidate wins.
 * Used for evaluation and small batches; the store does the same against its tables.
 */
export class Clusterer {
  private byUrl = new Map<string, number>();
  private byHash = new Map<string, number>();
  private byBand = new Map<string, number[]>();
  private items: { fp: ArticleFingerprint; cluster: number }[] = [];
  private clusters = 0;

  add(fp: ArticleFingerprint): Assignment {
    const url = fp.urlNorm ? this.byUrl.get(fp.urlNorm) : undefined;
    if (url !== undefined) return { cluster: url, status: "duplicate" };
    const exact = this.byHash.get(fp.contentHash);
    if (exact !== undefined) {
      if (fp.urlNorm) this.byUrl.set(fp.urlNorm, exact);
      return { cluster: exact, status: "duplicate" };
    }
    const best = bestCandidate(
      fp,
      this.candidates(fp).map((i) => this.items[i]!),
    );
    const cluster = best ? best.cluster : this.clusters++;
    const index = this.items.push({ fp, cluster }) - 1;
    this.byHash.set(fp.contentHash, cluster);
    if (fp.urlNorm) this.byUrl.set(fp.urlNorm, cluster);
    for (const b of fp.bands) {
      const list = this.byBand.get(b);
      if (list) list.push(index);
      else this.byBand.set(b, [index]);
    }
    return { cluster, status: best ? "near-duplicate" : "new" };
  }

  private candidates(fp: ArticleFingerprint): number[] {
    const seen = new Set<number>();
    for (const b of fp.bands) for (const i of this.byBand.get(b) ?? []) seen.add(i);
    return [...seen];
  }
}

/** The candidate most similar to fp that passes the near-duplicate test, or null. */
export function bestCandidate<T extends { fp: Pick<ArticleFingerprint, "signature" | "shingleCount"> }>(
  fp: Pick<ArticleFingerprint, "signature" | "shingleCount">,
  candidates: T[],
): T | null {
  let best: T | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    if (!isNearDuplicate(c.fp, fp)) continue;
    const s = similarity(c.fp, fp).containment;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
