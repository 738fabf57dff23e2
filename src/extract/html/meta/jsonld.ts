/** Reading schema.org JSON-LD: the article object and its fields. */
type Obj = Record<string, unknown>;

const ARTICLE =
  /(?:^|[^a-z])(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|SocialMediaPosting|DiscussionForumPosting|Blog|Review)$/i;

function types(o: Obj): string[] {
  const t = o["@type"];
  return Array.isArray(t) ? t.map(String) : t ? [String(t)] : [];
}

function flatten(items: Obj[], out: Obj[] = [], depth = 0): Obj[] {
  for (const o of items) {
    if (!o || typeof o !== "object") continue;
    out.push(o);
    if (depth < 3) {
      const g = o["@graph"];
      if (Array.isArray(g)) flatten(g as Obj[], out, depth + 1);
      const main = o.mainEntity ?? o.mainEntityOfPage;
      if (main && typeof main === "object" && !Array.isArray(main)) flatten([main as Obj], out, depth + 1);
    }
  }
  return out;
}

export interface LdArticle {
  obj: Obj;
  type: string;
  all: Obj[];
}

/** The article object of the page's JSON-LD (first article-typed object), plus every object seen. */
export function ldArticle(items: Obj[]): LdArticle | null {
  const all = flatten(items);
  for (const o of all) {
    const t = types(o).find((x) => ARTICLE.test(x));
    if (t) return { obj: o, type: t, all };
  }
  return all.length ? { obj: {}, type: "", all } : null;
}

export function str(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str((v as Obj)["@value"]);
  return undefined;
}

/** Names of `author` (a string, a Person, or an array of them). */
export function ldNames(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.flatMap(ldNames);
  if (typeof v === "object") {
    const o = v as Obj;
    const n = str(o.name) ?? [str(o.givenName), str(o.familyName)].filter(Boolean).join(" ");
    return n ? [n] : [];
  }
  return [];
}

/** `publisher.name` or a WebSite/Organization name. */
export function ldPublisher(ld: LdArticle): string | undefined {
  const p = ld.obj.publisher;
  const n = p && typeof p === "object" ? str((Array.isArray(p) ? p[0] : p)?.name) : str(p);
  if (n) return n;
  for (const o of ld.all)
    if (types(o).some((t) => /^(?:WebSite|NewsMediaOrganization|Organization)$/.test(t))) {
      const x = str(o.name);
      if (x) return x;
    }
  return undefined;
}
