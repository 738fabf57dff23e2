import type { Quote } from "../../model/index.js";
import { clauseSubject } from "./as-reports.js";
import { type QuoteRule, saidOn } from "./context.js";

/**
 * "X called OBJECT COMPLEMENT" without quotation marks: a judgement the subject voiced, reported as "characterized
 * the attack as …" is (see AS_CUES): "The United Nations called the resulting humanitarian crisis the worst in the
 * world", "During the course of the debate, Biden called Trump a clown, a racist, and the worst president", "The
 * White House called the impeachment process a sham", "He called it unlikely that the EU would finance the
 * project". With quotation marks the quoted words are the subject's own (see fragments.ts).
 */
const CALLED = /\b(called|calls)\s+/g;

/** Words after "called" that make a phone call, a summons or a phrasal verb, not a judgement. */
const NOT_OBJECT = /^(?:for|on|off|in|into|upon|out|up|back|to|by|at|from|over|around|after|a|an|some|one|two|three|911|police)\b/i;

/**
 * The object: a pronoun, a name (possibly possessive, with its noun: "Trump's order"), or a noun phrase opened by a
 * definite determiner or possessive (at most six words, no verb or clause word); then the complement.
 */
const CLAUSE_WORD =
  "(?!(?:a|an|the|is|are|was|were|has|have|had|and|or|but|that|which|who|for|to|in|on|at|with|by|from|as|after|before|because|since|when|while)\\s)";
const OBJECT = [1, 2, 3, 4, 5, 6, 7].map(
  (k) =>
    new RegExp(
      `^(?:${
        k === 1
          ? "(?:it|this|that|him|her|them)|\\p{Lu}[\\p{L}.-]*"
          : `\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3}['’]s?(?:\\s+${CLAUSE_WORD}\\p{Ll}[\\p{L}-]*){${k - 1}}|(?:\\p{Lu}[\\p{L}.-]*\\s+){${k - 1}}\\p{Lu}[\\p{L}.-]*|(?:the|its|his|her|their|this|these|those)(?:\\s+${CLAUSE_WORD}[\\p{L}\\d'’-]+){${k - 1}}`
      })\\s+`,
      "u",
    ),
);

/** A complement noun phrase: "a sham", "the worst in the world" (not a time: "a second time", "the next day"). */
const NP_COMPLEMENT =
  /^(?:a|an|the)\s+(?!(?:(?:\p{L}+\s+){0,2}(?:time|times|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|morning|afternoon|evening|night)\b|next\b|following\b|same\b|day\b|few\b|number\b|lot\b|couple\b))\p{L}/u;

/**
 * A complement adjective: "called its actions defensive in nature", "called it unlikely that …", "called Trump's
 * order swift, forceful and decisive" (by the adjective's ending; not a participle, which may open a reduced relative).
 */
const ADJ_COMPLEMENT = /^(?:un)?\p{Ll}[\p{L}-]*(?:ive|ous|ful|al|ble|ent|ant|ic|less|ary|ory|ist|ish|likely)\b/u;

/** Words before the verb that make it passive or a name ("is called", "commonly called", "a device called"). */
const PASSIVE_OR_NAMING =
  /(?:\b(?:is|are|was|were|be|been|being|so|also|commonly|widely|often|sometimes|once|now|originally|formerly|what|which|who|that)\s+(?:\p{Ll}+ly\s+)?|-)$/u;

// Hoisted out of calledReports: tsx compiles a `\p{…}` literal inside a function anew at every call.
const DETERMINER_PHRASE_BEFORE = /\b(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const REPORT_END =
  /;|,\s+(?:(?:and|but)(?!\s+(?:a|an|the)\s+\p{Ll}+[,.]?\s*$|\s+(?:a|an|the)\s+\p{Ll}+\s+\p{Ll}+[.]?\s*$)|while|which|who|\p{Ll}+ing)\b|\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|said|told|made|took|gave)\b|\s[—–]\s|[.!?]["”]?\s*$/u;

export const calledReports: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    if (!sent.includes("call")) continue;
    CALLED.lastIndex = 0;
    for (const m of sent.matchAll(CALLED)) {
      if (m.index === undefined || !m[1]) continue;
      const verbAt = s.start + m.index;
      if (ctx.quoted.some((q) => q.start <= verbAt && verbAt < q.end)) continue;
      const head = sent.slice(0, m.index);
      if (PASSIVE_OR_NAMING.test(head.trimEnd()) || DETERMINER_PHRASE_BEFORE.test(head)) continue;
      const after = sent.slice(m.index + m[0].length);
      if (NOT_OBJECT.test(after)) continue;
      // The shortest object after which a complement opens.
      let ok = false;
      for (let k = 1; k <= 7 && !ok; k++) {
        const om = after.match(OBJECT[k - 1] as RegExp);
        if (!om) continue;
        const comp = after.slice(om[0].length);
        ok = NP_COMPLEMENT.test(comp) || ADJ_COMPLEMENT.test(comp);
      }
      if (!ok) continue;
      const a = s.start + m.index + m[0].length;
      // The complement ends at a clause break: ", pointing …", ", and …", a semicolon or the sentence's end (a list's
      // last noun phrase goes on: "a clown, a racist, and the worst president.").
      const rest = text.slice(a, s.end);
      const stop = rest.search(REPORT_END);
      let b = a + (stop < 0 ? rest.length : stop);
      while (b > a && /[\s.,!?]/.test(text[b - 1] as string)) b--;
      const words = text.slice(a, b);
      // Quoted words are the fragments rule's.
      if (/["“”]/.test(words) || words.split(/\s+/).length < 3) continue;
      if (out.some((q) => q.start < b && a < q.end)) continue;
      // The subject: a name or a resolved pronoun heading the clause, right before the verb.
      const subject = clauseSubject(ctx, s.start, head, verbAt, false);
      if (!subject) continue;
      const { speaker, from } = subject;
      out.push({
        kind: "indirect",
        text: words,
        start: a,
        end: b,
        speaker,
        cue: m[1],
        date: saidOn(ctx, [[from, verbAt]]),
      });
      ctx.history.push(speaker);
    }
  }
  return out;
};
