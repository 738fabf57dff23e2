import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportTo, GDELT_COLUMNS, GDELT_HEADER } from "../../src/export/index.js";
import type { KyselyStore, Paged, ProcessedRecord, SearchHit } from "../../src/store/index.js";
import { openStore, QuerySyntaxError } from "../../src/store/index.js";
import { variant } from "../dedupe/variants.js";
import { engines, PG } from "./engines.js";
import { annotatedRecords, plainRecord, seedRecord, toArticle, wikinewsDocs } from "./records.js";

/** A syndicated copy of a record on another site: same analysis re-anchored on the copy's text. */
function copyOf(rec: ProcessedRecord, kind: Parameters<typeof variant>[1], url: string): ProcessedRecord {
  const v = variant({ id: rec.inputId, url: rec.url ?? "", title: rec.article.title, text: rec.article.text }, kind);
  const article = toArticle({ title: v.title, text: v.text, url }, "Mirror Daily");
  const shift = (s: string, start: number) => {
    const at = article.text.indexOf(s);
    return at >= 0 ? at : start;
  };
  const events = rec.analysis.events
    .filter((e) => article.text.includes(e.evidence.sentence.trim()))
    .map((e) => {
      const start = shift(e.evidence.sentence.trim(), e.evidence.start);
      return { ...e, evidence: { ...e.evidence, start, end: start + e.evidence.sentence.trim().length } };
    });
  return { inputId: `${url}#input`, url, article, analysis: { ...rec.analysis, events } };
}

if (!PG) describe.skip("store on postgres (DATELINE_TEST_PG unset: skipped)", () => it("skipped", () => {}));

