import { PERSON_TITLES } from "../gazetteer.js";
import type { EntityRule } from "../mention.js";
import { makeMention } from "../mention.js";

const EDGE = /^(?:['’]s|['’"“”(),.:;\-–—]|--)$/;
/** Capitalised function words that are never a name on their own (sentence-initial "The", "Let"). */
const NEVER_ALONE = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "His",
  "Her",
  "Their",
  "Its",
  "Our",
  "Let",
  "But",
  "And",
  "Or",
  "If",
  "In",
  "On",
  "At",
  "As",
  "For",
  "With",
  "From",
  "By",
  "After",
  "Before",
  "When",
  "While",
  "There",
  "Here",
  "What",
  "Who",
  "Why",
  "How",
  "Some",
  "Many",
  "Most",
  "All",
  "No",
  "Not",
  "Yes",
  "Mr",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "According",
  "However",
  "Meanwhile",
]);

/**
 * Names never start or end with a possessive, a quote or punctuation ("Boeing's" → "Boeing"); a person's
 * name starts after its titles.
 */
export const trim: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const out = [];
  for (const m of mentions) {
    let a = m.first;
    let b = m.last;
    while (a <= b && EDGE.test(t[a]!.text)) a++;
    while (b >= a && EDGE.test(t[b]!.text) && !(t[b]!.text === "." && b > a)) b--;
    if (a > b) continue;
    if (a === b && NEVER_ALONE.has(t[a]?.text ?? "")) continue;
    while (a < b && (t[a]?.text === "The" || t[a]?.text === "the") && ctx.prep.sentenceStart[a]) a++;
    // A person's name without the titles before it ("Dr Toni Harthoorn", "Foreign Minister Sergei Lavrov").
    if (m.type === "PER") while (a < b && PERSON_TITLES.has(t[a]!.text)) a++;
    if (a === m.first && b === m.last) out.push(m);
    else out.push({ ...makeMention(ctx, a, b, m.type, m.method ?? "tagger") });
  }
  return out;
};
