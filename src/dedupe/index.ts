export { type Assignment, bestCandidate, Clusterer } from "./cluster.js";
export { type ArticleFingerprint, fingerprint, SHINGLE } from "./fingerprint.js";
export { sha256 } from "./hash.js";
export { bandKeys, LSH } from "./lsh.js";
export { estimateJaccard, minhash, shingleHashes, signatureFromBytes, signatureToBytes } from "./minhash.js";
export { normalizeUrl } from "./normalize-url.js";
export { isNearDuplicate, NEAR, similarity } from "./similar.js";
export { normalizeText, shingles, tokens } from "./text.js";
