import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Analysis, Article, Entity, Event, Quote, TimeRef } from "../../src/model/index.js";
import { openStore, type ProcessedRecord, type Store } from "../../src/store/index.js";

/**
 * Records for the API and browser tests, put into a REAL SQLite store. The seed article's text is the
 * real page (examples/seed), annotated by hand the way /shared/seed/expected.json reads it, so the web
 * layer is tested independently of how good the extraction and coding stages are today. The hostile
 * record carries markup in its title, entity names, quotes and removed boilerplate.
 */
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

function seedParagraphs(): { title: string; paragraphs: string[] } {
  const raw = readFileSync(join(ROOT, "examples/seed/000_99228c402bf3de7c.txt"), "utf8").replace(/\u00a0/g, " ");
  const lines = raw.split(/\n\s*\n/).map((p) => p.trim());
  const first = lines.findIndex((l) => l.startsWith("MOSCOW, March 22"));
  const last = lines.findIndex((l) => l.startsWith("Moscow has repeatedly denied"));
  return { title: lines[0]!.split("\n")[0]!.trim(), paragraphs: lines.slice(first, last + 1) };
}

/** Span of the n-th occurrence of `s` in `text` (throws if absent: the fixture is wrong). */
function at(text: string, s: string, n = 0): { start: number; end: number } {
  let i = -1;
  for (let k = 0; k <= n; k++) {
    i = text.indexOf(s, i + 1);
    if (i < 0) throw new Error(`fixture: "${s}" not found`);
  }
  return { start: i, end: i + s.length };
}

function sentenceOf(text: string, s: string): { sentence: string; start: number; end: number } {
  const span = at(text, s);
  return { sentence: s, ...span };
}

function entity(
  text: string,
  s: string,
  name: string,
  type: Entity["type"],
  country: string | null,
  sector: string | null = null,
  n = 0,
): Entity {
  return { ...at(text, s, n), text: s, name, type, country, sector, method: "fixture" };
}

function time(text: string, s: string, value: string, precision: TimeRef["precision"] = "day"): TimeRef {
  return { ...at(text, s), text: s, value, precision };
}

const NOMODE = { negated: false, hypothetical: false, historical: false, future: false };

function event(
  text: string,
  sentence: string,
  trigger: string,
  o: {
    code: string;
    quad: 1 | 2 | 3 | 4;
    goldstein: number;
    plover: string | null;
    date: string;
    actor: [string, string];
    recipient: [string, string];
  },
): Event {
  const ev = sentenceOf(text, sentence);
  const t = at(text, trigger);
  return {
    cameo: { code: o.code, goldstein: o.goldstein, quad: o.quad },
    plover: o.plover ? { event: o.plover, mode: null } : null,
    actor: [{ name: o.actor[0], country: o.actor[1] }],
    recipient: [{ name: o.recipient[0], country: o.recipient[1] }],
    date: { value: o.date, precision: o.date.length === 10 ? "day" : "month", source: "sentence" },
    mode: NOMODE,
    evidence: { ...ev, trigger: { text: trigger, ...t } },
    confidence: 0.8,
    method: "fixture",
  };
}

export const SEED_EVENT_SENTENCES = {
  agree:
    'The remarks came after Russian President Vladimir Putin and his U.S. counterpart Donald Trump agreed in a call on Tuesday to make preparations for a possible meeting between them "as soon as possible."',
  kremlin:
    "MOSCOW, March 22 (Xinhua) -- The Kremlin said Thursday that it is too early to expect a thaw in Russia-U.S. relations, although both countries have confirmed their willingness to sit down and discuss problems.",
  deny: "Moscow has repeatedly denied these allegations and blamed Washington for interfering in the Russian elections.",
};

