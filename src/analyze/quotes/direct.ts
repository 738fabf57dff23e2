import type { Quote, SpeakerRef } from "../../model/index.js";
import { type QuoteContext, type QuoteRule, saidOn, sentenceAt } from "./context.js";
import { BASE_CUES, CUE_RE, PARTICIPLE_CUES, WEAK_CUES } from "./cues.js";
import { DESCRIPTION_VERB, relativeAntecedent, speakerIn } from "./speaker.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;

/** A banner, placard or sign right before a quotation: the words are written on it. */
const WRITTEN_ON = /\b(?:banners?|placards?|posters?|t-shirts?|(?:a|the)\s+sign|signs)\b[^.!?"“”]{0,30}$/i;

/**
 * After a quotation's closing mark, a name and a description set off by commas before the cue ("…," Steve
 * Clarke, deputy associate administrator for exploration in NASA’s science mission directorate, said …): the
 * description may be long.
 */
const NAME_THEN_DESCRIPTION =
  /^\s*,?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:(?:the|a|an)\s+)?\p{Ll}[^.;!?"“”]{1,170},\s+(?:(?:also|later|has|had|have)\s+)?$/u;
/**
 * The same with the description's closing comma left out ("“…,” Kurinji Selvaraj, a research analyst at the
 * Delhi-based Council on Energy, Environment and Water think tank told CBS News."): an article opens it and no verb
 * is in it (see DESCRIPTION_VERB).
 */
const NAME_THEN_OPEN_DESCRIPTION =
  /^\s*,?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:the|a|an)\s+\p{Ll}[^.;!?"“”]{1,170}\s+$/u;
function nameThenDescription(pre: string): boolean {
  return (
    NAME_THEN_DESCRIPTION.test(pre) || (NAME_THEN_OPEN_DESCRIPTION.test(pre) && !DESCRIPTION_VERB.test(pre.replace(/^\s*,?[^,]*,/, "")))
  );
}

/** A verb of going on before a base-form cue: " even went as far to", " went on to". */
const GOES_ON_TO = /\s+(?:(?:even|also|then|later|further)\s+)?(?:went|goes|go|going|proceeded)\s+(?:on\s+|as\s+far\s+(?:as\s+)?)to\s+$/;
/** The cue pattern as one global regex, rewound for each search (built once: it is long). */
const CUE_G = new RegExp(CUE_RE.source, "g");

function firstCue(s: string): RegExpExecArray | null {
  const re = CUE_G;
  re.lastIndex = 0;
  return re.exec(s);
}
function lastCue(s: string): RegExpExecArray | null {
  const re = CUE_G;
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) last = m;
  return last;
}

