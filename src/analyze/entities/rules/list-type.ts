import type { Entity } from "../../../model/index.js";
import type { EntityRule, Mention } from "../mention.js";

/** What may stand between two items of a list ("A, B, C and D"). */
const SEPARATORS = new Set([", ", ", and ", " and ", ", or ", " or "]);
/** Places of both kinds are one class here (a list of towns and regions). */
const klass = (t: Entity["type"]) => (t === "GPE" ? "LOC" : t);

/**
 * Names listed together are of one kind: in a list of four or more mentions ("Britney Spears, Jamie Foxx, …,
 * Kanye West, P. Diddy"; "John McLaughlin, Pat Metheny, Jeff Beck, John Abercrombie and Chick Corea"), at
 * least two thirds of one class, a name the tagger alone typed otherwise ("Kanye West" LOC, "Pat Metheny" MISC)
 * takes the list's type. Names typed by a dictionary, a definition or any other rule keep theirs ("France,
 * Germany, Italy and the EU"). A series of three ("Senators Kamala Harris, Elizabeth Warren, and Tammy
 * Duckworth") counts when the two that agree were typed by a dictionary or a rule; two names say too little.
 */
export const listType: EntityRule = (ctx, mentions) => {
  const { sentenceOf } = ctx.prep;
  let k = 0;
  while (k < mentions.length) {
    let j = k;
    while (
      j + 1 < mentions.length &&
      sentenceOf[mentions[j + 1]!.first] === sentenceOf[mentions[j]!.last] &&
      SEPARATORS.has(ctx.text.slice(mentions[j]!.end, mentions[j + 1]!.start))
    )
      j++;
    if (j - k + 1 >= 4 || (j - k + 1 === 3 && isSeries(ctx.text, mentions[k]!, mentions[k + 1]!, mentions[j]!)))
      retype(mentions.slice(k, j + 1));
    k = j + 1;
  }
  return mentions;
};

/** "A, B and C" or "A, B, or C": a comma, then a conjunction (not "El Paso and Ciudad Juárez, Mexico", an address). */
function isSeries(text: string, a: Mention, b: Mention, c: Mention): boolean {
  return text.slice(a.end, b.start) === ", " && / (?:and|or) $/.test(text.slice(b.end, c.start));
}

function retype(items: Mention[]): void {
  const counts = new Map<Entity["type"], number>();
  for (const m of items) counts.set(klass(m.type), (counts.get(klass(m.type)) ?? 0) + 1);
  let best: Entity["type"] | null = null;
  let n = 0;
  for (const [t, c] of counts) if (c > n) [best, n] = [t, c];
  if (!best || n * 3 < items.length * 2 || n === items.length) return;
  const same = items.filter((m) => klass(m.type) === best);
  // Three names say enough only when the two that agree were typed by a dictionary or a rule, not the tagger.
  if (items.length === 3 && same.some((m) => m.method === "tagger")) return;
  // The majority's own type: GPE when most of the listed places are countries or towns.
  const type = best === "LOC" && same.filter((m) => m.type === "GPE").length * 2 > same.length ? "GPE" : best;
  for (const m of items) {
    if (klass(m.type) === best || m.method !== "tagger" || m.ref) continue;
    m.type = type;
    m.country = null;
    m.method = "list";
  }
}
