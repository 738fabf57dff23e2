/**
 * The coder's tokenizer reads ASCII by character codes and leaves the rest to its regular expression: its tokens
 * must be those the expression alone gives, on every article of the bundled corpus and on every stretch of one.
 */
import { describe, expect, it } from "vitest";
import { pushWord, WORD as TOKENIZER_WORD, type Tok, tokens } from "../../src/events/text/tokens.js";
import { corpusRecords } from "../corpus.js";

// The tokenizer's own expression (a copy: the g flag keeps its position in the object).
const WORD = new RegExp(TOKENIZER_WORD.source, TOKENIZER_WORD.flags);

/** The tokenizer as it was: words found by the expression alone, split as the tokenizer splits them. */
function regexTokens(text: string, from = 0, to = text.length): Tok[] {
  const out: Tok[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) pushWord(out, m[0], from + m.index);
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
