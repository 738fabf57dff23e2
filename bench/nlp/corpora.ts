/** Readers for the NLP gold sets in ../shared/data (bench only). Texts are detokenised; spans are char offsets. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const SHARED = join(import.meta.dirname, "..", "..", "..", "shared", "data");

export function requireShared(): void {
  if (!existsSync(SHARED)) {
    console.error(`bench/nlp: ${SHARED} is absent — the shared data folder is not on this machine; nothing to measure.`);
    process.exit(1);
  }
}

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}
export interface Timex extends GoldSpan {
  value: string;
  creation: boolean;
}
export interface GoldDoc {
  id: string;
  corpus: string;
  text: string;
  entities: GoldSpan[];
  timexes: Timex[];
  /** Document creation time (MEANTIME). */
  dct?: string;
  /** Offsets up to which the document is annotated. */
  annotatedEnd: number;
}

/** Deterministic split: 60% train, 20% dev (looked at while writing rules), 20% held-out (never looked at). */
export function splitOf(id: string): "train" | "dev" | "heldout" {
  const h = (createHash("sha1").update(id).digest()[0] ?? 0) % 10;
  return h < 6 ? "train" : h < 8 ? "dev" : "heldout";
}

const NO_SPACE_BEFORE = /^(?:[.,:;!?%)\]}]|'s|'S|n't|'re|'ve|'ll|'d|'m|'|’s)$/;
const NO_SPACE_AFTER = /^[([{$]$/;

/** Joins tokens into text; returns the text and each token's start offset. */
export function detokenize(tokens: string[], breaks: Set<number>, sep = " "): { text: string; starts: number[] } {
  let text = "";
  const starts: number[] = [];
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let space = i > 0;
    if (breaks.has(i) && i > 0) {
      text += sep;
      space = false;
    } else if (i > 0) {
      const prev = tokens[i - 1];
      if (NO_SPACE_BEFORE.test(t!) || NO_SPACE_AFTER.test(prev!)) space = false;
      if (t === '"' && quoteOpen) space = false;
      if (prev === '"' && quoteOpen && t !== '"') space = false;
    }
    if (t === '"') quoteOpen = !quoteOpen;
    if (space) text += " ";
    starts.push(text.length);
    text += t;
  }
  return { text, starts };
}

export function readWikigold(): GoldDoc[] {
  const raw = readFileSync(join(SHARED, "nlp", "wikigold", "wikigold.conll.txt"), "utf8");
  const docs: GoldDoc[] = [];
  let n = 0;
  for (const block of raw.split(/-DOCSTART- O\n/)) {
    if (!block.trim()) continue;
    const tokens: string[] = [];
    const tags: string[] = [];
    const breaks = new Set<number>();
    for (const sent of block.split(/\n\s*\n/)) {
      const lines = sent.split("\n").filter((l) => l.trim());
      if (!lines.length) continue;
      breaks.add(tokens.length);
      for (const l of lines) {
        const k = l.lastIndexOf(" ");
        tokens.push(l.slice(0, k));
        tags.push(l.slice(k + 1));
      }
    }
    const { text, starts } = detokenize(tokens, breaks);
    const entities: GoldSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tags[i] === "O") continue;
      const type = tags[i]!.slice(2);
      const begin = tags[i]!.startsWith("B-") || i === 0 || tags[i - 1]!.slice(2) !== type || breaks.has(i);
      if (begin) entities.push({ start: starts[i]!, end: starts[i]! + tokens[i]!.length, type });
      else entities[entities.length - 1]!.end = starts[i]! + tokens[i]!.length;
    }
    docs.push({ id: `wikigold:${n++}`, corpus: "wikigold", text, entities, timexes: [], annotatedEnd: text.length });
  }
  return docs;
}

function attr(tag: string, name: string): string | undefined {
  return tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
}

