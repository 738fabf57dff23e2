/**
 * The analysis tokenizer reads ASCII by character codes and leaves the rest to its regular expression: its
 * tokens must be those the expression alone gives, on every article of the bundled corpus and on every stretch of one.
 */
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, DEGREE_HEADS, DEGREE_TAIL, type Token, tokenize } from "../../src/analyze/tokenize.js";
import { corpusRecords } from "../corpus.js";

const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:(?:['’&]|-(?!\p{Lu}))[\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|\S/gu;
const LETTER_FIRST = /^\p{L}/u;

/** The tokenizer as it was, by the expression alone. */
function regexTokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    let end = m.index + m[0].length;
    const w = m[0];
    if (slice.charCodeAt(end) === 46 /* . */ && LETTER_FIRST.test(w) && !w.endsWith(".")) {
      const lw = w.toLowerCase();
      const initial = w.length === 1 && w === w.toUpperCase();
      const degree = DEGREE_HEADS.has(lw) ? DEGREE_TAIL.exec(slice.slice(end, end + 7)) : null;
      if (degree || initial || ABBREVIATIONS.has(lw)) {
        end += degree ? degree[0].length : 1;
        TOKEN.lastIndex = end;
      }
    }
    // /['’][sS]$/ by character codes (it runs on every token): s/S after ' (39) or ’ (8217).
    const last = w.charCodeAt(w.length - 1);
    const quote = w.charCodeAt(w.length - 2);
    const poss = (last === 115 || last === 83) && (quote === 39 || quote === 8217) && w.length > 2 && end === m.index + w.length;
    if (poss) {
      out.push({ text: w.slice(0, -2), start: m.index, end: end - 2 });
      out.push({ text: w.slice(-2), start: end - 2, end });
    } else out.push({ text: slice.slice(m.index, end), start: m.index, end });
  }
  return out;
}

const texts = corpusRecords().map((r) => r.text);

describe("analysis tokenizer", () => {
  it("gives the expression's tokens on every bundled article", () => {
    for (const t of texts) expect(tokenize(t)).toEqual(regexTokenize(t));
  });
  it("gives the expression's tokens from any offset to any end", () => {
    for (const t of texts.slice(0, 60))
      for (let a = 0; a < t.length; a += 37) expect(tokenize(t, a, a + 120)).toEqual(regexTokenize(t, a, a + 120));
  });
});
