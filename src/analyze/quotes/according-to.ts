import type { Quote } from "../../model/index.js";
import { type QuoteRule, saidOn } from "./context.js";
import { CUE_RE } from "./cues.js";
import { IRREGULAR_PAST_ALTERNATION } from "./finite.js";
import { entitiesIn, speakerIn } from "./speaker.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LOWER_FIRST = /^\p{Ll}/u;

const RE = /\baccording to\s+/gi;
/** Words opening with a cue, after adverbs or auxiliaries ("also said", "has claimed"). */
const CUE_OPENS = new RegExp(`^(?:\\p{Ll}+ly\\s+|also\\s+|has\\s+|had\\s+|have\\s+)*(?:${CUE_RE.source.slice(3, -3)})\\b`, "u");
const NOT_SPEECH =
  /\b(?:footage|data|figures|statistics|records|census|images|video|photos|photographs|satellite|maps?|tracking|schedule|law|legislation|rules|timetable|tradition|legend)\b/i;

/** A finite verb among the first words after a cue: it reports a clause ("said the plan was …"). */
const FINITE_SOON =
  /^\s+(?:\S+\s+){0,5}?(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;

/** A verb of a clause (see the apposition test after the source). */
const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;

/** A possessive and a role noun in apposition to a named source: ", Hagan's former spokeswoman". */
const POSSESSIVE_ROLE =
  /^,\s+\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}+\s+){0,2}(?:spokes(?:wo)?man|spokesperson|lawyer|attorney|adviser|advisor|aide|director|manager|secretary|chief|editor|wife|husband|son|daughter|mother|father|brother|sister|partner|friend|colleague|agent|publicist|representative)(?=,\s+\S|[.!?]?\s*$)/u;

/** A clause right after a source's name: a pronoun or determiner, or a plural noun, then its verb. */
const CLAUSE_AFTER_SOURCE =
  /^\s+(?:(?:he|she|they|it|we|there)\s+(?:\p{Ll}+ly\s+)?(?:was|were|is|are|had|has|have|will|would|could|did|\p{Ll}{2,}ed)\b|\p{Ll}{3,}s\s+(?:have|has|had|were|are|was|is)\s)/u;

