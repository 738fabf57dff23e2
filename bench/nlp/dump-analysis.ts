/**
 * Canonical dump of the whole analysis and the event coder over the 295 bundled Wikinews articles, for
 * proving that a speed change leaves every output identical: run it before and after, and diff the files.
 * Every fifth article also gets its first paragraph as a media caption (the caption path of analyze()).
 * Run: npx tsx bench/nlp/dump-analysis.ts OUT.json
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { codeEvents } from "../../src/events/index.js";
import { articleFor } from "../events/lib/pipeline.js";

const path = join(import.meta.dirname, "..", "..", "examples", "wikinews", "wikinews_2019_2020.jsonl");
const docs = readFileSync(path, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { text: string; date: string });

/** JSON with sorted keys, one article per line. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(
          Object.keys(x as object)
            .sort()
            .map((k) => [k, (x as Record<string, unknown>)[k]]),
        )
      : x,
  );
}

const lines = docs.map((d, i) => {
  const article = articleFor(d.text, d.date);
  if (i % 5 === 0) article.media = [{ caption: d.text.split(/\n\n+/)[0] ?? "" }];
  const analysis = analyze(article);
  const events = codeEvents(article, analysis);
  return canonical({ i, analysis, events });
});
const out = process.argv[2] ?? "analysis-dump.json";
writeFileSync(out, `${lines.join("\n")}\n`);
console.error(`wrote ${out}: ${lines.length} articles`);
