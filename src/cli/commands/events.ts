import type { Command } from "commander";
import { writeEvents } from "../../export/index.js";
import { events as allEvents } from "../../export/rows.js";
import { openStore } from "../../store/index.js";
import type { EventFilter } from "../../store/store.js";
import { type ExitState, UsageError } from "../main.js";

const FORMATS = ["jsonl", "csv", "gdelt", "plover"] as const;
const MODES = ["asserted", "negated", "hypothetical", "future", "historical"] as const;

interface Opts {
  db: string;
  actor?: string;
  recipient?: string;
  dyad?: boolean;
  from?: string;
  to?: string;
  plover?: string;
  cameo?: string;
  mode?: string;
  format: string;
}

/** `dateline events`: stored events (once per story, with their sentence) as JSON Lines, CSV, GDELT or PLOVER. */
export function register(program: Command, _exit: ExitState): void {
  program
    .command("events")
    .description("list stored events, once per story, with the sentence that states them")
    .option("--actor <who>", "actor: ISO 3166 alpha-3 country code (e.g. RUS) or a name")
    .option("--recipient <who>", "recipient: ISO 3166 alpha-3 country code or a name")
    .option("--dyad", "match actor and recipient in either direction")
    .option("--from <date>", "events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD)")
    .option("--to <date>", "events dated on or before")
    .option("--plover <type>", "PLOVER event type, e.g. SANCTION")
    .option("--cameo <code>", "CAMEO code or prefix, e.g. 16")
    .option("--mode <mode>", `only ${MODES.join("|")} events`)
    .option("--format <format>", FORMATS.join("|"), "jsonl")
    .option("--db <db>", "SQLite file or postgres:// URL", "./dateline.db")
    .action(async (opts: Opts) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be one of ${FORMATS.join(", ")}`);
      if (opts.mode && !(MODES as readonly string[]).includes(opts.mode)) throw new UsageError(`--mode must be one of ${MODES.join(", ")}`);
      for (const d of [opts.from, opts.to])
        if (d && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d)) throw new UsageError(`bad date "${d}": use YYYY, YYYY-MM or YYYY-MM-DD`);
      const filter: EventFilter = {
        actor: opts.actor,
        recipient: opts.recipient,
        dyad: opts.dyad,
        from: opts.from,
        to: opts.to,
        plover: opts.plover,
        cameo: opts.cameo,
        mode: opts.mode as EventFilter["mode"],
      };
      const store = await openStore(opts.db);
      try {
        const n = await writeEvents(process.stdout, allEvents(store, filter), opts.format as (typeof FORMATS)[number]);
        process.stderr.write(`${n} events\n`);
      } finally {
        await store.close();
      }
    });
}
