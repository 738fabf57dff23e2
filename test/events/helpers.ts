/**
 * Builds Article + Analysis objects for coder tests from real text, standing in for the analysis stage:
 * sentences split at . ! ? before a capital, entities linked by the actor dictionary (longest capitalised
 * span), times given by the test as [text, value] pairs (found by indexOf).
 */
import { lookupActor, roleAt } from "../../src/dict/actors.js";
import type { Analysis, Article, Entity, Quote, Sentence, TimeRef } from "../../src/model/index.js";

export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+(?:[.!?]+["”]?|$)/g;
  let start = 0;
  let m: RegExpExecArray | null = re.exec(text);
  for (; m !== null; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const next = text.slice(end).trimStart();
    // Do not split after abbreviations such as "U.S." or initials.
    if (/\b(?:[A-Z]\.){1,}$|\b(Mr|Mrs|Dr|St|Gen|Lt|Col)\.$/.test(text.slice(start, end).trimEnd()) && next.length > 0) continue;
    if (next.length > 0 && !/^["“(]?[A-Z0-9]/.test(next)) continue;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const s = start + lead;
    const e = start + raw.trimEnd().length;
    if (e > s) out.push({ start: s, end: e });
    start = end;
  }
  return out;
}

export function entitiesOf(text: string, date: string | null): Entity[] {
  const out: Entity[] = [];
  const re = /(?:[A-Z][\p{L}.'-]*|of|the)(?:\s+(?:[A-Z][\p{L}.'-]*|of|the))*/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const words = m[0].split(/\s+/);
    let i = 0;
    while (i < words.length) {
      let matched = false;
      for (let n = words.length - i; n >= 1; n--) {
        const surface = words
          .slice(i, i + n)
          .join(" ")
          .replace(/\.$/, (x) => (/(?:[A-Z]\.){2,}$/.test(words.slice(i, i + n).join(" ")) ? x : ""));
        const hits = lookupActor(surface);
        if (hits.length > 0) {
          const e = hits[0]!;
          const role = roleAt(e, date);
          const start = m.index + words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0);
          out.push({
            text: surface,
            start,
            end: start + surface.length,
            type: e.type,
            name: e.name,
            country: role?.country ?? null,
            sector: role?.sector ?? null,
            ref: e.id,
            method: "dictionary",
          });
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) i++;
    }
  }
  return out;
}

export function timesOf(text: string, pairs: [string, string][]): TimeRef[] {
  return pairs.map(([t, value]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`time text not found: ${t}`);
    return {
      text: t,
      start,
      end: start + t.length,
      value,
      precision: value.length === 10 ? "day" : value.length === 7 ? "month" : "year",
    } as TimeRef;
  });
}

export function articleOf(text: string, date: string | null, place = ""): Article {
  return {
    title: "",
    text,
    paragraphs: text.split("\n\n"),
    byline: [],
    media: [],
    removed: [],
    messages: [],
    dateline: place ? { place, date: date ?? undefined } : null,
    published: date ? { value: date, method: "test" } : null,
  };
}

export function analysisOf(
  text: string,
  date: string | null,
  times: [string, string][] = [],
  quotes: Quote[] = [],
): Omit<Analysis, "events"> {
  return { sentences: sentencesOf(text), entities: entitiesOf(text, date), times: timesOf(text, times), quotes, anchor: date };
}
