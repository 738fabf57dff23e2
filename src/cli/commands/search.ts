import type { Command } from "commander";
import { openStore, QuerySyntaxError, type SearchSort } from "../../store/index.js";
import { printJsonLine } from "../io.js";
import { type ExitState, UsageError } from "../main.js";

const SYNTAX = `words, "phrases", prefix*, AND/OR/NOT, -word, ( ), title: source: lang: country: actor:, date:2018-03-01..2018-03-31, from: to:`;

/** `dateline search "<query>"`: articles matching the query, most relevant (or newest) first, with snippets; pages with --cursor. */
export function register(program: Command, _exit: ExitState): void {
  program
    .command("search")
    .description(`full-text search over stored articles (${SYNTAX})`)
    .argument("<query>", "the query")
    .option("--limit <n>", "hits per page (max 1000)", "20")
    .option("--sort <order>", "relevance (default when the query has words) or newest")
    .option("--cursor <cursor>", "continue after a previous page (printed on stderr)")
    .option("--all", "print every hit, paging through them all")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .action(async (query: string, opts: { limit: string; sort?: string; cursor?: string; all?: boolean; db: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError("--limit must be a positive integer");
      if (opts.sort !== undefined && opts.sort !== "relevance" && opts.sort !== "newest")
        throw new UsageError(`--sort must be relevance or newest, not ${opts.sort}`);
      const sort = opts.sort as SearchSort | undefined;
      const store = await openStore(opts.db);
      try {
        let cursor: string | null = opts.cursor ?? null;
        let total: number | null = null;
        let shown = 0;
        do {
          const page = await store.search(query, { limit, cursor }, { sort }).catch((err: Error) => {
            if (err instanceof QuerySyntaxError) throw new UsageError(`${err.message} (syntax: ${SYNTAX})`);
            throw err;
          });
          if (total === null) total = page.total;
          for (const hit of page.items) printJsonLine(hit);
          shown += page.items.length;
          cursor = page.nextCursor;
        } while (opts.all && cursor);
        process.stderr.write(`${shown} shown${total !== null ? ` of ${total}` : ""}${cursor ? `; more with --cursor ${cursor}` : ""}\n`);
      } finally {
        await store.close();
      }
    });
}
