/**
 * Extraction benchmark: Dateline's extractor vs @mozilla/readability on linkedom, side by side in one
 * run, over ../shared/data/extraction/zyte (181 pages, MIT) and wcxb-dev (793 article pages, CC BY 4.0).
 * Pages are split in two by a hash of their id: `dev` (rules were tuned looking at these) and
 * `held-out` (not looked at while writing rules). Usage: npx tsx bench/extraction/run.ts [--limit N] [--only ours|readability]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeBytes } from "../../src/extract/decode/bytes.js";
import { extract } from "../../src/extract/index.js";
import { htmlToText } from "./html-text.js";
import { authorExact, authorF1, normTitle, snippetRate, wcxbF1, type ZytePage, zytePage, zyteScore } from "./metrics.js";

const here = dirname(fileURLToPath(import.meta.url));
const DATA = join(here, "../../../shared/data/extraction");
if (!existsSync(DATA)) {
  console.error(`bench/extraction: ${DATA} is absent (it holds the Zyte and WCXB pages); nothing to measure.`);
  process.exit(0);
}
const args = process.argv.slice(2);
const limit = args.includes("--limit") ? Number(args[args.indexOf("--limit") + 1]) : Number.POSITIVE_INFINITY;
const dump = args.includes("--dump") ? args[args.indexOf("--dump") + 1] : undefined;

interface Item {
  set: "zyte" | "wcxb";
  id: string;
  bytes: Buffer;
  url?: string;
  body: string;
  title?: string;
  author?: string;
  date?: string;
  with?: string[];
  without?: string[];
  split: "dev" | "held-out";
}
const split = (id: string): "dev" | "held-out" => (createHash("sha1").update(id).digest()[0]! % 2 === 0 ? "dev" : "held-out");

function load(): Item[] {
  const items: Item[] = [];
  const zgt = JSON.parse(readFileSync(join(DATA, "zyte/ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  for (const [id, g] of Object.entries(zgt)) {
    const f = join(DATA, "zyte/html", `${id}.html.gz`);
    if (existsSync(f)) items.push({ set: "zyte", id, bytes: readFileSync(f), url: g.url, body: g.articleBody, split: split(`zyte:${id}`) });
  }
  for (const f of readdirSync(join(DATA, "wcxb-dev/ground-truth")).sort()) {
    const j = JSON.parse(readFileSync(join(DATA, "wcxb-dev/ground-truth", f), "utf8"));
    const id = f.replace(/\.json$/, "");
    const g = j.ground_truth;
    const h = join(DATA, "wcxb-dev/html", `${id}.html.gz`);
    if (!existsSync(h)) continue;
    items.push({
      set: "wcxb",
      id,
      bytes: readFileSync(h),
      url: j.url,
      body: g.main_content ?? "",
      title: g.title ?? undefined,
      author: g.author ?? undefined,
      date: g.publish_date ?? undefined,
      with: g.with ?? [],
      without: g.without ?? [],
      split: split(`wcxb:${id}`),
    });
  }
  return items.slice(0, limit);
}

interface Out {
  text: string;
  textPlain?: string;
  title?: string;
  author?: string;
  date?: string;
  ms: number;
  /** CPU time of the process while the page ran (ms): less skewed than wall time on a loaded machine. */
  cpu?: number;
}

function withCpu(f: (it: Item) => Out): (it: Item) => Out {
  return (it) => {
    const c0 = process.cpuUsage();
    const o = f(it);
    const c = process.cpuUsage(c0);
    o.cpu = (c.user + c.system) / 1000;
    return o;
  };
}

const runOurs = withCpu(function runOurs(it: Item): Out {
  const t0 = performance.now();
  const a = extract({ id: it.id, bytes: it.bytes, url: it.url, contentType: "text/html" });
  const ms = performance.now() - t0;
  return { text: a.text, title: a.title, author: a.byline.join(", "), date: a.published?.value?.slice(0, 10), ms };
});

