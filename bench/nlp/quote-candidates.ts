/**
 * Sentences of the unannotated Wikinews articles (every annotated article — dev and held-out — is skipped)
 * that carry a speech or report verb, "according to" or a quotation, but hold no quote of ours: candidates
 * for reported speech we do not find. Prints one line per sentence: article index, the cue that matched, text.
 * Run: npx tsx bench/nlp/quote-candidates.ts [--all]   (--all: every cue sentence, with our quotes marked)
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/analyze/index.js";
import { SHARED } from "./corpora.js";
import { articleOf } from "./run-quotes.js";

const annPath = join(SHARED, "annotations", "wikinews-dev.jsonl");
if (!existsSync(annPath)) {
  console.error("quote-candidates: the annotation list is absent — cannot tell unannotated articles apart; stopping.");
  process.exit(1);
}
const annotated = new Set(
  readFileSync(annPath, "utf8")
    .trim()
    .split("\n")
    .map((l) => (JSON.parse(l) as { id: string }).id),
);
const docs = readFileSync(join(SHARED, "corpus", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; date: string; text: string })
  .filter((d) => !annotated.has(d.id));

const CUE =
  /\b(?:said|says|told|tells|stated|announced|added|explained|claimed|argued|wrote|tweeted|reported|confirmed|denied|warned|insisted|noted|suggested|estimated|believed?|believes|according to|quoted|saying|put it|spokes(?:man|woman|person)|statement|interview)\b|["“”]/;
const all = process.argv.includes("--all");
const cueRe = process.env.CUE ? new RegExp(process.env.CUE) : CUE;
let n = 0;
docs.forEach((d, i) => {
  const art = articleOf(d.text, d.date);
  const a = analyze(art);
  const text = art.text;
  for (const s of a.sentences) {
    const sent = text.slice(s.start, s.end);
    const m = sent.match(cueRe);
    if (!m) continue;
    const qs = a.quotes.filter((q) => q.start < s.end && s.start < q.end);
    if (qs.length && !all) continue;
    n++;
    const mark = qs.map((q) => ` [${q.kind} ${q.speaker?.name ?? "-"} / ${q.cue}: ${q.text.slice(0, 60)}]`).join("");
    console.log(`${i}\t${m[0]}\t${sent.replace(/\s+/g, " ")}${mark}`);
  }
});
console.error(`${docs.length} unannotated articles, ${n} sentences listed`);
