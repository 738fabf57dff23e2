/**
 * Events coded on the wider web: the whole pipeline (extract → analyse → code) over the 793 WCXB-dev
 * "article" pages (`../shared/data/extraction/wcxb-dev/html`, CC BY 4.0). They are blogs, guides, reviews,
 * shop pages and some news: most hold no international-relations event at all, so every event coded
 * here is one to read, and most are false. A precision probe outside news, not a gold set.
 * With `--zyte`, the 181 pages of the Zyte extraction benchmark (`../shared/data/extraction/zyte/html`, MIT)
 * instead: news pages of 2019 (politics, crime, sport, markets, science), where many events are real and
 * each is to be read against its page.
 *   npx tsx bench/events/web-pages.ts [--zyte]            counts, then every event (one line each, to diff)
 *   npx tsx bench/events/web-pages.ts [--zyte] --counts   counts only
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { processPage } from "../../src/pipeline.js";

const DIR = join(import.meta.dirname, "../../../shared/data/extraction/wcxb-dev/html");
export const ZYTE_DIR = join(import.meta.dirname, "../../../shared/data/extraction/zyte/html");

export interface WebPagesResult {
  pages: number;
  pagesWithEvents: number;
  /** One line per PLOVER event: page | type code | actors -> recipients | «trigger» sentence || title. */
  events: string[];
}

/** Runs the pipeline over the WCXB pages; null when the data folder is absent. */
export function runWebPages(dir: string = DIR): WebPagesResult | null {
  if (!existsSync(dir)) return null;
  const res: WebPagesResult = { pages: 0, pagesWithEvents: 0, events: [] };
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".html.gz")) continue;
    res.pages++;
    const { article, analysis } = processPage({ id: f, bytes: readFileSync(join(dir, f)), contentType: "text/html" });
    const events = analysis.events.filter((e) => e.plover);
    if (events.length > 0) res.pagesWithEvents++;
    for (const e of events) {
      const side = (xs: typeof e.actor) => xs.map((x) => `${x.name}:${x.country}/${x.sector ?? ""}`).join("+") || "-";
      res.events.push(
        `${f} | ${e.plover!.event} ${e.cameo.code} | ${side(e.actor)} -> ${side(e.recipient)} | «${e.evidence.trigger?.text ?? ""}» ${e.evidence.sentence.replace(/\s+/g, " ").slice(0, 240)} || ${(article.title ?? "").slice(0, 60)}`,
      );
    }
  }
  return res;
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  const zyte = process.argv.includes("--zyte");
  const dir = zyte ? ZYTE_DIR : DIR;
  const r = runWebPages(dir);
  if (!r) {
    console.error(`web-pages: ${dir} is absent (../shared/data is not part of a user's clone); nothing to measure`);
  } else {
    console.log(
      `${r.pages} ${zyte ? "Zyte news" : "WCXB"} pages: ${r.events.length} PLOVER events on ${r.pagesWithEvents} pages (${((100 * r.events.length) / r.pages).toFixed(1)} per 100 pages)`,
    );
    if (!process.argv.includes("--counts")) for (const l of r.events) console.log(l);
  }
}
