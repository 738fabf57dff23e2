import { ref, type TimeRule } from "../types.js";

const RE =
  /\b(now|currently|at present|presently|nowadays|recently|in the past|formerly|previously|in the future|soon|recent (?:years|months|weeks|days)|the near (?:term|future)|the long term|the time being|the (?:past|future)|more recently|current|recent)\b/gi;
const VALUE: Record<string, string> = {
  now: "PRESENT_REF",
  currently: "PRESENT_REF",
  "at present": "PRESENT_REF",
  presently: "PRESENT_REF",
  nowadays: "PRESENT_REF",
  recently: "PAST_REF",
  "in the past": "PAST_REF",
  formerly: "PAST_REF",
  previously: "PAST_REF",
  "in the future": "FUTURE_REF",
  "the time being": "PRESENT_REF",
  soon: "FUTURE_REF",
};

/** Vague references to the present, past or future (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF). */
export const referenceWords: TimeRule = (ctx) => {
  const out = [];
  for (const m of ctx.sentence.matchAll(RE)) {
    if (m[1]!.toLowerCase() === "soon" && /as\s+$/i.test(ctx.sentence.slice(0, m.index))) continue;
    const k = m[1]!.toLowerCase();
    const value =
      VALUE[k] ??
      (k === "current" ? "PRESENT_REF" : k.startsWith("recent") || k === "more recently" || k === "the past" ? "PAST_REF" : "FUTURE_REF");
    out.push(ref(ctx, m.index, m.index + m[0].length, value, "instant", "reference-word"));
  }
  return out;
};