const runReadability = withCpu(function runReadability(it: Item): Out {
  const t0 = performance.now();
  const html = decodeBytes(gunzipSync(it.bytes), "text/html", it.id).text;
  let out: Out;
  try {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as Document).parse();
    const ms = performance.now() - t0;
    out = {
      text: r?.content ? htmlToText(r.content) : "",
      textPlain: r?.textContent ?? "",
      title: r?.title ?? undefined,
      author: r?.byline ?? undefined,
      date: r?.publishedTime?.slice(0, 10) ?? undefined,
      ms,
    };
  } catch {
    out = { text: "", textPlain: "", ms: performance.now() - t0 };
  }
  return out;
});

interface Row {
  it: Item;
  out: Out;
}

function summarize(rows: Row[], plain = false) {
  const z = rows.filter((r) => r.it.set === "zyte");
  const w = rows.filter((r) => r.it.set === "wcxb");
  const zp: ZytePage[] = z.map((r) => zytePage(plain && r.out.textPlain !== undefined ? r.out.textPlain : r.out.text, r.it.body));
  const zs = zyteScore(zp);
  const f1s = w.map((r) => wcxbF1(r.out.text, r.it.body));
  let wh = 0,
    wn = 0,
    oh = 0,
    on = 0;
  for (const r of w) {
    const a = snippetRate(r.out.text, r.it.with ?? []);
    const b = snippetRate(r.out.text, r.it.without ?? []);
    wh += a.hit;
    wn += a.n;
    oh += b.hit;
    on += b.n;
  }
  const titled = w.filter((r) => r.it.title);
  const authored = w.filter((r) => r.it.author);
  const dated = w.filter((r) => r.it.date);
  const undated = w.filter((r) => !r.it.date);
  const mean = (a: number[]) => (a.length ? a.reduce((s, v) => s + v, 0) / a.length : 0);
  return {
    n: rows.length,
    zyte: { ...zs, n: z.length },
    wcxbF1: mean(f1s),
    with: wn ? wh / wn : 0,
    without: on ? oh / on : 0,
    title: mean(titled.map((r) => (normTitle(r.out.title) === normTitle(r.it.title) ? 1 : 0))),
    author: mean(authored.map((r) => (authorExact(r.out.author ?? "", r.it.author!) ? 1 : 0))),
    authorF1: mean(authored.map((r) => (authorF1(r.out.author ?? "", r.it.author!) >= 0.5 ? 1 : 0))),
    date: mean(dated.map((r) => (r.out.date === r.it.date!.slice(0, 10) ? 1 : 0))),
    invented: mean(undated.map((r) => (r.out.date ? 1 : 0))),
    nDated: dated.length,
    nUndated: undated.length,
  };
}

function timing(rows: Row[]) {
  const ms = rows.map((r) => r.out.ms).sort((a, b) => a - b);
  const total = ms.reduce((s, v) => s + v, 0);
  const cpu = rows.reduce((s, r) => s + (r.out.cpu ?? 0), 0);
  return {
    pps: rows.length / (total / 1000),
    cpps: rows.length / (cpu / 1000),
    median: ms[Math.floor(ms.length / 2)] ?? 0,
    p99: ms[Math.floor(ms.length * 0.99)] ?? 0,
  };
}

const items = load();
console.error(`loaded ${items.length} pages`);
// warm up both (JIT, module init)
for (const it of items.slice(0, 5)) {
  runOurs(it);
  runReadability(it);
}
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
global.gc?.();
const rss0 = process.memoryUsage().rss;
let peakOurs = rss0;
const ours: Row[] = [];
for (const it of items) {
  ours.push({ it, out: runOurs(it) });
  peakOurs = Math.max(peakOurs, process.memoryUsage().rss);
}
global.gc?.();
const rss1 = process.memoryUsage().rss;
let peakRead = rss1;
const read: Row[] = [];
if (only !== "ours")
  for (const it of items) {
    read.push({ it, out: runReadability(it) });
    peakRead = Math.max(peakRead, process.memoryUsage().rss);
  }