/** A speech verb after a quotation, then a capitalised name ("said President Trump"). */
const CUE_THEN_NAME = /^\s+(?:said|says|told|added|wrote|tweeted|stated|explained)\s+(?:\p{Ll}+\s+){0,3}\p{Lu}/u;
/** A capitalised name after a quotation, then a speech verb ("Trump said"). */
const NAME_THEN_CUE = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:said|says|told|added|wrote|tweeted|stated|explained)\b/u;
/** A title or an initial with its full stop ("Dr.", "J."). */
const TITLE_OR_INITIAL_DOT = /\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|\p{Lu})\./gu;
/** Up to three words. */
const FEW_WORDS = /^(?:\s+(?:the\s+)?[\p{L}'’.-]+){0,3}$/u;
/** A lower-case letter or a digit first. */
const LOWER_OR_DIGIT_FIRST = /^\s*[\p{Ll}\d]/u;
/** "and" or "but" then an -ed verb. */
const AND_ED = /^\s+(?:and|but)\s+\p{Ll}+ed\b/u;

// Hoisted out of directQuotes: tsx compiles a `\p{…}` literal inside a function anew at every call.
const INSTITUTION_SUBJECT_VERB =
  /^\s*((?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:study|report|paper|palace|statement|ministry|agency|government|police|company|court|letter|document|researchers|authors|team))(?:\s+itself)?\s+\p{Ll}+(?:ed|s)\b/iu;
const CUE_VERB_BEFORE_COLON = /\b(\p{Ll}+(?:ed|s))\b(?=[^:]*[:,]$)/u;

/**
 * Between two quotations, a closing mark, then words ending in a sentence attributed to a pronoun or a name:
 * "” working in federal prisons, she said. " (the group is the subject before the cue).
 */
const ATTRIBUTION_BETWEEN =
  /["”][^"“”]*?,\s+((?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?))\s+(?:said|says|added|told|explained|noted|wrote|continued)\b[^"“”]*[.!?]\s*$/u;

/**
 * Direct quotes: words in quotation marks attributed by a cue right after the closing mark
 * (`…," Peskov told`, `…," said Katya`), right before the opening mark (`Lam said: "…"`), or — for a
 * quote that fills its own sentence or paragraph — continued from the previous quote's speaker.
 * A quoted fragment inside a sentence (`a meeting "as soon as possible."`) is not a direct quote.
 */
export const directQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  let last: Quote | null = null;
  for (const q of ctx.quoted) {
    const content = text.slice(q.start, q.end);
    if (!ANY_LETTER.test(content)) continue;
    const words = content.trim().split(/\s+/).length;
    const sOpen = sentenceAt(ctx, q.open);
    const sClose = sentenceAt(ctx, Math.max(q.open, q.close - 1));
    const sentStart = sOpen?.start ?? 0;
    // A dash parenthetical right before the quotation ("commented on the matter — which the BBC noted as
    // unusual — "…"") is blanked (same length, so offsets hold).
    const before = text.slice(sentStart, q.open).replace(/\s[—–]\s[^—–"“”]{1,120}\s[—–]\s*$/, (m) => " ".repeat(m.length));
    // Attribution after the closing mark, within the sentence and before the next quote opens.
    const nextOpen = ctx.quoted.find((x) => x.open > q.close)?.open ?? text.length;
    let afterEnd = Math.min(
      sClose?.end ?? text.length,
      nextOpen,
      text.indexOf("\n", q.close) < 0 ? text.length : text.indexOf("\n", q.close),
    );
    let after = text.slice(q.close + 1, afterEnd);
    if (!/\S/.test(after) && sClose) {
      // `"…trial." Pelosi said.` — the attribution is a short sentence of its own.
      const next = ctx.sentences.find((x) => x.start >= q.close + 1);
      const nextText = next ? text.slice(next.start, next.end) : "";
      // (Not across a paragraph break: a new paragraph opening "John Smith says the plan is flawed." is its own report.)
      if (
        next &&
        next.start - q.close < 4 &&
        !/\n/.test(text.slice(q.close, next.start)) &&
        nextText.split(/\s+/).length <= 8 &&
        firstCue(nextText) &&
        !/["“]/.test(nextText)
      ) {
        afterEnd = next.end;
        after = text.slice(q.close + 1, afterEnd);
      }
    }
    // The quote closes its sentence (nothing but punctuation after the mark).
    // ("… "I WON THIS ELECTION, BY A LOT!" on Twitter.": where it was posted does not continue the sentence.)
    const endsSentence = !/\S/.test(
      after
        .replace(/^[\s.,;!?]+/, "")
        .replace(/^(?:on|via|in)\s+(?:Twitter|Facebook|Instagram|social media|a tweet|a post)\s*[.!?]?\s*$/, ""),
    );
    let speaker: SpeakerRef | null = null;
    let cue: string | undefined;
    let attribution: [number, number][] = [];
    // A quote is closed by its own punctuation, a comma after the mark, or directly by "Name said".
    const endsPunct =
      // "…heal us[,]": an editor's bracketed comma closes it too; so does punctuation inside a nested closing mark ("…investigation?’").
      /[,.?!…—–-][’']?\]?\s*$/.test(content) || /^\s*[,—–]/.test(after) || CUE_THEN_NAME.test(after) || NAME_THEN_CUE.test(after);
    const am0 = sharedAfter(after, content) ?? firstCue(after);
    // `…", adding Iran will …`: a participle after the mark reports more words of the clause before the quote.
    // (`"spreading rumors," including … Li Wenliang, who tried to warn people`: an infinitive or a modal's base form
    // reports nothing.)
    const am =
      am0 &&
      ((PARTICIPLE_CUES.has(am0[0]) && !ANY_LETTER.test(after.slice(0, am0.index))) ||
        (BASE_CUES.has(am0[0]) && /\b(?:to|will|would|could|can|may|might|must|should|not|never)\s+$/.test(after.slice(0, am0.index))))
        ? null
        : am0;
    if (
      am &&
      endsPunct &&
      (am.index < 90 || (am.index < 200 && nameThenDescription(after.slice(0, am.index)))) &&
      // (`Schumer told MSNBC Cummings "was a great man," while Trump noted his "…"`: a conjunction opens another
      // clause with its own cue, not an attribution of the quote before it.)
      !/^\s*,?\s*(?:while|whereas|but|although|though)\s/.test(after) &&
      !/[.;!?]/.test(after.slice(0, am.index).replace(/\b(?:[A-Z]\.|Mr\.|Ms\.|Mrs\.|Dr\.|U\.S\.|U\.N\.)/g, ""))
    ) {
      const base = q.close + 1;
      const pre = after.slice(0, am.index);
      const hasSubject = ANY_LETTER.test(pre.replace(/\b(?:also|then|later|earlier|further|again)\b/g, ""));
      if (hasSubject) speaker = speakerIn(text, ctx.entities, base, base + am.index, "before-cue", ctx.history, unnamed(pre));
      else {
        const tail = after.slice(am.index + am[0].length);
        // The attribution ends at the sentence's end (not at "Dr." or an initial) or a relative clause.
        const masked = tail.replace(TITLE_OR_INITIAL_DOT, (m) => m.replace(".", "_"));
        const stop = masked.search(/[.;!?](?:\s|$)|,\s+(?:who|which|adding|and)\b/);
        speaker = speakerIn(
          text,
          ctx.entities,
          base + am.index + am[0].length,
          base + am.index + am[0].length + (stop < 0 ? tail.length : stop),
          "after-cue",
          ctx.history,
          unnamed(stop < 0 ? tail : tail.slice(0, stop)),
        );
      }
      cue = am[0];
      attribution = [[base, afterEnd]];
    }
    if (!speaker) {
      const bm = lastCue(before);
      const lead = before.replace(/\s+$/, "");
      const gap = bm ? lead.length - (bm.index + bm[0].length) : 999;
      // `X said "…"`, `Smith told Wikinews "…"`: the cue (and a short object) right before the mark.
      // `He said on Voice of America's … programme "…"`: a prepositional phrase between the cue and a quote
      // that ends the sentence.
      const ppLead =
        !!bm &&
        endsSentence &&
        !WEAK_CUES.has(bm[0]) &&
        /^\s+(?:on|in|at|to|during|via|through|from)\s+[^,;:"“”]{1,70}$/u.test(lead.slice(bm.index + bm[0].length));
      const bare =
        bm &&
        ((gap <= 30 && FEW_WORDS.test(lead.slice(bm.index + bm[0].length))) || ppLead) &&
        !/\b(?:the|a|an|as|of|to|for|with)$/i.test(lead) &&
        // A bare cue only introduces a quote that ends its sentence (else it is a fragment of reported speech).
        words >= 3 &&
        // …or is closed by its own comma/stop, or a coordinated verb follows ("tweeted "…" and offered …").
        (!LOWER_OR_DIGIT_FIRST.test(after) ||
          /[,.!?]$/.test(content.trim()) ||
          AND_ED.test(after) ||
          // "The proclamation specifically said "…" and said …": the cue right before the mark.
          (gap <= 1 && /^\s+(?:and|but)\s+(?:said|told|wrote|spoke|made|took|gave)\b/u.test(after)) ||
          /^\s*,?\s+(?:and|but)\s*$/.test(after));
      if (
        bm &&
        ((/[,:]$|\b(?:that)$/.test(lead) && gap < 40) ||
          bare ||
          (/:$/.test(lead) && gap < 140 && !/["“”]/.test(lead.slice(bm.index))) ||
          // "She told a guard at the door, in French and English, "…"", "saying earlier in the morning, "…"": an
          // addressee and adverbial phrases between the cue and a quotation that ends the sentence.
          (/,$/.test(lead) && gap < 90 && endsSentence && words >= 2 && interjected(lead.slice(bm.index + bm[0].length))))
      ) {
        // "Politico quoted Tim Manning, formerly …, as saying "…"": the one quoted speaks.
        const quotedAs = before.slice(0, bm.index).match(/\bquoted\s+([^"“”]{2,120}?),?\s+as\s+$/);
        // "One of them even went as far to say, "…"", "went on to say": the subject ends before the verb of going.
        // "One of the victims said the men thought they were "…"": a verb of thinking inside the complement of an
        // earlier speech verb is no one's speech; the quoted words are the outer speaker's.
        // ("… told Discover Magazine the frequency of spiky skulls … suggested some deep pattern …: "…"": so is a verb of
        // showing whose subject is a finding.)
        const outer = THINKING.has(bm[0]) || SHOWING.has(bm[0]) ? outerSpeech(before, firstClauseStart(before, bm.index), bm.index) : null;
        const subjEnd = outer?.index ?? bm.index - (before.slice(0, bm.index).match(GOES_ON_TO)?.[0].length ?? 0);
        const qa = quotedAs?.[1] ? sentStart + (quotedAs.index ?? 0) + quotedAs[0].indexOf(quotedAs[1]) : -1;
        speaker = quotedAs?.[1]
          ? speakerIn(text, ctx.entities, qa, qa + quotedAs[1].length, "after-cue", ctx.history)
          : PARTICIPLE_CUES.has(bm[0])
            ? speakerIn(text, ctx.entities, sentStart, sentStart + bm.index, "after-cue", ctx.history)
            : (relativeAntecedent(text, ctx.entities, ctx.history, sentStart + firstClauseStart(before, bm.index), sentStart + subjEnd) ??
              speakerIn(
                text,
                ctx.entities,
                sentStart + firstClauseStart(before, bm.index),
                sentStart + subjEnd,
                "before-cue",
                ctx.history,
                unnamed(before.slice(firstClauseStart(before, bm.index), subjEnd)),
              ));
        // A cue coordinated with the sentence's first verb ("Professor Jessica Levinson of Loyola Law School asked
        // whether Oakland was part of the US and then declared "…"", "Warren commended Biden … and said she was
        // "…""): the subject heading the sentence, not the last name before the cue.
        // ("Volker said he never used the term "three amigos" and added, "…"": also when a quoted word before the cue
        // hid the subject, if the cue introduces the quotation with a comma or colon.)
        if (
          (speaker || /[,:]$/.test(lead)) &&
          !quotedAs &&
          /\b(?:and|but)\s+(?:(?:then|also|later|further)\s+)?$/.test(before.slice(0, bm.index))
        )
          speaker = speakerIn(text, ctx.entities, sentStart, sentStart + bm.index, "after-cue", ctx.history) ?? speaker;
        const tail = before.slice(bm.index + bm[0].length);
        // "reported to the police he "…"": a pronoun after the cue is the subject of the report, not its speaker.
        if (!speaker && !/\b(?:he|she|they|it|we|I)\s*[,:]?\s*$/i.test(tail)) {
          speaker = speakerIn(
            text,
            ctx.entities,
            sentStart + bm.index + bm[0].length,
            sentStart + bm.index + bm[0].length + tail.length,
            "after-cue",
            ctx.history,
          );
        }
        cue = outer?.[0] ?? bm[0];
        attribution = [[sentStart, q.open]];
        if (/that$/.test(lead) && speaker) {
          // "X said that "…"" reads as reported speech with a quotation: mixed.
          out.push(make(ctx, q, "mixed", speaker, cue, attribution));
          last = out[out.length - 1] ?? null;
          continue;
        }
      }
    }
    if (!speaker) {
      // "Remarked Center for Biological Diversity scientist Tierra Curry, "…"": the cue opens the sentence.
      const inv = before.match(
        /^\s*(Said|Says|Added|Adds|Remarked|Wrote|Writes|Explained|Noted|Commented|Continued|Asked|Tweeted|Stated|Concluded)\s+([^,:;"“”]{2,100}?)\s*[,:]\s*$/,
      );
      if (inv?.[1] && inv[2]) {
        const at = sentStart + before.indexOf(inv[2], inv[1].length);
        speaker = speakerIn(text, ctx.entities, at, at + inv[2].length, "after-cue", ctx.history, true);
        cue = inv[1].toLowerCase();
        attribution = [[sentStart, q.open]];
      }
    }
    if (!speaker) {
      const lead = before.replace(/\s+$/, "");
      const acc = lead.match(/\baccording to\s+([^,"“”]{2,80}),$/i);
      if (acc && acc.index !== undefined) {
        const a0 = sentStart + acc.index + acc[0].length - (acc[1]?.length ?? 0) - 1;
        speaker = speakerIn(text, ctx.entities, a0, sentStart + lead.length - 1, "after-cue", ctx.history, true);
        cue = "according to";
        attribution = [[sentStart, q.open]];
      } else if (
        (/:$/.test(lead) || (/,$/.test(lead) && endsSentence && words >= 4)) &&
        // (A short quoted word earlier in the lead is a fragment: "justified the strike … as "defensive" in nature:".)
        !/["“”]/.test(lead.replace(/["“][^"“”]{1,30}["”]/g, ""))
      ) {
        // "Jo Anne Van Tilburg … disagreed with these findings: "…"", "Graham spoke on Fox News, "…"": the
        // subject of the introducing clause, when a verb follows it; "The study itself outlined …: "…"": an
        // unnamed source heading a colon-introduced quotation.
        // (The short quoted word let through above is no clause boundary before a colon: the subject is before it —
        // "the United States Department of Defense justified the strike … as "defensive" in nature:". Not before a
        // comma: "Just because scientists became aware of “taste” receptors on the tongue first, “…”" has no subject.)
        const from =
          sentStart + firstClauseStart(/:$/.test(lead) ? before.replace(SHORT_QUOTED, (m) => ` ${m.slice(1, -1)} `) : before, lead.length);
        speaker = speakerIn(text, ctx.entities, from, sentStart + lead.length, "after-cue", ctx.history);
        const np = /:$/.test(lead) ? text.slice(from, sentStart + lead.length).match(INSTITUTION_SUBJECT_VERB) : null;
        // "The palace issued the following statement from the king:": the words are the king's.
        let from2Speaker: SpeakerRef | null = null;
        const from2 = lead.match(/\b(?:statement|message|letter)\s+from\s+([^:,"“”]{2,60}):$/);
        if (from2?.[1] && from2.index !== undefined) {
          const at = sentStart + from2.index + from2[0].indexOf(from2[1]);
          from2Speaker = speakerIn(text, ctx.entities, at, at + from2[1].length, "after-cue", ctx.history, true);
        }
        if (!speaker && np?.[1]) {
          const at = from + text.slice(from).indexOf(np[1]);
          speaker = { name: np[1], text: np[1], start: at, end: at + np[1].length, country: null, sector: null };
        }
        // Measured after an opening phrase ("In a statement released after the attack, the …").
        const opener = before.match(/^\s*(?:In|On|At|After|Before|During|Following|Speaking|Writing)\b[^,"“”]{0,80},\s*/)?.[0].length ?? 0;
        if (speaker && speaker.start - sentStart - opener > 60) speaker = null;
        if (speaker && !INTRO_VERB.test(text.slice(speaker.end, sentStart + lead.length))) speaker = null;
        if (from2Speaker) speaker = from2Speaker;
        // (The verb after the speaker: "In a statement released after the attack, the … justified …:".)
        const afterSpeaker = speaker && speaker.end > sentStart ? lead.slice(speaker.end - sentStart) : lead;
        // (The verb right after the speaker first: "Collins saw compromise as …:", "Bill Gerstenmaier of NASA spoke of the
        // collaboration between his agency and SpaceX:", "Hurley, for his part, paraphrased …:" — not "as", "his".)
        const verb =
          lastCue(lead) ??
          (speaker && speaker.end > sentStart ? afterSpeaker.match(VERB_AFTER_SPEAKER) : null) ??
          (afterSpeaker.match(CUE_VERB_BEFORE_COLON) || lead.match(CUE_VERB_BEFORE_COLON));
        cue = verb?.[1] ?? verb?.[0] ?? ":";
        attribution = [[sentStart, q.open]];
      }
    }
    if (!speaker && !/\S/.test(before)) {
      // "AIP chairman Markham Robinson … writes:¶"…"": a sentence ending in a colon introduces the quote after it.
      const intro = [...ctx.sentences].reverse().find((x) => x.end <= q.open);
      const introText = intro ? text.slice(intro.start, intro.end) : "";
      if (intro && q.open - intro.end <= 4 && /:$/.test(introText) && !/["“”]/.test(introText)) {
        const cm = lastCue(introText);
        // "X defended the payments … and denied …:": a participle or coordinated cue takes the head subject.
        const own = cm && !PARTICIPLE_CUES.has(cm[0]) && !/\b(?:and|but)\s+$/.test(introText.slice(0, cm.index));
        speaker = speakerIn(
          text,
          ctx.entities,
          intro.start,
          intro.start + (own && cm ? cm.index : introText.length),
          own ? "before-cue" : "after-cue",
          ctx.history,
        );
        if (speaker && (speaker.start < intro.start || speaker.start - intro.start > 80)) speaker = null;
        cue = cm?.[0] ?? ":";
        attribution = [[intro.start, intro.end]];
      }
    }
    if (!speaker) {
      // Continuation: the quote fills its sentence (starts it) and the previous direct quote is close by.
      const startsSentence = !/\S/.test(before);
      const prev = last;
      if (startsSentence && prev?.speaker && q.open - prev.end < 600 && words >= 3 && !/\S/.test(after.replace(/^[\s.]+/, ""))) {
        speaker = prev.speaker;
        cue = prev.cue;
        attribution = [];
        // ("“We don't want those people” working in federal prisons, she said. “This incident was a black eye …”": an
        // attribution of other words in between names who goes on, not the speaker of the last full quotation.)
        const gap = text.slice(prev.end, q.open);
        const between = gap.match(ATTRIBUTION_BETWEEN);
        if (between?.[1] && between.index !== undefined) {
          const at = prev.end + between.index + between[0].indexOf(between[1]);
          const other = speakerIn(text, ctx.entities, at, at + between[1].length, "before-cue", ctx.history);
          if (other) speaker = other;
        }
      }
    }
    if (!speaker) continue;
    if (words < 2) {
      // A one-word quotation is too short to keep, but a quotation filling the sentence right after it goes on
      // with its speaker ("“Amazing,” Davis said. “To be able to do that against every team is something special.”").
      last = make(ctx, q, "direct", speaker, cue, attribution);
      continue;
    }
    // Words written on a banner or placard ("People holding a banner saying "…"") are not a source's speech.
    if (WRITTEN_ON.test(text.slice(Math.max(0, q.open - 60), q.open))) continue;
    out.push(make(ctx, q, "direct", speaker, cue, attribution));
    last = out[out.length - 1] ?? null;
    ctx.history.push(speaker);
  }
  return out;
};

/**
 * A verb that reports only a that-clause elsewhere (see THAT_ONLY_CUES in cues.ts) attributes the quotation it
 * follows as the whole of a short inverted clause: "“…,” she shares.", "“…,” Dan shares. “…”" (not "shared a photo").
 */
const SHARED_AFTER =
  /^\s+(?:he|she|they|we|I|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|the\s+\p{Ll}+)\s+(shares|shared|lamented|laments|retorted)\s*(?:[.!?]|,\s|$)/u;
function sharedAfter(after: string, content: string): RegExpExecArray | null {
  if (!/[,?!][’']?\s*$/.test(content)) return null;
  const m = SHARED_AFTER.exec(after);
  if (!m?.[1]) return null;
  const at = m[0].lastIndexOf(m[1]);
  const r = Object.assign([m[1]], { index: at, input: after, groups: undefined }) as unknown as RegExpExecArray;
  return r;
}

/** Verbs of thinking, expecting and fearing: a quotation after them in a report is the reporter's words. */
const THINKING = new Set(["thinks", "thought", "believes", "believed", "believe", "hoped", "feared", "fear", "expects", "expected"]);
/** Verbs of showing, which inside the complement of a speech verb have a finding, not a speaker, as subject. */
const SHOWING = new Set(["suggested", "suggests", "indicated", "indicates", "showed", "shows", "revealed", "reveals"]);

/**
 * Where the subject of an earlier speech verb ends ("One of the victims| said the men thought …"), when that verb
 * heads the clause from `from` and `at` lies in its complement (no quotation, colon or semicolon between), or null.
 */
function outerSpeech(before: string, from: number, at: number): RegExpExecArray | null {
  CUE_G.lastIndex = from;
  for (let m = CUE_G.exec(before); m !== null && m.index < at; m = CUE_G.exec(before)) {
    if (WEAK_CUES.has(m[0]) || PARTICIPLE_CUES.has(m[0]) || BASE_CUES.has(m[0]) || THINKING.has(m[0]) || SHOWING.has(m[0])) continue;
    const head = before.slice(from, m.index);
    // ("as he said", "who said", "which police said": not the sentence's own report.)
    if (!ANY_LETTER.test(head) || /\b(?:as|who|which|that|whom|when|if)\s+(?:\S+\s+){0,3}$/i.test(head)) return null;
    if (/["“”;:]/.test(before.slice(m.index, at))) return null;
    return m;
  }
  return null;
}

// Hoisted out of interjected: tsx compiles a `\p{…}` literal inside a function anew at every call.
const FINITE_OR_CLAUSE_WORD =
  /\b(?:but|that|which|who|is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}{2,}ed)\b/u;

/** Words between a cue and its quotation that hold no clause of their own (no verb, conjunction or quote). */
function interjected(words: string): boolean {
  return !/["“”;:.!?]/.test(words) && !FINITE_OR_CLAUSE_WORD.test(words) && words.trim().split(/\s+/).length <= 14;
}

/** An unnamed source as the subject of a cue: "the father", "One of the children", "a witness". */
function unnamed(phrase: string): boolean {
  const p = phrase
    .trim()
    .replace(/\s+(?:also|then|later|has|had|have)$/, "")
    // An opening time or place phrase ("At about 5:17 p.m. his daughter").
    .replace(/^(?:At|On|In|Later|Earlier)\b.{0,30}?\s(?=(?:the|a|an|his|her|their|its)\s)/, "");
  return (
    /^(?:the|a|an|one|two|three|some|many|several|another|other|his|her|their|its)\b[^,;:"“”.!?]{1,50}$/i.test(p) &&
    p.split(/\s+/).length <= 6
  );
}

/**
 * The verb right after a speaker, past a phrase on the speaker ("of NASA", ", a member of the Democratic Party,", ",
 * for his part,") and an adverb.
 */
const VERB_AFTER_SPEAKER =
  /^(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}&.'’-]*\s*){1,5}|\s*,[^,:"“”]{1,60},)?\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(\p{Ll}{2,}ed|(?!(?:is|was|has|his|its|as|us|this|thus)\b)\p{Ll}{2,}s|spoke|wrote|gave|made|saw|said|told|sent|read)\b/u;

/**
 * A verb introducing a quotation after its subject (not a copula or an -s word that is no verb: "the relationship
 * between Fedora, RHEL, and CentOS was effectively, "…"" is no one's statement).
 */
const INTRO_VERB =
  /\b(?!(?:was|is|has|does|its|this|his|us|as|thus|plus|less)\b)(?:\p{Ll}{2,}(?:ed|s)|spoke|wrote|said|told|began|gave|took|made|put)\b/u;

/** A quoted word or short phrase (see the colon rule). */
const SHORT_QUOTED = /["“][^"“”]{1,30}["”]/g;

const QUOTED_THEN_PUNCT = /"([^"\n]*)"(?=[,.;:!?])/g;

function firstClauseStart(before: string, cueAt: number): number {
  // The subject of the cue starts after the last closing quote or semicolon before it.
  // (A straight mark right before punctuation closes a quotation of a few words: '"Huber was exceptionally
  // respected …", reads an AEW press release, "…"' — not a name or title: 'Anna Franowska of "Have no fear", an …'.)
  const head = before.slice(0, cueAt);
  const closes = [...head.matchAll(QUOTED_THEN_PUNCT)].filter((m) => (m[1] ?? "").trim().split(/\s+/).length >= 4);
  const k = Math.max(
    head.lastIndexOf("”"),
    head.lastIndexOf(";"),
    head.lastIndexOf('" '),
    ...closes.map((m) => (m.index ?? 0) + m[0].length - 1),
  );
  return k < 0 ? 0 : k + 1;
}

function make(
  ctx: QuoteContext,
  q: { start: number; end: number; pieces: [number, number][] },
  kind: Quote["kind"],
  speaker: SpeakerRef,
  cue: string | undefined,
  attribution: [number, number][],
): Quote {
  const parts = q.pieces.map(([a, b]) => ctx.text.slice(a, b).trim());
  const quote: Quote = { kind, text: parts.join(" "), start: q.start, end: q.end, speaker, date: saidOn(ctx, attribution) };
  if (cue) quote.cue = cue;
  return quote;
}
