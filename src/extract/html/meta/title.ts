import { decodeHTML } from "entities";
import { blockKey, normalizeSpaces } from "../../post/whitespace.js";
import { firstMeta, type PageMeta } from "./collect.js";
import { type LdArticle, str } from "./jsonld.js";

/** "Label: headline". (A module constant: tsx's esbuild rebuilds an in-function `\p{…}` literal on every call.) */
const LABEL_COLON = /^(\p{L}+):\s*(\S.*)$/u;

/** Title text: entities left encoded twice by the CMS (`&amp;#8217;`) decoded, spaces normalised. */
function clean(s: string): string {
  const t = /&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(s) ? decodeHTML(s) : s;
  return normalizeSpaces(t);
}

const SEP = /\s+[|–—·•»:~/-]\s+|\s+[|»]|\s*\|\s*|\s+-{2}\s+/;

/** Drops a site-name part from a `<title>`-like string: `Headline | Site`, `Site - Headline`. */
export function stripSiteName(t: string, siteName?: string): string {
  const parts = t
    .split(SEP)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return siteName ? stripBareSiteName(t.trim(), siteName) : t.trim();
  const site = siteName ? blockKey(siteName) : "";
  const kept = parts.filter((p) => {
    const k = blockKey(p);
    return !site || (k !== site && !site.includes(k) && !k.includes(site));
  });
  if (kept.length > 0 && kept.length < parts.length) return rejoin(t, kept);
  // no known site name: drop short edge parts (≤ 4 words) when the longest part is clearly longer
  const words = parts.map((p) => p.split(/\s+/).length);
  const longest = Math.max(...words);
  if (words[words.length - 1]! <= 4 && words[words.length - 1]! < longest) return rejoin(t, parts.slice(0, -1)).trim();
  if (words[0]! <= 3 && words[0]! < longest) return rejoin(t, parts.slice(1)).trim();
  return t.trim();
}

/** `davidbau.com Vibe Coding` → `Vibe Coding`: the site's name set before or after the headline with no separator. */
function stripBareSiteName(t: string, siteName: string): string {
  const n = siteName.trim();
  // a one-word name (`Vogue`) may open a headline (`Vogue World 2025`): only a domain or a longer name
  if (!(DOMAIN.test(n) || /\s/.test(n)) || t.length < n.length + 4) return t;
  const low = t.toLowerCase();
  const sl = n.toLowerCase();
  if (low.startsWith(sl) && /\s/.test(t[n.length]!)) return t.slice(n.length).trim();
  if (low.endsWith(sl) && /\s/.test(t[t.length - n.length - 1]!)) return t.slice(0, t.length - n.length).trim();
  return t;
}

/** `Blog: Headline` → `Headline` when the title metadata names the headline without that label. */
function dropLabel(h: string, refs: string[]): string {
  const m = LABEL_COLON.exec(h);
  if (!m) return h;
  const label = m[1]!.toLowerCase();
  const rest = blockKey(m[2]!);
  return refs.some((r) => blockKey(r).includes(rest) && !r.toLowerCase().includes(`${label}:`)) ? m[2]! : h;
}

/**
 * A heading whose characters were lost to a wrong encoding (`Event Planning? Beginner? Guide`: a
 * `?` or U+FFFD inside the text stands for one to three characters) spelled right by a metadata
 * title that reads the same around them (`Event Planning: Beginner's Guide`); null otherwise.
 */
function unmangled(h: string, refs: string[], siteName?: string): string | null {
  if (!/[?\uFFFD](?!\s*$)/.test(h)) return null;
  const re = new RegExp(
    `^${h
      .replace(/[.*+^${}()|[\]\\]/g, "\\$&")
      .replace(/[?\uFFFD]/g, ".{1,3}")
      .replace(/\s+/g, "\\s+")}$`,
    "iu",
  );
  for (const r of refs) {
    const t = stripSiteName(clean(r), siteName);
    if (t !== h && re.test(t)) return t;
  }
  return null;
}

/** Whether a heading shares a content word (3+ letters) with any of the title strings. */
function sharesWord(h: string, refs: string[]): boolean {
  const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOP.has(w));
  const ref = new Set(refs.flatMap(words));
  return words(h).some((w) => ref.has(w));
}
const DOMAIN = /^[\w-]+(?:\.[\w-]+)+$/;
const STOP = new Set(["the", "and", "for", "with", "what", "how", "why", "your", "you", "are", "our", "from", "this", "that", "blog"]);

function rejoin(orig: string, parts: string[]): string {
  // keep the original separators between kept parts when they were adjacent
  const first = orig.indexOf(parts[0]!);
  const last = parts[parts.length - 1]!;
  const end = orig.lastIndexOf(last) + last.length;
  return first >= 0 && end > first ? orig.slice(first, end) : parts.join(" - ");
}

