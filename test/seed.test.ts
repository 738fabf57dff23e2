/**
 * Fixture #1: the mission's seed page (a raw text scrape of a Xinhua story) held against
 * test/fixtures/seed/expected.json — the same reading a careful analyst makes, including the must-nots.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor, Event } from "../src/model/index.js";
import { type Processed, processPage } from "../src/pipeline.js";
import { hostText } from "./analyze/helpers.js";

const dir = join(import.meta.dirname, "fixtures/seed");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
const norm = (s: unknown) =>
  String(s ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
const tokens = (s: unknown): string[] => norm(s).match(/\w+/g) ?? [];
function overlap(a: unknown, b: unknown): number {
  const ta = tokens(a);
  const pool = tokens(b);
  if (!ta.length || !pool.length) return 0;
  const len = pool.length;
  let common = 0;
  for (const t of ta) {
    const i = pool.indexOf(t);
    if (i >= 0) {
      pool.splice(i, 1);
      common++;
    }
  }
  return common / Math.max(ta.length, len);
}
const countries = (xs: Actor[]) => new Set(xs.map((x) => x.country).filter(Boolean) as string[]);
const within = (want: string[], got: Set<string>) => want.every((w) => got.has(w));

let r: Processed;
beforeAll(() => {
  const bytes = new Uint8Array(readFileSync(join(dir, "000_99228c402bf3de7c.txt")));
  r = processPage({ id: "seed", bytes, contentType: "text/plain" });
});

describe("seed article", () => {
  it("has the title, source, publication time and dateline", () => {
    const a = r.article;
    expect(norm(a.title)).toBe(norm(expected.article.title));
    expect(norm(a.source)).toContain("xinhua");
    const pub = a.published!;
    expect(
      [pub.value, pub.local].some((v) => v && expected.article.published.anyOf.some((x: string) => v.startsWith(x.slice(0, 19)))),
    ).toBe(true);
    expect(pub.method).toBeTruthy();
    expect(norm(a.dateline?.place)).toBe("moscow");
    expect(a.dateline?.date).toBe("2018-03-22");
    expect(norm(a.dateline?.agency)).toContain("xinhua");
  });

  it("keeps the caption in media[] with its credit, out of the body", () => {
    const cap = r.article.media.find((m) => norm(m.caption).includes("hamburg"));
    expect(cap).toBeDefined();
    expect(norm(cap!.credit)).toContain("reuters");
    expect(norm(r.article.text)).not.toContain("g20 summit in hamburg");
  });

  it("has the eight body paragraphs once, without furniture", () => {
    const { paragraphs, text, removed } = r.article;
    expect(paragraphs).toHaveLength(expected.article.bodyParagraphs);
    expect(norm(paragraphs[0])).toBe(norm(expected.article.bodyFirst));
    expect(norm(paragraphs.at(-1))).toBe(norm(expected.article.bodyLast));
    expect(new Set(paragraphs.map(norm)).size).toBe(paragraphs.length);
    expect(text).toBe(paragraphs.join("\n\n"));
    for (const junk of ["back to top", "xinhuanet", "010020070750000000000000011105091370582861"]) expect(norm(text)).not.toContain(junk);
    const kinds = new Set(removed.map((x) => x.kind));
    for (const k of ["boilerplate", "duplicate", "page-id"]) expect(kinds).toContain(k);
    expect(`${r.article.title}${r.article.source}`).not.toMatch(/\u00a0/);
  });
});

describe("seed analysis", () => {
  it("offsets point into the text", () => {
    const { text } = r.article;
    for (const e of r.analysis.entities) {
      expect(hostText(r.article, e).slice(e.start, e.end)).toBe(e.text);
    }
    for (const t of r.analysis.times) expect(hostText(r.article, t).slice(t.start, t.end)).toBe(t.text);
    for (const ev of r.analysis.events) expect(text.slice(ev.evidence.start, ev.evidence.end)).toBe(ev.evidence.sentence);
  });

  it("finds the entities with their countries", () => {
    for (const e of expected.entities) {
      const names = [...e.text, e.name].map(norm);
      const found = r.analysis.entities.filter((x) => names.includes(norm(x.name)) || names.includes(norm(x.text)));
      expect(found.length, `entity ${e.name}`).toBeGreaterThan(0);
      if (e.country)
        expect(
          found.some((x) => x.country === e.country),
          `${e.name} country`,
        ).toBe(true);
    }
  });

  it("resolves the times against the dateline", () => {
    for (const t of expected.times) {
      if (t.anyOf || t.context === "photo caption") continue;
      const hit = r.analysis.times.some((x) => norm(x.text).includes(norm(t.text)) && String(x.value ?? "").startsWith(t.value));
      expect(hit, `${t.text} → ${t.value}`).toBe(true);
    }
  });

  it("finds each quote once with its speaker", () => {
    for (const q of expected.quotes) {
      const cands = r.analysis.quotes.filter((x) => overlap(x.text, q.text) >= 0.5);
      expect(cands.length, q.text).toBeGreaterThan(0);
      const last = q.speaker.split(" ").at(-1).toLowerCase();
      expect(
        cands.some((x) => norm(x.speaker?.name).includes(last)),
        `speaker of ${q.text.slice(0, 30)}`,
      ).toBe(true);
    }
    const texts = r.analysis.quotes.map((x) => norm(x.text));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("codes the expected events with dates and evidence", () => {
    for (const e of expected.events) {
      if (e.optional) continue;
      const wantA: string[] = e.actor;
      const wantR: string[] = e.recipient ?? e.actor;
      const fits = (ev: Event) => {
        const a = countries(ev.actor);
        const rc = countries(ev.recipient);
        const pair =
          (within(wantA, a) && within(wantR, rc)) ||
          (e.reciprocal && within(wantA, rc) && within(wantR, a)) ||
          (e.reciprocal && within([...wantA, ...wantR], new Set([...a, ...rc])));
        const kind = e.cameo.anyOf.includes(ev.cameo.code) || (ev.plover !== null && e.plover.anyOf.includes(ev.plover.event));
        return pair && kind;
      };
      const hits = r.analysis.events.filter(fits);
      expect(hits.length, e.what).toBeGreaterThan(0);
      if (typeof e.date === "string")
        expect(
          hits.some((h) => String(h.date.value ?? "").startsWith(e.date)),
          `${e.what} date`,
        ).toBe(true);
      if (e.evidence)
        expect(
          hits.some((h) => overlap(h.evidence.sentence, e.evidence) >= 0.5),
          `${e.what} evidence`,
        ).toBe(true);
    }
  });

  it("respects the must-nots", () => {
    const evs = r.analysis.events;
    const keys = evs.map((ev) =>
      JSON.stringify([
        ev.cameo.code,
        ev.plover?.event,
        [...countries(ev.actor)].sort(),
        [...countries(ev.recipient)].sort(),
        norm(ev.evidence.sentence),
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const ev of evs) {
      const d = String(ev.date.value ?? "");
      const meet = ev.plover?.event === "CONSULT" || ev.cameo.code.startsWith("04");
      if (meet && d >= "2018-03-21") expect(ev.mode.hypothetical || ev.mode.future || ev.mode.negated, ev.evidence.sentence).toBe(true);
      if (d.startsWith("2017-07-07")) expect(norm(ev.evidence.sentence)).toContain("g20");
      const s = norm(ev.evidence.sentence);
      if (d.startsWith("2018") && s.includes("2016") && s.includes("meddl") && ev.cameo.code.startsWith("1"))
        expect(["ACCUSE", "SANCTION"]).toContain(ev.plover?.event);
      if (s.includes("re-elected")) expect(countries(ev.recipient).has("USA") && countries(ev.actor).has("RUS")).toBe(false);
    }
  });
});
