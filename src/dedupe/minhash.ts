import { fnv1a32, mix32 } from "./hash.js";

/** Number of hash functions in a MinHash signature. */
export const PERMUTATIONS = 128;

const SEEDS: number[] = (() => {
  // Fixed seeds (a linear congruential sequence) so signatures are stable across runs and machines.
  const out: number[] = [];
  let s = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(s);
  }
  return out;
})();

/** MinHash signature of a set of shingles: for each seeded hash, the minimum over the set. */
export function minhash(shingleSet: string[]): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (const sh of shingleSet) {
    const base = fnv1a32(sh);
    for (let i = 0; i < PERMUTATIONS; i++) {
      const v = mix32(base, SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity: the share of positions where two signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/** Signature ↔ bytes (little endian), for storage. */
export function signatureToBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(sig.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < sig.length; i++) view.setUint32(i * 4, sig[i]!, true);
  return out;
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Uint32Array(Math.floor(bytes.byteLength / 4));
  for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
  return out;
}
