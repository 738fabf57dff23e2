import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/server/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { PG, postgresEngine } from "../store/engines.js";
import { hostileRecord, SEED_EVENT_SENTENCES, seedRecord, wikinewsRecords } from "./fixtures.js";
import { validate } from "./schema-check.js";

/** The same API over PostgreSQL (DATELINE_TEST_PG): the answers keep their shape and content. */
describe.skipIf(!PG)("API on PostgreSQL", () => {
  const engine = PG ? postgresEngine(PG) : null;
  let store: Store;
  let app: FastifyInstance;
  let seedId = "";

  beforeAll(async () => {
    store = await openStore(await engine!.create());
    seedId = (await store.put(seedRecord())).articleId;
    await store.put(hostileRecord());
    for (const r of wikinewsRecords(10)) await store.put(r);
    app = await buildServer({ store });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await engine?.dropAll();
  });

  const get = async (url: string) => {
    const r = await app.inject({ method: "GET", url });
    return { status: r.statusCode, body: r.json() as Record<string, any> };
  };

  it("timeline, events, search, article, quotes and actors answer as on SQLite", async () => {
    const doc = (await get("/api/openapi.json")).body;
    const check = async (url: string, schema: string) => {
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(validate(r.body, { $ref: `#/components/schemas/${schema}` }, doc.components.schemas), url).toEqual([]);
      return r.body;
    };
    const tl = await check("/api/dyads/USA/RUS/timeline?interval=day", "TimelineAnswer");
    expect(tl.points.map((p: { bucket: string }) => p.bucket)).toEqual(expect.arrayContaining(["2018-03-20", "2018-03-22"]));
    const ev = await check("/api/events?actor=RUS&recipient=USA&dyad=true&from=2018-03-20&to=2018-03-20", "EventsPage");
    expect(ev.items.map((e: { evidence: { sentence: string } }) => e.evidence.sentence)).toEqual([SEED_EVENT_SENTENCES.agree]);
    const s = await check("/api/search?q=Kremlin&facets=true", "SearchAnswer");
    expect(s.items.some((h: { articleId: string; snippet: string }) => h.articleId === seedId && h.snippet.includes("«Kremlin»"))).toBe(
      true,
    );
    const a = await check(`/api/articles/${seedId}`, "StoredArticle");
    for (const q of a.analysis.quotes) expect(a.article.text.slice(q.start, q.end)).toBe(q.text);
    const q = await check(`/api/quotes?speaker=${encodeURIComponent("Dmitry Peskov")}&article=${seedId}`, "QuotesPage");
    expect(q.items).toHaveLength(1);
    await check("/api/actors?country=RUS", "ActorsPage");
    expect((await get("/api/search?q=%22unclosed")).status).toBe(400);
  });
});

if (!PG) console.warn("test/server/postgres.test.ts: skipped — DATELINE_TEST_PG is not set");
