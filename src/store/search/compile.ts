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
