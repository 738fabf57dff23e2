import type { Published } from "../../../model/index.js";
import { MONTH_RE, monthNumber } from "../../dates/months.js";
import { isoLocal, type ParsedDate, parseDate } from "../../dates/parse.js";
import { firstMeta, type PageMeta } from "./collect.js";
import { type LdArticle, str } from "./jsonld.js";
import type { VisibleDate } from "./visible-date.js";

const PUBLISHED_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "article.published",
  "datepublished",
  "published",
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

const MONTH_ONLY = new RegExp(`^\\s*${MONTH_RE}\\s+\\d{4}\\s*$`, "i");

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
  const m =
    /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.+-]|$)/.exec(path) ??
    // `/2019/11/8/` (one-digit month or day between slashes)
    /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//.exec(path);
  if (m) return fromParsed({ year: +m[1]!, month: +m[2]!, day: +m[3]!, text: m[0], index: m.index }, "url");
  // `/2023/october/03/`
  const w = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i.exec(path);
  const mo = w ? monthNumber(w[2]!) : undefined;
  return w && mo ? fromParsed({ year: +w[1]!, month: mo, day: +w[3]!, text: w[0], index: w.index }, "url") : null;
}

/**
 * Publication time. A date printed in the article header is what the page shows its readers: it
 * wins when the page's metadata agrees with it (as publication or update time), has no date of
 * its own, or (unless it is labelled an update) states another day. Otherwise: JSON-LD `datePublished` of the article, publication meta tags,
 * `itemprop=datePublished`, `<time>` elements, the URL. Dates of a generic WebPage object (site
 * builders stamp every page) and modification times alone are never taken as publication times.
 */
export function pickPublished(
  m: PageMeta,
  ld: LdArticle | null,
  visible: VisibleDate[],
  url?: string,
  original: VisibleDate | null = null,
): Published | null {
  // every stated publication time, most trusted first: the first is taken unless the page shows
  // the day of another one
  const stated: Published[] = [];
  const add = (p: Published | null) => {
    if (p) stated.push(p);
  };
  if (ld?.type) {
    const v = str(ld.obj.datePublished) ?? str(ld.obj.dateCreated);
    if (v) add(toPublished(v, "json-ld:datePublished"));
  }
  for (const key of PUBLISHED_META) {
    const v = m.metas.get(key)?.find((x) => x.trim());
    if (v) add(toPublished(v.trim(), `meta[${key}]`));
  }
  // `itemprop=datePublished` in the markup only without metadata (teasers of other posts carry it too)
  for (const t of m.times)
    if (!stated.length && t.prop.toLowerCase() === "datepublished")
      add(
        (t.datetime && toPublished(t.datetime, "itemprop=datePublished")) ||
          (t.text && toPublished(t.text, "itemprop=datePublished")) ||
          null,
      );
  const strong = stated[0] ?? null;
  // a line saying when the page first appeared (`This article was originally published on …`)
  // dates a page whose metadata states no publication time: a date line in its header is then a
  // later re-publication or update
  if (!strong && original) {
    const p = toPublished(original.text, "original-publication-line");
    if (p) return p;
  }
  const modified = pickModified(m, ld);
  // `<time>` elements with visible text are dates shown to readers too (the first few: later ones
  // tend to date teasers and comments)
  // a date among other words of a header line (`loose`) only dates a page that states no time itself
  let shown: VisibleDate[] = visible.filter((v) => !v.loose);
  // a header date printed by a `<time>` that the markup names an update (`class="entry-updated
  // updated" itemprop="dateUpdated"`), and by no other `<time>`, is that update
  const upd = (t: PageMeta["times"][number]) => /updat|modif/i.test(`${t.cls} ${t.prop}`) && !/publish/i.test(`${t.cls} ${t.prop}`);
  if (m.times.some(upd)) {
    const dayOf = (t: PageMeta["times"][number]) => toPublished(t.datetime || t.text, "")?.value.slice(0, 10);
    const updDays = new Set(m.times.filter(upd).map(dayOf));
    for (const t of m.times) if (!upd(t)) updDays.delete(dayOf(t));
    shown = shown.map((v) => (!v.updated && updDays.has(toPublished(v.text, "")?.value.slice(0, 10)) ? { ...v, updated: true } : v));
  }
  // a `<time>` that shows readers only a month (`April 2025`) does not date the page to a day
  const times = m.times.filter((t) => !MONTH_ONLY.test(t.text));
  for (const t of times.slice(0, 3))
    if (t.text && !/updat|modif/i.test(t.cls) && toPublished(t.datetime || t.text, "time"))
      shown.push({ text: t.datetime || t.text, updated: /^\W*(?:last\s+)?(?:updated|modified)\b/i.test(t.text) });
  if (!strong) for (const v of visible) if (v.loose) shown.push(v);
  const seen = shown
    .map((v) => ({ v, p: toPublished(v.text, v.updated ? "visible-date-line(updated)" : "visible-date-line") }))
    .filter((x) => x.p);
  if (seen.length) {
    // the metadata's precise time for the day the page shows; a shown date that is only the
    // modification time (`Updated on …`) does not displace a stated publication time
    const day = (p: Published | null) => p?.value.slice(0, 10);
    // a shown day one off a stated UTC time is the same moment in the page's zone
    const near = (p: Published, shown: Published) => p.tz !== null && Math.abs(Date.parse(day(p)!) - Date.parse(day(shown)!)) <= 86_400_000;
    for (const match of [(p: Published, x: Published) => day(p) === day(x), near])
      for (const x of seen) {
        const exact = stated.find((p) => match(p, x.p!));
        if (exact) return { ...exact, method: `${exact.method}+${x.p!.method}` };
      }
    // … unless the URL, set when the page was first published, carries the stated publication day
    const agree =
      !(strong && day(urlDate(url)) === day(strong)) && seen.find((x) => day(x.p) === day(modified) && (!strong || !x.v.updated));
    if (agree) return { ...modified!, method: `${modified!.method}+${agree.p!.method}` };
    if (!strong) {
      // the same day with its time (a `<time datetime>` beside the printed day) is more precise
      const first = seen[0]!.p!;
      return seen.find((x) => day(x.p) === day(first) && x.p!.value.length > 10)?.p ?? first;
    }
    // a page that shows an update day before the stated publication day contradicts the metadata
    // (nothing is updated before it is published): the stated time is an import or re-save stamp,
    // and the day the page prints is its own
    const shownUpdate = seen.find((x) => x.v.updated);
    if (shownUpdate && day(shownUpdate.p)! < day(strong)!) return { ...shownUpdate.p!, method: `${shownUpdate.p!.method}(before-stated)` };
    // a date line printed in the header that no metadata date confirms is still what the page
    // tells its readers (metadata often carries a CMS import or a re-save time); `<time>`
    // elements alone are not enough here (the first few often date teasers in a rail)
    const plain = seen.find((x) => !x.v.updated && visible.includes(x.v));
    if (plain) return plain.p;
  }
  if (strong) return strong;
  const ordered = [...times.filter((t) => /publish|posted|created|pubdate|article-date|entry-date|post-date/i.test(t.cls)), ...times];
  for (const t of ordered) {
    const p = (t.datetime && toPublished(t.datetime, "time[datetime]")) || (t.text && toPublished(t.text, "time"));
    if (p && !/updat|modif/i.test(t.cls)) return p;
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