export function seedRecord(): ProcessedRecord {
  const { title, paragraphs } = seedParagraphs();
  const caption =
    "U.S. President Donald Trump speaks with Russian President Vladimir Putin during their bilateral meeting at the G20 summit in Hamburg, Germany July 7, 2017.";
  const credit = "Reuters Photo";
  const text = paragraphs.join("\n\n");
  const article: Article = {
    title,
    text,
    paragraphs,
    byline: [],
    editor: "huaxia",
    source: "Xinhua",
    siteName: "Xinhuanet",
    language: "en",
    published: { value: "2018-03-23T03:59:26+08:00", local: "2018-03-23T03:59:26", tz: "+08:00", method: "header-line" },
    dateline: { place: "MOSCOW", date: "2018-03-22", agency: "Xinhua" },
    media: [{ caption, credit }],
    removed: [
      { kind: "boilerplate", text: "Back to Top Close" },
      { kind: "boilerplate", text: "Xinhuanet" },
      { kind: "page-id", text: "010020070750000000000000011105091370582861" },
    ],
    messages: [],
  };
  const S = SEED_EVENT_SENTENCES;
  const quotes: Quote[] = [
    {
      ...at(
        text,
        "Let's not talk about any breakthrough. We need to establish dialogue first. There is a long way before making a breakthrough,",
      ),
      kind: "direct",
      text: "Let's not talk about any breakthrough. We need to establish dialogue first. There is a long way before making a breakthrough,",
      speaker: { name: "Dmitry Peskov", text: "Dmitry Peskov", ...at(text, "Dmitry Peskov"), country: "RUS", sector: "GOV" },
      cue: "told",
      date: "2018-03-22",
    },
    {
      ...at(text, "Getting along with Russia (and others) is a good thing, not a bad thing,"),
      kind: "direct",
      text: "Getting along with Russia (and others) is a good thing, not a bad thing,",
      speaker: {
        name: "Donald Trump",
        text: "Trump",
        ...at(text, "Trump tweeted"),
        end: at(text, "Trump tweeted").start + 5,
        country: "USA",
        sector: "GOV",
      },
      cue: "tweeted",
      date: "2018-03-21",
    },
  ];
  const analysis: Analysis = {
    sentences: [],
    entities: [
      entity(text, "Kremlin", "Kremlin", "ORG", "RUS", "GOV"),
      entity(text, "Dmitry Peskov", "Dmitry Peskov", "PER", "RUS", "GOV"),
      entity(text, "Vladimir Putin", "Vladimir Putin", "PER", "RUS", "GOV"),
      entity(text, "Donald Trump", "Donald Trump", "PER", "USA", "GOV"),
      entity(text, "U.S. Treasury Department", "United States Department of the Treasury", "ORG", "USA", "GOV"),
      entity(text, "Moscow", "Russia", "GPE", "RUS"),
      entity(text, "Washington", "United States", "GPE", "USA"),
      // The photo's caption and credit, with offsets into them (as the pipeline gives them).
      { ...entity(caption, "Hamburg", "Hamburg", "GPE", "DEU"), inCaption: true, media: 0 },
      { ...entity(credit, "Reuters", "Reuters", "ORG", null, "JRN"), inCaption: true, inCredit: true, media: 0 },
    ],
    times: [
      time(text, "Thursday", "2018-03-22"),
      time(text, "Tuesday", "2018-03-20"),
      time(text, "Wednesday", "2018-03-21"),
      { ...time(caption, "July 7, 2017", "2017-07-07"), inCaption: true, media: 0 },
    ],
    quotes,
    events: [
      event(text, S.agree, "agreed", {
        code: "036",
        quad: 1,
        goldstein: 4,
        plover: "AGREE",
        date: "2018-03-20",
        actor: ["Vladimir Putin", "RUS"],
        recipient: ["Donald Trump", "USA"],
      }),
      event(text, S.kremlin, "said", {
        code: "012",
        quad: 1,
        goldstein: -0.1,
        plover: null,
        date: "2018-03-22",
        actor: ["Kremlin", "RUS"],
        recipient: ["United States", "USA"],
      }),
      event(text, S.deny, "denied", {
        code: "112",
        quad: 3,
        goldstein: -2,
        plover: "ACCUSE",
        date: "2018-03-22",
        actor: ["Russia", "RUS"],
        recipient: ["United States", "USA"],
      }),
    ],
    anchor: "2018-03-22",
  };
  return { inputId: "fixture:seed", url: "http://www.xinhuanet.com/english/2018-03/23/c_137059286.htm", article, analysis };
}

