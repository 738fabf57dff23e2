import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer, ROUTES } from "../../src/server/index.js";
import { hostText } from "../analyze/helpers.js";
import { type FixtureStore, fixtureStore, SEED_EVENT_SENTENCES, seedRecord } from "./fixtures.js";
import { validate } from "./schema-check.js";

/** Every API route through Fastify's inject, on a real SQLite store filled with the fixtures. */
let fx: FixtureStore;
let app: FastifyInstance;
const TOKEN = "s3cret-token-for-tests";

beforeAll(async () => {
  fx = await fixtureStore(30);
  app = await buildServer({ store: fx.store, ingestToken: TOKEN, rateLimit: { max: 0, windowMs: 60_000 } });
});
afterAll(async () => {
  await app?.close();
  await fx?.cleanup();
});

async function get(url: string) {
  const res = await app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() as Record<string, any>, headers: res.headers };
}

function expectBadRequest(r: { status: number; body: Record<string, any> }, mentions: string) {
  expect(r.status).toBe(400);
  expect(r.body.error.code).toMatch(/^bad_/);
  expect(r.body.error.message).toContain(mentions);
}

describe("meta", () => {
  it("health and stats", async () => {
    expect((await get("/api/health")).body).toMatchObject({ ok: true });
    const s = await get("/api/stats");
    expect(s.status).toBe(200);
    expect(s.body).toMatchObject({ articles: 32, events: 4 });
  });

  it("serves an OpenAPI document that lists every route with its parameters", async () => {
    const r = await get("/api/openapi.json");
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    for (const def of ROUTES) expect(r.body.paths[def.path]?.[def.method.toLowerCase()], def.path).toBeDefined();
    const tl = r.body.paths["/api/dyads/{a}/{b}/timeline"].get;
    expect(tl.parameters.map((p: { name: string }) => p.name)).toEqual(["a", "b", "from", "to", "interval"]);
    expect(r.body.paths["/api/ingest"].post.security).toEqual([{ bearer: [] }]);
  });

  it("answers match the response schemas of the OpenAPI document (stable field names)", async () => {
    const doc = (await get("/api/openapi.json")).body;
    const urls = [
      "/api/health",
      "/api/stats",
      "/api/search?q=Kremlin&facets=true",
      `/api/articles/${fx.ids.seed}`,
      `/api/articles/${fx.ids.hostile}`,
      `/api/stories/${fx.ids.seedStory}`,
      "/api/events?limit=10",
      "/api/dyads/RUS/USA/timeline?interval=week",
      "/api/actors",
      "/api/countries",
      "/api/quotes",
    ];
    for (const url of urls) {
      const path = Object.keys(doc.paths).find((p) => new RegExp(`^${p.replace(/\{\w+\}/g, "[^/]+")}$`).test(url.split("?")[0]!))!;
      const schema = doc.paths[path].get.responses["200"].content["application/json"].schema;
      const r = await get(url);
      expect(r.status, url).toBe(200);
      expect(validate(r.body, schema, doc.components.schemas), url).toEqual([]);
    }
    // The validator does catch a renamed field.
    const events = (await get("/api/events?limit=1")).body;
    events.items[0].evidense = events.items[0].evidence;
    delete events.items[0].evidence;
    expect(validate(events, { $ref: "#/components/schemas/EventsPage" }, doc.components.schemas)).toContain("$.items[0].evidence: missing");
  });

  it("answers unknown API paths with a 404 JSON error", async () => {
    const r = await get("/api/nope");
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain("/api/nope");
  });
});

describe("security headers", () => {
  it("sets a Content-Security-Policy and no CORS header", async () => {
    const r = await app.inject({ method: "GET", url: "/api/stats", headers: { origin: "https://evil.example" } });
    expect(r.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(r.headers["content-security-policy"]).toContain("object-src 'none'");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("rate-limits per client with 429 and Retry-After", async () => {
    const limited = await buildServer({ store: fx.store, rateLimit: { max: 3, windowMs: 60_000 } });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await limited.inject({ method: "GET", url: "/api/health" })).statusCode);
    const last = await limited.inject({ method: "GET", url: "/api/health" });
    await limited.close();
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect(last.headers["retry-after"]).toMatch(/^\d+$/);
    expect(last.json().error.code).toBe("rate_limited");
  });

  it("refuses bodies over the size limit with 413", async () => {
    const small = await buildServer({ store: fx.store, ingestToken: TOKEN, bodyLimit: 1024 });
    const r = await small.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      payload: JSON.stringify({ id: "big", text: "x".repeat(5000) }),
    });
    await small.close();
    expect(r.statusCode).toBe(413);
    expect(r.json().error.message).toMatch(/too large/i);
  });
});

