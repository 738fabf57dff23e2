/**
 * Real records for store tests: Wikinews articles (CC BY 2.5) with the project's own annotation of
 * their entities, quotes and events (test/fixtures/store), and the seed page read by hand from
 * its expected.json. Offsets are found in the article text, as an analyser would give them.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, Article, Entity, Event, Quote } from "../../src/model/index.js";
import type { ProcessedRecord } from "../../src/store/index.js";

const FIX = join(dirname(fileURLToPath(import.meta.url)), "../fixtures");

export interface WikiDoc {
  id: string;
  url: string;
  date: string;
  title: string;
  text: string;
}
interface Ann {
  id: string;
  date: string;
  entities: { name: string; mentions: string[]; type: Entity["type"]; country: string | null; sector: string | null }[];
  times: { text: string; value: string | null }[];
  quotes: { kind: Quote["kind"]; text: string; speaker: string | null; speakerMention?: string; cue?: string }[];
  events: AnnEvent[];
}
interface AnnEvent {
  plover: string | null;
  cameo: string | null;
  actor: string[];
  actorSector?: string | null;
  recipient: string[];
  date: string | null;
  mode: Event["mode"];
  evidence: string;
}

const jsonl = <T>(p: string): T[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export const CAMEO = new Map<string, { goldstein: number; quad: 1 | 2 | 3 | 4; plover: string }>();
for (const line of readFileSync(join(FIX, "store/cameo.tsv"), "utf8").split("\n").slice(1)) {
  const [code, g, q, p] = line.split("\t");
  if (code) CAMEO.set(code, { goldstein: Number(g), quad: Number(q) as 1 | 2 | 3 | 4, plover: p ?? "" });
}

export function wikinewsDocs(): WikiDoc[] {
  return jsonl<WikiDoc>(join(FIX, "dedupe/wikinews.jsonl")).filter((d) => d.text.trim());
}

/** Paragraphs joined by a blank line, as extraction produces them. */
export function toArticle(d: { title: string; text: string; url?: string; date?: string }, source = "Wikinews"): Article {
  const paragraphs = d.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: d.title,
    text: paragraphs.join("\n\n"),
    paragraphs,
    byline: [],
    source,
    siteName: source,
    language: "en",
    url: d.url,
    published: d.date ? { value: d.date, method: "record" } : null,
    media: [],
    removed: [],
    messages: [],
  };
}

function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const dot = text.lastIndexOf(". ", start);
  const s = Math.max(dot >= 0 ? dot + 2 : 0, text.lastIndexOf("\n", start) + 1);
  const candidates = [text.indexOf(". ", end), text.indexOf("\n", end)].filter((x) => x >= 0);
  const e = candidates.length ? Math.min(...candidates) + 1 : text.length;
  return { start: s, end: Math.min(e, text.length) };
}

