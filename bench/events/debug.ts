/** Debug one sentence through the full pipeline: `npx tsx bench/events/debug.ts "<sentence>" [date]`. */
import { findMentions } from "../../src/events/actors/mentions.js";
import { traceDrops } from "../../src/events/coder.js";
import { tokens } from "../../src/events/text/tokens.js";
import { findTriggers } from "../../src/events/triggers.js";
import { run } from "./lib/pipeline.js";

const text = process.argv[2] ?? "";
// Why triggers were not coded (the coder's filters, in order).
const drops: string[] = [];
let cur: { text: string }[] = [];
traceDrops((reason, t, toks) => {
  if (toks) cur = toks;
  if (t) drops.push(`${reason}@${t.ti}:${cur[t.ti]?.text}`);
});
const { analysis, events } = run(text, process.argv[3] ?? "2000-01-01");
traceDrops(null);
console.log(
  "entities",
  analysis.entities.map((e) => `${e.text}:${e.type}:${e.country}/${e.sector}`),
);
console.log(
  "times",
  analysis.times.map((t) => `${t.text}=${t.value}`),
);
for (const s of analysis.sentences) {
  const toks = tokens(text, s.start, s.end);
  const ms = findMentions(
    text,
    toks,
    analysis.entities.filter((e) => e.start >= s.start && e.end <= s.end),
  );
  console.log(
    "mentions",
    ms.map((m) => `[${m.ti},${m.tj}) ${m.text} ${m.kind} ${m.country}/${m.sector}${m.weak ? " weak" : ""}`),
  );
  console.log(
    "triggers",
    findTriggers(toks, new Set(ms.map((m) => m.tj))).map(
      (t) => `${t.family.name}@${t.ti}:${toks[t.ti]!.text}${t.lexicon ? `(${t.lexicon})` : ""}`,
    ),
  );
}
console.log("dropped", drops);
for (const e of events)
  console.log(
    e.cameo.code,
    e.plover?.event ?? "-",
    e.actor.map((x) => `${x.name}:${x.country}/${x.sector}`).join("+"),
    "->",
    e.recipient.map((x) => `${x.name}:${x.country}/${x.sector}`).join("+"),
    e.date.value,
    JSON.stringify(e.mode),
    e.method,
    e.confidence,
  );
