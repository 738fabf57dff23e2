/**
 * Dev tool: where do missed body words go? For each `dev` page, gold lines we missed are looked up in
 * our `removed[]` (by kind) or counted as "unselected" (outside the chosen main content); our extra
 * paragraphs are counted too. Prints word totals per cause and the pages losing most to each.
 * Usage: npx tsx bench/extraction/miss-kinds.ts [zyte|wcxb]
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction");
const only = process.argv[2];
const norm = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
const words = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
const dev = (id: string) => createHash("sha1").update(id).digest()[0]! % 2 === 0;

const pages: { set: string; id: string; file: string; truth: string }[] = [];
if (only !== "wcxb") {
  const g = JSON.parse(readFileSync(join(DATA, "zyte/ground-truth.json"), "utf8")) as Record<string, { articleBody: string }>;
  for (const [id, v] of Object.entries(g))
    if (dev(`zyte:${id}`)) pages.push({ set: "zyte", id, file: join(DATA, "zyte/html", `${id}.html.gz`), truth: v.articleBody });
}
if (only !== "zyte")
  for (const f of readdirSync(join(DATA, "wcxb-dev/ground-truth")).sort()) {
    const id = f.replace(/\.json$/, "");
    if (!dev(`wcxb:${id}`)) continue;
    const j = JSON.parse(readFileSync(join(DATA, "wcxb-dev/ground-truth", f), "utf8"));
    pages.push({ set: "wcxb", id, file: join(DATA, "wcxb-dev/html", `${id}.html.gz`), truth: j.ground_truth.main_content ?? "" });
  }

const total = new Map<string, number>();
const worst = new Map<string, { id: string; n: number }[]>();
const add = (k: string, id: string, n: number) => {
  if (!n) return;
  total.set(k, (total.get(k) ?? 0) + n);
  const w = worst.get(k) ?? [];
  w.push({ id, n });
  worst.set(k, w);
};
for (const p of pages) {
  let a: ReturnType<typeof extract>;
  try {
    a = extract({ id: p.id, bytes: readFileSync(p.file), contentType: "text/html" });
  } catch {
    continue;
  }
  const ours = norm(a.text);
  const truth = norm(p.truth);
  const per = new Map<string, number>();
  for (const l of p.truth.split(/\n+/)) {
    const n = norm(l);
    if (!n || ours.includes(n)) continue;
    const r = a.removed.find((x) => norm(x.text).includes(n) || (n.length > 20 && n.includes(norm(x.text)) && norm(x.text).length > 10));
    const k = `miss:${r ? r.kind : "unselected"}`;
    per.set(k, (per.get(k) ?? 0) + words(l));
  }
  for (const para of a.paragraphs) if (!truth.includes(norm(para))) per.set("extra", (per.get("extra") ?? 0) + words(para));
  for (const [k, n] of per) add(k, `${p.set}:${p.id.slice(0, 16)}`, n);
}
for (const [k, n] of [...total].sort((x, y) => y[1] - x[1])) {
  const w = worst
    .get(k)!
    .sort((x, y) => y.n - x.n)
    .slice(0, 8)
    .map((x) => `${x.id}(${x.n})`);
  console.log(`${k.padEnd(18)} ${String(n).padStart(7)}  ${w.join(" ")}`);
}
