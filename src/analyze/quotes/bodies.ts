import { countryByIso3 } from "../../dict/places.js";
import type { Entity, SpeakerRef } from "../../model/index.js";
import type { QuoteRule } from "./context.js";

/** A national body named only by its common noun ("The army said", "the government announced"), and its sector. */
const BODY = /^(?:the\s+)?(government|army|military|navy|armed forces)$/i;

/**
 * The country a story is about, from the countries of the places it names (GPE and NORP entities): those
 * before `at`, else the whole article's. Clear only when one country is named at least twice and at least
 * twice as often as any other ("the government" in a Samoan measles story; not in one about Iran and the US).
 */
export function storyCountry(entities: Entity[], at: number): string | null {
  const count = (upTo: number) => {
    const n = new Map<string, number>();
    for (const e of entities)
      if (e.end <= upTo && e.country && (e.type === "GPE" || e.type === "NORP")) n.set(e.country, (n.get(e.country) ?? 0) + 1);
    return n;
  };
  let n = count(at);
  if (n.size === 0) n = count(Number.POSITIVE_INFINITY);
  const [first, second] = [...n.entries()].sort((x, y) => y[1] - x[1]);
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

/**
 * An unnamed national body as the speaker: its canonical name is the lower-cased noun phrase ("the army"),
 * and where the story is clearly about one country (see storyCountry), the body of that country
 * ("Government of Samoa", country WSM), as "the German government" is read.
 */
export function nationalBody(entities: Entity[], sp: SpeakerRef): SpeakerRef {
  const m = sp.country ? null : sp.name.match(BODY);
  if (!m?.[1]) return sp;
  const head = m[1].toLowerCase();
  const code = storyCountry(entities, sp.start);
  const country = code ? countryByIso3.get(code) : undefined;
  if (!code || !country) return { ...sp, name: `the ${head}` };
  const sector = head === "government" ? "GOV" : "MIL";
  return { ...sp, name: `${head[0]?.toUpperCase()}${head.slice(1)} of ${country.name}`, country: code, sector };
}

/**
 * Gives each quote spoken by an unnamed national body its canonical name and, where clear, its country; a
 * speaker resolved from a role word gets its whole noun phrase as the mention (see wholeMention).
 */
export const nationalBodies: QuoteRule = (ctx, found) =>
  found.map((q) =>
    q.speaker
      ? { ...q, speaker: wholeMention(ctx.text, BODY.test(q.speaker.name) ? nationalBody(ctx.entities, q.speaker) : q.speaker) }
      : q,
  );

/** The article and lower-case modifiers right before a role word: "The foreign minister", "the company". */
const DETERMINED = /\b(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/iu;
const LOWER_WORD = /^\p{Ll}[\p{L}-]*$/u;
const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|us|one)$/i;

/**
 * A speaker resolved from a role word ("minister" → Marcelo Ebrard, "company" → Hasbro) is mentioned by the
 * whole noun phrase the word heads ("The foreign minister", "the company"), not the word alone. Run last:
 * the other rules read the head word's span.
 */
export function wholeMention(text: string, sp: SpeakerRef): SpeakerRef {
  if (!LOWER_WORD.test(sp.text) || PRONOUN.test(sp.text) || sp.name === sp.text) return sp;
  const m = text.slice(Math.max(0, sp.start - 40), sp.start).match(DETERMINED);
  if (!m?.[0]) return sp;
  const start = sp.start - m[0].length;
  return { ...sp, text: text.slice(start, sp.end), start };
}
