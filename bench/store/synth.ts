/**
 * Synthetic corpus from real templates: article texts from a word-level Markov chain trained on the
 * Wikinews corpus (so texts read like news and are distinct from each other), a share of syndicated
 * copies made with the de-duplication variants, and events whose codes, actor countries and modes are
 * drawn from the annotated events (test/fixtures/store) — real CAMEO codes, Goldstein scores, quads.
 */
import type { Event } from "../../src/model/index.js";
import type { ProcessedRecord } from "../../src/store/index.js";
import { variant } from "../../test/dedupe/variants.js";
import { annotatedRecords, toArticle, type WikiDoc, wikinewsDocs } from "../../test/store/records.js";
import { rng } from "../lib/rng.js";

export { rng };

export class Markov {
  private next = new Map<string, string[]>();
  private starts: string[] = [];
  constructor(docs: WikiDoc[]) {
    for (const d of docs) {
      for (const sentence of d.text.split(/(?<=[.!?])\s+/)) {
        const w = sentence.split(/\s+/).filter(Boolean);
        if (w.length < 4) continue;
        this.starts.push(`${w[0]} ${w[1]}`);
        for (let i = 0; i + 2 < w.length; i++) {
          const k = `${w[i]} ${w[i + 1]}`;
          const list = this.next.get(k);
          if (list) list.push(w[i + 2]!);
          else this.next.set(k, [w[i + 2]!]);
        }
      }
    }
  }
  sentence(r: () => number, max = 40): string {
    const start = this.starts[Math.floor(r() * this.starts.length)]!;
    const out = start.split(" ");
    while (out.length < max) {
      const list = this.next.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
      if (!list) break;
      const w = list[Math.floor(r() * list.length)]!;
      out.push(w);
      if (/[.!?]["”]?$/.test(w) && out.length > 8) break;
    }
    const s = out.join(" ");
    return /[.!?]["”]?$/.test(s) ? s : `${s}.`;
  }
  article(r: () => number, paragraphs: number): string {
    const ps: string[] = [];
    for (let p = 0; p < paragraphs; p++) {
      const n = 2 + Math.floor(r() * 3);
      ps.push(Array.from({ length: n }, () => this.sentence(r)).join(" "));
    }
    return ps.join("\n\n");
  }
}

/** Event templates: the annotated events (real codes, actors, modes). */
export function eventTemplates(): Event[] {
  return annotatedRecords().flatMap((r) => r.analysis.events);
}

const COUNTRIES = [
  "RUS",
  "USA",
  "CHN",
  "GBR",
  "FRA",
  "DEU",
  "IRN",
  "ISR",
  "UKR",
  "TUR",
  "IND",
  "PAK",
  "SYR",
  "IRQ",
  "JPN",
  "KOR",
  "PRK",
  "SAU",
  "EGY",
  "BRA",
];

export function randomDay(r: () => number, fromYear = 2015, years = 10): string {
  const start = Date.UTC(fromYear, 0, 1);
  const d = new Date(start + Math.floor(r() * years * 365.25) * 86400000);
  return d.toISOString().slice(0, 10);
}

/** An event from a template, re-dated and re-cast between two countries (RUS–USA over-represented, as in the news). */
export function synthEvent(r: () => number, templates: Event[], day: string, text: string): Event {
  const t = templates[Math.floor(r() * templates.length)]!;
  let a: string;
  let b: string;
  if (r() < 0.1) [a, b] = r() < 0.5 ? ["RUS", "USA"] : ["USA", "RUS"];
  else {
    a = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
    b = COUNTRIES[Math.floor(r() * COUNTRIES.length)]!;
  }
  const start = Math.floor(r() * Math.max(1, text.length - 200));
  const end = Math.min(text.length, start + 120);
  return {
    ...t,
    actor: [{ name: a, country: a, sector: t.actor[0]?.sector ?? "GOV" }],
    recipient: [{ name: b, country: b, sector: t.recipient[0]?.sector ?? null }],
    date: { value: day, precision: "day", source: "sentence" },
    evidence: { sentence: text.slice(start, end), start, end },
  };
}

/** `n` processed records: Markov articles with `eventsPer` events each; `copyShare` of them syndicated copies. */
export function* records(n: number, eventsPer: number, seed = 1, copyShare = 0.1): Generator<ProcessedRecord> {
  const docs = wikinewsDocs();
  const chain = new Markov(docs);
  const templates = eventTemplates();
  const r = rng(seed);
  const made: { title: string; text: string; id: string; events: Event[] }[] = [];
  for (let i = 0; i < n; i++) {
    const url = `https://news${i % 50}.example.org/story/${seed}-${i}`;
    if (made.length > 10 && r() < copyShare) {
      const base = made[Math.floor(r() * made.length)]!;
      const v = variant({ id: base.id, url, title: base.title, text: base.text }, r() < 0.5 ? "boilerplate" : "combo");
      const article = toArticle({ title: v.title, text: v.text, url }, `Outlet ${i % 50}`);
      yield { inputId: url, url, article, analysis: { sentences: [], entities: [], times: [], quotes: [], events: base.events } };
      continue;
    }
    const text = chain.article(r, 3 + Math.floor(r() * 4));
    const day = randomDay(r);
    const title = chain.sentence(r, 12).replace(/[.!?]$/, "");
    const article = toArticle({ title, text, url, date: day }, `Outlet ${i % 50}`);
    const events = Array.from({ length: eventsPer }, () => synthEvent(r, templates, day, article.text));
    if (made.length < 2000) made.push({ id: url, title, text: article.text, events });
    yield { inputId: url, url, article, analysis: { sentences: [], entities: [], times: [], quotes: [], events } };
  }
}
