import { utf8 } from "../decode/bytes.js";

/**
 * Before parsing: lift out JSON-LD blocks, then cut inert markup (scripts, styles, inline SVG,
 * comments) with linear scans. Large pages are mostly this; the parser then sees far less input.
 */
const LD = /<script\b[^>]*?type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi;
const INERT =
  /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>/gi;

/** `raw`: `html` holds UTF-8 bytes read as Latin-1 (`Decoded.raw`); what is kept comes out decoded. */
export function stripInert(html: string, raw = false): { html: string; jsonld: string[] } {
  const jsonld: string[] = [];
  for (const m of html.matchAll(LD)) jsonld.push(raw ? utf8(m[1]!) : m[1]!);
  const lean = html.replace(INERT, " ");
  return { html: raw ? utf8(lean) : lean, jsonld };
}
