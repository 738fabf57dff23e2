/** A long digit-only line (page or content id left by the CMS), e.g. `010020070750000000000000011105091370582861`. */
export function isPageId(line: string): boolean {
  const digits = line.replace(/[\s-]/g, "");
  return /^\d+$/.test(digits) && digits.length >= 12 && /^[\d\s-]+$/.test(line);
}