/**
 * The headline: an `<h1>` that agrees with the page's title metadata wins (it is what readers see);
 * else JSON-LD headline, og:title or `<title>` without the site name.
 */
export function pickTitle(m: PageMeta, ld: LdArticle | null, siteName?: string): { title: string; method: string } {
  const og = firstMeta(m, ["og:title", "twitter:title", "title", "dc.title", "headline"]);
  const headline = ld ? (str(ld.obj.headline) ?? str(ld.obj.name)) : undefined;
  const tag = normalizeSpaces(m.titleTag);
  const refs = [og?.value, headline, tag].filter((x): x is string => !!x).map(normalizeSpaces);
  const refKeys = refs.map(blockKey);
  // an h1 the metadata names exactly, else one that holds or is held by a metadata title (a
  // site's name or domain set as an h1 is held by `Headline - Site` too: not taken)
  const site0 = siteName ? blockKey(siteName) : "";
  // a `<title>` made of the h1 and another metadata title (`Lessons Learned: The lean startup` with
  // og:title `The lean startup` and h1 `Lessons Learned`) names the site by the h1: the h1 is the
  // blog's or site's name, the other title the headline
  const named = (hk: string) =>
    refKeys.some(
      (r) =>
        r.length > hk.length &&
        r.includes(hk) &&
        refKeys.some((o) => o.length >= 8 && o !== site0 && o.length + hk.length + 1 === r.length && r.includes(o) && !o.includes(hk)),
    );
  const h1s = m.h1.filter((h) => blockKey(h).length >= 3 && !named(blockKey(h)));
  const exact = h1s.find((h) => refKeys.includes(blockKey(h)));
  if (exact) return { title: dropLabel(normalizeSpaces(exact), refs), method: "h1" };
  for (const h of h1s) {
    const hk = blockKey(h);
    if (hk === site0 || DOMAIN.test(h.trim())) continue;
    if (refKeys.some((r) => (r.includes(hk) && hk.length > 0.4 * r.length) || (hk.includes(r) && r.length > 20)))
      return { title: dropLabel(normalizeSpaces(h), refs), method: "h1" };
  }
  // one headline on the page that is not the site's name: what readers see as the title
  // (an h1 that holds the site's whole name, `Subscribe to Site`, is a banner of the site, not a headline)
  const site = siteName ? blockKey(siteName) : "";
  const heads = [
    ...new Set(
      m.h1
        .map((h) => normalizeSpaces(clean(h)))
        .filter((h) => blockKey(h).length >= 3 && !(site.length >= 4 && blockKey(h).includes(site)) && !named(blockKey(h))),
    ),
  ];
  const h1 = heads.length === 1 ? heads[0]! : "";
  // no h1 agrees with the metadata: an h2 printing the metadata's title (without the site's name)
  // shows that title to readers, and it wins over an h1 the metadata does not name: the headline set
  // as an h2 above an h1 of the body (`What do people love about Rust?` over `But what they love is
  // …`), or the h1 a headline padded with other fields (`… Jobs (latimes.com) 87`, its h2 `… Jobs`)
  const stripped = refs.map((r) => blockKey(stripSiteName(clean(r), siteName)));
  const h2 = m.h2.find((h) => {
    const k = blockKey(h);
    return k.length >= 8 && (refKeys.includes(k) || stripped.includes(k));
  });
  if (h2 && !(h1 && stripped.includes(blockKey(h1)))) return { title: normalizeSpaces(clean(h2)), method: "h2" };
  if (h1 && blockKey(h1) !== site && h1.length <= 200 && !DOMAIN.test(h1) && (!refs.length || sharesWord(h1, refs))) {
    const fixed = unmangled(h1, refs, siteName);
    return fixed ? { title: fixed, method: "h1(only)+metadata-spelling" } : { title: dropLabel(h1, refs), method: "h1(only)" };
  }
  // without a stated site name, an h1 that is a domain (`davidbau.com`) is the site's name
  const siteOrDomain = siteName ?? m.h1.find((h) => DOMAIN.test(h.trim()))?.trim();
  if (headline) return { title: stripSiteName(clean(headline), siteOrDomain), method: "json-ld:headline" };
  if (og) return { title: stripSiteName(clean(og.value), siteOrDomain), method: `meta[${og.key}]` };
  if (tag) return { title: stripSiteName(clean(tag), siteOrDomain), method: "title" };
  const h = m.h1.find((x) => x.length > 2);
  return h ? { title: normalizeSpaces(h), method: "h1" } : { title: "", method: "none" };
}
