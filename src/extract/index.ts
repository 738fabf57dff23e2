import type { Article, Message, Page } from "../model/index.js";
import { decodeBytes, inflate, utf8At } from "./decode/bytes.js";
import { looksLikeHtml } from "./decode/sniff.js";
import { extractHtml } from "./html/index.js";
import { finish } from "./post/finish.js";
import { extractText } from "./text/index.js";

export interface ExtractContext {
  /** Per-page time limit in ms (default 5000). */
  timeoutMs?: number;
  /** Largest page (after inflating) read, in bytes (default 8 MB); longer pages are cut and flagged. */
  maxBytes?: number;
}

/** Page → Article. Chooses the HTML or the plain-text path by content type and sniffing. */
export function extract(page: Page, ctx: ExtractContext = {}): Article {
  const maxBytes = ctx.maxBytes ?? 8 * 1024 * 1024;
  const messages: Message[] = [];
  let bytes = inflate(page.bytes, maxBytes, messages, page.id);
  if (bytes.length > maxBytes) {
    messages.push({
      stage: "extract",
      code: "too-large",
      reason: `${page.id}: page is ${bytes.length} bytes; only the first ${maxBytes} were read`,
      severity: "warning",
    });
    bytes = bytes.subarray(0, maxBytes);
  }
  // a valid UTF-8 page stays undecoded until the HTML prep has cut its inert half
  const decoded = decodeBytes(bytes, page.contentType, page.id, true);
  messages.push(...decoded.messages);
  const hints = {
    ...(page.hints?.title ? { title: page.hints.title } : {}),
    ...(page.hints?.published ? { published: page.hints.published } : {}),
    ...(page.hints?.source ? { source: page.hints.source } : {}),
    ...(page.url ? { url: page.url } : {}),
  };
  // the sniff reads at most 2048 chars: 8192 bytes always decode to more
  const { raw } = decoded;
  const html = looksLikeHtml(raw ? utf8At(raw, 0, Math.min(raw.length, 8192)) : decoded.text, page.contentType);
  const draft = html
    ? extractHtml(raw ?? decoded.text, { ...hints, deadline: Date.now() + (ctx.timeoutMs ?? 5000), id: page.id })
    : extractText(raw ? utf8At(raw) : decoded.text, hints);
  draft.messages = [...messages, ...(draft.messages ?? [])];
  draft.methods = { ...(draft.methods ?? {}), encoding: `${decoded.encoding} (${decoded.method})` };
  if (!draft.url && page.url) draft.url = page.url;
  return finish(draft);
}
