/** What a fetched or read document is, judged by its content (Content-Type only breaks ties). */
export type DocKind = "rss" | "atom" | "rdf" | "urlset" | "sitemapindex" | "html" | "other";

/**
 * Looks at the first root element: `<rss>`, `<feed>` (Atom), `<rdf:RDF>` (RSS 1.0), `<urlset>`,
 * `<sitemapindex>`. Skips a BOM, the XML declaration, comments, processing instructions and a
 * DOCTYPE. Anything else is "html" when it looks like markup or says text/html, else "other".
 */
export function detectKind(bytes: Uint8Array, contentType?: string): DocKind {
  const head = Buffer.from(bytes.subarray(0, 4096))
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, "");
  const rest = head.replace(/^(\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>)*/i, "");
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(rest);
  const root = m?.[2]?.toLowerCase();
  if (root === "rss") return "rss";
  if (root === "feed") return "atom";
  if (root === "rdf" && /<([\w-]+:)?channel[\s>]/i.test(head)) return "rdf";
  if (root === "urlset") return "urlset";
  if (root === "sitemapindex") return "sitemapindex";
  if (root === "html" || /^<(head|body|div|p|article|meta|title)\b/i.test(rest)) return "html";
  if (contentType && /html/i.test(contentType)) return "html";
  return "other";
}

export function isFeed(kind: DocKind): boolean {
  return kind === "rss" || kind === "atom" || kind === "rdf";
}

export function isSitemap(kind: DocKind): boolean {
  return kind === "urlset" || kind === "sitemapindex";
}
