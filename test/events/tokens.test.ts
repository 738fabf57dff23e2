/**
 * The coder's tokenizer reads ASCII by character codes and leaves the rest to its regular expression: its tokens
 * must be those the expression alone gives, on every article of the bundled corpus and on every stretch of one.
 */
import { describe, expect, it } from "vitest";
import { type Tok, tokens } from "../../src/events/text/tokens.js";
import { corpusRecords } from "../corpus.js";

const WORD =
  /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’&][\p{L}\p{M}\p{N}]+)*(?:-[\p{Ll}\p{N}][\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:/]\p{N}+)*(?:\p{L}+)?|\S/gu;
const NEGATION = /^(\p{L}+)n't$/iu;

/** The tokenizer as it was, by the expression alone. */
function regexTokens(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const w = m[0];
    const s = from + m.index;
    const norm = w.includes("’") ? w.replace(/’/g, "'") : w;
    // The two patterns only where the word ends like them ("…n't", "…'s"): most words end otherwise.
    const tail = norm.length > 2 && norm.charCodeAt(norm.length - 2) === 39 /* ' */;
    const neg = tail && /t/i.test(norm[norm.length - 1]!) ? NEGATION.exec(norm) : null;
    const pos = tail && /s/i.test(norm[norm.length - 1]!) ? /^(.+)'s$/i.exec(norm) : null;
    if (neg && !/^(can|won)$/i.test(neg[1]!)) {
      const k = neg[1]!.length;
      out.push({ text: w.slice(0, k), low: neg[1]!.toLowerCase(), start: s, end: s + k });
      out.push({ text: w.slice(k), low: "n't", start: s + k, end: s + w.length });
    } else if (pos && pos[1]!.length > 0) {
      const k = pos[1]!.length;
      out.push({ text: w.slice(0, k), low: pos[1]!.toLowerCase(), start: s, end: s + k });
      out.push({ text: w.slice(k), low: "'s", start: s + k, end: s + w.length });
    } else out.push({ text: w, low: norm.toLowerCase(), start: s, end: s + w.length });
  }
  return out;
}

const texts = corpusRecords().map((r) => r.text);

describe("events tokenizer", () => {
  it("gives the expression's tokens on every bundled article", () => {
    for (const t of texts) expect(tokens(t)).toEqual(regexTokens(t));
  });
  it("gives the expression's tokens on stretches starting anywhere (mid-word, on accents, curly quotes)", () => {
    for (const t of texts.slice(0, 60))
      for (let a = 0; a < t.length; a += 37) expect(tokens(t, a, a + 120)).toEqual(regexTokens(t, a, a + 120));
  });
  it("keeps a word with letters outside ASCII whole", () => {
    const t = texts.find((x) => x.includes("Matovič")) ?? "";
    expect(tokens(t).some((k: Tok) => k.text.startsWith("Matovič"))).toBe(true);
  });
});
