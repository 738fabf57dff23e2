/**
 * Syndicated variants of a real article, made the way wire copies differ in the wild: boilerplate
 * added (share bars, copyright footers, newsletter prompts), a byline or agency line changed, the
 * headline rewritten, the last paragraph trimmed, an agency dateline prefixed, typography changed.
 * Deterministic: the same (article, kind, seed) gives the same copy.
 */
export interface Doc {
  id: string;
  url: string;
  title: string;
  text: string;
}

export type VariantKind = "boilerplate" | "byline" | "headline" | "trim" | "dateline" | "typography" | "edited" | "combo";
export const VARIANT_KINDS: VariantKind[] = ["boilerplate", "byline", "headline", "trim", "dateline", "typography", "edited", "combo"];

const HEADERS = [
  "Share this article: Facebook Twitter WhatsApp Email",
  "Advertisement",
  "Listen to this article (4 min)",
  "Sign in to save articles for later",
];
const FOOTERS = [
  "Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
  "Sign up for our morning newsletter to get the day's top stories delivered to your inbox. Read more from our world desk.",
  "(Reporting by our correspondents; Editing by the world desk.) Our Standards: The Thomson Reuters Trust Principles.",
  "This story was originally published on Wikinews and is republished here under a Creative Commons licence. Follow us on Twitter and Facebook for updates.",
];
const BYLINES = [
  "By Maria Lopez, Associated Press",
  "By James Okafor | Reuters",
  "Staff and agencies",
  "By Anna Schmidt, Deutsche Presse-Agentur",
];
const PLACES = ["LONDON", "NEW YORK", "PARIS", "SYDNEY", "NAIROBI"];
const AGENCIES = ["(Reuters)", "(AP)", "(AFP)", "(dpa)"];

function pick<T>(xs: T[], seed: number): T {
  return xs[Math.abs(seed) % xs.length]!;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function hashSeed(s: string): number {
  let h = 7;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

function withBoilerplate(ps: string[], seed: number): string[] {
  return [pick(HEADERS, seed), ...ps, pick(FOOTERS, seed >> 3)];
}

function withByline(ps: string[], seed: number): string[] {
  return [pick(BYLINES, seed), ...ps];
}

function trimmed(ps: string[]): string[] {
  return ps.length > 2 ? ps.slice(0, -1) : ps;
}

function withDateline(ps: string[], seed: number): string[] {
  if (ps.length === 0) return ps;
  return [`${pick(PLACES, seed)} ${pick(AGENCIES, seed >> 2)} - ${ps[0]}`, ...ps.slice(1)];
}

function typography(ps: string[]): string[] {
  return ps.map((p) =>
    p
      .replace(/"([^"]*)"/g, "\u201c$1\u201d")
      .replace(/'/g, "\u2019")
      .replace(/ - /g, " \u2014 ")
      .replace(/(\d),(\d{3})/g, "$1$2"),
  );
}

/** A copy editor's cut: every fifth sentence dropped, the rest kept in order. */
function edited(ps: string[], seed: number): string[] {
  let n = Math.abs(seed) % 5;
  return ps
    .map((p) =>
      p
        .split(/(?<=[.!?]["\u201d]?)\s+(?=[A-Z"\u201c])/)
        .filter(() => n++ % 5 !== 4)
        .join(" "),
    )
    .filter(Boolean);
}

function newHeadline(title: string, seed: number): string {
  const forms = [
    (t: string) => `UPDATE 1-${t}`,
    (t: string) => `${t} - report`,
    (t: string) => t.replace(/^(\S+)/, "$1:").replace(/,.*$/, ""),
    (t: string) => t.toUpperCase(),
  ];
  return pick(forms, seed)(title);
}

/** One syndicated copy of doc, on another site (its own URL). */
export function variant(doc: Doc, kind: VariantKind): Doc {
  const seed = hashSeed(doc.id + kind);
  let ps = paragraphs(doc.text);
  let title = doc.title;
  switch (kind) {
    case "boilerplate":
      ps = withBoilerplate(ps, seed);
      break;
    case "byline":
      ps = withByline(ps, seed);
      break;
    case "headline":
      title = newHeadline(title, seed);
      break;
    case "trim":
      ps = trimmed(ps);
      break;
    case "dateline":
      ps = withDateline(ps, seed);
      break;
    case "typography":
      ps = typography(ps);
      break;
    case "edited":
      ps = edited(ps, seed);
      break;
    case "combo":
      ps = withBoilerplate(withByline(withDateline(trimmed(edited(typography(ps), seed)), seed), seed >> 1), seed >> 2);
      title = newHeadline(title, seed >> 3);
      break;
  }
  const slug = doc.id.replace(/^wikinews:/, "").slice(0, 60);
  return {
    id: `${doc.id}#${kind}`,
    url: `https://mirror-${kind}.example.net/news/${encodeURIComponent(slug)}`,
    title,
    text: ps.join("\n\n"),
  };
}
