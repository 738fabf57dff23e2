import { type EntityRule, joinAcross } from "../mention.js";

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
 * Mohammad bin Salman" (the title stays in the span, as the tagger gave it). The tagger can leave a lower-case particle out and tag the
 * two halves apart; two PER mentions with only a particle between them, in one sentence, are joined.
 */
export const particles: EntityRule = (ctx, mentions) =>
  joinAcross(ctx, mentions, (m, next, between) => (m.type === "PER" && next.type === "PER" && PARTICLES.has(between) ? "PER" : null));
