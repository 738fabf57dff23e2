import { type Kysely, sql } from "kysely";
import type { Engine } from "../db/engine.js";
import { types } from "../db/engine.js";

/** Tables and indexes shared by both engines; full-text search differs (FTS5 / tsvector). */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const t = types(engine);
  const serial = (name: string) => (engine === "postgres" ? sql.raw(`${name} serial primary key`) : sql.raw(`${name} integer primary key`));
  await db.schema
    .createTable("stories")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("representative_id", "text", (c) => c.notNull())
    .addColumn("first_seen", "text")
    .addColumn("mention_count", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("article_count", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await sql`create table articles (
    ${serial("seq")},
    id text not null unique,
    story_id text not null references stories(id),
    content_hash text not null unique,
    title text not null,
    source text, site_name text, language text, url text, published text,
    sort_key text not null,
    text text not null,
    article_json text not null,
    analysis_json text not null,
    signature ${sql.raw(t.blob)} not null,
    shingle_count integer not null,
    created_at text not null
  )`.execute(db);
  await db.schema.createIndex("articles_story").on("articles").column("story_id").execute();
  await db.schema.createIndex("articles_sort").on("articles").columns(["sort_key", "seq"]).execute();
  await db.schema.createIndex("articles_source").on("articles").expression(sql`lower(source)`).execute();

  await sql`create table copies (
    ${serial("seq")},
    article_id text not null references articles(id),
    story_id text not null references stories(id),
    url text, url_norm text unique, source text, title text not null, published text, fetched_at text,
    kind text not null, created_at text not null
  )`.execute(db);
  await db.schema.createIndex("copies_story").on("copies").column("story_id").execute();
  await db.schema.createIndex("copies_article").on("copies").column("article_id").execute();

  await db.schema
    .createTable("inputs")
    .addColumn("input_id", "text", (c) => c.primaryKey())
    .addColumn("article_id", "text", (c) => c.notNull())
    .addColumn("story_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("lsh")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("article_seq", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("lsh_key").on("lsh").column("key").execute();

  await db.schema
    .createTable("sources")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("articles", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("entities")
    .addColumn("article_seq", "integer", (c) => c.notNull())
    .addColumn("story_id", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("sector", "text")
    .addColumn("ref", "text")
    .addColumn("mentions", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("entities_article").on("entities").column("article_seq").execute();
  await db.schema.createIndex("entities_country").on("entities").columns(["country", "article_seq"]).execute();
  await db.schema.createIndex("entities_name").on("entities").expression(sql`lower(name)`).execute();

  await sql`create table events (
    ${serial("seq")},
    id text not null unique,
    story_id text not null, article_id text not null, event_key text not null,
    cameo text not null, quad integer not null, goldstein ${sql.raw(t.real)} not null, plover text,
    date_value text, day text,
    negated integer not null, hypothetical integer not null, future integer not null, historical integer not null,
    confidence ${sql.raw(t.real)} not null,
    sentence text not null, json text not null, mention_count integer not null,
    unique (story_id, event_key)
  )`.execute(db);
  await db.schema.createIndex("events_date").on("events").columns(["date_value", "seq"]).execute();
  await db.schema.createIndex("events_article").on("events").column("article_id").execute();

  await db.schema
    .createTable("event_actors")
    .addColumn("event_seq", "integer", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("sector", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("event_actors_country").on("event_actors").columns(["country", "role", "event_seq"]).execute();
  await db.schema.createIndex("event_actors_event").on("event_actors").column("event_seq").execute();
  await db.schema.createIndex("event_actors_name").on("event_actors").expression(sql`lower(name)`).execute();

  await db.schema
    .createTable("event_mentions")
    .addColumn("event_seq", "integer", (c) => c.notNull())
    .addColumn("article_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("event_mentions_pk", ["event_seq", "article_id"])
    .execute();
  await db.schema.createIndex("event_mentions_article").on("event_mentions").column("article_id").execute();

  await sql`create table quotes (
    ${serial("seq")},
    id text not null unique,
    story_id text not null, article_id text not null, quote_key text not null,
    kind text not null, speaker text, speaker_country text, text text not null, date text,
    json text not null, mention_count integer not null,
    unique (story_id, quote_key)
  )`.execute(db);
  await db.schema.createIndex("quotes_speaker").on("quotes").expression(sql`lower(speaker)`).execute();
  await db.schema.createIndex("quotes_article").on("quotes").column("article_id").execute();

  await db.schema
    .createTable("quote_mentions")
    .addColumn("quote_seq", "integer", (c) => c.notNull())
    .addColumn("article_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("quote_mentions_pk", ["quote_seq", "article_id"])
    .execute();
  await db.schema.createIndex("quote_mentions_article").on("quote_mentions").column("article_id").execute();

  await sql`create table dyad_daily (
    lo text not null, hi text not null, day text not null, quad integer not null, plover text not null,
    n integer not null, goldstein_sum ${sql.raw(t.real)} not null,
    primary key (lo, hi, day, quad, plover)
  )`.execute(db);

  await db.schema
    .createTable("runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("command", "text", (c) => c.notNull())
    .addColumn("inputs_json", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await sql`create table outcomes (
    ${serial("seq")},
    run_id text not null, input text not null, status text not null, why text,
    article_id text, story_id text, at text not null
  )`.execute(db);
  await db.schema.createIndex("outcomes_run").on("outcomes").columns(["run_id", "seq"]).execute();

  if (engine === "sqlite") {
    await sql`create virtual table articles_fts using fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  } else {
    await sql`alter table articles add column tsv tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')) stored`.execute(db);
    await sql`alter table articles add column tsv_title tsvector generated always as (to_tsvector('english', coalesce(title, ''))) stored`.execute(
      db,
    );
    await sql`create index articles_tsv on articles using gin (tsv)`.execute(db);
    await sql`create index articles_tsv_title on articles using gin (tsv_title)`.execute(db);
  }
}
