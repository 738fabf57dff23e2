/** Real inputs for the analysis tests: the seed (test/fixtures/seed) and the bundled Wikinews sample (examples/). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/model/index.js";

const root = join(import.meta.dirname, "..", "..");

export function articleOf(text: string, date: string | null, dateline?: string, captions: string[] = []): Article {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    title: "",
    text: paragraphs.join("\n\n"),
    paragraphs,
    byline: [],
    media: captions.map((caption) => ({ caption })),
    removed: [],
    messages: [],
    published: date ? { value: date, method: "test" } : null,
    dateline: dateline ? { place: "", date: dateline } : null,
  };
}

/** The seed's body paragraphs (first copy, between the caption and the page furniture) and its caption. */
export function seedArticle(): Article {
  const raw = readFileSync(join(root, "test", "fixtures", "seed", "000_99228c402bf3de7c.txt"), "utf8").replace(/\u00a0/g, " ");
  const blocks = raw.split(/\n\s*\n/).map((b) => b.trim());
  const first = blocks.findIndex((b) => b.startsWith("MOSCOW, March 22"));
  const last = blocks.findIndex((b, i) => i > first && b.startsWith("Back to Top"));
  const caption = (blocks[first - 1] ?? "").replace(/\s*\(Reuters Photo\)$/, "");
  return articleOf(blocks.slice(first, last).join("\n\n"), "2018-03-23", "2018-03-22", [caption]);
}

interface WikinewsRecord {
  id: string;
  date: string;
  text: string;
}

let wikinews: WikinewsRecord[] | null = null;
/** A Wikinews article of the bundled sample (CC BY 2.5, credit Wikinews) by a substring of its id. */
export function wikinewsArticle(idPart: string): Article {
  wikinews ??= readFileSync(join(root, "examples", "wikinews", "wikinews_2019_2020.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as WikinewsRecord);
  const r = wikinews.find((x) => x.id.includes(idPart));
  if (!r) throw new Error(`no Wikinews example with id containing ${idPart}`);
  return articleOf(r.text, r.date);
}

/** The string a mention's offsets point into: the body, or its picture's caption or credit. */
export function hostText(article: Pick<Article, "text" | "media">, m: { inCaption?: boolean; inCredit?: boolean; media?: number }): string {
  const media = article.media[m.media ?? -1];
  if (m.inCredit) return media?.credit ?? "";
  return m.inCaption ? (media?.caption ?? "") : article.text;
}
