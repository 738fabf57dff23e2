import { fnv1a32, mix32 } from "./hash.js";

/** 32-bit hashes of the distinct word k-shingles of a token list (no strings built per shingle). */
export function shingleHashes(words: string[], k: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const th = words.map(fnv1a32);
  const n = Math.max(1, words.length - k + 1);
  const out = new Set<number>();
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k && j < th.length; j++) h = Math.imul(h ^ th[j]!, 0x01000193);
    out.add(mix32(h, 0x2545f491));
  }
  return Uint32Array.from(out);
}

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

/** MinHash signature of a set of shingle hashes: for each seeded hash function, the minimum over the set. */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const base = shingles[s]!;
    for (let i = 0; i < PERMUTATIONS; i++) {
      let v = Math.imul(base ^ SEEDS[i]!, 0x85ebca6b);
      v = (v ^ (v >>> 13)) >>> 0;
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
