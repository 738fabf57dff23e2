import Sqlite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Engine } from "./engine.js";
import type { Database } from "./schema.js";

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** What the store was opened with (file path or URL without password). */
  target: string;
}

/** Opens the database named by `--db`: a `postgres://` URL, else a SQLite file (WAL, FTS5). */
export function connect(target: string): Connection {
  if (/^postgres(ql)?:\/\//i.test(target)) {
    // Counts come back as bigint strings; parse int8 as number (counts stay far below 2^53).
    pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
    const pool = new pg.Pool({ connectionString: target, max: 4 });
    // An idle connection the server ends (a restart, an administrator, a dropped network) reports its error
    // here; unheard, it would end the whole process (a server or worker). The pool forgets that connection
    // and opens a new one on the next query, so a line on stderr is all it needs.
    pool.on("error", (err) => {
      process.stderr.write(
        `dateline: an idle PostgreSQL connection was closed by the server (${err.message}); the next query opens a new one\n`,
      );
    });
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      engine: "postgres",
      target: target.replace(/:[^:@/]*@/, ":***@"),
    };
  }
  const file = target.replace(/^sqlite:(\/\/)?/i, "");
  const sqlite = new Sqlite(file);
  sqlite.pragma("journal_mode = WAL");
  // WAL + NORMAL: a committed transaction survives a crash of the process (kill -9); only a power
  // loss may roll back the last transactions, never corrupt the file.
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 10000");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("cache_size = -65536");
  return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }), engine: "sqlite", target: file };
}
