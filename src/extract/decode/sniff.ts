/** Is this text HTML? By content type first, else by the first markup in the opening bytes. */
export function looksLikeHtml(text: string, contentType?: string): boolean {
  const ct = (contentType ?? "").toLowerCase();
  if (ct.includes("html") || ct.includes("xml")) return true;
  if (ct.startsWith("text/plain")) return false;
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (/^<(?:!doctype|html|head|body|\?xml|!--)/.test(head)) return true;
  return (head.match(/<\/?(?:div|p|span|a|meta|title|script|br|table|article|section)\b/g) ?? []).length >= 3;
}
