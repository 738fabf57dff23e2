import { decodeHTML } from "entities";
import { MONTH_RE } from "../../dates/months.js";
import { normalizeSpaces } from "../../post/whitespace.js";
import { firstMeta, type PageMeta } from "./collect.js";
import { type LdArticle, ldNames } from "./jsonld.js";

const NOT_NAME =
  /https?:|www\.|@|\.com\b|\d{2,}|^(?:undefined|null|admin|administrator|staff|editor|editors|guest|unknown|anonymous|author|team|newsroom|webmaster)$/i;
/** Labels and dates that sit in byline boxes next to the names. */
const NOT_PERSON = new RegExp(
  `^(?:about(?: the)? authors?|(?:written|posted|reviewed|edited|fact[- ]checked) by|your name|name|more from\\b.*|read more|view all posts)$|:$|^${MONTH_RE}\\s+\\d`,
  "i",
);
/** Organisations that stand in bylines next to people (`JILL LAWLESS Associated Press`). */
const ORG =
  /\b(?:the associated press|associated press|reuters|agence france-presse|afp|bloomberg|press association|staff|news service|news agency|wire services?|contributors?)\b/i;
const ROLE_SUFFIX =
  /\s*(?:[,|–—-]\s*)?(?:staff (?:writer|reporter)|senior (?:writer|reporter|editor|correspondent)|(?:chief |senior )?correspondent|contributor|contributing writer|reporter|editor(?: at large)?|columnist|special to .+|for .+|is a .+|\(.*\))$/i;

// Module constants: tsx's esbuild rebuilds an in-function `\p{…}` literal (and a template RegExp) on every call.
const UPPER_FIRST = /^\p{Lu}/u;
const HAS_UPPER = /\p{Lu}/u;
const BY_UPPER = /^(?:[Ww]ritten|[Pp]osted) by(?=\p{Lu})/u;
/** A date or a label closing a byline ("Jane Roe March 3, 2024", "… sponsored"). */
const DATE_OR_LABEL_TAIL = new RegExp(`\\s+(?:${MONTH_RE}\\s+\\d{1,2}(?:,?\\s*\\d{4})?|sponsored|verified)$`, "i");
const SURNAME_COMMA_GIVEN =
  /^\s*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?),\s*([\p{Lu}][\p{L}.'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,2})\s*$/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Cleans one byline string into people: drops `By`, roles, URLs and handles; splits `A and B`, `A, B`. */
export function splitByline(raw: string): string[] {
  let s = normalizeSpaces(/&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(raw) ? decodeHTML(raw) : raw)
    .replace(/^(?:written |posted |reported |story |words |text |article |published |photos? and text )?by[:\s]+/i, "")
    .replace(BY_UPPER, "")
    .replace(/^author:?\s+/i, "")
    .replace(DATE_OR_LABEL_TAIL, "")
    .replace(/^(?:author|authors|written by|posted by)\s*:\s*/i, "")
    // `Posted by BeauHD on Friday December 19, 2025 @08:00PM from the … dept.`: a weekday may open the date
    .replace(/\s+(?:on|updated|published)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\w+\.? \d.*$/i, "")
    .replace(/\s*[|•·]\s*.*$/, "")
    .replace(/[.,;]?\s+(?:(?:medically )?reviewed|fact[- ]checked|edited|updated|illustrated|photographs?)\s+by\b.*$/i, "");
  // the label of a date cut off above (`By Lisa Jennings on Dec. 19, 2025`, `by Alison Plaut Updated
  // October 17, 2025`, `Craig McCarthy Last updated on 17 December 2025`); a name without a date
  // keeps its last word (`Audiophile On`)
  if (/\b(?:19|20)\d\d\b/.test(raw))
    s = s.replace(
      /(?:^|[.,;]?\s+)(?:last(?:\s+(?:updated|modified))?|(?:last\s+)?(?:updated|published|posted|modified)(?:\s+on)?|on)\s*:?$/i,
      "",
    );
  s = s.replace(ROLE_SUFFIX, "");
  const parts = s
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b|\by\b)\s*/i)
    .map((p) =>
      p
        .replace(ROLE_SUFFIX, "")
        .replace(/^by\s+/i, "")
        .trim(),
    )
    .filter(Boolean);
  const people = parts
    .map((p) => p.replace(new RegExp(`\\s+${ORG.source}$`, "i"), "").trim())
    .filter((p) => {
      const words = p.split(/\s+/).length;
      return (
        words >= 1 &&
        words <= 5 &&
        !/^(?:by|von|par|por)$/i.test(p) &&
        p.length <= 60 &&
        !NOT_NAME.test(p) &&
        !NOT_PERSON.test(p) &&
        !/[*{}<>=]/.test(p) &&
        !ORG.test(p) &&
        (HAS_UPPER.test(p[0] ?? "") || /^[a-z][a-z0-9_.-]{2,29}$/.test(p))
      );
    });
  return [...new Set(people)];
}

/**
 * People in a byline element. The whole text is read unless the element's own parts show that a
 * role or a date was glued to the name (`<a>Jane Doe</a><span>Staff Writer</span>` reads as
 * `Jane Doe Staff Writer`): then the first part that holds a name of two or more words.
 */
function fromParts(text: string, parts: string[] | undefined): string[] {
  if (parts && parts.length >= 2 && parts.some((p) => p.startsWith(","))) {
    // `<a>Jane Doe</a>, senior editor with 5+ years …`: each part led by a comma describes the name before it
    const named = parts
      .filter((p) => !p.startsWith(","))
      .flatMap(splitByline)
      .filter((n) => n.includes(" "));
    if (named.length) return [...new Set(named)];
  }
  const whole = splitByline(text);
  if (!parts || parts.length < 2) return whole;
  let first: string[] = [];
  for (const p of parts) {
    first = splitByline(p);
    if (first.length) break;
  }
  if (!first.length) return whole;
  if (!whole.length) return first.filter((n) => n.includes(" "));
  const [w] = whole;
  const [f] = first;
  if (first.length === 1 && f!.includes(" ") && w !== f && w!.startsWith(`${f} `)) return first;
  return whole;
}

