import { isUtf8 } from "node:buffer";
import { gunzipSync } from "node:zlib";
import iconv from "iconv-lite";
import type { Message } from "../../model/index.js";

export interface Decoded {
  text: string;
  /** The encoding used, lower case (`utf-8`, `windows-1251`, `gbk`). */
  encoding: string;
  /** Where the encoding came from: `bom`, `http-header`, `meta`, `xml-declaration`, `utf8-valid`, `fallback`. */
  method: string;
  messages: Message[];
  /**
   * Set when `decodeBytes` was asked for `raw` and the page is valid UTF-8: the bytes, left
   * undecoded (`text` is then empty). Markup is ASCII, so the HTML prep cuts the inert half on
   * the bytes and decodes only what it keeps.
   */
  raw?: Uint8Array;
}

/** Latin-1 text holding UTF-8 bytes → the text. */
export function utf8(latin1: string): string {
  return Buffer.from(latin1, "latin1").toString("utf8");
}

const ALIASES: Record<string, string> = {
  "x-sjis": "shift_jis",
  sjis: "shift_jis",
  "x-gbk": "gbk",
  gb2312: "gbk",
  "iso-8859-1": "windows-1252",
  latin1: "windows-1252",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "x-euc-jp": "euc-jp",
  utf8: "utf-8",
  unicode: "utf-8",
};

function canonical(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, "");
  const name = Object.hasOwn(ALIASES, l) ? ALIASES[l]! : l;
  return iconv.encodingExists(name) ? name : undefined;
}

/** Inflates gzip bytes (`1f 8b`), refusing to grow past `maxBytes`. */
export function inflate(bytes: Uint8Array, maxBytes: number, messages: Message[], id: string): Uint8Array {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  // one output chunk of the size the gzip trailer states (ISIZE, the length mod 2^32) instead of
  // 16 KB chunks joined at the end; a wrong trailer (a cut file) only makes the chunks differ in size
  const n = bytes.length;
  const isize = n >= 18 ? (bytes[n - 4]! | (bytes[n - 3]! << 8) | (bytes[n - 2]! << 16) | (bytes[n - 1]! << 24)) >>> 0 : 0;
  const chunkSize = Math.max(64, Math.min(isize + 1, maxBytes + 1, 64 * n));
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes, chunkSize });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE") {
      messages.push({
        stage: "extract",
        code: "too-large",
        reason: `${id}: inflated page exceeds ${maxBytes} bytes; cut`,
        severity: "warning",
      });
    } else {
      messages.push({
        stage: "extract",
        code: "truncated",
        reason: `${id}: gzip stream is damaged or cut short (${(err as Error).message}); decoded what could be read`,
        severity: "warning",
      });
    }
    // salvage what inflates: streaming-style partial output via the sync flush option
    try {
      return gunzipSync(bytes, { finishFlush: 2 /* Z_SYNC_FLUSH */, maxOutputLength: maxBytes, chunkSize });
    } catch {
      return new Uint8Array();
    }
  }
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 4096))).toString("latin1");
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(head);
  return m?.[1];
}

/**
 * Bytes → string. Order: BOM, HTTP header charset, `<meta charset>`, XML declaration, valid UTF-8, windows-1252.
 * `raw`: a valid UTF-8 page is not decoded (see `Decoded.raw`).
 */
export function decodeBytes(bytes: Uint8Array, contentType: string | undefined, id: string, raw = false): Decoded {
  const messages: Message[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: loose.decode(bytes.subarray(3)), encoding: "utf-8", method: "bom", messages };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "utf-16le", method: "bom", messages };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be", method: "bom", messages };
  const fromHeader = canonical(/charset=([^;\s]+)/i.exec(contentType ?? "")?.[1]);
  const fromMeta = fromHeader ? undefined : canonical(metaCharset(bytes));
  const xml =
    fromHeader || fromMeta
      ? undefined
      : canonical(/^<\?xml[^>]+encoding=["']([\w.-]+)/.exec(Buffer.from(bytes.subarray(0, 200)).toString("latin1"))?.[1]);
  const declared = fromHeader ?? fromMeta ?? xml;
  const method = fromHeader ? "http-header" : fromMeta ? "meta" : "xml-declaration";
  if (declared && declared !== "utf-8") {
    // a page that declares a legacy charset but is valid UTF-8 with non-ASCII bytes is UTF-8 (a common CMS slip)
    const asUtf8 = hasHighBytes(bytes) ? tryUtf8(bytes, raw) : null;
    if (asUtf8 !== null) {
      messages.push({
        stage: "extract",
        code: "encoding-mismatch",
        reason: `${id}: declares ${declared} but is valid UTF-8; read as UTF-8`,
        severity: "info",
      });
      return typeof asUtf8 === "string"
        ? { text: asUtf8, encoding: "utf-8", method: "utf8-valid", messages }
        : { text: "", raw: asUtf8, encoding: "utf-8", method: "utf8-valid", messages };
    }
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), declared),
      encoding: declared,
      method,
      messages,
    };
  }
  if (declared === "utf-8") {
    if (raw && isUtf8(bytes)) return { text: "", raw: bytes, encoding: "utf-8", method, messages };
    return { text: loose.decode(bytes), encoding: "utf-8", method, messages };
  }
  const text = tryUtf8(bytes, raw);
  if (typeof text === "string") return { text, encoding: "utf-8", method: "utf8-valid", messages };
  if (text !== null) return { text: "", raw: text, encoding: "utf-8", method: "utf8-valid", messages };
  messages.push({
    stage: "extract",
    code: "encoding-guessed",
    reason: `${id}: no charset declared and not UTF-8; read as windows-1252`,
    severity: "warning",
  });
  return {
    text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "windows-1252"),
    encoding: "windows-1252",
    method: "fallback",
    messages,
  };
}

function hasHighBytes(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! >= 0x80) return true;
  return false;
}

const strict = new TextDecoder("utf-8", { fatal: true });
const loose = new TextDecoder("utf-8");
/** The text when the bytes are valid UTF-8 (a sequence cut at the very end is forgiven), else null; `raw`: the bytes, undecoded. */
function tryUtf8(b: Uint8Array, raw: boolean): string | Uint8Array | null {
  const whole = b.length > 4 ? b.subarray(0, trimPartial(b)) : b;
  if (raw) return isUtf8(whole) ? whole : null;
  try {
    return strict.decode(whole);
  } catch {
    return null;
  }
}

/** Bytes read as Latin-1 (one char per byte). */
export function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("latin1");
}

/** Bytes [start, end) decoded as UTF-8. */
export function utf8At(b: Uint8Array, start = 0, end = b.length): string {
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString("utf8", start, end);
}

/** Length without a trailing incomplete UTF-8 sequence. */
function trimPartial(b: Uint8Array): number {
  let i = b.length - 1;
  let back = 0;
  while (i >= 0 && back < 4 && (b[i]! & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i < 0) return b.length;
  const lead = b[i]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return need > back + 1 ? i : b.length;
}
