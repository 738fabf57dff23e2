import { readFileSync } from "node:fs";
import { codeEvents } from "../../src/events/index.js";
import { analysisOf, articleOf } from "../../test/events/helpers.js";

const raw = readFileSync("test/fixtures/seed/000_99228c402bf3de7c.txt", "utf8");
const first = raw.slice(raw.indexOf("MOSCOW, March 22"), raw.indexOf("Back to Top"));
const text = first
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean)
  .join("\n\n");
const times: [string, string][] = [
  ["Thursday", "2018-03-22"],
  ["on Tuesday", "2018-03-20"],
  ["Wednesday", "2018-03-21"],
  ["on March 18", "2018-03-18"],
  ["2016", "2016"],
];
for (const e of codeEvents(articleOf(text, "2018-03-22", "MOSCOW"), analysisOf(text, "2018-03-22", times)))
  console.log(
    e.cameo.code,
    e.plover?.event ?? "-",
    e.actor.map((x) => `${x.country}/${x.sector}`).join("+"),
    "->",
    e.recipient.map((x) => `${x.name}:${x.country}/${x.sector}`).join("+"),
    e.date.value,
    e.date.source,
    e.method,
    "|",
    e.evidence.trigger?.text,
    "|",
    e.evidence.sentence.slice(0, 60),
  );
