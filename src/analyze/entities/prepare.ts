import type { Sentence } from "../../model/index.js";
import { tokensOfSentences } from "../sentences/split.js";
import { type Token, tokenize } from "../tokenize.js";
import { type DocStats, docStats } from "./features.js";

export interface Prepared {
  tokens: Token[];
  /** True for the first token of each sentence. */
  sentenceStart: boolean[];
  /** Index of the sentence each token belongs to. */
  sentenceOf: number[];
  stats: DocStats;
}

/** Tokens of the whole text, sentence by sentence, with document statistics for the tagger. */
export function prepare(text: string, sentences: Sentence[]): Prepared {
  const tokens: Token[] = [];
  const sentenceStart: boolean[] = [];
  const sentenceOf: number[] = [];
  const known = tokensOfSentences(text, sentences);
  sentences.forEach((s, k) => {
    const toks = known?.[k] ?? tokenize(text, s.start, s.end);
    toks.forEach((t, j) => {
      tokens.push(t);
      sentenceStart.push(j === 0);
      sentenceOf.push(k);
    });
  });
  return { tokens, sentenceStart, sentenceOf, stats: docStats(tokens, sentenceStart) };
}
