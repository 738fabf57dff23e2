import { parseDocument } from "htmlparser2";

const BLOCK =
  /^(?:p|div|section|article|main|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|tr|td|th|figure|figcaption|header|footer|aside|nav|br|hr|address)$/;

/** Block-aware text of an HTML fragment (a newline at each block boundary), for Readability's output. */
export function htmlToText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  let out = "";
  const walk = (n: { type: string; data?: string; name?: string; children?: unknown[] }) => {
    if (n.type === "text") out += n.data;
    else if (n.children) {
      const block = n.name ? BLOCK.test(n.name) : false;
      if (block) out += "\n";
      for (const c of n.children) walk(c as typeof n);
      if (block) out += "\n";
    }
  };
  walk(doc as unknown as Parameters<typeof walk>[0]);
  return out
    .replace(/[ \t]+/g, " ")
    .replace(/\n\s*\n+/g, "\n\n")
    .trim();
}