export function readMeantime(): GoldDoc[] {
  const base = join(SHARED, "nlp", "meantime-en", "intra-doc_annotation");
  const docs: GoldDoc[] = [];
  for (const sub of readdirSync(base).sort()) {
    for (const f of readdirSync(join(base, sub)).sort()) {
      if (!f.endsWith(".xml")) continue;
      const xml = readFileSync(join(base, sub, f), "utf8");
      const tokIds: string[] = [];
      const toks: string[] = [];
      const sents: number[] = [];
      for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
        sents.push(Number(m[1]));
        tokIds.push(m[2]!);
        toks.push(
          m[3]!
            .replace(/&amp;/g, "&")
            .replace(/&quot;/g, '"')
            .replace(/&apos;/g, "'")
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">"),
        );
      }
      const breaks = new Set<number>();
      for (let i = 1; i < sents.length; i++) if (sents[i] !== sents[i - 1]) breaks.add(i);
      // Title and date line are their own paragraphs; body sentences are joined with a space.
      let text = "";
      const starts: number[] = [];
      {
        const bodyStart = sents.indexOf(2);
        const parts: [number, number][] = [];
        const cut = [0];
        for (let i = 1; i < sents.length; i++) if (sents[i] !== sents[i - 1] && sents[i]! <= 2) cut.push(i);
        cut.push(sents.length);
        for (let k = 0; k + 1 < cut.length; k++) parts.push([cut[k]!, cut[k + 1]!]);
        for (const [a, b] of parts) {
          const sub = toks.slice(a, b);
          const br = new Set([...breaks].filter((i) => i > a && i < b).map((i) => i - a));
          const d = detokenize(sub, br);
          if (text) text += "\n\n";
          for (const s of d.starts) starts.push(text.length + s);
          text += d.text;
        }
        void bodyStart;
      }
      const idx = new Map(tokIds.map((t, i) => [t, i]));
      const markables = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
      const mentions = new Map<string, { syn: string; toks: number[] }>();
      const entType = new Map<string, string>();
      const timexes: Timex[] = [];
      let maxSent = 0;
      for (const m of markables.matchAll(
        /<(ENTITY_MENTION|TIMEX3|EVENT_MENTION)\b([^>]*?)(\/?)>([\s\S]*?)(?=<(?:ENTITY_MENTION|TIMEX3|EVENT_MENTION|ENTITY|EVENT|VALUE|SIGNAL|C-SIGNAL)\b|$)/g,
      )) {
        const anchors = [...m[4]!.matchAll(/t_id="(\d+)"/g)].map((a) => idx.get(a[1]!) ?? -1).filter((i) => i >= 0);
        for (const a of anchors) maxSent = Math.max(maxSent, sents[a]!);
        if (m[1] === "ENTITY_MENTION") mentions.set(attr(m[2]!, "m_id") ?? "", { syn: attr(m[2]!, "syntactic_type") ?? "", toks: anchors });
        if (m[1] === "TIMEX3" && anchors.length) {
          const a = Math.min(...anchors);
          const b = Math.max(...anchors);
          timexes.push({
            start: starts[a]!,
            end: starts[b]! + toks[b]!.length,
            type: attr(m[2]!, "type") ?? "",
            value: attr(m[2]!, "value") ?? "",
            creation: attr(m[2]!, "functionInDocument") === "CREATION_TIME",
          });
        }
      }
      for (const m of markables.matchAll(/<ENTITY\b([^>]*)\/>/g)) entType.set(attr(m[1]!, "m_id") ?? "", attr(m[1]!, "ent_type") ?? "");
      const entities: GoldSpan[] = [];
      const relations = xml.slice(xml.indexOf("<Relations>"));
      for (const r of relations.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
        const target = r[1]!.match(/<target m_id="(\d+)"/)?.[1] ?? "";
        const type = entType.get(target);
        if (type !== "PER" && type !== "ORG" && type !== "LOC") continue;
        for (const s of r[1]!.matchAll(/<source m_id="(\d+)"/g)) {
          const men = mentions.get(s[1]!);
          if (!men || !(men.syn === "NAM" || men.syn === "PRE.NAM") || !men.toks.length) continue;
          const a = Math.min(...men.toks);
          const b = Math.max(...men.toks);
          entities.push({ start: starts[a]!, end: starts[b]! + toks[b]!.length, type });
        }
      }
      // One document writes its creation time day-first ("03-02-2009" for 3 February 2009): read it as a day.
      const dct = timexes.find((t) => t.creation)?.value?.replace(/^(\d\d)-(\d\d)-(\d{4})$/, "$3-$2-$1");
      let annotatedEnd = text.length;
      const firstAfter = sents.findIndex((s) => s > maxSent);
      if (firstAfter >= 0) annotatedEnd = starts[firstAfter]!;
      docs.push({ id: `meantime:${f.replace(/\.xml$/, "")}`, corpus: "meantime", text, entities, timexes, dct, annotatedEnd });
    }
  }
  return docs;
}

/**
 * MEANTIME nests mentions ("Airbus parent company … EADS N.V. ( EADS"); a flat tagger can only mark one
 * level, so the NER view keeps the innermost named mentions and drops a leading "the"/"The" (the name
 * proper, as in CoNLL). Both the strict and this view are reported.
 */
export function flatView(doc: GoldDoc): GoldSpan[] {
  const out: GoldSpan[] = [];
  const uniq = new Map<string, GoldSpan>();
  for (const e of doc.entities) uniq.set(`${e.start}:${e.end}`, e);
  const all = [...uniq.values()];
  for (const e of all) {
    if (all.some((o) => o !== e && o.start >= e.start && o.end <= e.end)) continue;
    let start = e.start;
    // Drop leading determiners, descriptors and titles before the capitalised name:
    // "the United States" → "United States", "aircraft manufacturer Boeing" → "Boeing",
    // "President Vladimir Putin" → "Vladimir Putin" (CoNLL marks the name, not the noun phrase).
    for (;;) {
      const rest = doc.text.slice(start, e.end);
      const m = rest.match(
        /^(?:the|The|[a-z][\p{L}-]*|(?:President|Senator|Judge|Justice|Presiding|Spokeswoman|Spokesman|Chief|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prime|Minister|CEO|Automaker|Chairman)),? (?=\S)/u,
      );
      if (!m || m[0].length >= rest.length) break;
      start += m[0].length;
    }
    out.push({ start, end: e.end, type: e.type });
  }
  return out;
}