/** `Roy, Aniruddha` → `Aniruddha Roy` (one comma between a surname and given names). */
function invertName(v: string): string {
  const m = SURNAME_COMMA_GIVEN.exec(v);
  return m ? `${m[2]} ${m[1]}` : v;
}

/**
 * Authors from JSON-LD, author meta tags, then byline elements; first source that yields people wins,
 * except that an organisation named by the metadata gives way to a person in the page's byline.
 */
export function pickByline(m: PageMeta, ld: LdArticle | null, orgs: string[] = []): { byline: string[]; method: string } {
  const org = new Set(orgs.filter(Boolean).map((o) => o.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "")));
  // the page's own name is accepted as the byline only from metadata (an organisation can sign a
  // post); a byline element that just repeats the site name is usually the logo
  const people = (names: string[]) => names;
  const notSite = (names: string[]) => names.filter((n) => !org.has(n.toLowerCase().replace(NOT_LETTER_OR_DIGIT, "")));
  const isSite = (n: string) => org.has(n.toLowerCase().replace(NOT_LETTER_OR_DIGIT, ""));
  // an organisation in the metadata (the site itself, or typed Organization) gives way to a person
  // the page shows in its byline
  const orOnPage = (names: string[], method: string, orgOnly: boolean) => {
    if (orgOnly || names.every(isSite)) {
      const shown = shownPeople(m, isSite);
      if (shown) return shown;
    }
    return { byline: names, method };
  };
  if (ld) {
    const raw = ld.obj.author ?? ld.obj.creator;
    const list = Array.isArray(raw) ? raw : [raw];
    const names = people(list.flatMap((a) => (isOrg(a) ? orgName(a) : ldNames(a).flatMap(splitByline))));
    if (names.length) return orOnPage(names, "json-ld:author", list.every(isOrg));
  }
  // scholarly pages list each author in a `citation_author` tag of its own, `Last, First`
  for (const k of ["citation_author", "citation_authors"]) {
    const names = (m.metas.get(k) ?? []).map(invertName).flatMap(splitByline);
    if (names.length) return { byline: [...new Set(names)], method: `meta[${k}]` };
  }
  const meta = firstMeta(m, [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "twitter:creator",
    "cxenseparse:author",
  ]);
  if (meta) {
    const names = people(splitByline(meta.value));
    if (names.length) return orOnPage(names, `meta[${meta.key}]`, false);
  }
  for (const a of m.authors) {
    if (/\bsays:?$/i.test(a.text.trim())) continue; // a comment's author
    const names = notSite(fromParts(a.text, a.parts));
    if (names.length) return { byline: names, method: a.how };
  }
  // `twitter:label1 = Written by`, `twitter:data1 = Jane Doe` (WordPress SEO plugins)
  for (let i = 1; i <= 4; i++) {
    const label = m.metas.get(`twitter:label${i}`)?.[0];
    const data = m.metas.get(`twitter:data${i}`)?.[0];
    if (label && data && /^(?:written by|author)$/i.test(label.trim())) {
      const names = splitByline(data);
      if (names.length) return { byline: names, method: `meta[twitter:data${i}]` };
    }
  }
  // `By …` lines without byline markup: only capitalised names of two or more words (menus say
  // `BY USE CASE` or `By Category`, forms `By submitting, you …`)
  for (const l of m.byLines) {
    if (l.menu) continue;
    const names = notSite(fromParts(l.text, l.parts)).filter(
      (n) => UPPER_FIRST.test(n) && n !== n.toUpperCase() && n.includes(" ") && !/[.!?]$/.test(n),
    );
    if (names.length) return { byline: names, method: "by-line" };
  }
  return { byline: [], method: "none" };
}

/** A person's name: two to four capitalised words. */
const PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * People in the page's byline elements (names of two to four capitalised words), or null; null
 * too when the first byline element names the site itself (the page confirms the organisation).
 */
function shownPeople(m: PageMeta, isSite: (n: string) => boolean): { byline: string[]; method: string } | null {
  for (const a of m.authors) {
    if (/\bsays:?$/i.test(a.text.trim())) continue; // a comment's author
    const names = fromParts(a.text, a.parts);
    if (!names.length) continue;
    if (names.every(isSite)) return null;
    const people = names.filter((n) => !isSite(n) && PERSON.test(n));
    if (people.length) return { byline: people, method: a.how };
  }
  // a `By Jane Doe` line without byline markup
  for (const l of m.byLines) {
    if (l.menu) continue;
    const people = fromParts(l.text, l.parts).filter((n) => !isSite(n) && PERSON.test(n) && n !== n.toUpperCase());
    if (people.length) return { byline: people, method: "by-line" };
  }
  return null;
}

/** Whether a JSON-LD author is an organisation (`{"@type": "Organization", …}`). */
function isOrg(v: unknown): boolean {
  const t = v && typeof v === "object" ? (v as Record<string, unknown>)["@type"] : undefined;
  return (Array.isArray(t) ? t : [t]).some((x) => typeof x === "string" && /Organi[sz]ation|Corporation|GovernmentOrganization/.test(x));
}

/** An organisation signs as a whole: `Center for Drug Evaluation and Research` is not split at `and`. */
function orgName(v: unknown): string[] {
  const n = normalizeSpaces(ldNames(v)[0] ?? "");
  return n && n.split(" ").length <= 8 && !NOT_NAME.test(n) ? [n] : [];
}
