/**
 * Prints the coded events of one HTML page (whole pipeline), each with the text just before its
 * sentence, to read an event of the web-pages probe in its context:
 *   npx tsx bench/events/page-event.ts FILE.html[.gz] [trigger-substring]
 */
import { readFileSync } from "node:fs";
import { processPage } from "../../src/pipeline.js";

const [file, needle = ""] = process.argv.slice(2);
if (!file) {
  console.error("usage: page-event.ts FILE.html[.gz] [trigger-substring]");
  process.exit(2);
}
const { article, analysis } = processPage({ id: file, bytes: readFileSync(file), contentType: "text/html" });
for (const e of analysis.events) {
  if (!e.evidence.sentence.includes(needle)) continue;
  const at = article.text.indexOf(e.evidence.sentence);
  console.log(`… ${article.text.slice(Math.max(0, at - 500), at).replace(/\s+/g, " ")}`);
  console.log(
    JSON.stringify(
      {
        cameo: e.cameo.code,
        plover: e.plover?.event,
        actor: e.actor,
        recipient: e.recipient,
        date: e.date,
        mode: e.mode,
        trigger: e.evidence.trigger?.text,
        sentence: e.evidence.sentence,
      },
      null,
      1,
    ),
  );
}
