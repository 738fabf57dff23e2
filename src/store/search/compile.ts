import { type Expression, type ExpressionBuilder, type SqlBool, sql } from "kysely";
import { tokens } from "../../dedupe/index.js";
import type { Engine } from "../db/engine.js";
import type { Database } from "../db/schema.js";
import type { Node } from "./parse.js";

type EB = ExpressionBuilder<Database, "articles">;

/** FTS5 string literal: double quotes doubled inside. */
function ftsString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function textTerm(eb: EB, engine: Engine, n: Extract<Node, { type: "term" }>): Expression<SqlBool> {
  const words = tokens(n.value);
  if (words.length === 0) return sql<SqlBool>`1 = 0`;
  if (engine === "sqlite") {
    const phrase = ftsString(words.join(" ")) + (n.prefix ? " *" : "");
    const expr = n.field === "title" ? `title : ${phrase}` : phrase;
    return sql<SqlBool>`articles.seq in (select rowid from articles_fts where articles_fts match ${expr})`;
  }
  const col = n.field === "title" ? sql.ref("articles.tsv_title") : sql.ref("articles.tsv");
  if (n.prefix) return sql<SqlBool>`${col} @@ to_tsquery('english', ${`${words.join(" <-> ")}:*`})`;
  if (n.phrase || words.length > 1) return sql<SqlBool>`${col} @@ phraseto_tsquery('english', ${words.join(" ")})`;
  return sql<SqlBool>`${col} @@ plainto_tsquery('english', ${words[0]!})`;
}

function filter(eb: EB, n: Extract<Node, { type: "filter" }>): Expression<SqlBool> {
  const v = n.value;
  switch (n.field) {
    case "source":
      return eb.or([eb(sql`lower(articles.source)`, "=", v.toLowerCase()), eb(sql`lower(articles.site_name)`, "=", v.toLowerCase())]);
    case "lang":
      return eb.or([eb("articles.language", "=", v), eb("articles.language", "like", `${v}-%`)]);
    case "country":
      return eb(
        "articles.seq",
        "in",
        eb.selectFrom("entities").select("entities.article_seq").where("entities.country", "=", v.toUpperCase()),
      );
    case "actor": {
      if (/^[A-Z]{3}$/.test(v))
        return eb(
          "articles.id",
          "in",
          eb
            .selectFrom("event_mentions as em")
            .innerJoin("event_actors as ea", "ea.event_seq", "em.event_seq")
            .select("em.article_id")
            .where("ea.country", "=", v),
        );
      return eb.or([
        eb(
          "articles.seq",
          "in",
          eb.selectFrom("entities").select("entities.article_seq").where(sql`lower(entities.name)`, "=", v.toLowerCase()),
        ),
        eb(
          "articles.id",
          "in",
          eb
            .selectFrom("event_mentions as em")
            .innerJoin("event_actors as ea", "ea.event_seq", "em.event_seq")
            .select("em.article_id")
            .where(sql`lower(ea.name)`, "=", v.toLowerCase()),
        ),
      ]);
    }
  }
}

/** Compiles a parsed query to a WHERE expression on `articles`, for the engine's full-text index. */
export function compileQuery(eb: EB, engine: Engine, n: Node): Expression<SqlBool> {
  switch (n.type) {
    case "term":
      return textTerm(eb, engine, n);
    case "filter":
      return filter(eb, n);
    case "date": {
      const c: Expression<SqlBool>[] = [];
      if (n.from) c.push(eb("articles.sort_key", ">=", n.from));
      if (n.to) c.push(eb("articles.sort_key", "<=", `${n.to}\uffff`));
      return eb.and(c);
    }
    case "and":
      return eb.and(n.items.map((i) => compileQuery(eb, engine, i)));
    case "or":
      return eb.or(n.items.map((i) => compileQuery(eb, engine, i)));
    case "not":
      return eb.not(compileQuery(eb, engine, n.item));
  }
}

type Term = { value: string; field?: "text" | "title"; phrase: boolean; prefix: boolean };

/**
 * A relevance score (higher is better) over the query's positive words, any of which may match:
 * BM25 on SQLite's FTS5 (title weighted 5×), ts_rank_cd on PostgreSQL (title is weight A), as float8 so a
 * cursor carries it exactly. Null when the query has no words to rank by (filters only).
 */
export function relevance(engine: Engine, terms: Term[]): { join: Expression<unknown> | null; score: Expression<number> } | null {
  const parts = terms.map((t) => ({ ...t, words: tokens(t.value) })).filter((t) => t.words.length > 0);
  if (parts.length === 0) return null;
  if (engine === "sqlite") {
    const match = parts
      .map((t) => {
        const phrase = ftsString(t.words.join(" ")) + (t.prefix ? " *" : "");
        return t.field === "title" ? `title : ${phrase}` : phrase;
      })
      .join(" OR ");
    return {
      join: sql`(select rowid as fts_seq, -bm25(articles_fts, 5.0, 1.0) as rank from articles_fts where articles_fts match ${match})`,
      score: sql<number>`coalesce(ranked.rank, 0.0)`,
    };
  }
  const queries = parts.map((t) => {
    if (t.prefix) return sql`to_tsquery('english', ${`${t.words.join(" <-> ")}:*`})`;
    if (t.words.length > 1) return sql`phraseto_tsquery('english', ${t.words.join(" ")})`;
    return sql`plainto_tsquery('english', ${t.words[0]!})`;
  });
  const q = sql.join(queries, sql` || `);
  return { join: null, score: sql<number>`ts_rank_cd(articles.tsv, ${q}, 1)::float8` };
}
