/**
 * Events coded on the wider web: the whole pipeline (extract → analyse → code) over the 793 WCXB-dev
 * "article" pages (`../shared/data/extraction/wcxb-dev/html`, CC BY 4.0). They are blogs, guides, reviews,
 * shop pages and some news: most hold no international-relations event at all, so every event coded
 * here is one to read, and most are false. A precision probe outside news, not a gold set.
 *   npx tsx bench/events/web-pages.ts            counts, then every event (one line each, to diff)
 *   npx tsx bench/events/web-pages.ts --counts   counts only
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processPage } from "../../src/pipeline.js";

const DIR = join(import.meta.dirname, "../../../shared/data/extraction/wcxb-dev/html");
if (!existsSync(DIR)) {
  console.error(`web-pages: ${DIR} is absent (../shared/data is not part of a user's clone); nothing to measure`);
  process.exit(0);
}

const lines: string[] = [];
let pages = 0;
let withEvents = 0;
for (const f of readdirSync(DIR).sort()) {
  if (!f.endsWith(".html.gz")) continue;
  pages++;
  const { article, analysis } = processPage({ id: f, bytes: readFileSync(join(DIR, f)), contentType: "text/html" });
  const events = analysis.events.filter((e) => e.plover);
  if (events.length > 0) withEvents++;
  for (const e of events) {
    const side = (xs: typeof e.actor) => xs.map((x) => `${x.name}:${x.country}/${x.sector ?? ""}`).join("+") || "-";
    lines.push(
      `${f} | ${e.plover!.event} ${e.cameo.code} | ${side(e.actor)} -> ${side(e.recipient)} | «${e.evidence.trigger?.text ?? ""}» ${e.evidence.sentence.replace(/\s+/g, " ").slice(0, 240)} || ${(article.title ?? "").slice(0, 60)}`,
    );
  }
}
console.log(
  `${pages} WCXB pages: ${lines.length} PLOVER events on ${withEvents} pages (${((100 * lines.length) / pages).toFixed(1)} per 100 pages)`,
);
if (!process.argv.includes("--counts")) for (const l of lines) console.log(l);
