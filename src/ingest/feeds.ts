import { child, isoDate, list, parseXml, text, type XmlNode } from "./xml.js";

/** One entry of a feed or sitemap: a page to fetch. */
export interface LinkItem {
  /** What identifies the item across runs: guid/id, else the URL. */
  key: string;
  url: string;
  title?: string;
  /** ISO date the feed gives (pubDate, published, updated, dc:date, news:publication_date). */
  published?: string;
  /** Feed or publication name. */
  source?: string;
  /** Sitemap lastmod (not a publication date). */
  modified?: string;
}

/** Items of an RSS 2.0, Atom 1.0 or RSS 1.0 (RDF) feed; links resolved against `base`. */
export function parseFeed(xml: string, base: string): LinkItem[] {
  const doc = parseXml(xml);
  if (doc.rss) {
    const channel = child(doc.rss, "channel");
    const source = text(child(channel, "title"));
    return list(child(channel, "item")).flatMap((it) => rssItem(it, base, source));
  }
  if (doc.feed) {
    const source = text(child(doc.feed, "title"));
    return list(child(doc.feed, "entry")).flatMap((it) => atomEntry(it, base, source));
  }
  if (doc.RDF) {
    const source = text(child(child(doc.RDF, "channel"), "title"));
    return list(child(doc.RDF, "item")).flatMap((it) => rssItem(it, base, source));
  }
  throw new Error("not an RSS, Atom or RDF feed");
}

function rssItem(it: XmlNode, base: string, source: string | undefined): LinkItem[] {
  const guid = it.guid;
  const guidText = text(guid);
  const permalink = typeof guid === "object" && guid !== null ? (guid as XmlNode)["@isPermaLink"] !== "false" : true;
  // RSS <link> is text; an atom:link (an object with @href) in the same item is ignored.
  const links: unknown[] = Array.isArray(it.link) ? it.link : [it.link];
  const href = links.map((l) => (typeof l === "string" ? l.trim() : undefined)).find(Boolean);
  const hrefOrGuid = href ?? (permalink && guidText && /^https?:/i.test(guidText) ? guidText : undefined) ?? text(it["@about"]);
  const url = resolve(hrefOrGuid, base);
  if (!url) return [];
  return [
    {
      key: guidText ?? url,
      url,
      title: text(it.title),
      published: isoDate(text(it.pubDate) ?? text(it.date) ?? text(it.published)),
      source,
    },
  ];
}

function atomEntry(it: XmlNode, base: string, source: string | undefined): LinkItem[] {
  const links = list(it.link);
  const alternate =
    links.find((l) => (l["@rel"] ?? "alternate") === "alternate" && /html|^$/i.test(String(l["@type"] ?? ""))) ??
    links.find((l) => (l["@rel"] ?? "alternate") === "alternate");
  const url = resolve(text(alternate?.["@href"]), text(it["@base"]) ?? base);
  if (!url) return [];
  return [
    {
      key: text(it.id) ?? url,
      url,
      title: text(it.title),
      published: isoDate(text(it.published) ?? text(it.updated) ?? text(it.issued) ?? text(it.date)),
      source,
    },
  ];
}

export function resolve(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
