import { XMLParser } from "fast-xml-parser";

/** Elements that may repeat in feeds and sitemaps: always parsed as arrays. */
const LISTS = new Set(["item", "entry", "url", "sitemap", "link"]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => LISTS.has(name),
});

export type XmlNode = Record<string, unknown>;

/** Parses XML into plain objects (namespace prefixes dropped, attributes as `@name`). */
export function parseXml(text: string): XmlNode {
  return parser.parse(text) as XmlNode;
}

/** Text of an element that may carry attributes or CDATA. */
export function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as XmlNode)["#text"]);
  return undefined;
}

export function list(v: unknown): XmlNode[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is XmlNode => typeof x === "object" && x !== null);
}

export function child(v: unknown, name: string): unknown {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as XmlNode)[name] : undefined;
}

/** A date string as ISO 8601, or undefined when it does not parse. */
export function isoDate(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
