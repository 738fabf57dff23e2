import { lookupPlace } from "../../../dict/places.js";
import { NAME_HEADS, PERSON_TITLES } from "../gazetteer.js";
import { type EntityRule, joinAcross, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

/** Particles of European family names ("van", "von", "de", "della", "dos"). */
const EUROPEAN_PARTICLES = ["van", "von", "de", "da", "del", "della", "der", "di", "du", "dos", "das"];

/** Lower-case name particles that join a given name to a family or patronymic name. */
const PARTICLES = new Set(["bin", "ibn", "bint", "ben", "al", "el", ...EUROPEAN_PARTICLES]);

/**
 * A person's name split at its particle is one name: "Crown Prince Mohammad" + "bin" + "Salman" is "Crown Prince
 * Mohammad bin Salman" (the title stays in the span, as the tagger gave it). The tagger can leave a lower-case particle out and tag the
 * two halves apart; two PER mentions with only a particle between them, in one sentence, are joined.
 */
export const particles: EntityRule = (ctx, mentions) =>
  particleNames(
    ctx,
    familyNames(
      ctx,
      joinAcross(ctx, mentions, (m, next, between) => (m.type === "PER" && next.type === "PER" && PARTICLES.has(between) ? "PER" : null)),
    ),
  );

/** Forms of address that open a person's name with a particle ("Madame de Staël", "Monsieur de Charette"). */
const ADDRESS = new Set(["Madame", "Monsieur", "Mme", "Mme.", "Mademoiselle", "Signor", "Signora", "Don", "Doña", "Herr", "Frau"]);
/** Particles of European family names that stand inside a name the tagger typed ("von", "de la", "van der"). */
const INNER_PARTICLES = new Set([...EUROPEAN_PARTICLES, "den", "la", "le", "zu", "ter"]);

/**
 * A name of capitalised words with a family-name particle inside ("Dorothea von Schlegel", "Joaquin de la
 * Pazuela", "Madame de Staë") that the tagger typed an organisation or a place is a person when its first word
 * is a given name, a form of address or title, or a word the tagger took alone as a person in the article
 * ("Dorothea"). Not a place of the dictionary ("Rio de Janeiro") nor a name ending in a head word ("Maria del
 * Carmen Hospital"); "Virrey de Lima", "Partido Democrata-Cristã de Timor" open with no such word.
 */
function particleNames(ctx: Parameters<EntityRule>[0], mentions: Mention[]): Mention[] {
  const t = ctx.prep.tokens;
  let persons: Set<string> | null = null;
  for (const m of mentions) {
    if ((m.type !== "ORG" && m.type !== "LOC") || m.method !== "tagger" || m.last - m.first < 2) continue;
    let inner = false;
    let shape = UPPER_FIRST.test(t[m.first]!.text) && UPPER_FIRST.test(t[m.last]!.text);
    for (let i = m.first + 1; i < m.last && shape; i++) {
      if (INNER_PARTICLES.has(t[i]!.text)) inner = true;
      else if (!UPPER_FIRST.test(t[i]!.text)) shape = false;
    }
    if (!inner || !shape || lookupPlace(m.text) || NAME_HEADS.has(t[m.last]!.text)) continue;
    const first = t[m.first]!.text;
    if (!persons) {
      persons = new Set();
      for (const o of mentions) if (o.type === "PER" && o.first === o.last) persons.add(t[o.first]!.text);
    }
    if (isGiven(first) || ADDRESS.has(first) || PERSON_TITLES.has(first) || persons.has(first)) m.type = "PER";
  }
  return mentions;
}

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

/**
 * A person's name the tagger ended before its family or patronymic name goes on through it: "Ziad" +
 * "al-Sharabi", "Abdel Fattah" + "el-Sisi", "Hamza" + "bin Laden" (an "al-"/"el-" glued to a capitalised word, or
 * "bin"/"ibn"/"bint" and a capitalised word, in the same sentence). A mention inside the words taken goes.
 */
function familyNames(ctx: Parameters<EntityRule>[0], mentions: Mention[]): Mention[] {
  const { tokens, sentenceOf } = ctx.prep;
  const n = tokens.length;
  const glued = (i: number) => i < n && tokens[i]!.start === tokens[i - 1]!.end;
  /** The last token of a family-name part starting at token i, or -1. */
  const part = (i: number): number => {
    if (i + 2 < n && /^(?:al|el)$/.test(tokens[i]!.text) && tokens[i + 1]!.text === "-" && glued(i + 1) && glued(i + 2))
      return UPPER_FIRST.test(tokens[i + 2]!.text) ? i + 2 : -1;
    if (i + 1 < n && /^(?:bin|ibn|bint)$/.test(tokens[i]!.text) && !glued(i + 1) && UPPER_FIRST.test(tokens[i + 1]!.text)) return i + 1;
    return -1;
  };
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.type !== "PER") continue;
    let last = m.last;
    for (let j = part(last + 1); j >= 0 && sentenceOf[j] === sentenceOf[m.first]; j = part(last + 1)) last = j;
    if (last === m.last) continue;
    const wide = makeMention(ctx, m.first, last, "PER", m.method ?? "tagger");
    // Mentions inside the words taken go; one that reaches past them stops the extension.
    if (out.some((o) => o !== m && o.first > m.last && o.first <= last && o.last > last)) continue;
    out = [...out.slice(0, k), wide, ...out.slice(k + 1).filter((o) => !(o.first > m.last && o.last <= last))];
  }
  return out;
}
