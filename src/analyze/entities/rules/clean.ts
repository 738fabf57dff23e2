import { CAP_COUNTS } from "../gazetteer.js";
import type { EntityRule, Mention } from "../mention.js";

/** Token debris that no pass should leave as a name: a lone letter ("[T]he" → "T"), "'s", "I'm", no letters. */
const JUNK = /^(?:\p{Lu}|['’]\p{L}*|I['’](?:m|ll|ve|d))$|^[^\p{L}]*$/u;
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
/** A date is never a name: "15 September", "March 27", "Thursday". */
const DATE = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
);

/** A time of day is never a name: "5:15 AM", "8:45 p.m.", "10 PM". */
const CLOCK = /^\d{1,2}(?::\d{2})?\s*(?:AM|PM|A\.M\.|P\.M\.|a\.m\.|p\.m\.)$/;

/** Common nouns written in capitals, never a name alone: a knockout, a disc jockey, a VIP, a caesarean. */
const COMMON_CAPS = new Set(["KO", "KOs", "KO'd", "TKO", "DJ", "DJs", "VIP", "VIPs", "C-section"]);

/** A genus cut to its initial before a species name: "E. coli", "ESBL-E. coli", "S. aureus" (no name ends so). */
const GENUS = /(?:^|[-\s])\p{Lu}\.$/u;
const SPECIES = /^\s\p{Ll}{3,}/u;

/** A model number after a maker's name: "787", "737s", "A350", "380". */
const MODEL = /^\s+[A-Z]?\d{3}(?:-\w+)?s?\b/;
const MODEL_IN = /\s[A-Z]?\d{3}s?$/;

/**
 * The last pass: drops mentions that are token debris, dates or common nouns in capitals ("by KO") rather than names, and the country letters
 * of a currency sign ("US$ 16 million", "HK$ 5"), a genus cut to its initial ("E. coli"), and a maker named in a product's name ("Boeing 787",
 * "Airbus A350": a product is no organisation).
 */
/**
 * A sentence's first word (or a quotation's) that news writes in lower case mid-sentence (data/ner/cap-ratio.tsv:
 * three times or more, never capitalised; a plural by its singular): "Inventions that render …".
 */
function commonFirstWord(ctx: Parameters<EntityRule>[0], m: Mention): boolean {
  if (m.first !== m.last || m.method !== "tagger") return false;
  const { sentenceStart, tokens } = ctx.prep;
  const opens = sentenceStart[m.first] || (m.first > 0 && sentenceStart[m.first - 1] && /^["“‘'(]$/.test(tokens[m.first - 1]!.text));
  if (!opens) return false;
  const w = m.text.toLowerCase();
  const c = CAP_COUNTS.get(w) ?? CAP_COUNTS.get(w.replace(/s$/, ""));
  return !!c && c[0] === 0 && c[1] >= 3;
}

export const clean: EntityRule = (ctx, mentions) =>
  mentions.filter(
    (m) =>
      !JUNK.test(m.text) &&
      !COMMON_CAPS.has(m.text) &&
      !commonFirstWord(ctx, m) &&
      !DATE.test(m.text) &&
      !CLOCK.test(m.text) &&
      !(GENUS.test(m.text) && SPECIES.test(ctx.text.slice(m.end, m.end + 6))) &&
      ctx.text[m.end] !== "$" &&
      !(m.type === "ORG" && (MODEL.test(ctx.text.slice(m.end, m.end + 12)) || MODEL_IN.test(m.text))),
  );
