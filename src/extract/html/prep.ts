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

const LT_SLASH = Buffer.from("</");
const COMMENT_END = Buffer.from("-->");
const SPACE = Buffer.from(" ");

/**
 * `stripInert` on valid UTF-8 bytes (the page undecoded): the same cuts, found with Buffer
 * indexOf (a memchr); only what is kept is decoded. Returns the kept bytes (markup is ASCII, so
 * `</name\s*>` and `type\s*=` are read on bytes, a multi-byte `\s` such as U+00A0 included).
 */
export function stripInertBytes(bytes: Uint8Array): { html: Buffer; jsonld: string[] } {
  const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const jsonld: string[] = [];
  for (let i = b.indexOf(60); i >= 0; ) {
    if (openerB(b, i, "script")) {
      const gt = b.indexOf(62, i);
      if (gt >= 0 && ldTypeB(b, i + 7, gt)) {
        const end = closerB(b, "script", gt + 1);
        if (end >= 0) {
          jsonld.push(b.toString("utf8", gt + 1, b.lastIndexOf(LT_SLASH, end - 2)));
          i = b.indexOf(60, end);
          continue;
        }
      }
    }
    i = b.indexOf(60, i + 1);
  }
  const kept: Buffer[] = [];
  let last = 0;
  for (let i = b.indexOf(60); i >= 0; ) {
    const c = b[i + 1];
    let end = -1;
    if (c === 115 || c === 83) {
      if (openerB(b, i, "script")) end = closerB(b, "script", i + 7);
      else if (openerB(b, i, "style")) end = closerB(b, "style", i + 6);
      else if (openerB(b, i, "svg")) end = closerB(b, "svg", i + 4);
    } else if (c === 33) {
      if (b[i + 2] === 45 && b[i + 3] === 45) {
        const j = b.indexOf(COMMENT_END, i + 4);
        if (j >= 0) end = j + 3;
      }
    } else if (c === 110 || c === 78) {
      if (openerB(b, i, "noscript")) end = closerB(b, "noscript", i + 9);
    }
    if (end >= 0) {
      kept.push(b.subarray(last, i), SPACE);
      last = end;
      i = b.indexOf(60, end);
    } else i = b.indexOf(60, i + 1);
  }
  if (last === 0) return { html: b, jsonld };
  kept.push(b.subarray(last));
  return { html: Buffer.concat(kept), jsonld };
}

function atB(b: Buffer, i: number, word: string): boolean {
  if (i < 0 || i + word.length > b.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = b[i + k]!;
    const w = word.charCodeAt(k);
    if (c !== w && (w < 97 || w > 122 || (c | 0x20) !== w)) return false;
  }
  return true;
}

/** Bytes of the `\s` char starting at `k` (0 when none): ASCII, or U+00A0, U+1680, U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000, U+FEFF in UTF-8. */
function spaceAt(b: Buffer, k: number): number {
  const c = b[k];
  if (c === undefined) return 0;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
  if (c === 0xc2) return b[k + 1] === 0xa0 ? 2 : 0;
  return c >= 0xe1 && c <= 0xef && isSpace3(c, b[k + 1]!, b[k + 2]!) ? 3 : 0;
}

/** Bytes of the `\s` char ending at `k` (0 when none). */
function spaceBefore(b: Buffer, k: number): number {
  const c = b[k];
  if (c === undefined) return 0;
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13) ? 1 : 0;
  if (c === 0xa0 && b[k - 1] === 0xc2) return 2;
  return k >= 2 && isSpace3(b[k - 2]!, b[k - 1]!, c) ? 3 : 0;
}

function isSpace3(x: number, y: number, z: number): boolean {
  if (x === 0xe2 && y === 0x80) return (z >= 0x80 && z <= 0x8a) || z === 0xa8 || z === 0xa9 || z === 0xaf;
  return (
    (x === 0xe1 && y === 0x9a && z === 0x80) ||
    (x === 0xe2 && y === 0x81 && z === 0x9f) ||
    (x === 0xe3 && y === 0x80 && z === 0x80) ||
    (x === 0xef && y === 0xbb && z === 0xbf)
  );
}

function openerB(b: Buffer, i: number, name: string): boolean {
  return atB(b, i + 1, name) && !isWord(b[i + 1 + name.length] ?? -1);
}

function closerB(b: Buffer, name: string, from: number): number {
  for (let j = b.indexOf(LT_SLASH, from); j >= 0; j = b.indexOf(LT_SLASH, j + 1)) {
    if (!atB(b, j + 2, name)) continue;
    let k = j + 2 + name.length;
    for (let n = spaceAt(b, k); n > 0; n = spaceAt(b, k)) k += n;
    if (b[k] === 62) return k + 1;
  }
  return -1;
}

function ldTypeB(b: Buffer, from: number, gt: number): boolean {
  for (let eq = b.indexOf(61, from); eq >= 0 && eq < gt; eq = b.indexOf(61, eq + 1)) {
    let k = eq - 1;
    for (let n = spaceBefore(b, k); n > 0 && k - n + 1 >= from; n = spaceBefore(b, k)) k -= n;
    if (k - 3 < from || !atB(b, k - 3, "type")) continue;
    k = eq + 1;
    for (let n = spaceAt(b, k); n > 0; n = spaceAt(b, k)) k += n;
    const q = b[k];
    if (q === 34 || q === 39) k++;
    if (k + 19 <= gt && atB(b, k, "application/ld+json")) return true;
  }
  return false;
}
