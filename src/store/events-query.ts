import { type Expression, type ExpressionBuilder, type Kysely, type SqlBool, sql } from "kysely";
import { decodeCursor, encodeCursor, pageLimit } from "./cursor.js";
import type { Database } from "./db/schema.js";
import type { EventFilter, Paged, PageRequest, StoredEvent } from "./store.js";

type EB = ExpressionBuilder<Database, "events">;

/** Events (seq) where `who` is actor (`a`), recipient (`r`) or either (null). Three capital letters is a country code, else a name. */
function withActor(eb: EB, role: "a" | "r" | null, who: string) {
  return eb
    .selectFrom("event_actors as ea")
    .select("ea.event_seq")
    .where((w) => {
      const parts = [/^[A-Z]{3}$/.test(who) ? w("ea.country", "=", who) : w(sql`lower(ea.name)`, "=", who.toLowerCase())];
      if (role) parts.push(w("ea.role", "=", role));
      return w.and(parts);
    });
}

/** Driven from the event_actors index: `seq in (A ∩ R)`, so a dyad over a million events reads only its own rows. */
function actorIs(eb: EB, role: "a" | "r" | null, who: string, other?: { role: "a" | "r" | null; who: string }): Expression<SqlBool> {
  const a = withActor(eb, role, who);
  return eb("events.seq", "in", other ? a.intersect(withActor(eb, other.role, other.who)) : a);
}

export function eventWhere(eb: EB, f: EventFilter): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [];
  if (f.dyad && f.actor && f.recipient) {
    c.push(eb.or([actorIs(eb, "a", f.actor, { role: "r", who: f.recipient }), actorIs(eb, "a", f.recipient, { role: "r", who: f.actor })]));
  } else if (f.actor && f.recipient) {
    c.push(actorIs(eb, f.dyad ? null : "a", f.actor, { role: f.dyad ? null : "r", who: f.recipient }));
  } else {
    if (f.actor) c.push(actorIs(eb, f.dyad ? null : "a", f.actor));
    if (f.recipient) c.push(actorIs(eb, f.dyad ? null : "r", f.recipient));
  }
  if (f.from) c.push(eb("events.date_value", ">=", f.from));
  if (f.to) c.push(eb("events.date_value", "<=", `${f.to}\uffff`));
  if (f.plover) c.push(eb("events.plover", "=", f.plover.toUpperCase()));
  if (f.cameo) c.push(eb("events.cameo", "like", `${f.cameo}%`));
  if (f.quad) c.push(eb("events.quad", "=", f.quad));
  if (f.mode === "asserted")
    c.push(eb.and([eb("negated", "=", 0), eb("hypothetical", "=", 0), eb("future", "=", 0), eb("historical", "=", 0)]));
  else if (f.mode) c.push(eb(`events.${f.mode}`, "=", 1));
  if (f.minConfidence !== undefined) c.push(eb("events.confidence", ">=", f.minConfidence));
  if (f.storyId) c.push(eb("events.story_id", "=", f.storyId));
  if (f.articleId)
    c.push(
      eb.exists(
        eb
          .selectFrom("event_mentions as em")
          .select(sql`1`.as("one"))
          .whereRef("em.event_seq", "=", "events.seq")
          .where("em.article_id", "=", f.articleId),
      ),
    );
  return eb.and(c);
}

/** Events, once per story, ordered by date then insertion; keyset pagination. */
export async function listEvents(db: Kysely<Database>, f: EventFilter, page: PageRequest = {}): Promise<Paged<StoredEvent>> {
  const limit = pageLimit(page.limit);
  const after = decodeCursor(page.cursor);
  const dateKey = sql<string>`coalesce(events.date_value, '')`;
  const rows = await db
    .selectFrom("events")
    .leftJoin("articles", "articles.id", "events.article_id")
    .select([
      "events.seq",
      "events.id",
      "events.story_id",
      "events.article_id",
      "events.json",
      "events.mention_count",
      "articles.title",
      dateKey.as("date_key"),
    ])
    .where((eb) => eventWhere(eb, f))
    .$if(after !== null, (qb) => qb.where(sql<boolean>`(${dateKey}, events.seq) > (${after![0]}, ${after![1]})`))
    .orderBy(dateKey)
    .orderBy("events.seq")
    .limit(limit + 1)
    .execute();
  const more = rows.length > limit;
  const items = rows.slice(0, limit).map(
    (r): StoredEvent => ({
      ...(JSON.parse(r.json) as Omit<StoredEvent, "id">),
      id: r.id,
      articleId: r.article_id,
      storyId: r.story_id,
      mentionCount: r.mention_count,
      articleTitle: r.title ?? undefined,
    }),
  );
  const last = rows[limit - 1];
  const total = after === null ? await countEvents(db, f) : null;
  return { items, nextCursor: more && last ? encodeCursor([last.date_key, last.seq]) : null, total };
}

export async function countEvents(db: Kysely<Database>, f: EventFilter): Promise<number> {
  const r = await db
    .selectFrom("events")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where((eb) => eventWhere(eb, f))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
