import type { Page } from "../model/index.js";

/**
 * Cheap checks before extraction: empty input, binary junk. Returns the reason a page cannot be
 * processed, or null when it looks like text or HTML.
 */
export function validatePage(page: Page): string | null {
  const b = page.bytes;
  if (b.length === 0) return "empty input";
  if (b[0] === 0x1f && b[1] === 0x8b) return null; // gzip: the extractor inflates it
  const sample = b.subarray(0, Math.min(b.length, 4096));
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return "binary data (NUL bytes), not a text or HTML page";
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  if (control / sample.length > 0.1) return "binary data, not a text or HTML page";
  if (!/\S/.test(Buffer.from(sample).toString("latin1"))) return "input holds only white space";
  return null;
}
