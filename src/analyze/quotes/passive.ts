import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";

/**
 * "It was reported (that) CLAUSE": an impersonal passive of a report verb heading its main clause reports the
 * clause with no speaker named ("It was reported on Saturday Sirhan Sirhan was stabbed in the neck while in
 * prison.", "On September 25, it was reported Baker was hospitalized in critical condition.", "It was initially
 * reported the fire started in an electric vehicle, but …"). The speaker is left unnamed (null).
 * Not a passive with its own subject ("He was reported missing", "The site was said to have begun …"), one with
 * an agent ("it was announced by the university"), nor one inside a subordinate clause ("After it was revealed …").
 */
const IT_PASSIVE =
  /(?:^|^(?:(?:On|In|By|As of|Late|Early|Earlier|Later)\s[^,;:"“”]{1,40}|Yesterday|Today|Meanwhile|However|Later|Earlier|Previously),\s+|;\s+)[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:(?:\p{Ll}+ly|also|later|since|first)\s+)?(reported|announced|confirmed|revealed|claimed|alleged)\s+/u;

/** Words between the cue and the clause: a day or time phrase, then an optional "that". */
const LEAD = /^(?:(?:on|late|early)\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+\s+\d{1,2})\s+|yesterday\s+|today\s+)?(?:that\s+)?/u;

/** A subject opening the clause (a pronoun, a determiner or a name), then a finite verb within eight words. */
const CLAUSE =
  /^(?:he|she|they|it|there|the|a|an|his|her|its|their|this|these|\p{Lu}[\p{L}'’.-]*)\s+(?:(?!(?:and|or|but|that|which|who|to|by)\s)[\p{L}\d'’.-]+\s+){0,7}?(?:(?:\p{Ll}+ly|not|also|still)\s+)?(?:is|are|was|were|has|have|had|will|would|could|might|may|\p{Ll}{2,}ed|died|fell|left|lost|took|went|made|fled|hit|ran|won|began|became|came|told|said)\b/u;

/** Where the reported clause ends: a semicolon, ", but"/", while"/", whereas", a dash or the sentence's end. */
const END = /;|,\s+(?:but|while|whereas|although)\s|\s[—–]\s|[.!?]["”]?\s*$/;

export const passiveReports: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    const lead = sent.match(/^\s*/)?.[0].length ?? 0;
    const m = sent.slice(lead).match(IT_PASSIVE);
    if (!m || m.index === undefined || !m[1]) continue;
    const cueAt = s.start + lead + m.index + m[0].length - m[1].length - 1;
    if (ctx.quoted.some((q) => q.start <= cueAt && cueAt < q.end)) continue;
    let a = s.start + lead + m.index + m[0].length;
    a += text.slice(a, s.end).match(LEAD)?.[0].length ?? 0;
    const rest = text.slice(a, s.end);
    if (!CLAUSE.test(rest)) continue;
    const stop = rest.search(END);
    let b = a + (stop < 0 ? rest.length : stop);
    while (b > a && /[\s.,!?]/.test(text[b - 1] as string)) b--;
    if (b - a < 12 || out.some((q) => q.start < b && a < q.end)) continue;
    out.push({
      kind: ctx.quoted.some((q) => q.open >= a && q.close <= b + 1) ? "mixed" : "indirect",
      text: text.slice(a, b),
      start: a,
      end: b,
      speaker: null,
      cue: m[1],
      date: saidOn(ctx, [[s.start, a]]),
    });
  }
  return out;
};
