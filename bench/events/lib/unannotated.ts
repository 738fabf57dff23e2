/**
 * The bundled Wikinews articles that are NOT annotated (CC BY 2.5): the text rules may be written from, since
 * neither dev half (tune or held-out) is among them. Without the annotation list the annotated articles cannot
 * be left out, so the calling tool stops, saying so, before anything is read.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "../../nlp/corpora.js";

const GOLD = join(SHARED, "annotations", "wikinews-dev.jsonl");
const CORPUS = new URL("../../../examples/wikinews/wikinews_2019_2020.jsonl", import.meta.url);

export interface CorpusRecord {
  id: string;
  text: string;
  date: string;
}

/** The unannotated articles in corpus order; `tool` names the caller in the message when the list is absent. */
export function unannotatedArticles(tool: string): CorpusRecord[] {
  if (!existsSync(GOLD)) {
    console.error(`${tool}: ${GOLD} is absent — cannot tell annotated articles apart; nothing read.`);
    process.exit(1);
  }
  const annotated = new Set<string>();
  for (const l of readFileSync(GOLD, "utf8").split("\n")) if (l.trim()) annotated.add((JSON.parse(l) as { id: string }).id);
  return readFileSync(CORPUS, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusRecord)
    .filter((r) => !annotated.has(r.id));
}