// Hoisted out of accordingTo: tsx compiles a `\p{…}` literal inside a function anew at every call.
const COMMA_NAME_AT_END = /^,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?=\s*(?:,|[.!?]?\s*$))/u;
const COMMA_REGION_THEN_COMMA = /^,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?(?=,\s)/u;
const IN_PLACE_NAME_AT_END = /\b(?:in|of|from)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?$/u;
const COMMA_DESCRIPTION = /^,\s+(?:the|a|an|(?!as\s)\p{Ll}+\s+(?:of|for|at))\s[^,;:"“”]{1,80}?(?=,\s+\S|[.!?]?\s*$)/u;
const NAME_AT_END = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u;
// (Irregular pasts too: "According to the Associated Press, the ship sank within minutes" is a clause, no description.)
const FINITE_WORD = new RegExp(
  `\\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|said|\\p{Ll}{3,}ed|${IRREGULAR_PAST_ALTERNATION}|remains|says)\\b`,
  "u",
);

/** Two capitalised sources joined by "and": "Reuters and the Associated Press". */
// (Only capitalised words on each side: not "the Philippine Institute of Volcanology and Seismology (Phivolcs)", "the
// United Nations' Food and Agriculture Organization's chief veterinary officer".)
const TWO_NAMED_SOURCES =
  /^\s*((?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,4})\s+and\s+((?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,4})\s*$/u;

/** "According to X, CLAUSE." and "CLAUSE, according to X." */
export const accordingTo: QuoteRule = (ctx, found) => {
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = ctx.text.slice(s.start, s.end);
    for (const m of sent.matchAll(RE)) {
      // Inside quotation marks the words are the quoted speaker's, not the narrator's attribution.
      const at = s.start + m.index;
      if (ctx.quoted.some((q) => q.start <= at && at < q.end)) continue;
      const srcStart = m.index + m[0].length;
      // "…, according to which a section between Crete and Cyprus would cross …": a relative pronoun stands for a
      // document or plan named before, no source; the sentence's main clause is not what it says.
      if (/^(?:which|whom)\b/i.test(sent.slice(srcStart))) continue;
      // (The comma of a date inside the source is not its end: "According to a March 14, 2019 NATO press release, …".)
      const srcEndRel = sent.slice(srcStart).search(/,(?!\s\d{4}\b)|[.!?]\s*$|$/);
      let srcEnd = srcStart + (srcEndRel < 0 ? sent.length - srcStart : srcEndRel);
      // "according to the mayor, Jane Smith," / "…, according to the mayor, Jane Smith.": the name in apposition.
      const app = sent.slice(srcEnd).match(COMMA_NAME_AT_END);
      // "according to police in Baytown, Texas, …": a place's state or country after it belongs to the source.
      const region = sent.slice(srcEnd).match(COMMA_REGION_THEN_COMMA);
      // (The speaker is read without it: "police in Baytown", not "Texas".)
      const inRegion = !!region && IN_PLACE_NAME_AT_END.test(sent.slice(srcStart, srcEnd));
      const nameEnd = srcEnd;
      /** Where a person's name set off after a description starts ("the El Paso mayor, Dee Margo"). */
      let appositive = -1;
      if (region && inRegion) srcEnd += region[0].length;
      else if (app && /^(?:the|a|an|his|her|their|its)\s|['’]s?\s/i.test(sent.slice(srcStart, srcEnd))) {
        appositive = srcEnd + (app[0].match(/^,\s+/)?.[0].length ?? 0);
        srcEnd += app[0].length;
      }
      // "According to Josh Bash, the U.S. Attorney for the Western District of Texas, the manifesto …": a
      // description of a named source, set off by commas, is not what was said.
      else {
        // ("According to Amy Cook, director of the Learning Together event, the …": a bare title too.)
        // ("According to Sadie Weiner, Hagan's former spokeswoman, Hagan died …": a possessive and a role noun.)
        const desc = sent.slice(srcEnd).match(COMMA_DESCRIPTION) ?? sent.slice(srcEnd).match(POSSESSIVE_ROLE);
        if (desc && NAME_AT_END.test(sent.slice(srcStart, srcEnd).trim()) && !FINITE_WORD.test(desc[0])) srcEnd += desc[0].length;
      }
      // Records are not speakers ("according to traffic camera footage", "according to census data").
      if (NOT_SPEECH.test(sent.slice(srcStart, srcEnd))) continue;
      // "according to reports from the ministry": the source is who issued the reports.
      const via = sent
        .slice(srcStart, srcEnd)
        .match(
          /^(?:(?:initial|local|media|news|official|unconfirmed)\s+)*(?:reports?|statements?|a statement|a report|an announcement|figures|comments|projections|estimates|(?:a\s+)?polls?|(?:a\s+)?surveys?)\s+(?:from|by|of)\s+(?=\S)/i,
        );
      // The person named in apposition is the source, not a place in the description before it.
      const named =
        appositive >= 0 && entitiesIn(ctx.entities, s.start + appositive, s.start + srcEnd).some((e) => e.type === "PER")
          ? speakerIn(ctx.text, ctx.entities, s.start + appositive, s.start + srcEnd, "after-cue", ctx.history, true)
          : null;
      // "According to Reuters and the Associated Press, …", "according to projections by CNN and NPR": two named
      // sources, one report each.
      const from = srcStart + (via?.[0].length ?? 0);
      const to = inRegion ? nameEnd : srcEnd;
      const pair = named ? null : sent.slice(from, to).match(TWO_NAMED_SOURCES);
      const second =
        pair?.[1] && pair[2] && pair.index !== undefined
          ? [s.start + from + pair[0].length - pair[2].length, s.start + from + pair[0].length]
          : null;
      const names = (x: number, y: number) => entitiesIn(ctx.entities, x, y).some((e) => e.type === "ORG" || e.type === "PER");
      // (Not an "and" inside one name: "the Food and Agriculture Organization", "Institute of Volcanology and Seismology".)
      const andAt = s.start + from + (pair?.[1]?.length ?? 0);
      const split =
        !!second &&
        names(s.start + from, andAt) &&
        names(second[0] as number, second[1] as number) &&
        !ctx.entities.some((e) => e.start < andAt && e.end > (second[0] as number));
      const speaker =
        named ??
        speakerIn(
          ctx.text,
          ctx.entities,
          s.start + from,
          split ? s.start + from + (pair?.[1]?.length ?? 0) : s.start + to,
          "after-cue",
          ctx.history,
          true,
        );
      if (!speaker) continue;
      let a: number;
      let b: number;
      let joined: string | null = null;
      const also: (typeof speaker)[] = [];
      if (split && second) {
        const other = speakerIn(ctx.text, ctx.entities, second[0] as number, second[1] as number, "after-cue", ctx.history, true);
        if (other && other.name !== speaker.name) also.push(other);
      }
      const head = sent.slice(0, m.index);
      const tail = sent.slice(srcEnd);
      // ("…; according to investigators, one was pronounced dead …": after a semicolon it opens its clause.)
      if (m.index < 3 || /;\s*$/.test(head)) {
        a = s.start + srcEnd + 1;
        b = s.end;
        // "According to Agence France-Presse, which cited sources close to the investigation, the man had …": a
        // relative clause on the source is not what was said.
        const rel = tail.match(/^,\s+(?:who|which)\s[^,;:"“”]{1,200},\s+(?=\S)/);
        if (rel) a = s.start + srcEnd + rel[0].length;
        // "According to X on Friday, and Y, an independent …, on Thursday, CLAUSE": one report per source.
        const co = tail.match(/^,\s+(?:and|or)\s+([^,]{2,60})((?:,\s+(?:(?:a|an|the)\s[^,]{1,80}|(?:on|in|at)\s[^,]{1,30}))*),\s+(?=\S)/);
        if (co?.[1]) {
          const at = s.start + srcEnd + co[0].indexOf(co[1]);
          const second = speakerIn(ctx.text, ctx.entities, at, at + co[1].length, "after-cue", ctx.history, true);
          if (second) also.push(second);
          a = s.start + srcEnd + co[0].length;
        }
      } else if (
        /,\s*$/.test(head) &&
        /^,\s+\S[\s\S]{10,}/.test(tail) &&
        // ("…, Bijan Zanganeh said on Wednesday, according to SHANA, the news site of the oil ministry.": a noun
        // phrase closing the sentence describes the source; it is no clause.)
        !(/^,\s+(?:the|a|an)\s[^,;:"“”]*[.!?]?\s*$/.test(tail) && !CLAUSE_VERB.test(tail)) &&
        !/^,\s+(?:but|and|or|while|although|though|as|so|which|who|where|when)\b/.test(tail)
      ) {
        // "Local authorities, according to X, have noted …": the clause runs around the attribution;
        // "Longer term, according to X, the goal is …": a short opener before it is not part of the words.
        const h = head.replace(/,\s*$/, "").trim();
        const t = tail.replace(/^,\s+/, "");
        a = s.start + (sent.length - sent.trimStart().length);
        b = s.end;
        // "The minister, according to reports, said …": the cue after it makes its own report.
        // ("Local authorities, according to Maritime Bulletin, have noted other unusual AIS data.": a cue with a plain
        // object reports nothing of its own; the whole clause is the source's.)
        const co = t.match(CUE_OPENS);
        if (co && (/^\s+that\b/.test(t.slice(co[0].length)) || FINITE_SOON.test(t.slice(co[0].length)))) continue;
        if (LOWER_FIRST.test(t) && !/^(?:the|a|an|he|she|it|they|we|there|this|these|those|his|her|its|their|our)\s/.test(t))
          joined = `${h} ${t}`;
        else a = s.start + srcEnd + (tail.match(/^,\s+/)?.[0].length ?? 0);
      } else if (
        /(?:,|\b(?:and|but))\s*$/.test(head) &&
        /^[.!?]?["”]?\s*$/.test(tail) &&
        CLAUSE_AFTER_SOURCE.test(ctx.text.slice(speaker.end, s.end))
      ) {
        // "…, and according to the Ministry of Foreign Affairs he died at Gleneagles Hospital": no comma closes the
        // source; the clause after its name is what was said.
        a = speaker.end;
        b = s.end;
      } else {
        a = s.start;
        b = s.start + m.index;
      }
      // A semicolon outside quotation marks ends the clause the attribution belongs to ("According to a NATO
      // press release, Hungary spent …; NATO guidelines call for 2%", "…; the victim died, according to police").
      const semis = semicolons(ctx, a, b);
      const before = semis.filter((i) => i < s.start + m.index).at(-1);
      const after = semis.find((i) => i > s.start + m.index);
      if (before !== undefined) {
        // ("…; and author Wyatt Cooper; but, according to her memoirs, also had …": the conjunction is not said.)
        a = before + 1 + (ctx.text.slice(before + 1).match(/^\s*(?:and|but|or)\b,?/)?.[0].length ?? 0);
        if (joined)
          joined = [
            ctx.text
              .slice(a, s.start + m.index)
              .replace(/,\s*$/, "")
              .trim(),
            tail.replace(/^,\s+/, ""),
          ]
            .filter(Boolean)
            .join(" ");
      }
      if (after !== undefined) {
        b = after;
        if (joined) joined = joined.slice(0, joined.length - (s.end - after));
      }
      while (a < b && /[\s,]/.test(ctx.text[a] as string)) a++;
      while (b > a && /[\s.,!?]/.test(ctx.text[b - 1] as string)) b--;
      // The words are one quotation: a direct quote without its marks.
      const whole = ctx.quoted.find((q) => q.open >= a && q.open <= a + 1 && q.close >= b - 2 && q.close <= b + 1);
      if (whole) {
        a = whole.start;
        b = whole.end;
      }
      if (b - a < 10 || ctx.text.slice(a, b).split(/\s+/).length < 3 || out.some((q) => q.start < b && a < q.end)) continue;
      let words = ctx.text.slice(a, b);
      if (joined) words = joined.replace(/[\s.,!?]+$/, "");
      for (const who of [speaker, ...also])
        out.push({
          kind: whole ? "direct" : ctx.quoted.some((q) => q.open >= a && q.close <= b) ? "mixed" : "indirect",
          text: words,
          start: a,
          end: b,
          speaker: who,
          cue: "according to",
          date: saidOn(ctx, [[s.start + m.index, s.start + srcEnd]]),
        });
    }
  }
  return out;
};

/** Offsets of the semicolons in [a, b) that are not inside quotation marks. */
function semicolons(ctx: { text: string; quoted: { start: number; end: number }[] }, a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = ctx.text.indexOf(";", a); i >= 0 && i < b; i = ctx.text.indexOf(";", i + 1))
    if (!ctx.quoted.some((q) => q.start <= i && i < q.end)) out.push(i);
  return out;
}
