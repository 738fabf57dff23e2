import type { Command } from "commander";
import { exportTo, FORMATS, type Format, WHATS, type What } from "../../export/index.js";
import { openStore } from "../../store/index.js";
import { type ExitState, UsageError } from "../main.js";

/** `dateline export --what … --format … [--out FILE]`: streams a whole table out of the store. */
export function register(program: Command, _exit: ExitState): void {
  program
    .command("export")
    .description("export articles, stories, events or quotes as JSON Lines, CSV, Parquet, GDELT or PLOVER (streamed)")
    .requiredOption("--what <what>", WHATS.join("|"))
    .option("--format <format>", FORMATS.join("|"), "jsonl")
    .option("--out <file>", "write to FILE (default stdout; Parquet needs a file)")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .action(async (opts: { what: string; format: string; out?: string; db: string }) => {
      if (!(WHATS as string[]).includes(opts.what)) throw new UsageError(`--what must be one of ${WHATS.join(", ")}`);
      if (!(FORMATS as string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
      if ((opts.format === "gdelt" || opts.format === "plover") && opts.what !== "events")
        throw new UsageError(`--format ${opts.format} is for --what events`);
      if (opts.format === "parquet" && !opts.out) throw new UsageError("--format parquet needs --out FILE");
      const store = await openStore(opts.db);
      try {
        const n = await exportTo(store, opts.what as What, opts.format as Format, opts.out ?? null);
        process.stderr.write(`exported ${n} ${opts.what}${opts.out ? ` to ${opts.out}` : ""}\n`);
      } finally {
        await store.close();
      }
    });
}
