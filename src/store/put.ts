import { sql, type Transaction } from "kysely";
import { bestCandidate, fingerprint, NEAR, signatureFromBytes, signatureToBytes } from "../dedupe/index.js";
import type { Event, Quote } from "../model/index.js";
import type { Engine } from "./db/engine.js";
import type { Database } from "./db/schema.js";
import { dayOf, dyads, eventKeys, happened, quoteKeys, shortId } from "./keys.js";
import type { ProcessedRecord, PutResult } from "./store.js";

type Tx = Transaction<Database>;

/** One record in one transaction: exact URL / content duplicates, near-duplicate stories, events and quotes once per story. */
export async function putRecord(trx: Tx, engine: Engine, rec: ProcessedRecord): Promise<PutResult> {
  const now = new Date().toISOString();
  const known = await trx.selectFrom("inputs").select(["article_id", "story_id"]).where("input_id", "=", rec.inputId).executeTakeFirst();
  if (known) return { articleId: known.article_id, storyId: known.story_id, status: "duplicate" };

  const { article, analysis } = rec;
  const fp = fingerprint(article, rec.url ?? article.url);
  const published = article.published?.value ?? null;
  const copy = {
    url: rec.url ?? article.url ?? null,
    url_norm: fp.urlNorm,
    source: article.source ?? article.siteName ?? null,
    title: article.title,
    published,
    fetched_at: rec.fetchedAt ?? null,
    created_at: now,
  };
  const addInput = (articleId: string, storyId: string) =>
    trx.insertInto("inputs").values({ input_id: rec.inputId, article_id: articleId, story_id: storyId, created_at: now }).execute();

  // 1. The same page again (same normalised URL): nothing new.
  if (fp.urlNorm) {
    const same = await trx.selectFrom("copies").select(["article_id", "story_id"]).where("url_norm", "=", fp.urlNorm).executeTakeFirst();
    if (same) {
      await addInput(same.article_id, same.story_id);
      return { articleId: same.article_id, storyId: same.story_id, status: "duplicate" };
    }
  }
  // 2. The same text elsewhere: a new copy of the same article; its events and quotes gain a mention.
  const twin = await trx.selectFrom("articles").select(["id", "story_id"]).where("content_hash", "=", fp.contentHash).executeTakeFirst();
  if (twin) {
    await trx
      .insertInto("copies")
      .values({ ...copy, article_id: twin.id, story_id: twin.story_id, kind: "exact" })
      .execute();
    await bumpStory(trx, twin.story_id, published, false);
    await trx
      .updateTable("events")
      .set({ mention_count: sql`mention_count + 1` })
      .where("seq", "in", (qb) => qb.selectFrom("event_mentions").select("event_seq").where("article_id", "=", twin.id))
      .execute();
    await trx
      .updateTable("quotes")
      .set({ mention_count: sql`mention_count + 1` })
      .where("seq", "in", (qb) => qb.selectFrom("quote_mentions").select("quote_seq").where("article_id", "=", twin.id))
      .execute();
    await addInput(twin.id, twin.story_id);
    return { articleId: twin.id, storyId: twin.story_id, status: "duplicate" };
  }

  // 3. A near-duplicate of a stored article joins its story.
  const articleId = shortId("a", fp.contentHash);
  let storyId: string | null = null;
  const useLsh = fp.shingleCount >= NEAR.minShingles;
  if (useLsh) {
    const rows = await trx
      .selectFrom("lsh")
      .innerJoin("articles", "articles.seq", "lsh.article_seq")
      .select(["articles.seq", "articles.story_id", "articles.signature", "articles.shingle_count"])
      .where("lsh.key", "in", fp.bands)
      .distinct()
      .execute();
    const best = bestCandidate(
      fp,
      rows.map((r) => ({ storyId: r.story_id, fp: { signature: signatureFromBytes(r.signature), shingleCount: r.shingle_count } })),
    );
    if (best) storyId = best.storyId;
  }
  const isNew = storyId === null;
  if (storyId === null) {
    storyId = shortId("s", fp.contentHash);
    await trx
      .insertInto("stories")
      .values({
        id: storyId,
        title: article.title,
        representative_id: articleId,
        first_seen: published ?? rec.fetchedAt ?? null,
        mention_count: 1,
        article_count: 1,
        created_at: now,
      })
      .execute();
  } else {
    await bumpStory(trx, storyId, published, true);
  }

  const inserted = await trx
    .insertInto("articles")
    .values({
      id: articleId,
      story_id: storyId,
      content_hash: fp.contentHash,
      title: article.title,
      source: article.source ?? article.siteName ?? null,
      site_name: article.siteName ?? null,
      language: article.language ?? null,
      url: copy.url,
      published,
      sort_key: published ?? rec.fetchedAt ?? now,
      text: article.text,
      article_json: JSON.stringify(article),
      analysis_json: JSON.stringify(analysis),
      signature: signatureToBytes(fp.signature),
      shingle_count: fp.shingleCount,
      created_at: now,
    })
    .returning("seq")
    .executeTakeFirstOrThrow();
  const seq = inserted.seq;
  await trx
    .insertInto("copies")
    .values({ ...copy, article_id: articleId, story_id: storyId, kind: isNew ? "original" : "near" })
    .execute();
  if (useLsh)
    await trx
      .insertInto("lsh")
      .values(fp.bands.map((key) => ({ key, article_seq: seq })))
      .execute();
  if (engine === "sqlite")
    await sql`insert into articles_fts(rowid, title, body) values (${seq}, ${article.title}, ${article.text})`.execute(trx);
  if (copy.source)
    await trx
      .insertInto("sources")
      .values({ name: copy.source, articles: 1 })
      .onConflict((oc) => oc.column("name").doUpdateSet({ articles: sql`sources.articles + 1` }))
      .execute();
  await putEntities(trx, seq, storyId, analysis.entities);
  await putEvents(trx, storyId, articleId, analysis.events, isNew);
  await putQuotes(trx, storyId, articleId, analysis.quotes, isNew);
  await addInput(articleId, storyId);
  return { articleId, storyId, status: isNew ? "new" : "near-duplicate" };
}

