import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Analysis, Article, Outcome, Quote } from "../model/index.js";
import { decodeCursor, encodeCursor, pageLimit } from "./cursor.js";
import type { Connection } from "./db/connect.js";
import type { Engine } from "./db/engine.js";
import type { Database } from "./db/schema.js";
import { listEvents } from "./events-query.js";
import { putRecord } from "./put.js";
import { compileQuery, relevance } from "./search/compile.js";
import { parseQuery, positiveTerms } from "./search/parse.js";
import { snippet } from "./search/snippet.js";
import type {
  ActorSummary,
  ArticleRow,
  DateRange,
  EventFilter,
  Paged,
  PageRequest,
  ProcessedRecord,
  PutResult,
  QuoteFilter,
  SearchFacets,
  SearchHit,
  SearchOptions,
  Store,
  StoredArticle,
  StoredEvent,
  StoredQuote,
  StoredStory,
  StoreStats,
  StoryRow,
  TimelinePoint,
} from "./store.js";
import { dyadTimeline } from "./timeline.js";

/** The store on SQLite or PostgreSQL through one Kysely code path. */
export class KyselyStore implements Store {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly target: string;

  constructor(conn: Connection) {
    this.db = conn.db;
    this.engine = conn.engine;
    this.target = conn.target;
  }

  async put(record: ProcessedRecord): Promise<PutResult> {
    return this.db.transaction().execute((trx) => putRecord(trx, this.engine, record));
  }

  async hasInput(inputId: string): Promise<boolean> {
    const r = await this.db.selectFrom("inputs").select("input_id").where("input_id", "=", inputId).executeTakeFirst();
    return !!r;
  }