for (const engine of engines()) {
  describe(`store on ${engine.name}`, () => {
    let store: KyselyStore;
    let db: string;
    const seed = seedRecord();
    const annotated = annotatedRecords();

    beforeAll(async () => {
      db = await engine.create();
      store = await openStore(db);
    });
    afterAll(async () => {
      await store?.close();
      await engine.dropAll();
    });

    it("stores one article per input, and the same input twice stores nothing more", async () => {
      const first = await store.put(seed);
      expect(first.status).toBe("new");
      const again = await store.put(seed);
      expect(again).toEqual({ ...first, status: "duplicate" });
      expect(await store.hasInput(seed.inputId)).toBe(true);
      expect(await store.hasInput("nope")).toBe(false);
      const s = await store.stats();
      expect(s.articles).toBe(1);
      expect(s.events).toBe(seed.analysis.events.length);
      expect(s.quotes).toBe(1);
    });

    it("prints each Russia→U.S. event of the seed once, with its sentence", async () => {
      const page = await store.listEvents({ actor: "RUS", recipient: "USA" });
      const want = seed.analysis.events.filter((e) => e.actor[0]?.country === "RUS" && e.recipient[0]?.country === "USA");
      expect(page.total).toBe(want.length);
      expect(page.items.map((e) => e.evidence.sentence).sort()).toEqual(want.map((e) => e.evidence.sentence).sort());
      for (const e of page.items) expect(seed.article.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.sentence);
      const either = await store.listEvents({ actor: "RUS", recipient: "USA", dyad: true });
      expect(either.total).toBe(seed.analysis.events.length);
    });

    it("returns the full Article and Analysis with all offsets", async () => {
      const got = await store.getArticle(seed.inputId);
      expect(got).not.toBeNull();
      expect(got!.article).toEqual(seed.article);
      expect(got!.analysis).toEqual(seed.analysis);
      const byId = await store.getArticle(got!.id);
      expect(byId!.inputId).toBe(seed.inputId);
      for (const q of got!.analysis.quotes) expect(got!.article.text.slice(q.start, q.end)).toBe(q.text);
    });

    it("joins syndicated copies into one story; events and quotes count once, with a mention count", async () => {
      const near = copyOf(seed, "combo", "https://mirror.example.org/world/russia-us-relations");
      const r1 = await store.put(near);
      expect(r1.status).toBe("near-duplicate");
      const base = await store.getArticle(seed.inputId);
      expect(r1.storyId).toBe(base!.storyId);
      // the exact text again under another URL: a new copy, not a new article
      const exact = { ...seed, inputId: "other-site", url: "https://reprint.example.com/a/123?utm_source=x" };
      const r2 = await store.put(exact);
      expect(r2).toMatchObject({ status: "duplicate", articleId: base!.id, storyId: base!.storyId });
      // the same URL with tracking parameters and www. is the same page
      const sameUrl = { ...exact, inputId: "other-site-again", url: "https://www.reprint.example.com/a/123" };
      expect((await store.put(sameUrl)).status).toBe("duplicate");
      const s = await store.stats();
      expect(s.articles).toBe(2);
      expect(s.stories).toBe(1);
      expect(s.events).toBe(seed.analysis.events.length);
      const story = await store.getStory(base!.storyId);
      expect(story!.mentionCount).toBe(3);
      expect(story!.articles).toHaveLength(3);
      const events = await store.listEvents({ storyId: base!.storyId }, { limit: 100 });
      const carried = new Set(near.analysis.events.map((e) => e.evidence.sentence.trim()));
      for (const e of events.items) expect(e.mentionCount).toBe(carried.has(e.evidence.sentence.trim()) ? 3 : 2);
      const quotes = await store.listQuotes({ speaker: "Dmitry Peskov" });
      expect(quotes.total).toBe(1);
      expect(quotes.items[0]!.mentionCount).toBe(3);
      const art = await store.getArticle(base!.id);
      expect(art!.copies.map((c) => c.url)).toContain("https://mirror.example.org/world/russia-us-relations");
    });

    it("keeps different stories on the same topic apart", async () => {
      for (const r of annotated) expect((await store.put(r)).status).toBe("new");
      const s = await store.stats();
      expect(s.stories).toBe(1 + annotated.length);
      expect(s.events).toBe(seed.analysis.events.length + annotated.reduce((n, r) => n + r.analysis.events.length, 0));
    });

    it("filters events by date, CAMEO, PLOVER and mode, and pages with a cursor without loss", async () => {
      const all: string[] = [];
      let cursor: string | null = null;
      let total: number | null = null;
      do {
        const p = await store.listEvents({}, { limit: 7, cursor });
        if (total === null) total = p.total;
        all.push(...p.items.map((e) => e.id));
        cursor = p.nextCursor;
      } while (cursor);
      expect(all.length).toBe(total);
      expect(new Set(all).size).toBe(all.length);
      const jan = await store.listEvents({ from: "2020-01-01", to: "2020-01-31" }, { limit: 1000 });
      expect(jan.items.length).toBeGreaterThan(0);
      for (const e of jan.items) expect(e.date.value! >= "2020-01" && e.date.value! <= "2020-01-31").toBe(true);
      const sanctions = await store.listEvents({ plover: "SANCTION" }, { limit: 1000 });
      for (const e of sanctions.items) expect(e.plover?.event).toBe("SANCTION");
      const c16 = await store.listEvents({ cameo: "16" }, { limit: 1000 });
      for (const e of c16.items) expect(e.cameo.code.startsWith("16")).toBe(true);
      const neg = await store.listEvents({ mode: "negated" }, { limit: 1000 });
      for (const e of neg.items) expect(e.mode.negated).toBe(true);
    });

    it("answers a dyad timeline by day, week and month in either direction", async () => {
      const day = await store.dyadTimeline("USA", "RUS", "day");
      const other = await store.dyadTimeline("RUS", "USA", "day");
      expect(other).toEqual(day);
      // the seed's day-dated, asserted Russia–U.S. events: 2018-03-20 (036) and 2018-03-22 (012)
      const march = day.filter((p) => p.bucket.startsWith("2018-03"));
      expect(march.map((p) => p.bucket)).toEqual(["2018-03-20", "2018-03-22"]);
      expect(march[0]).toMatchObject({ count: 1, quad: { 1: 1, 2: 0, 3: 0, 4: 0 }, meanGoldstein: 4, plover: { AGREE: 1 } });
      const week = await store.dyadTimeline("RUS", "USA", "week", { from: "2018-01-01", to: "2018-12-31" });
      expect(week).toEqual([expect.objectContaining({ bucket: "2018-03-19", count: 2 })]);
      const month = await store.dyadTimeline("RUS", "USA", "month", { from: "2018-01-01", to: "2018-12-31" });
      expect(month[0]!.bucket).toBe("2018-03-01");
      expect(month[0]!.meanGoldstein).toBeCloseTo((4 + -0.4) / 2, 5);
    });

    it("records runs and per-input outcomes", async () => {
      const run = await store.startRun({ command: "ingest", inputs: ["a", "b"] });
      await store.recordOutcome(run, { input: "a", status: "ok", articleId: "x", storyId: "y" });
      await store.recordOutcome(run, { input: "b", status: "failed", why: "binary data" });
      await store.finishRun(run);
      expect(await store.runOutcomes(run)).toEqual([
        { input: "a", status: "ok", articleId: "x", storyId: "y" },
        { input: "b", status: "failed", why: "binary data" },
      ]);
    });

    describe("search", () => {
      beforeAll(async () => {
        for (const d of wikinewsDocs()) await store.put(plainRecord(d));
      });
      const ids = async (q: string) => {
        const out: string[] = [];
        let cursor: string | null = null;
        do {
          const p = await store.search(q, { limit: 25, cursor });
          out.push(...p.items.map((h) => h.title));
          cursor = p.nextCursor;
        } while (cursor);
        return out;
      };

      it("finds words, phrases and boolean combinations", async () => {
        const iran = await ids("Iran");
        const jet = await ids("jet");
        const both = await ids("Iran jet");
        expect(both.length).toBeGreaterThan(0);
        expect(both.every((t) => iran.includes(t) && jet.includes(t))).toBe(true);
        const either = await ids("Iran OR jet");
        expect(new Set(either)).toEqual(new Set([...iran, ...jet]));
        const not = await ids("Iran -jet");
        expect(not.length).toBe(new Set(iran).size - new Set(both).size);
        expect(await ids("Iran NOT jet")).toEqual(not);
        const phrase = await ids('"human error"');
        expect(phrase).toContain("Iran admits downing Ukrainian jet, cites 'human error'");
        expect((await ids('"error human"')).length).toBeLessThan(phrase.length + 1);
        expect(await ids("sanction*")).toEqual(expect.arrayContaining(await ids("sanctions")));
      });

      it("searches fields: title, source, lang, country, actor and dates", async () => {
        const t = await ids("title:Trump");
        expect(t.length).toBeGreaterThan(0);
        for (const x of t) expect(x).toMatch(/Trump/);
        expect((await ids("Kremlin source:Xinhua")).length).toBe(1);
        expect((await ids("Kremlin source:Wikinews")).every((x) => !x.startsWith("Russia-U.S."))).toBe(true);
        expect((await ids("Kremlin lang:en")).length).toBeGreaterThan(0);
        expect(await ids("Kremlin lang:fr")).toEqual([]);
        expect(await ids("country:SRB")).toContain("Serbian protesters try to storm Parliament; fourth day of protests");
        expect(await ids("actor:RUS")).toContain("Russia-U.S. relations long way from breakthrough: Kremlin");
        expect(await ids('actor:"Dmitry Peskov"')).toContain("Russia-U.S. relations long way from breakthrough: Kremlin");
        const y2019 = await ids("Trump date:2019");
        const range = await ids("Trump date:2019-01-01..2019-12-31");
        expect(new Set(range)).toEqual(new Set(y2019));
        const from = await ids("Trump from:2020-06");
        const all = await ids("Trump");
        expect(y2019.length + from.length).toBeLessThan(all.length + 1);
      });

      it("returns snippets with marked matches, newest first, and pages everything (no silent cap)", async () => {
        const first = await store.search("said", { limit: 10 }, { sort: "newest" });
        expect(first.total).toBeGreaterThan(100);
        expect(first.items[0]!.snippet).toMatch(/«said»/i);
        const dates = first.items.map((h) => h.published).filter((d): d is string => !!d);
        expect(dates.length).toBeGreaterThan(5);
        expect([...dates].sort().reverse()).toEqual(dates);
        const all = await ids("said");
        expect(all.length).toBe(first.total);
      });

      it("ranks by relevance by default: title matches and dense matches first; pages without repeats", async () => {
        const ranked = await store.search("Kremlin", { limit: 5 });
        // Articles with the word in their title outrank ones that mention it once in the body.
        expect(ranked.items[0]!.title).toMatch(/Kremlin/);
        const all: string[] = [];
        let cursor: string | null = null;
        do {
          const p: Paged<SearchHit> = await store.search("Iran OR jet", { limit: 7, cursor });
          all.push(...p.items.map((h) => h.articleId));
          cursor = p.nextCursor;
        } while (cursor);
        expect(new Set(all).size).toBe(all.length);
        expect(all.length).toBe((await store.search("Iran OR jet")).total);
        // A filter-only query has nothing to rank by: newest first.
        const byDate = await store.search("lang:en", { limit: 20 });
        const d = byDate.items.map((h) => h.published).filter((x): x is string => !!x);
        expect([...d].sort().reverse()).toEqual(d);
        // A cursor of one order is refused by the other.
        const page = await store.search("said", { limit: 3 });
        await expect(store.search("said", { limit: 3, cursor: page.nextCursor }, { sort: "newest" })).rejects.toThrow(/cursor/);
      });

      it("gives the same facets as the hits", async () => {
        const f = await store.searchFacets("Trump");
        const total = (await store.search("Trump")).total!;
        expect(f.source.reduce((n, x) => n + x.count, 0)).toBe(total);
        expect(f.month.reduce((n, x) => n + x.count, 0)).toBe(total);
      });

      it("rejects malformed queries with a reason", async () => {
        for (const q of ["", "AND", "(Iran", '"open', "-Iran", "date:yesterday"])
          await expect(store.search(q)).rejects.toBeInstanceOf(QuerySyntaxError);
      });
    });

    describe("exports", () => {
      const dir = mkdtempSync(join(tmpdir(), "dateline-export-"));
      it("writes Parquet that an independent reader opens with the right rows and types", async () => {
        const n = await exportTo(store, "events", "parquet", join(dir, "events.parquet"));
        expect(n).toBe((await store.stats()).events);
        const file = await asyncBufferFromFile(join(dir, "events.parquet"));
        const meta = await parquetMetadataAsync(file);
        expect(Number(meta.num_rows)).toBe(n);
        const rows = (await parquetReadObjects({ file })) as Record<string, unknown>[];
        expect(rows).toHaveLength(n);
        const types = Object.fromEntries(meta.schema.slice(1).map((s) => [s.name, s.type]));
        expect(types).toMatchObject({ id: "BYTE_ARRAY", quad: "INT32", goldstein: "DOUBLE", negated: "BOOLEAN", mention_count: "INT32" });
        const one = rows.find((r) => r.cameo === "036" && r.actor_country === "RUS")!;
        expect(one).toMatchObject({ date: "2018-03-20", plover: "AGREE", quad: 1, goldstein: 4, negated: false });
        for (const what of ["articles", "stories", "quotes"] as const) {
          const m = await exportTo(store, what, "parquet", join(dir, `${what}.parquet`));
          const f = await asyncBufferFromFile(join(dir, `${what}.parquet`));
          expect(Number((await parquetMetadataAsync(f)).num_rows)).toBe(m);
        }
        expect(await exportTo(store, "articles", "parquet", join(dir, "a.parquet"))).toBe((await store.stats()).articles);
      });

      it("writes CSV, JSON Lines, GDELT and PLOVER", async () => {
        const n = await exportTo(store, "events", "gdelt", join(dir, "e.tsv"));
        const lines = readFileSync(join(dir, "e.tsv"), "utf8").split("\n").slice(0, -1);
        expect(lines).toHaveLength(n + 1);
        expect(GDELT_COLUMNS).toHaveLength(61);
        for (const l of lines) expect(l.split("\t")).toHaveLength(GDELT_HEADER.length);
        await exportTo(store, "events", "plover", join(dir, "e.plover.jsonl"));
        const plover = readFileSync(join(dir, "e.plover.jsonl"), "utf8")
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l));
        const seedStory = (await store.getArticle(seed.inputId))!.storyId;
        expect(plover.find((p) => p.event_type === "SANCTION" && p.story_id === seedStory)).toMatchObject({
          actor_country: "USA",
          recipient_country: "RUS",
        });
        expect(plover.every((p) => typeof p.event_type === "string" && p.text)).toBe(true);
        const stories = await exportTo(store, "stories", "csv", join(dir, "s.csv"));
        expect(stories).toBe((await store.stats()).stories);
        const q = await exportTo(store, "quotes", "jsonl", join(dir, "q.jsonl"));
        expect(readFileSync(join(dir, "q.jsonl"), "utf8").trimEnd().split("\n")).toHaveLength(q);
      });
    });
  });
}
