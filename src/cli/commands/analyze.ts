import type { Command } from "commander";
import { sources } from "../../ingest/index.js";
import { validatePage } from "../../ingest/validate.js";
import { processPage } from "../../pipeline.js";
import { logError, printJson, printJsonLine } from "../io.js";
import type { ExitState } from "../main.js";

/** `dateline analyze <inputs…>` and `dateline extract <inputs…>`: one JSON document, or JSON Lines for several. */
export function register(program: Command, exit: ExitState): void {
  program
    .command("extract")
    .description("extract the article from a page (file, URL or -) and print it as JSON")
    .argument("<inputs...>", "files, directories, URLs, - for stdin, or a .jsonl file of records")
    .option("--allow-private-addresses", "allow fetching loopback and private addresses")
    .action(async (inputs: string[], opts: { allowPrivateAddresses?: boolean }) => {
      await run(inputs, opts, exit, (r) => r.article);
    });
  program
    .command("analyze")
    .description("extract and analyse a page: sentences, entities, times, quotes, events")
    .argument("<inputs...>", "files, directories, URLs, - for stdin, or a .jsonl file of records")
    .option("--allow-private-addresses", "allow fetching loopback and private addresses")
    .action(async (inputs: string[], opts: { allowPrivateAddresses?: boolean }) => {
      await run(inputs, opts, exit, (r) => r);
    });
}

async function run(
  inputs: string[],
  opts: { allowPrivateAddresses?: boolean },
  exit: ExitState,
  pick: (r: ReturnType<typeof processPage>) => unknown,
): Promise<void> {
  const results: { id: string; value: unknown }[] = [];
  const single = inputs.length === 1 && !inputs[0]!.endsWith(".jsonl");
  let streamed = false;
  for await (const item of sources(inputs, { allowPrivateAddresses: opts.allowPrivateAddresses })) {
    if (item.kind !== "page") {
      logError(item.input, item.why);
      if (item.kind === "failed") exit.code = 1;
      continue;
    }
    const bad = validatePage(item.page);
    if (bad) {
      logError(item.page.id, bad);
      exit.code = 1;
      continue;
    }
    try {
      const value = pick(processPage(item.page));
      if (single && !streamed && results.length === 0) results.push({ id: item.page.id, value });
      else {
        for (const r of results.splice(0)) printJsonLine({ id: r.id, ...(r.value as object) });
        printJsonLine({ id: item.page.id, ...(value as object) });
        streamed = true;
      }
    } catch (err) {
      logError(item.page.id, (err as Error).message);
      exit.code = 1;
    }
  }
  if (!streamed && results[0]) printJson(results[0].value);
}
