/**
 * Makes a plain-text scrape from a real HTML page, the way copying a rendered page yields it: every
 * visible text block of the whole page (navigation, body, footer) one per line, blank lines between.
 * Used to build text-path fixtures from real pages. Usage: npx tsx bench/extraction/make-text-scrape.ts page.html.gz > out.txt
 */
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../../src/extract/decode/bytes.js";
import { collectBlocks } from "../../src/extract/html/blocks.js";
import { parseHtml } from "../../src/extract/html/dom.js";
import { stripInert } from "../../src/extract/html/prep.js";

const file = process.argv[2]!;
let bytes: Uint8Array = readFileSync(file);
if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
const html = decodeBytes(bytes, "text/html", file).text;
const doc = parseHtml(stripInert(html).html);
const blocks = collectBlocks(doc, Date.now() + 60_000);
process.stdout.write(`${blocks.map((b) => b.text).join("\n\n")}\n`);