describe("search", () => {
  it("finds articles with snippets, totals and facets", async () => {
    const r = await get("/api/search?q=Kremlin&facets=true");
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThanOrEqual(2);
    const seed = r.body.items.find((h: { articleId: string }) => h.articleId === fx.ids.seed);
    expect(seed.title).toBe("Russia-U.S. relations long way from breakthrough: Kremlin");
    expect(seed.snippet).toContain("«Kremlin»");
    expect(r.body.facets.source.map((f: { value: string }) => f.value)).toContain("Xinhua");
    expect(r.body.facets.month.length).toBeGreaterThan(0);
  });

  it("pages with a cursor without repeating or dropping hits", async () => {
    const all = await get("/api/search?q=the&limit=500");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r = await get(`/api/search?q=the&limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(r.status).toBe(200);
      seen.push(...r.body.items.map((h: { articleId: string }) => h.articleId));
      cursor = r.body.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThan(7);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.body.items.map((h: { articleId: string }) => h.articleId).sort());
  });

  it("orders by relevance unless sort=newest", async () => {
    const ranked = await get("/api/search?q=Kremlin&limit=3");
    expect(ranked.body.items[0].title).toMatch(/Kremlin/);
    const newest = await get("/api/search?q=Kremlin&sort=newest&limit=50");
    const dates = newest.body.items.map((h: { published: string | null }) => h.published).filter(Boolean);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(newest.body.total).toBe(ranked.body.total);
  });

  it("rejects a missing query, a bad limit, a bad cursor and bad syntax with 400", async () => {
    expectBadRequest(await get("/api/search"), "query.q");
    expectBadRequest(await get("/api/search?q=x&limit=0"), "query.limit: must be at least 1");
    expectBadRequest(await get("/api/search?q=x&limit=abc"), "query.limit");
    expectBadRequest(await get("/api/search?q=x&facets=maybe"), "query.facets: must be true or false");
    expectBadRequest(await get("/api/search?q=x&sort=oldest"), "query.sort: must be relevance or newest");
    expectBadRequest(await get("/api/search?q=x&cursor=%21%21notours"), "cursor");
    expectBadRequest(await get(`/api/search?q=${encodeURIComponent('"unclosed')}`), "search query");
  });
});

describe("articles and stories", () => {
  it("returns the article with text, annotations and offsets that point at their text", async () => {
    const r = await get(`/api/articles/${fx.ids.seed}`);
    expect(r.status).toBe(200);
    const { article, analysis } = r.body;
    expect(r.body.id).toBe(fx.ids.seed);
    expect(article.removed.map((x: { text: string }) => x.text)).toContain("Back to Top Close");
    for (const e of analysis.entities) expect(hostText(article, e).slice(e.start, e.end)).toBe(e.text);
    for (const t of analysis.times) expect(hostText(article, t).slice(t.start, t.end)).toBe(t.text);
    for (const q of analysis.quotes) expect(article.text.slice(q.start, q.end)).toBe(q.text);
    for (const ev of analysis.events) expect(article.text.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.sentence);
    expect(Array.isArray(r.body.copies)).toBe(true);
  });

  it("returns the story with its copies", async () => {
    const r = await get(`/api/stories/${fx.ids.seedStory}`);
    expect(r.status).toBe(200);
    expect(r.body.articles.map((a: { id: string }) => a.id)).toContain(fx.ids.seed);
    expect(r.body.mentionCount).toBeGreaterThanOrEqual(1);
  });

  it("404s unknown ids and 400s malformed ones", async () => {
    expect((await get("/api/articles/a000000000000")).status).toBe(404);
    expect((await get("/api/stories/s000000000000")).status).toBe(404);
    expectBadRequest(await get("/api/articles/bad%20id%3Cx%3E"), "params.id");
  });
});

describe("events", () => {
  it("filters by dyad and date and returns the evidence", async () => {
    const r = await get("/api/events?actor=RUS&recipient=USA&dyad=true&from=2018-03-20&to=2018-03-20");
    expect(r.status).toBe(200);
    expect(r.body.items).toHaveLength(1);
    expect(r.body.items[0].evidence.sentence).toBe(SEED_EVENT_SENTENCES.agree);
    expect(r.body.items[0].articleId).toBe(fx.ids.seed);
  });

  it("filters by type, quad, mode, confidence, article and story (lower-case codes accepted)", async () => {
    expect((await get("/api/events?type=sanction")).body.items.map((e: any) => e.plover.event)).toEqual(["SANCTION"]);
    expect((await get("/api/events?quad=3")).body.items.map((e: any) => e.cameo.code)).toEqual(["112"]);
    expect((await get("/api/events?actor=rus&recipient=usa")).body.items).toHaveLength(3);
    expect((await get("/api/events?mode=asserted")).body.items).toHaveLength(4);
    expect((await get("/api/events?mode=negated")).body.items).toHaveLength(0);
    expect((await get("/api/events?minConfidence=0.9")).body.items).toHaveLength(0);
    expect((await get(`/api/events?article=${fx.ids.seed}`)).body.items).toHaveLength(3);
    expect((await get(`/api/events?story=${fx.ids.seedStory}&cameo=036`)).body.items).toHaveLength(1);
  });

  it("pages events with a cursor", async () => {
    const a = await get("/api/events?limit=2");
    expect(a.body.items).toHaveLength(2);
    expect(a.body.nextCursor).toBeTruthy();
    const b = await get(`/api/events?limit=2&cursor=${encodeURIComponent(a.body.nextCursor)}`);
    expect(b.body.items).toHaveLength(2);
    expect(new Set([...a.body.items, ...b.body.items].map((e: { id: string }) => e.id)).size).toBe(4);
  });

  it("names the bad parameter and what is allowed", async () => {
    expectBadRequest(await get("/api/events?quad=5"), "query.quad: must be 1, 2, 3 or 4");
    expectBadRequest(await get("/api/events?actor=RUSSIA"), "query.actor: must be a 3-letter code");
    expectBadRequest(await get("/api/events?from=2018-13-45"), "query.from");
    expectBadRequest(await get("/api/events?from=yesterday"), "query.from: must be an ISO 8601 date");
    expectBadRequest(await get("/api/events?mode=maybe"), "query.mode: must be one of asserted");
    expectBadRequest(await get("/api/events?minConfidence=2"), "query.minConfidence: must be between 0 and 1");
    expectBadRequest(await get("/api/events?cameo=abc"), "query.cameo");
    expectBadRequest(await get("/api/events?dyad=yes"), "query.dyad");
  });
});

describe("dyad timeline", () => {
  it("counts per day by quad class with mean Goldstein and PLOVER types", async () => {
    const r = await get("/api/dyads/RUS/USA/timeline?interval=day");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: "RUS", b: "USA", interval: "day" });
    const byDay = Object.fromEntries(r.body.points.map((p: { bucket: string }) => [p.bucket, p]));
    expect(byDay["2018-03-20"]).toMatchObject({ count: 1, quad: { 1: 1, 2: 0, 3: 0, 4: 0 }, meanGoldstein: 4, plover: { AGREE: 1 } });
    expect(byDay["2018-03-22"]).toMatchObject({ count: 2, quad: { 1: 1, 3: 1 } });
  });

  it("is the same in both directions, groups by month and honours a date range", async () => {
    const ab = await get("/api/dyads/RUS/USA/timeline?interval=month");
    const ba = await get("/api/dyads/usa/rus/timeline?interval=month");
    expect(ab.body.points).toEqual(ba.body.points);
    expect(ab.body.points.find((p: { bucket: string }) => p.bucket.startsWith("2018-03")).count).toBe(3);
    const ranged = await get("/api/dyads/RUS/USA/timeline?interval=day&from=2018-03-21&to=2018-03-31");
    expect(ranged.body.points.map((p: { bucket: string }) => p.bucket)).toEqual(["2018-03-22"]);
  });

  it("rejects bad countries and intervals", async () => {
    expectBadRequest(await get("/api/dyads/RUS/USA/timeline?interval=year"), "query.interval: must be one of day, week, month");
    expectBadRequest(await get("/api/dyads/RU/USA/timeline"), "params.a");
    expectBadRequest(await get("/api/dyads/RUS/U5A/timeline"), "params.b");
  });
});

describe("actors, countries and quotes", () => {
  it("lists actors with counts, by name and country", async () => {
    const r = await get("/api/actors?country=RUS&limit=100");
    expect(r.status).toBe(200);
    const names = r.body.items.map((a: { name: string }) => a.name);
    expect(names).toContain("Dmitry Peskov");
    expect(r.body.items.every((a: { country: string }) => a.country === "RUS")).toBe(true);
    expect((await get("/api/actors?q=Peskov")).body.items[0].name).toBe("Dmitry Peskov");
    expectBadRequest(await get("/api/actors?country=1"), "query.country");
    expectBadRequest(await get("/api/actors?limit=100000"), "query.limit: must be at most 500");
  });

  it("lists the countries that act, most active first", async () => {
    const r = await get("/api/countries");
    const codes = r.body.items.map((c: { country: string }) => c.country);
    expect(codes).toEqual(expect.arrayContaining(["RUS", "USA"]));
  });

  it("lists quotes by speaker", async () => {
    const r = await get(`/api/quotes?speaker=${encodeURIComponent("Dmitry Peskov")}`);
    expect(r.status).toBe(200);
    expect(r.body.items.some((q: { text: string }) => q.text.startsWith("Let's not talk about any breakthrough"))).toBe(true);
    const trump = await get(`/api/quotes?speaker=${encodeURIComponent("Donald Trump")}&article=${fx.ids.seed}`);
    expect(trump.body.items.map((q: { cue: string }) => q.cue)).toEqual(["tweeted"]);
    expectBadRequest(await get("/api/quotes?from=03/22/2018"), "query.from");
  });
});

describe("ingest", () => {
  const page = {
    id: "api-test:1",
    url: "https://example.org/news/1",
    text: "Leaders meet in Geneva\n\nGENEVA, May 2 -- Diplomats from both countries met on Tuesday to discuss a new agreement on trade and travel.",
  };
  const post = (body: unknown, auth?: string, server = app) =>
    server.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "application/json", ...(auth ? { authorization: auth } : {}) },
      payload: JSON.stringify(body),
    });

  it("is off (403) when no token is configured", async () => {
    const off = await buildServer({ store: fx.store });
    const r = await post(page, `Bearer ${TOKEN}`, off);
    await off.close();
    expect(r.statusCode).toBe(403);
    expect(r.json().error.message).toContain("--ingest-token");
  });

  it("needs the right bearer token (401)", async () => {
    expect((await post(page)).statusCode).toBe(401);
    expect((await post(page, "Bearer wrong")).statusCode).toBe(401);
    expect((await post(page, TOKEN)).statusCode).toBe(401);
  });

  it("validates the body (400) before doing anything", async () => {
    const both = await post({ ...page, html: "<p>x</p>" }, `Bearer ${TOKEN}`);
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toContain("exactly one of text or html");
    const extra = await post({ ...page, evil: 1 }, `Bearer ${TOKEN}`);
    expect(extra.statusCode).toBe(400);
    const notJson = await app.inject({
      method: "POST",
      url: "/api/ingest",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      payload: "{not json",
    });
    expect(notJson.statusCode).toBe(400);
  });

  it("runs the pipeline and stores the page once", async () => {
    const before = (await get("/api/stats")).body.articles;
    const first = await post(page, `Bearer ${TOKEN}`);
    expect(first.statusCode).toBe(200);
    expect(first.json().status).toBe("new");
    const again = await post(page, `Bearer ${TOKEN}`);
    expect(again.json().status).toBe("duplicate");
    expect((await get("/api/stats")).body.articles).toBe(before + 1);
    const stored = await get(`/api/articles/${first.json().articleId}`);
    expect(stored.body.article.text).toContain("Diplomats from both countries met on Tuesday");
  });

  it("re-posting a record already stored through the store is a duplicate", async () => {
    const r = await post({ id: seedRecord().inputId, text: "anything" }, `Bearer ${TOKEN}`);
    expect(r.json().status).toBe("duplicate");
  });
});
