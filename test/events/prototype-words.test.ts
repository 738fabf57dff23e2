/**
 * Words of the text are data, never keys into Object.prototype: "constructor" (a Formula One team, a
 * builder), "toString", "__proto__" must read as ordinary words. A real bundled Wikinews article (CC BY
 * 2.5) is run through the whole pipeline (HTML bytes → extract → analyze → events) with such words put in
 * place of ordinary ones (an article outside the annotated dev set); the old code threw "Cannot read properties of undefined (reading 'length')" in
 * the verb lexicon on "constructor" after a verb, and typed a `<constructor>` element as boilerplate.
 */
import { describe, expect, it } from "vitest";
import { classify } from "../../src/extract/html/rules/boilerplate.js";
import { processPage } from "../../src/pipeline.js";
import { corpusRecord } from "../corpus.js";

const WORDS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"];

/** Every `step`-th lower-case word becomes one of WORDS, in turn. */
function withPrototypeWords(text: string, step: number): string {
  let n = 0;
  return text.replace(/\b([a-z]+)\b/g, (w) => (++n % step === 0 ? WORDS[(n / step) % WORDS.length]! : w));
}

function page(text: string): Uint8Array {
  const body = text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n");
  return new TextEncoder().encode(`<html><head><title>Test</title></head><body><article>${body}</article></body></html>`);
}

describe("words that name Object.prototype members", () => {
  it("run through the whole pipeline on a real article without throwing, and events are still coded", () => {
    const rec = corpusRecord("Escape_room_fire_kills_five");
    for (const step of [2, 3, 5, 7]) {
      const text = withPrototypeWords(rec.text, step);
      const out = processPage({ id: `proto-${step}`, bytes: page(text), url: "https://example.org/a", contentType: "text/html" });
      expect(out.article.text.length).toBeGreaterThan(500);
      expect(Array.isArray(out.analysis.events)).toBe(true);
    }
  });

  it("an element named like an Object.prototype member is not boilerplate by its tag", () => {
    for (const w of WORDS) expect(classify(w.toLowerCase(), {})).toBeNull();
  });
});
