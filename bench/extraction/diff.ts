/** Dev tool: shows, for one benchmark page, our paragraphs not in the truth (+) and truth lines we missed (-). */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction");
const [set, id] = process.argv.slice(2) as [string, string];
let truth: string;
let url: string | undefined;
let file: string;
if (set === "zyte") {
  const g = JSON.parse(readFileSync(join(DATA, "zyte/ground-truth.json"), "utf8"))[id];
  truth = g.articleBody;
  url = g.url;
  file = join(DATA, "zyte/html", `${id}.html.gz`);
} else {
  const j = JSON.parse(readFileSync(join(DATA, "wcxb-dev/ground-truth", `${id}.json`), "utf8"));
  truth = j.ground_truth.main_content;
  url = j.url;
  file = join(DATA, "wcxb-dev/html", `${id}.html.gz`);
  console.log("gold meta:", j.ground_truth.title, "|", j.ground_truth.author, "|", j.ground_truth.publish_date);
}
const a = extract({ id, bytes: readFileSync(file), url, contentType: "text/html" });
console.log(
  "ours meta:",
  a.title,
  "|",
  a.byline.join(", "),
  "|",
  a.published?.value,
  a.published?.method,
  a.notArticle ? "NOT ARTICLE" : "",
);
const norm = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
const T = norm(truth);
const A = norm(a.text);
for (const p of a.paragraphs) console.log(T.includes(norm(p)) ? "  " : "+ ", p.slice(0, 160));
for (const l of truth.split(/\n+/)) if (l.trim() && !A.includes(norm(l))) console.log("- ", l.slice(0, 160));
if (process.argv.includes("--removed")) for (const r of a.removed) console.log(`  [${r.kind}]`, r.text.slice(0, 100));
