import { addDays } from "../dates.js";
import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(?:on\s+)?(?:the\s+same\s+(?:day|night|evening|morning|afternoon)|that\s+(?:same\s+)?(?:day|night|evening|morning|afternoon)|(?<!\bto\s+)this\s+(?:very\s+)?day\b(?!\s+and\s+age\b|\s+(?:of|in|on)\b)|(?<=\b(?:end|ending|ended|during|for|of|on|over|throughout|finish|finished|finishing|close|closed|closing|start|started|starting|open|opened|opening)\s+)(?<!\btimes?\s+of\s+)the\s+day\b(?!-|\s+(?:before|after|of|when|that)\b))\b/gi;
/**
 * "later in the day", "late in the day": the day itself whatever follows ("late in the day after falling …");
 * "in morning trading", "until early evening": a part of the story's day.
 */
const PART =
  /\b(?:later|earlier|late|early)\s+in\s+the\s+(?:day|morning|afternoon|evening)\b|(?<=\bin\s+(?:the\s+)?)(?:(?:early|late)\s+)?(?:morning|afternoon|evening)(?=\s+trading\b)|(?<=\b(?:until|by|in|during)\s+(?:the\s+)?)(?:early|late)\s+(?:morning|afternoon|evening)\b(?!\s+(?:hours\s+)?of\b)/gi;
/**
 * "died in the evening", "water was restored by the evening", "during the night": a part of the day the story
 * named just before (the refiner in times/index.ts drops it when no day was named), in a clause with a past or
 * future verb (habits such as "most vocal in the morning and evening", advice such as "wash your face in the
 * morning" and names such as "Imus in the Morning" are not dates); "the night of Monday" is the weekday's.
 */
const DAY_PART =
  /\bthe(?<=\b(?:in|during|by|until|till|through|throughout)\s+the)\s+(?:(?:early|late)\s+)?(?:morning|afternoon|evening|(?<=(?:during|through|throughout)\s+the\s+)night)(?:\s+hours)?\b(?!\s+(?:of|hours\s+of|to|till|until|session|sessions|routine|news|show|shift|edition|rush)\b|\s+(?:and|or)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)|\s*[-/]|\s+[A-Z])/g;
const TENSED =
  /\b(?:was|were|had|did|died|said|made|took|came|went|began|held|left|fell|rose|met|told|found|gave|lost|won|sent|broke|burst|struck|caught|kept|led|shot|spent|stood|brought|fought|paid|sold|wrote|drove|flew|ran|sat|will|would|\w{3,}ed)\b/i;
const HABIT = /\b(?:every|each|usually|often|always|typically|normally|generally|sometimes|mostly|used to)\b/i;

/** "last night": the evening before the anchor's day. */
const LAST_NIGHT = /(?<!\b(?:the|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+)\b[Ll]ast\s+night\b/g;

/**
 * "the next day", "the following day", "the day before", "the previous day": a day from the last one named (not "earlier
 * in the day before rallying", "the day after announcing": a gerund's event).
 */
const NEXT =
  /\b(?:[Tt]he\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|(?<!\bof\s+)the\s+day\s+after(?!\s+(?:the|a|an|his|her|its|their|that|this|[A-Z0-9]|[a-z]+ing\b))|[Tt]he\s+day\s+before(?!\s+(?:the|a|an|his|her|its|their|that|this|[A-Z0-9]|[a-z]+ing\b))|[Tt]he\s+(?:previous|preceding|prior)\s+(?:day|morning|afternoon|evening|night)|[Tt]he\s+night\s+before(?!\s+(?:the|a|an|his|her|its|their|that|this|[A-Z0-9])))\b/g;

/**
 * Anaphoric days ("the same day", "that day", "that night", "ending the day", "later in the day"; not "the day before"):
 * the day the text last named, else the anchor. The value is filled in by the refiner in times/index.ts,
 * which sees the earlier sentences.
 */
export const sameDay: TimeRule = (ctx) => {
  if (!ctx.anchor || !/\b(?:day|night|evening|morning|afternoon)\b/i.test(ctx.sentence)) return [];
  const out = [];
  for (const m of [...ctx.sentence.matchAll(RE), ...ctx.sentence.matchAll(PART)]) {
    let start = m.index;
    if (/^on\s/i.test(m[0])) start += m[0].match(/^on\s+/i)?.[0].length ?? 0;
    // "later in the day": "the day" here, and the comparative "later" a time of its own (the reference-word
    // rule's FUTURE_REF, as MEANTIME splits it); "late in the day" stays whole.
    if (/^(?:later|earlier)\s/i.test(m[0])) start += m[0].indexOf("the");
    out.push(ref(ctx, start, m.index + m[0].length, ctx.anchor.toISOString().slice(0, 10), "day", "same-day"));
  }
  const parts = [...ctx.sentence.matchAll(DAY_PART)];
  if (parts.length && TENSED.test(ctx.sentence) && !HABIT.test(ctx.sentence))
    for (const m of parts) out.push(ref(ctx, m.index, m.index + m[0].length, ctx.anchor.toISOString().slice(0, 10), "day", "day-part"));
  for (const m of ctx.sentence.matchAll(LAST_NIGHT))
    out.push(ref(ctx, m.index, m.index + m[0].length, addDays(ctx.anchor, -1).toISOString().slice(0, 10), "day", "last-night"));
  for (const m of ctx.sentence.matchAll(NEXT)) {
    const method = /next|following|after/.test(m[0]) ? "day-after" : "day-before";
    const day = addDays(ctx.anchor, method === "day-after" ? 1 : -1);
    out.push(ref(ctx, m.index, m.index + m[0].length, day.toISOString().slice(0, 10), "day", method));
  }
  return out;
};