async function bumpStory(trx: Tx, storyId: string, published: string | null, newText: boolean): Promise<void> {
  await trx
    .updateTable("stories")
    .set({
      mention_count: sql`mention_count + 1`,
      article_count: newText ? sql`article_count + 1` : sql`article_count`,
      first_seen: published
        ? sql`case when first_seen is null or first_seen > ${published} then ${published} else first_seen end`
        : sql`first_seen`,
    })
    .where("id", "=", storyId)
    .execute();
}

async function putEntities(trx: Tx, seq: number, storyId: string, entities: ProcessedRecord["analysis"]["entities"]): Promise<void> {
  const groups = new Map<
    string,
    { name: string; type: string; country: string | null; sector: string | null; ref: string | null; mentions: number }
  >();
  for (const e of entities) {
    const k = [e.name, e.type, e.country ?? "", e.sector ?? "", e.ref ?? ""].join("\u0000");
    const g = groups.get(k);
    if (g) g.mentions++;
    else
      groups.set(k, { name: e.name, type: e.type, country: e.country ?? null, sector: e.sector ?? null, ref: e.ref ?? null, mentions: 1 });
  }
  const rows = [...groups.values()].map((g) => ({ ...g, article_seq: seq, story_id: storyId }));
  for (let i = 0; i < rows.length; i += 200)
    await trx
      .insertInto("entities")
      .values(rows.slice(i, i + 200))
      .execute();
}

