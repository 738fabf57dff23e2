/** The metadata stages run on one page's head and body, as extract/html runs them (for the meta tests). */
import { collectBlocks } from "../../src/extract/html/blocks.js";
import { parseHtml } from "../../src/extract/html/dom.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";
import { ldArticle } from "../../src/extract/html/meta/jsonld.js";
import { pickTitle } from "../../src/extract/html/meta/title.js";
import { visibleHeaderDates } from "../../src/extract/html/meta/visible-date.js";

export function page(head: string, body: string) {
  const doc = parseHtml(`<html><head>${head}</head><body>${body}</body></html>`);
  const meta = collectMeta(doc);
  const ld = meta.jsonld.length ? ldArticle(meta.jsonld) : null;
  const title = pickTitle(meta, ld);
  const blocks = collectBlocks(doc, Date.now() + 5000);
  const visible = visibleHeaderDates(blocks, title.title, -1);
  return { meta, ld, title, visible, blocks };
}
