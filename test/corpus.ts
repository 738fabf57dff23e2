/** The bundled Wikinews corpus (examples/wikinews, CC BY 2.5) for tests that run whole real articles. */
import { readFileSync } from "node:fs";

export interface CorpusRecord {
  id: string;
  text: string;
  date: string;
}

let records: CorpusRecord[] | undefined;

/** Every record of the bundled corpus, in file order. */
export function corpusRecords(): CorpusRecord[] {
  records ??= readFileSync(new URL("../examples/wikinews/wikinews_2019_2020.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CorpusRecord);
  return records;
}

/** One record of the bundled corpus by a part of its id; throws when none matches. */
export function corpusRecord(idPart: string): CorpusRecord {
  const rec = corpusRecords().find((r) => r.id.includes(idPart));
  if (!rec) throw new Error(`no Wikinews record with id containing ${idPart}`);
  return rec;
}