async function putEvents(trx: Tx, storyId: string, articleId: string, events: Event[], newStory: boolean): Promise<void> {
  if (events.length === 0) return;
  const keys = eventKeys(events);
  // Events already in the story (a copy carries them again): one more mention each.
  const existing = new Map<string, number>();
  if (!newStory) {
    const rows = await trx
      .selectFrom("events")
      .select(["seq", "event_key"])
      .where("story_id", "=", storyId)
      .where("event_key", "in", keys)
      .execute();
    for (const r of rows) existing.set(r.event_key, r.seq);
  }
  const seen = [...existing.values()];
  if (seen.length) {
    await trx.updateTable("events").set({ mention_count: sql`mention_count + 1` }).where("seq", "in", seen).execute();
    await trx
      .insertInto("event_mentions")
      .values(seen.map((seq) => ({ event_seq: seq, article_id: articleId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const fresh = events.map((e, i) => ({ e, key: keys[i]! })).filter((x) => !existing.has(x.key));
  if (fresh.length === 0) return;
  for (let i = 0; i < fresh.length; i += 100)
    await trx
      .insertInto("events")
      .values(
        fresh.slice(i, i + 100).map(({ e, key }) => ({
          id: shortId("e", storyId, key),
          story_id: storyId,
          article_id: articleId,
          event_key: key,
          cameo: e.cameo.code,
          quad: e.cameo.quad,
          goldstein: e.cameo.goldstein,
          plover: e.plover?.event ?? null,
          date_value: e.date.value ?? null,
          day: dayOf(e.date.value),
          negated: e.mode.negated ? 1 : 0,
          hypothetical: e.mode.hypothetical ? 1 : 0,
          future: e.mode.future ? 1 : 0,
          historical: e.mode.historical ? 1 : 0,
          confidence: e.confidence,
          sentence: e.evidence.sentence,
          json: JSON.stringify(e),
          mention_count: 1,
        })),
      )
      .execute();
  const seqOf = new Map(
    (
      await trx
        .selectFrom("events")
        .select(["seq", "event_key"])
        .where("story_id", "=", storyId)
        .where(
          "event_key",
          "in",
          fresh.map((x) => x.key),
        )
        .execute()
    ).map((r) => [r.event_key, r.seq]),
  );
  const actors = fresh.flatMap(({ e, key }) => {
    const seq = seqOf.get(key)!;
    return [
      ...e.actor.map((a) => ({ event_seq: seq, role: "a", country: a.country ?? null, sector: a.sector ?? null, name: a.name })),
      ...e.recipient.map((a) => ({ event_seq: seq, role: "r", country: a.country ?? null, sector: a.sector ?? null, name: a.name })),
    ];
  });
  for (let i = 0; i < actors.length; i += 200)
    await trx
      .insertInto("event_actors")
      .values(actors.slice(i, i + 200))
      .execute();
  await trx
    .insertInto("event_mentions")
    .values(fresh.map(({ key }) => ({ event_seq: seqOf.get(key)!, article_id: articleId })))
    .execute();
  await addToRollup(
    trx,
    fresh.map((x) => x.e),
  );
}

/** Adds asserted, day-dated events to the dyad rollup: summed per (pair, day) within the record, one upsert each. */
export async function addToRollup(trx: Tx, events: Event[]): Promise<void> {
  const days = new Map<
    string,
    { lo: string; hi: string; day: string; n: number; q1: number; q2: number; q3: number; q4: number; goldstein_sum: number }
  >();
  const plovers = new Map<string, { lo: string; hi: string; day: string; plover: string; n: number }>();
  for (const e of events) {
    const day = dayOf(e.date.value);
    if (!day || !happened(e)) continue;
    for (const [lo, hi] of dyads(e)) {
      const k = `${lo}|${hi}|${day}`;
      const d = days.get(k) ?? { lo, hi, day, n: 0, q1: 0, q2: 0, q3: 0, q4: 0, goldstein_sum: 0 };
      d.n++;
      d[`q${e.cameo.quad}` as "q1"]++;
      d.goldstein_sum += e.cameo.goldstein;
      days.set(k, d);
      if (e.plover?.event) {
        const pk = `${k}|${e.plover.event}`;
        const p = plovers.get(pk) ?? { lo, hi, day, plover: e.plover.event, n: 0 };
        p.n++;
        plovers.set(pk, p);
      }
    }
  }
  for (const x of days.values())
    await trx
      .insertInto("dyad_daily")
      .values(x)
      .onConflict((oc) =>
        oc.columns(["lo", "hi", "day"]).doUpdateSet({
          n: sql`dyad_daily.n + ${x.n}`,
          q1: sql`dyad_daily.q1 + ${x.q1}`,
          q2: sql`dyad_daily.q2 + ${x.q2}`,
          q3: sql`dyad_daily.q3 + ${x.q3}`,
          q4: sql`dyad_daily.q4 + ${x.q4}`,
          goldstein_sum: sql`dyad_daily.goldstein_sum + ${x.goldstein_sum}`,
        }),
      )
      .execute();
  for (const x of plovers.values())
    await trx
      .insertInto("dyad_plover")
      .values(x)
      .onConflict((oc) => oc.columns(["lo", "hi", "day", "plover"]).doUpdateSet({ n: sql`dyad_plover.n + ${x.n}` }))
      .execute();
}

async function putQuotes(trx: Tx, storyId: string, articleId: string, quotes: Quote[], newStory: boolean): Promise<void> {
  if (quotes.length === 0) return;
  const keys = quoteKeys(quotes);
  const existing = new Map<string, number>();
  if (!newStory) {
    const rows = await trx
      .selectFrom("quotes")
      .select(["seq", "quote_key"])
      .where("story_id", "=", storyId)
      .where("quote_key", "in", keys)
      .execute();
    for (const r of rows) existing.set(r.quote_key, r.seq);
  }
  const seen = [...existing.values()];
  if (seen.length) {
    await trx.updateTable("quotes").set({ mention_count: sql`mention_count + 1` }).where("seq", "in", seen).execute();
    await trx
      .insertInto("quote_mentions")
      .values(seen.map((seq) => ({ quote_seq: seq, article_id: articleId })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
  const fresh = quotes.map((q, i) => ({ q, key: keys[i]! })).filter((x) => !existing.has(x.key));
  if (fresh.length === 0) return;
  for (let i = 0; i < fresh.length; i += 100)
    await trx
      .insertInto("quotes")
      .values(
        fresh.slice(i, i + 100).map(({ q, key }) => ({
          id: shortId("q", storyId, key),
          story_id: storyId,
          article_id: articleId,
          quote_key: key,
          kind: q.kind,
          speaker: q.speaker?.name ?? null,
          speaker_country: q.speaker?.country ?? null,
          text: q.text,
          date: q.date ?? null,
          json: JSON.stringify(q),
          mention_count: 1,
        })),
      )
      .execute();
  const rows = await trx
    .selectFrom("quotes")
    .select("seq")
    .where("story_id", "=", storyId)
    .where(
      "quote_key",
      "in",
      fresh.map((x) => x.key),
    )
    .execute();
  await trx
    .insertInto("quote_mentions")
    .values(rows.map((r) => ({ quote_seq: r.seq, article_id: articleId })))
    .execute();
}