/** Markup that must stay text. Each payload sets a flag on window if it ever runs. */
export const XSS = {
  title: `<script>window.__pwned="title"</script><img src=x onerror="window.__pwned='title-img'"> Kremlin test`,
  entity: `<img src=x onerror="window.__pwned='entity'">`,
  quote: `<script>window.__pwned="quote"</script> we will <b onmouseover="window.__pwned='b'">respond</b>`,
  removed: `<iframe src="javascript:window.__pwned='removed'"></iframe>`,
};

export function hostileRecord(): ProcessedRecord {
  const p1 = `Officials in Moscow said the company ${XSS.entity} had been fined by Washington on Monday.`;
  const p2 = `"${XSS.quote}," the Kremlin spokesman Dmitry Peskov told reporters about the Kremlin response.`;
  const text = `${p1}\n\n${p2}`;
  const article: Article = {
    title: XSS.title,
    text,
    paragraphs: [p1, p2],
    byline: [`<svg onload="window.__pwned='byline'">`],
    source: `Evil<script>window.__pwned="source"</script>`,
    language: "en",
    url: "javascript:window.__pwned='url'",
    published: { value: "2019-02-04", method: "fixture" },
    media: [{ caption: `<img src=x onerror="window.__pwned='caption'">` }],
    removed: [{ kind: "advert", text: XSS.removed }],
    messages: [],
  };
  const analysis: Analysis = {
    sentences: [],
    entities: [
      { ...at(text, XSS.entity), text: XSS.entity, name: XSS.entity, type: "ORG", country: "RUS", method: "fixture" },
      entity(text, "Dmitry Peskov", "Dmitry Peskov", "PER", "RUS", "GOV"),
    ],
    times: [time(text, "Monday", "2019-02-04")],
    quotes: [
      {
        ...at(text, XSS.quote),
        kind: "direct",
        text: XSS.quote,
        speaker: {
          name: `Dmitry Peskov<img src=x onerror="window.__pwned='speaker'">`,
          text: "Dmitry Peskov",
          ...at(text, "Dmitry Peskov"),
        },
        cue: "told",
      },
    ],
    events: [
      {
        ...event(text, p1, "fined", {
          code: "163",
          quad: 4,
          goldstein: -8,
          plover: "SANCTION",
          date: "2019-02-04",
          actor: [`Washington<script>window.__pwned="actor"</script>`, "USA"],
          recipient: [XSS.entity, "RUS"],
        }),
      },
    ],
    anchor: "2019-02-04",
  };
  return { inputId: "fixture:hostile", url: "https://example.org/hostile", article, analysis };
}

interface WikinewsLine {
  id: string;
  url: string;
  date: string;
  title: string;
  text: string;
  source: string;
}

/** The first n bundled Wikinews articles as records without annotations (for search and paging). */
export function wikinewsRecords(n: number): ProcessedRecord[] {
  const lines = readFileSync(join(ROOT, "examples/wikinews/wikinews_2019_2020.jsonl"), "utf8").split("\n").filter(Boolean).slice(0, n);
  return lines.map((l) => {
    const w = JSON.parse(l) as WikinewsLine;
    const paragraphs = w.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    const article: Article = {
      title: w.title,
      text: paragraphs.join("\n\n"),
      paragraphs,
      byline: [],
      source: "Wikinews",
      language: "en",
      url: w.url,
      published: { value: w.date, method: "jsonl" },
      media: [],
      removed: [],
      messages: [],
    };
    return { inputId: w.id, url: w.url, article, analysis: { sentences: [], entities: [], times: [], quotes: [], events: [] } };
  });
}

export interface FixtureStore {
  store: Store;
  db: string;
  ids: { seed: string; hostile: string; seedStory: string };
  cleanup(): Promise<void>;
}

/** A fresh SQLite file in a temp folder holding the seed, the hostile record and some Wikinews articles. */
export async function fixtureStore(wikinews = 30): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), "dateline-web-"));
  const db = join(dir, "test.db");
  const store = await openStore(db);
  const seed = await store.put(seedRecord());
  const hostile = await store.put(hostileRecord());
  for (const r of wikinewsRecords(wikinews)) await store.put(r);
  return {
    store,
    db,
    ids: { seed: seed.articleId, hostile: hostile.articleId, seedStory: seed.storyId },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
