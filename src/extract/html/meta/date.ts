import type { Published } from "../../../model/index.js";
import { isoLocal, type ParsedDate, parseDate } from "../../dates/parse.js";
import { firstMeta, type PageMeta } from "./collect.js";
import { type LdArticle, str } from "./jsonld.js";

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "article.published",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "published_time",
  "published-date",
  "publication_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "dc.date.created",
  "date",
  "citation_publication_date",
  "citation_date",
  "article_date_original",
  "originalpublicationdate",
  "cxenseparse:recs:publishtime",
  "og:pubdate",
  "pdate",
  "datecreated",
  "created",
];
const MODIFIED_META = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified", "lastmod"];

const THIS_YEAR = new Date().getUTCFullYear();

/** A Published value from a date string, when it has a plausible year. */
export function toPublished(text: string, method: string): Published | null {
  const p = parseDate(text);
  return p ? fromParsed(p, method) : null;
}

function fromParsed(p: ParsedDate, method: string): Published | null {
  if (p.year === undefined || p.year < 1995 || p.year > THIS_YEAR + 1) return null;
  const local = isoLocal(p);
  if (!local) return null;
  if (p.offset && local.length > 10) return { value: `${local}${p.offset}`, local, tz: p.offset, method };
  return { value: local, local, tz: null, method };
}

/** A full date in a URL path: `/2020/03/04/`, `/2020-03-04-`, `/20200304/`. */
export function urlDate(url: string | undefined): Published | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const m = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (!m) return null;
  return fromParsed({ year: +m[1]!, month: +m[2]!, day: +m[3]!, text: m[0], index: m.index }, "url");
}

/**
 * Publication time by trust: JSON-LD `datePublished` of the article, publication meta tags,
 * `itemprop=datePublished`, `<time>` elements, a visible date line near the headline, the URL.
 * Modification times are never used as publication times; a page with none of these gets none.
 */
export function pickPublished(m: PageMeta, ld: LdArticle | null, visible: string[], url?: string): Published | null {
  if (ld?.type) {
    const v = str(ld.obj.datePublished) ?? str(ld.obj.dateCreated);
    const p = v ? toPublished(v, "json-ld:datePublished") : null;
    if (p) return p;
  }
  const meta = firstMeta(m, PUBLISHED_META);
  if (meta) {
    const p = toPublished(meta.value, `meta[${meta.key}]`);
    if (p) return p;
  }
  if (ld) {
    for (const o of ld.all) {
      const v = str(o.datePublished);
      const p = v ? toPublished(v, "json-ld:datePublished") : null;
      if (p) return p;
    }
  }
  const ordered = [
    ...m.times.filter((t) => t.prop.toLowerCase() === "datepublished"),
    ...m.times.filter((t) => /publish|posted|created|pubdate|article-date|entry-date|post-date/i.test(t.cls)),
    ...m.times,
  ];
  for (const t of ordered) {
    const p = (t.datetime && toPublished(t.datetime, "time[datetime]")) || (t.text && toPublished(t.text, "time"));
    if (p && !/updat|modif/i.test(t.cls)) return p;
  }
  for (const line of visible) {
    const p = toPublished(line, "visible-date-line");
    if (p) return p;
  }
  return urlDate(url);
}

export function pickModified(m: PageMeta, ld: LdArticle | null): Published | null {
  const v = ld?.type ? str(ld.obj.dateModified) : undefined;
  if (v) {
    const p = toPublished(v, "json-ld:dateModified");
    if (p) return p;
  }
  const meta = firstMeta(m, MODIFIED_META);
  return meta ? toPublished(meta.value, `meta[${meta.key}]`) : null;
}