  async startRun(meta: { command: string; inputs: string[] }): Promise<string> {
    const id = `run-${new Date().toISOString().replace(/[:.]/g, "")}-${randomUUID().slice(0, 8)}`;
    await this.db
      .insertInto("runs")
      .values({
        id,
        command: meta.command,
        inputs_json: JSON.stringify(meta.inputs),
        started_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
    return id;
  }

  async recordOutcome(runId: string, o: Outcome): Promise<void> {
    await this.db
      .insertInto("outcomes")
      .values({
        run_id: runId,
        input: o.input,
        status: o.status,
        why: o.status === "ok" ? null : o.why,
        article_id: o.status === "ok" ? (o.articleId ?? null) : null,
        story_id: o.status === "ok" ? (o.storyId ?? null) : null,
        at: new Date().toISOString(),
      })
      .execute();
  }

  async finishRun(runId: string): Promise<void> {
    await this.db.updateTable("runs").set({ finished_at: new Date().toISOString() }).where("id", "=", runId).execute();
  }

  /** What a run did, input by input (in order). */
  async runOutcomes(runId: string): Promise<Outcome[]> {
    const rows = await this.db.selectFrom("outcomes").selectAll().where("run_id", "=", runId).orderBy("seq").execute();
    return rows.map((r): Outcome => {
      if (r.status === "ok")
        return { input: r.input, status: "ok", articleId: r.article_id ?? undefined, storyId: r.story_id ?? undefined };
      return { input: r.input, status: r.status as "skipped" | "failed", why: r.why ?? "" };
    });
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    const a = await this.db
      .selectFrom("inputs")
      .innerJoin("articles", "articles.id", "inputs.article_id")
      .select("articles.id")
      .where("inputs.input_id", "=", id)
      .executeTakeFirst();
    const row = await this.db
      .selectFrom("articles")
      .select(["id", "story_id", "article_json", "analysis_json"])
      .where("id", "=", a?.id ?? id)
      .executeTakeFirst();
    if (!row) return null;
    const input = await this.db
      .selectFrom("inputs")
      .select("input_id")
      .where("article_id", "=", row.id)
      .orderBy("created_at")
      .executeTakeFirst();
    const copies = await this.db
      .selectFrom("copies")
      .select(["seq", "article_id", "title", "source", "url", "published"])
      .where("story_id", "=", row.story_id)
      .orderBy("seq")
      .execute();
    const own = copies.find((c) => c.article_id === row.id);
    return {
      id: row.id,
      storyId: row.story_id,
      inputId: input?.input_id ?? "",
      article: JSON.parse(row.article_json) as Article,
      analysis: JSON.parse(row.analysis_json) as Analysis,
      copies: copies
        .filter((c) => c !== own)
        .map((c) => ({ id: c.article_id, title: c.title, source: c.source, url: c.url, published: c.published })),
    };
  }

  listEvents(filter: EventFilter, page?: PageRequest): Promise<Paged<StoredEvent>> {
    return listEvents(this.db, filter, page);
  }

  async listQuotes(f: QuoteFilter, page: PageRequest = {}): Promise<Paged<StoredQuote>> {
    const limit = pageLimit(page.limit);
    const after = decodeCursor(page.cursor);
    const base = this.db
      .selectFrom("quotes")
      .$if(!!f.speaker, (q) => q.where(sql`lower(speaker)`, "=", f.speaker!.toLowerCase()))
      .$if(!!f.articleId, (q) =>
        q.where("seq", "in", (eb) => eb.selectFrom("quote_mentions").select("quote_seq").where("article_id", "=", f.articleId!)),
      )
      .$if(!!f.from, (q) => q.where("date", ">=", f.from!))
      .$if(!!f.to, (q) => q.where("date", "<=", `${f.to}\uffff`));
    const rows = await base
      .select(["seq", "id", "story_id", "article_id", "json", "mention_count"])
      .$if(after !== null, (q) => q.where("seq", ">", Number(after![0])))
      .orderBy("seq")
      .limit(limit + 1)
      .execute();
    const total = after === null ? Number((await base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n) : null;
    const more = rows.length > limit;
    const items = rows.slice(0, limit).map(
      (r): StoredQuote => ({
        ...(JSON.parse(r.json) as Quote),
        id: r.id,
        articleId: r.article_id,
        storyId: r.story_id,
        mentionCount: r.mention_count,
      }),
    );
    return { items, nextCursor: more ? encodeCursor([rows[limit - 1]!.seq]) : null, total };
  }

  async search(query: string, page: PageRequest = {}, options: SearchOptions = {}): Promise<Paged<SearchHit>> {
    const ast = parseQuery(query);
    const terms = positiveTerms(ast);
    const limit = pageLimit(page.limit);
    const rank = options.sort === "newest" ? null : relevance(this.engine, terms);
    const after = decodeCursor(page.cursor);
    if (after !== null && (after[0] === "r") !== (rank !== null))
      throw new Error(`invalid cursor: ${page.cursor} (it belongs to the other sort order)`);
    const where = this.db.selectFrom("articles").where((eb) => compileQuery(eb, this.engine, ast));
    const columns = ["seq", "id", "story_id", "title", "source", "published", "url", "text", "sort_key"] as const;
    const rows = rank
      ? await where
          .$if(rank.join !== null, (q) =>
            q.leftJoin(sql`${rank.join}`.as("ranked"), (j) => j.on(sql<boolean>`ranked.fts_seq = articles.seq`)),
          )
          .select([...columns, sql<number>`${rank.score}`.as("score")])
          .$if(after !== null, (q) =>
            q.where(sql<boolean>`(${rank.score} < ${after![1]} or (${rank.score} = ${after![1]} and articles.seq < ${after![2]}))`),
          )
          .orderBy(sql`${rank.score}`, "desc")
          .orderBy("seq", "desc")
          .limit(limit + 1)
          .execute()
      : await where
          .select([...columns, sql<number>`0`.as("score")])
          .$if(after !== null, (q) => q.where(sql<boolean>`(articles.sort_key, articles.seq) < (${after![0]}, ${after![1]})`))
          .orderBy("sort_key", "desc")
          .orderBy("seq", "desc")
          .limit(limit + 1)
          .execute();
    const total =
      after === null ? Number((await where.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n) : null;
    const more = rows.length > limit;
    const items = rows.slice(0, limit).map((r): SearchHit => {
      const s = snippet(`${r.title}\n\n${r.text}`, terms);
      return {
        articleId: r.id,
        storyId: r.story_id,
        title: r.title,
        source: r.source,
        published: r.published,
        url: r.url,
        snippet: s.snippet,
        score: s.hits,
      };
    });
    const last = rows[limit - 1];
    const cursor =
      !more || !last ? null : rank ? encodeCursor(["r", Number(last.score), last.seq]) : encodeCursor([last.sort_key, last.seq]);
    return { items, nextCursor: cursor, total };
  }

  async searchFacets(query: string): Promise<SearchFacets> {
    const ast = parseQuery(query);
    const matches = this.db.selectFrom("articles").where((eb) => compileQuery(eb, this.engine, ast));
    const count = sql<number>`count(*)`;
    const source = await matches
      .select([sql<string>`coalesce(articles.source, '')`.as("value"), count.as("count")])
      .groupBy(sql`coalesce(articles.source, '')`)
      .orderBy(count, "desc")
      .execute();
    const month = await matches
      .select([sql<string>`substr(articles.sort_key, 1, 7)`.as("value"), count.as("count")])
      .groupBy(sql`substr(articles.sort_key, 1, 7)`)
      .orderBy(count, "desc")
      .execute();
    const country = await this.db
      .selectFrom("entities")
      .select(["entities.country as value", sql<number>`count(distinct entities.article_seq)`.as("count")])
      .where("entities.country", "is not", null)
      .where("entities.article_seq", "in", matches.select("articles.seq"))
      .groupBy("entities.country")
      .orderBy(sql`count(distinct entities.article_seq)`, "desc")
      .execute();
    const norm = (xs: { value: string | null; count: number }[]) =>
      xs.filter((x) => x.value).map((x) => ({ value: x.value!, count: Number(x.count) }));
    return { source: norm(source), country: norm(country), month: norm(month) };
  }

  dyadTimeline(a: string, b: string, interval: "day" | "week" | "month", range?: DateRange): Promise<TimelinePoint[]> {
    return dyadTimeline(this.db, a, b, interval, range);
  }

  async getStory(id: string): Promise<StoredStory | null> {
    const s = await this.db.selectFrom("stories").selectAll().where("id", "=", id).executeTakeFirst();
    if (!s) return null;
    const copies = await this.db
      .selectFrom("copies")
      .select(["article_id", "title", "source", "url", "published"])
      .where("story_id", "=", id)
      .orderBy("seq")
      .execute();
    return {
      id: s.id,
      title: s.title,
      mentionCount: s.mention_count,
      firstSeen: s.first_seen,
      articles: copies.map((c) => ({ id: c.article_id, title: c.title, source: c.source, url: c.url, published: c.published })),
    };
  }

  async listActors(filter: { q?: string; country?: string }, page: PageRequest = {}): Promise<Paged<ActorSummary>> {
    const limit = pageLimit(page.limit);
    const offset = Number(decodeCursor(page.cursor)?.[0] ?? 0);
    const rows = await this.db
      .selectFrom("entities")
      .select(["name", "country", "sector", sql<number>`count(distinct story_id)`.as("stories")])
      .where("type", "in", ["PER", "ORG"])
      .$if(!!filter.q, (q) => q.where(sql`lower(name)`, "like", `%${filter.q!.toLowerCase()}%`))
      .$if(!!filter.country, (q) => q.where("country", "=", filter.country!))
      .groupBy(["name", "country", "sector"])
      .orderBy(sql`count(distinct story_id)`, "desc")
      .orderBy("name")
      .limit(limit + 1)
      .offset(offset)
      .execute();
    const items: ActorSummary[] = [];
    for (const r of rows.slice(0, limit)) {
      const ev = await this.db
        .selectFrom("event_actors")
        .select((eb) => eb.fn.count<number>("event_seq").distinct().as("n"))
        .where(sql`lower(name)`, "=", r.name.toLowerCase())
        .executeTakeFirstOrThrow();
      const qu = await this.db
        .selectFrom("quotes")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where(sql`lower(speaker)`, "=", r.name.toLowerCase())
        .executeTakeFirstOrThrow();
      items.push({ name: r.name, country: r.country, sector: r.sector, events: Number(ev.n), quotes: Number(qu.n) });
    }
    return { items, nextCursor: rows.length > limit ? encodeCursor([offset + limit]) : null, total: null };
  }

  async stats(): Promise<StoreStats> {
    const one = async (table: "articles" | "stories" | "events" | "quotes") =>
      Number(
        (
          await this.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const ent = await this.db.selectFrom("entities").select(sql<number>`coalesce(sum(mentions), 0)`.as("n")).executeTakeFirstOrThrow();
    const copies = Number(
      (
        await this.db
          .selectFrom("copies")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
    return {
      articles: await one("articles"),
      stories: await one("stories"),
      events: await one("events"),
      quotes: await one("quotes"),
      entities: Number(ent.n),
      copies,
    };
  }

  async listArticles(page: PageRequest = {}): Promise<Paged<ArticleRow>> {
    const limit = pageLimit(page.limit);
    const after = Number(decodeCursor(page.cursor)?.[0] ?? 0);
    const rows = await this.db
      .selectFrom("articles")
      .select(["seq", "id", "story_id", "article_json"])
      .where("seq", ">", after)
      .orderBy("seq")
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map((r) => ({ id: r.id, storyId: r.story_id, article: JSON.parse(r.article_json) as Article }));
    return { items, nextCursor: rows.length > limit ? encodeCursor([rows[limit - 1]!.seq]) : null, total: null };
  }

  async listStories(page: PageRequest = {}): Promise<Paged<StoryRow>> {
    const limit = pageLimit(page.limit);
    const after = decodeCursor(page.cursor)?.[0] ?? "";
    const rows = await this.db
      .selectFrom("stories")
      .selectAll()
      .where("id", ">", String(after))
      .orderBy("id")
      .limit(limit + 1)
      .execute();
    const items = rows.slice(0, limit).map(
      (r): StoryRow => ({
        id: r.id,
        title: r.title,
        representativeId: r.representative_id,
        firstSeen: r.first_seen,
        mentionCount: r.mention_count,
        articleCount: r.article_count,
      }),
    );
    return { items, nextCursor: rows.length > limit ? encodeCursor([rows[limit - 1]!.id]) : null, total: null };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
