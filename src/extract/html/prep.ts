/**
 * Before parsing: lift out JSON-LD blocks, then cut inert markup (scripts, styles, inline SVG,
 * comments, noscript) with linear scans. Large pages are mostly this; the parser then sees far less input.
 *
 * The scans step from `<` to `<` with indexOf and compare names char by char (any case), as the
 * regular expressions they replace matched (kept here as the definition):
 *   JSON-LD: /<script\b[^>]*?type\s*=\s*["']?application\/ld\+json[^>]*>([\s\S]*?)<\/script\s*>/gi
 *   inert:   /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>/gi
 * (a lazy `[\s\S]*?` steps char by char; indexOf does not). The JSON-LD scan looks at every
 * `<script`, inside comments too, like the expression did.
 */

/** Leaves markup that is only ASCII, so it runs on UTF-8 bytes read as Latin-1 too (`Decoded.raw`). */
export function stripInert(html: string): { html: string; jsonld: string[] } {
  const jsonld: string[] = [];
  for (let i = html.indexOf("<"); i >= 0; ) {
    if (opener(html, i, "script")) {
      const gt = html.indexOf(">", i);
      if (gt >= 0 && ldType(html, i + 7, gt)) {
        const end = closer(html, "script", gt + 1);
        if (end >= 0) {
          jsonld.push(html.slice(gt + 1, html.lastIndexOf("</", end - 2)));
          i = html.indexOf("<", end);
          continue;
        }
      }
    }
    i = html.indexOf("<", i + 1);
  }
  let out = "";
  let last = 0;
  for (let i = html.indexOf("<"); i >= 0; ) {
    const c = html.charCodeAt(i + 1);
    let end = -1;
    if (c === 115 || c === 83) {
      // s, S
      if (opener(html, i, "script")) end = closer(html, "script", i + 7);
      else if (opener(html, i, "style")) end = closer(html, "style", i + 6);
      else if (opener(html, i, "svg")) end = closer(html, "svg", i + 4);
    } else if (c === 33) {
      // !
      if (html.startsWith("!--", i + 1)) {
        const j = html.indexOf("-->", i + 4);
        if (j >= 0) end = j + 3;
      }
    } else if (c === 110 || c === 78) {
      // n, N
      if (opener(html, i, "noscript")) end = closer(html, "noscript", i + 9);
    }
    if (end >= 0) {
      out += `${html.slice(last, i)} `;
      last = end;
      i = html.indexOf("<", end);
    } else i = html.indexOf("<", i + 1);
  }
  return { html: last === 0 ? html : out + html.slice(last), jsonld };
}

/** Does `s` hold `word` (lower-case ASCII) at `i`, its letters in any case? */
function at(s: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(i + k);
    const w = word.charCodeAt(k);
    if (c !== w && (w < 97 || w > 122 || (c | 0x20) !== w)) return false;
  }
  return true;
}

/** `\w` of a regular expression. */
function isWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** `\s` of a regular expression. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0xfeff ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** `<name\b` at `i`. */
function opener(s: string, i: number, name: string): boolean {
  return at(s, i + 1, name) && !isWord(s.charCodeAt(i + 1 + name.length));
}

/** The end of the first `</name\s*>` at or after `from`, or -1. */
function closer(s: string, name: string, from: number): number {
  for (let j = s.indexOf("</", from); j >= 0; j = s.indexOf("</", j + 1)) {
    if (!at(s, j + 2, name)) continue;
    let k = j + 2 + name.length;
    while (k < s.length && isSpace(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) === 62) return k + 1;
  }
  return -1;
}

/** `type\s*=\s*["']?application/ld+json` inside [from, gt) of an open tag. */
function ldType(s: string, from: number, gt: number): boolean {
  for (let eq = s.indexOf("=", from); eq >= 0 && eq < gt; eq = s.indexOf("=", eq + 1)) {
    let k = eq - 1;
    while (k >= from && isSpace(s.charCodeAt(k))) k--;
    if (k - 3 < from || !at(s, k - 3, "type")) continue;
    k = eq + 1;
    while (isSpace(s.charCodeAt(k))) k++;
    const q = s.charCodeAt(k);
    if (q === 34 || q === 39) k++;
    if (k + 19 <= gt && at(s, k, "application/ld+json")) return true;
  }
  return false;
}
