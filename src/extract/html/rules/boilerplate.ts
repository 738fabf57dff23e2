import type { RemovedKind } from "../../../model/index.js";

/**
 * Boilerplate by class/id tokens. Each row: the kind recorded in removed[], and a pattern matched on
 * each class token and the id (word parts split on `-`/`_`). `strong` kinds drop even large blocks.
 */
interface Row {
  kind: RemovedKind;
  re: RegExp;
  strong: boolean;
}

const w = (words: string) => new RegExp(`(?:^|[-_])(?:${words})(?:$|[-_])`, "i");

const ROWS: Row[] = [
  { kind: "comments", re: w("comments?|commentlist|comment-list|disqus|respond|replies|discussion|reader-comments"), strong: true },
  {
    kind: "share",
    re: w(
      "share|shares|sharing|social|socials|sociable|addthis|sharethis|share-bar|sharebar|social-links|follow-us|print-button|sharedaddy|sd-sharing|sd-like|likes-widget",
    ),
    strong: true,
  },
  {
    kind: "related",
    re: w(
      "related|recommended|recommendations|more-stories|read-more|readmore|also-read|read-also|outbrain|taboola|recirc|recirculation|trending|most-popular|popular|most-read|mostread|up-next|next-article|more-from|you-may-like|you-might-like|excerpt|teaser|teasers|card-list|more-news|latest-news|latest-posts|recent-posts",
    ),
    strong: true,
  },
  { kind: "cookie", re: w("cookie|cookies|consent|gdpr|cmp"), strong: true },
  {
    kind: "advert",
    re: w(
      "ad|ads|adv|advert|advertisement|advertising|adslot|ad-slot|ad-container|adunit|dfp|gpt|sponsor|sponsored|promo|promotion|banner-ad|native-ad",
    ),
    strong: true,
  },
  {
    kind: "navigation",
    re: w("nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|skip-link|skiplinks|topbar|toolbar"),
    strong: false,
  },
  {
    kind: "boilerplate",
    re: w(
      "newsletter|subscribe|subscription|signup|sign-up|paywall|modal|popup|overlay|login|register|footer|site-footer|masthead|site-header|copyright|disclaimer|tags|tag-list|tagcloud|categories|author-bio|author-box|about-author|bio|byline|meta|post-meta|entry-meta|article-meta|dateline|timestamp|visually-hidden|sr-only|screen-reader-text|print-only|noprint|jump-link|robots-nocontent",
    ),
    strong: false,
  },
  { kind: "related", re: w("sidebar|side-bar|rail|right-rail|left-rail"), strong: false },
  { kind: "caption", re: w("caption|wp-caption-text|figcaption|image-caption|photo-caption|credit|image-credit"), strong: true },
];
/** Any row's words at once: most tokens match none, and one test then settles them. */
const ANY = new RegExp(ROWS.map((r) => r.re.source).join("|"), "i");

/** Tags that are page furniture by themselves. */
const TAG_KIND: Record<string, RemovedKind> = {
  nav: "navigation",
  footer: "boilerplate",
  aside: "related",
  figcaption: "caption",
  menu: "navigation",
};

export interface BoilerplateHit {
  kind: RemovedKind;
  strong: boolean;
  why: string;
}

/** Classifies an element as boilerplate by tag, role, class or id; null when it looks neutral. */
export function classify(name: string, attribs: Record<string, string>): BoilerplateHit | null {
  const t = Object.hasOwn(TAG_KIND, name) ? TAG_KIND[name] : undefined;
  if (t) return { kind: t, strong: name !== "footer", why: `<${name}>` };
  const role = attribs.role;
  if (role === "navigation" || role === "menubar" || role === "menu") return { kind: "navigation", strong: true, why: `role=${role}` };
  if (role === "complementary") return { kind: "related", strong: false, why: "role=complementary" };
  if (role === "contentinfo") return { kind: "boilerplate", strong: false, why: "role=contentinfo" };
  const cls = attribs.class ?? "";
  const id = attribs.id ?? "";
  if (!cls && !id) return null;
  // class tokens come before id tokens: the id's pick wins only with an earlier row (or as written over camelCase)
  const c = cls ? byString(cls) : NONE;
  const d = id ? byString(id) : NONE;
  return (d.row < c.row || (d.row === c.row && c.camel && !d.camel) ? d : c).hit;
}

/** The pick for one class or id string: its row (ROWS.length for none), whether a camelCase form matched, the hit. */
interface Pick {
  row: number;
  camel: boolean;
  hit: BoilerplateHit | null;
}

const NONE: Pick = { row: ROWS.length, camel: false, hit: null };
// class strings repeat within and across pages of one site; the memo stays bounded
const seen = new Map<string, Pick>();

function byString(names: string): Pick {
  let p = seen.get(names);
  if (p === undefined) {
    p = byTokens(names);
    if (seen.size > 20000) seen.clear();
    seen.set(names, p);
  }
  return p;
}

function byTokens(names: string): Pick {
  // the earliest row any token matches wins; within it, the first token as written, then the first camelCase form
  let best: TokenRows | null = null;
  let bestRow = ROWS.length;
  let camel = false;
  for (const tok of names.split(/\s+/)) {
    if (!tok) continue;
    const t = tokenRows(tok);
    if (t.row < bestRow || (camel && t.row === bestRow)) {
      best = t;
      bestRow = t.row;
      camel = false;
    }
    if (t.camelRow < bestRow) {
      best = t;
      bestRow = t.camelRow;
      camel = true;
    }
  }
  if (!best) return NONE;
  const row = ROWS[bestRow]!;
  return { row: bestRow, camel, hit: { kind: row.kind, strong: row.strong, why: `.${camel ? best.camel : best.tok}` } };
}

/** The first row one class token matches as written, and as camelCase parts (`imageEmbedCaption` → `image-Embed-Caption`). */
interface TokenRows {
  tok: string;
  row: number;
  camel: string;
  camelRow: number;
}

// ids and generated classes are often unique, so the rows are remembered per token, not per class string
const tokens = new Map<string, TokenRows>();

function tokenRows(tok: string): TokenRows {
  let t = tokens.get(tok);
  if (t) return t;
  // camelCase parts count as words too, except for comments: there the word is often a verb in a
  // widget's name (`commentOnSelection` wraps a whole post)
  const camel = tok.replace(/([a-z0-9])([A-Z])/g, "$1-$2");
  let row = ANY.test(tok) ? ROWS.findIndex((r) => r.re.test(tok)) : -1;
  const camelAny = camel === tok ? row >= 0 : ANY.test(camel);
  let camelRow = camelAny ? ROWS.findIndex((r) => r.kind !== "comments" && r.re.test(camel)) : -1;
  if (row < 0) row = ROWS.length;
  if (camelRow < 0) camelRow = ROWS.length;
  t = { tok, row, camel, camelRow };
  if (tokens.size > 50000) tokens.clear();
  tokens.set(tok, t);
  return t;
}