function allIndexes(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

export function eventFrom(text: string, e: AnnEvent, anchor: string): Event | null {
  const code = e.cameo ?? "";
  const cameo = CAMEO.get(code);
  const at = text.indexOf(e.evidence);
  if (!cameo || at < 0) return null;
  const span = sentenceAround(text, at, at + e.evidence.length);
  return {
    cameo: { code, goldstein: cameo.goldstein, quad: cameo.quad },
    plover: e.plover ? { event: e.plover, mode: null } : null,
    actor: e.actor.map((c) => ({ name: c, country: c, sector: e.actorSector ?? null })),
    recipient: e.recipient.map((c) => ({ name: c, country: c })),
    date: { value: e.date, precision: e.date && e.date.length === 10 ? "day" : "month", source: e.date ? "sentence" : undefined },
    mode: e.mode,
    evidence: { sentence: text.slice(span.start, span.end), start: span.start, end: span.end },
    confidence: 0.8,
    method: `annotation:${anchor}`,
  };
}

function analysisFrom(text: string, a: Ann): Analysis {
  const entities: Entity[] = [];
  for (const e of a.entities)
    for (const m of e.mentions)
      for (const i of allIndexes(text, m))
        entities.push({ text: m, start: i, end: i + m.length, type: e.type, name: e.name, country: e.country, sector: e.sector });
  const quotes: Quote[] = [];
  for (const q of a.quotes) {
    const i = text.indexOf(q.text);
    if (i < 0) continue;
    const sm = q.speakerMention ? text.indexOf(q.speakerMention) : -1;
    quotes.push({
      kind: q.kind,
      text: q.text,
      start: i,
      end: i + q.text.length,
      speaker: q.speaker
        ? {
            name: q.speaker,
            text: q.speakerMention ?? q.speaker,
            start: Math.max(0, sm),
            end: Math.max(0, sm) + (q.speakerMention ?? "").length,
          }
        : null,
      cue: q.cue,
      date: a.date,
    });
  }
  const events = a.events.map((e) => eventFrom(text, e, a.id)).filter((e): e is Event => e !== null);
  return { sentences: [], entities, times: [], quotes, events, anchor: a.date };
}

/** The 19 annotated Wikinews articles as processed records (real text, real events). */
export function annotatedRecords(): ProcessedRecord[] {
  const docs = new Map(wikinewsDocs().map((d) => [d.id, d]));
  const out: ProcessedRecord[] = [];
  for (const a of jsonl<Ann>(join(FIX, "store/wikinews-annotations.jsonl"))) {
    const d = docs.get(a.id);
    if (!d) continue;
    const article = toArticle(d);
    out.push({ inputId: d.id, url: d.url, article, analysis: analysisFrom(article.text, a) });
  }
  return out;
}

/** Any Wikinews article as a record without annotations (for bulk and search tests). */
export function plainRecord(d: WikiDoc): ProcessedRecord {
  return { inputId: d.id, url: d.url, article: toArticle(d), analysis: { sentences: [], entities: [], times: [], quotes: [], events: [] } };
}

const ASSERTED = { negated: false, hypothetical: false, future: false, historical: false };

/** The seed page as a careful reader sees it (body of the first copy; events from expected.json). */
export function seedRecord(): ProcessedRecord {
  const raw = readFileSync(join(FIX, "seed/000_99228c402bf3de7c.txt"), "utf8").replace(/\u00a0/g, " ");
  const body = raw.slice(raw.indexOf("MOSCOW, March 22"), raw.indexOf("Back to Top"));
  const article = toArticle(
    { title: "Russia-U.S. relations long way from breakthrough: Kremlin", text: body, date: "2018-03-23T03:59:26+08:00" },
    "Xinhua",
  );
  const t = article.text;
  const ev = (cameo: string, plover: string | null, actor: string, recipient: string, date: string | null, evidence: string) =>
    eventFrom(t, { cameo, plover, actor: [actor], recipient: [recipient], date, evidence, mode: ASSERTED }, "seed")!;
  const events = [
    ev("036", "AGREE", "RUS", "USA", "2018-03-20", "Vladimir Putin and his U.S. counterpart Donald Trump agreed in a call on Tuesday"),
    ev("012", null, "RUS", "USA", "2018-03-22", "The Kremlin said Thursday that it is too early to expect a thaw"),
    ev("163", "SANCTION", "USA", "RUS", "2018-03", "the U.S. Treasury Department said it would sanction five Russian entities"),
    ev("112", "ACCUSE", "USA", "RUS", "2018-03", "accusing them of having meddled in the 2016 U.S. presidential election"),
    ev("112", "ACCUSE", "RUS", "USA", null, "Moscow has repeatedly denied these allegations and blamed Washington"),
  ];
  events[0]!.reciprocal = true;
  const peskov = t.indexOf("Dmitry Peskov");
  const q1 =
    "Let's not talk about any breakthrough. We need to establish dialogue first. There is a long way before making a breakthrough,";
  const quotes: Quote[] = [
    {
      kind: "direct",
      text: q1,
      start: t.indexOf(q1),
      end: t.indexOf(q1) + q1.length,
      speaker: { name: "Dmitry Peskov", text: "Dmitry Peskov", start: peskov, end: peskov + 13, country: "RUS", sector: "GOV" },
      cue: "told",
      date: "2018-03-22",
    },
  ];
  const ents: Entity[] = [];
  for (const [m, name, type, country] of [
    ["Kremlin", "Kremlin", "ORG", "RUS"],
    ["Dmitry Peskov", "Dmitry Peskov", "PER", "RUS"],
    ["Vladimir Putin", "Vladimir Putin", "PER", "RUS"],
    ["Donald Trump", "Donald Trump", "PER", "USA"],
    ["Russia", "Russia", "GPE", "RUS"],
    ["Washington", "United States", "GPE", "USA"],
  ] as const)
    for (const i of allIndexes(t, m)) ents.push({ text: m, start: i, end: i + m.length, type, name, country });
  return {
    inputId: "seed/000_99228c402bf3de7c.txt",
    article,
    analysis: { sentences: [], entities: ents, times: [], quotes, events, anchor: "2018-03-22" },
  };
}
