/**
 * Before parsing: lift out JSON-LD blocks, then cut inert markup (scripts, styles, inline SVG,
 * comments) with linear scans. Large pages are mostly this; the parser then sees far less input.
 */
const LD = /<script\b[^>]*?type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
const INERT =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>/gi;

export function stripInert(html: string): { html: string; jsonld: string[] } {
  const jsonld: string[] = [];
  for (const m of html.matchAll(LD)) jsonld.push(m[1]!);
  return { html: html.replace(INERT, " "), jsonld };
}
