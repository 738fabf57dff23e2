import { fnv1a32 } from "./hash.js";

/**
 * LSH banding over the MinHash signature: BANDS bands of ROWS rows. Two articles become candidates
 * when they agree on every row of at least one band: P = 1 − (1 − J^ROWS)^BANDS.
 */
export const LSH = { bands: 42, rows: 3 };

/** Band keys of a signature (`band:hash`, short strings): two articles sharing one key are candidates. */
export function bandKeys(sig: Uint32Array, bands = LSH.bands, rows = LSH.rows): string[] {
  const keys: string[] = [];
  for (let b = 0; b < bands; b++) {
    const part = Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(",");
    keys.push(`${b.toString(36)}:${fnv1a32(part).toString(36)}`);
  }
  return keys;
}