if (dump) {
  const { writeFileSync } = await import("node:fs");
  writeFileSync(
    dump,
    ours
      .map((r) =>
        JSON.stringify({
          set: r.it.set,
          id: r.it.id,
          split: r.it.split,
          ...r.out,
          gold: { title: r.it.title, author: r.it.author, date: r.it.date },
          z: r.it.set === "zyte" ? zytePage(r.out.text, r.it.body) : undefined,
          f1: r.it.set === "wcxb" ? wcxbF1(r.out.text, r.it.body) : undefined,
        }),
      )
      .join("\n"),
  );
}

const f = (x: number, d = 3) => x.toFixed(d);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const lines: string[] = [];
const p = (s = "") => lines.push(s);
for (const part of ["all", "dev", "held-out"] as const) {
  const sel = (rows: Row[]) => (part === "all" ? rows : rows.filter((r) => r.it.split === part));
  const a = summarize(sel(ours));
  const b = read.length ? summarize(sel(read)) : null;
  const bp = read.length ? summarize(sel(read), true) : null;
  p(`### ${part} (${a.n} pages: Zyte ${a.zyte.n}, WCXB ${a.n - a.zyte.n}; WCXB dated ${a.nDated}, undated ${a.nUndated})`);
  p();
  p("| metric | Dateline | Readability+linkedom | ratio |");
  p("|---|---|---|---|");
  const row = (name: string, x: number, y: number | undefined, fmt: (v: number) => string) =>
    p(`| ${name} | ${fmt(x)} | ${y === undefined ? "—" : fmt(y)} | ${y ? (x / y).toFixed(2) : "—"} |`);
  row("Zyte precision", a.zyte.p, b?.zyte.p, f);
  row("Zyte recall", a.zyte.r, b?.zyte.r, f);
  row("Zyte F1", a.zyte.f1, b?.zyte.f1, f);
  row("Zyte F1 (Readability plain textContent)", a.zyte.f1, bp?.zyte.f1, f);
  row("Zyte accuracy", a.zyte.acc, b?.zyte.acc, f);
  row("WCXB word F1", a.wcxbF1, b?.wcxbF1, (v) => f(v, 4));
  row("WCXB with[] found", a.with, b?.with, pct);
  row("WCXB without[] kept (lower is better)", a.without, b?.without, pct);
  row("title exact", a.title, b?.title, pct);
  row("author exact", a.author, b?.author, pct);
  row("author token-F1 ≥ 0.5", a.authorF1, b?.authorF1, pct);
  row("date correct (dated pages)", a.date, b?.date, pct);
  row("date invented (undated pages, lower is better)", a.invented, b?.invented, pct);
  p();
}
const ta = timing(ours);
const tb = read.length ? timing(read) : null;
p("### speed and memory (all pages, one process, one core)");
p();
p("| | Dateline | Readability+linkedom | ratio |");
p("|---|---|---|---|");
p(`| pages/s | ${ta.pps.toFixed(1)} | ${tb ? tb.pps.toFixed(1) : "—"} | ${tb ? (ta.pps / tb.pps).toFixed(2) : "—"} |`);
p(`| pages per CPU-second | ${ta.cpps.toFixed(1)} | ${tb ? tb.cpps.toFixed(1) : "—"} | ${tb ? (ta.cpps / tb.cpps).toFixed(2) : "—"} |`);
p(`| median ms/page | ${ta.median.toFixed(2)} | ${tb ? tb.median.toFixed(2) : "—"} | ${tb ? (ta.median / tb.median).toFixed(2) : "—"} |`);
p(`| p99 ms/page | ${ta.p99.toFixed(1)} | ${tb ? tb.p99.toFixed(1) : "—"} | |`);
p(`| peak RSS during run (MB) | ${(peakOurs / 1e6).toFixed(0)} | ${tb ? (peakRead / 1e6).toFixed(0) : "—"} | |`);
const loadAvg = (await import("node:os")).loadavg();
p();
p(`Load average during the run: ${loadAvg.map((x) => x.toFixed(1)).join(" / ")} on ${(await import("node:os")).cpus().length} cores.`);
console.log(lines.join("\n"));
