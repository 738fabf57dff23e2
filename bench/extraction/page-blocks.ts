/**
 * Dev tool: the blocks of one DEV WCXB page around its headline (text, drop kind) with the page's date
 * metadata, to see where a visible date or byline sits. Refuses held-out pages.
 * Usage: npx tsx bench/extraction/page-blocks.ts <id> [grep-regex]
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { decodeBytes } from "../../src/extract/decode/bytes.js";
import { collectBlocks } from "../../src/extract/html/blocks.js";
import { parseHtml } from "../../src/extract/html/dom.js";
import { collectMeta } from "../../src/extract/html/meta/collect.js";
import { stripInert } from "../../src/extract/html/prep.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction/wcxb-dev");
const [id, re] = process.argv.slice(2) as [string, string | undefined];
if (createHash("sha1").update(`wcxb:${id}`).digest()[0]! % 2 !== 0) {
  console.error("held-out page: not shown");
  process.exit(1);
}
const j = JSON.parse(readFileSync(join(DATA, "ground-truth", `${id}.json`), "utf8"));
console.log("gold:", j.ground_truth.title, "|", j.ground_truth.author, "|", j.ground_truth.publish_date, "|", j.url);
const html = decodeBytes(gunzipSync(readFileSync(join(DATA, "html", `${id}.html.gz`))), "text/html", id).text;
const { html: lean, jsonld } = stripInert(html);
const doc = parseHtml(lean);
const meta = collectMeta(doc, jsonld);
for (const [k, v] of meta.metas)
  if (/date|time|publish|modif|author|title|creat/i.test(k)) console.log("meta", k, JSON.stringify(v).slice(0, 200));
for (const t of meta.times.slice(0, 8)) console.log("time", JSON.stringify(t));
for (const o of meta.jsonld) console.log("ld", JSON.stringify(o).slice(0, 400));
const blocks = collectBlocks(doc, Date.now() + 10000);
const pat = re ? new RegExp(re, "i") : null;
blocks.forEach((b, i) => {
  if (pat && !pat.test(b.text)) return;
  if (!pat && b.chars > 200) return;
  console.log(String(i).padStart(4), b.heading ? "H" : " ", (b.drop ?? "").padEnd(10), b.tag.padEnd(8), b.text.slice(0, 160));
});
