import { type LinkItem, resolve } from "./feeds.js";
import { child, isoDate, list, parseXml, text } from "./xml.js";

export interface Sitemap {
  /** Child sitemaps of a sitemap index. */
  sitemaps: { url: string; modified?: string }[];
  /** Pages of a urlset (with Google News title and publication date when present). */
  pages: LinkItem[];
}

/** A sitemap (`<urlset>`, with the Google News extension) or a sitemap index (`<sitemapindex>`). */
export function parseSitemap(xml: string, base: string): Sitemap {
  const doc = parseXml(xml);
  if (doc.sitemapindex) {
    const sitemaps = list(child(doc.sitemapindex, "sitemap")).flatMap((s) => {
      const url = resolve(text(s.loc), base);
      return url ? [{ url, modified: isoDate(text(s.lastmod)) }] : [];
    });
    return { sitemaps, pages: [] };
  }
  if (doc.urlset) {
    const pages = list(child(doc.urlset, "url")).flatMap((u): LinkItem[] => {
      const url = resolve(text(u.loc), base);
      if (!url) return [];
      const news = child(u, "news");
      const n = Array.isArray(news) ? news[0] : news;
      return [
        {
          key: url,
          url,
          title: text(child(n, "title")),
          published: isoDate(text(child(n, "publication_date"))),
          source: text(child(child(n, "publication"), "name")),
          modified: isoDate(text(u.lastmod)),
        },
      ];
    });
    return { sitemaps: [], pages };
  }
  throw new Error("not a sitemap or sitemap index");
}
