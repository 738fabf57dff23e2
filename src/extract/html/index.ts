import type { Media, Message } from "../../model/index.js";
import { latin1, utf8, utf8At } from "../decode/bytes.js";
import type { Draft } from "../post/finish.js";
import { blockKey, normalizeSpaces } from "../post/whitespace.js";
import { collectBlocks, Deadline, survey } from "./blocks.js";
import { selectBody } from "./body.js";
import { parseHtml } from "./dom.js";
import { pickByline, splitByline } from "./meta/byline.js";
import { collectMeta, firstMeta } from "./meta/collect.js";
import { pickModified, pickPublished } from "./meta/date.js";
import { ldArticle, ldPublisher, str } from "./meta/jsonld.js";
import { pickTitle } from "./meta/title.js";
import { originalDate, visibleHeaderDates } from "./meta/visible-date.js";
import { stripInert, stripInertBytes } from "./prep.js";
import { countWords, heaviestDropped, pickMain, within } from "./score.js";
import { isStreamed, markSuspense, resolveStreamed } from "./streamed.js";

export interface HtmlOptions {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
  /** Epoch ms after which the page is abandoned with a `time-limit` message. */
  deadline: number;
  id: string;
}

/**
 * HTML → Draft: metadata from JSON-LD/meta/markup, body from the best-scoring content container.
 * `html` is the text, or valid UTF-8 bytes (`Decoded.raw`), decoded after the inert markup is cut.
 */
export function extractHtml(html: string | Uint8Array, o: HtmlOptions): Draft {
  const messages: Message[] = [];
  const methods: Record<string, string> = {};
  // streamed pages (looked for in the stripped page, half the size) are stripped again with their boundary ends kept
  let lean: string;
  let jsonld: string[];
  let streamed: boolean;
  if (typeof html === "string") {
    let cut = stripInert(html);
    streamed = isStreamed(cut.html);
    if (streamed) cut = stripInert(markSuspense(html));
    ({ html: lean, jsonld } = cut);
  } else {
    const cut = stripInertBytes(html);
    streamed = isStreamed(cut.html);
    if (streamed) {
      // (rare) the suspense markers are kept on the Latin-1 reading of the bytes, then decoded
      const again = stripInert(markSuspense(latin1(html)));
      lean = utf8(again.html);
      jsonld = again.jsonld.map(utf8);
    } else {
      lean = utf8At(cut.html);
      jsonld = cut.jsonld;
    }
  }
  const doc = parseHtml(lean);
  if (streamed) resolveStreamed(doc);
  const meta = collectMeta(doc, jsonld);
  const ld = meta.jsonld.length ? ldArticle(meta.jsonld) : null;

  const site = firstMeta(meta, ["og:site_name", "application-name", "twitter:site", "publisher"]);
  const siteName = site && !site.value.startsWith("@") ? normalizeSpaces(site.value) : ld ? ldPublisher(ld) : undefined;
  if (siteName) methods.siteName = site && !site.value.startsWith("@") ? `meta[${site.key}]` : "json-ld:publisher";

  const t = o.title ? { title: o.title, method: "hint" } : pickTitle(meta, ld, siteName);
  methods.title = t.method;

  let blocks: ReturnType<typeof collectBlocks>;
  let main0: ReturnType<typeof pickMain>;
  try {
    const sv = survey(doc);
    blocks = collectBlocks(doc, o.deadline, undefined, sv);
    // when a class-based rule dropped a subtree holding far more prose than the chosen main
    // content, the rule misfired (e.g. a theme's `widget` wrapper): retry without it
    let picked = pickMain(blocks);
    const root = heaviestDropped(blocks);
    if (root && root.weight > 2 * picked.score + 30) {
      const again = collectBlocks(doc, o.deadline, new Set(root.els), sv);
      const p2 = pickMain(again);
      if (p2.score > picked.score) {
        blocks = again;
        picked = p2;
        methods.body = `kept-dropped(${root.kind})`;
      }
    }
    main0 = picked;
  } catch (err) {
    if (!(err instanceof Deadline)) throw err;
    messages.push({
      stage: "extract",
      code: "time-limit",
      reason: `${o.id}: extraction passed its time limit; page skipped`,
      severity: "error",
    });
    return { title: t.title, paragraphs: [], notArticle: true, messages, methods };
  }
  const { main, weights } = main0;
  const body = main
    ? selectBody(blocks, weights, main, t.title)
    : { paragraphs: [], removed: [], media: [] as Media[], dateLines: [], bylineLines: [] };

  const by = pickByline(meta, ld, [siteName ?? "", ld ? (ldPublisher(ld) ?? "") : ""]);
  let byline = by.byline;
  if (byline.length) methods.byline = by.method;
  else
    for (const l of body.bylineLines) {
      byline = splitByline(l);
      if (byline.length) {
        methods.byline = "byline-line";
        break;
      }
    }

  const url = o.url ?? meta.canonical ?? firstMeta(meta, ["og:url"])?.value;
  const mainStart = main ? blocks.findIndex((b) => within(b.container, main)) : -1;
  let published = pickPublished(meta, ld, visibleHeaderDates(blocks, t.title, mainStart), url, originalDate(blocks));
  if (!published && o.published) published = { value: o.published, local: o.published, tz: null, method: "hint" };
  const modified = pickModified(meta, ld);

  // lead image: og:image / JSON-LD image, with the caption of the first figure when they agree
  const media = body.media;
  const img =
    firstMeta(meta, ["og:image", "twitter:image", "twitter:image:src"])?.value ??
    (ld ? str((ld.obj.image as { url?: unknown })?.url ?? ld.obj.image) : undefined);
  if (img) {
    if (media[0] && !media[0].url) media[0].url = img;
    else if (!media.length) media.push({ url: img });
  }

  const words = body.paragraphs.reduce((n, p) => n + countWords(p), 0);
  const ogType = firstMeta(meta, ["og:type"])?.value.toLowerCase();
  const signals = (ld?.type ? 1 : 0) + (ogType === "article" ? 1 : 0) + (published ? 1 : 0);
  let notArticle = false;
  if (
    words < 25 ||
    (words < 120 && signals === 0) ||
    (ogType && /^(?:website|profile|product)$/.test(ogType) && !ld?.type && words < 250)
  ) {
    notArticle = words < 120;
    if (notArticle)
      messages.push({
        stage: "extract",
        code: "no-article",
        reason: `${o.id}: no article found (${words} words of prose, ${signals} article signals)`,
        severity: "warning",
      });
  }

  const draft: Draft = {
    title: t.title,
    paragraphs: notArticle ? [] : body.paragraphs,
    byline,
    media,
    removed: body.removed,
    methods,
    published,
    modified,
    messages,
  };
  if (notArticle) draft.notArticle = true;
  if (siteName) draft.siteName = siteName;
  const publisher = ld ? ldPublisher(ld) : undefined;
  if (publisher) draft.publisher = publisher;
  if (o.source) draft.source = o.source;
  else if (publisher || siteName) draft.source = publisher ?? siteName;
  const lang = meta.lang ?? firstMeta(meta, ["og:locale", "content-language", "language", "dc.language"])?.value;
  if (lang) {
    draft.language = lang.replace("_", "-").split("-")[0]!.toLowerCase();
    methods.language = meta.lang ? "html[lang]" : "meta";
  }
  if (url) draft.url = url;
  if (meta.canonical) draft.canonicalUrl = meta.canonical;
  if (notArticle) draft.removed = [...(draft.removed ?? []), ...body.paragraphs.map((p) => ({ kind: "other" as const, text: p }))];
  void blockKey;
  return draft;
}
