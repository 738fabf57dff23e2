import { type EntityRule, type Mention, makeMention } from "../mention.js";

/** Lower-case name particles that join a given name to a family or patronymic name. */
const PARTICLES = new Set([
  "bin",
  "ibn",
  "bint",
  "ben",
  "al",
  "el",
  "van",
  "von",
  "de",
  "da",
  "del",
  "della",
  "der",
  "di",
  "du",
  "dos",
  "das",
]);

/**
 * A person's name split at its particle is one name: "Crown Prince Mohammad" + "bin" + "Salman" is "Crown Prince
 * Mohammad bin Salman" (the title is split off after). The tagger can leave a lower-case particle out and tag the
 * two halves apart; two PER mentions with only a particle between them, in one sentence, are joined.
 */
export const particles: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceOf } = ctx.prep;
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (
      m.type === "PER" &&
      next?.type === "PER" &&
      next.first === m.last + 2 &&
      PARTICLES.has(tokens[m.last + 1]!.text) &&
      sentenceOf[next.last] === sentenceOf[m.first]
    ) {
      out.push(makeMention(ctx, m.first, next.last, "PER", m.method ?? "tagger"));
      k++;
      continue;
    }
    out.push(m);
  }
  return out;
};
