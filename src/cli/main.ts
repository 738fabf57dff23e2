import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Command, CommanderError } from "commander";
import { VERSION } from "../version.js";

/** A command module: one file per command under src/cli/commands/, each exporting `register`. */
export interface CommandModule {
  register(program: Command, exit: ExitState): void;
}

/** Commands report the process exit code here: 0 ok, 1 some input failed, 2 bad usage. */
export interface ExitState {
  code: number;
}

/** Commands registered by a module of another name. */
const ALIASES: Record<string, string> = { extract: "analyze" };

export async function main(argv: string[]): Promise<number> {
  const exit: ExitState = { code: 0 };
  const program = new Command("dateline")
    .description("Turn raw news pages into a record of who did and said what to whom, when and where.")
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  const dir = join(dirname(fileURLToPath(import.meta.url)), "commands");
  const files = readdirSync(dir)
    .filter((f) => /\.[tj]s$/.test(f) && !f.endsWith(".d.ts"))
    .sort();
  // Load only the module of the command asked for (start-up stays fast); all of them for help.
  const wanted = argv[0] ? (Object.hasOwn(ALIASES, argv[0]) ? ALIASES[argv[0]] : argv[0]) : undefined;
  const one = files.find((f) => f.replace(/\.[tj]s$/, "") === wanted);
  for (const file of one ? [one] : files) {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as CommandModule;
    mod.register(program, exit);
  }
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.code === "commander.help") return 0;
      return 2;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`dateline: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`dateline: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
  return exit.code;
}

/** Thrown by a command for bad usage (exit code 2). */
export class UsageError extends Error {}
