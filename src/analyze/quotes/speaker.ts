import type { Entity, SpeakerRef } from "../../model/index.js";
import { ORG_WORDS, PERSON_TITLES } from "../entities/gazetteer.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;

const PRONOUN = /\b(he|she|they|it|we|I)\b/i;
const ROLE =
  /\b(spokes(?:man|woman|person)|minister|president|premier|chancellor|prime minister|secretary|ambassador|official|officials|police|governor|mayor|judge|court|ministry|government|company|agency|leader|chief|director|chairman|chairwoman|lawyer|attorney|senator|general|commander|prosecutors?|statement|commissioner|constable|inspector|coroner|sheriff|envoy|representative|lawmaker|congressman|congresswoman|professor|captain|colonel|archbishop|bishop|pope|king|queen|prince|princess|department|commission|federation|academy|council|committee|organi[sz]ation|regulator|watchdog|firm|airline|network|website|newspaper|broadcaster|publication|outlet|magazine|service|party)\b/i;
/** A plural group noun right after a word: "officials", "authorities", "government", "media". */
const GROUP_NOUN =
  /^\s+(?:state\s+)?(?:officials|authorities|government|media|reports|sources|police|prosecutors|investigators|researchers|scientists|workers|services|crews|responders|rescuers|staff)\b/;
/** A run of capitalised words (a name the tagger did not mark), allowing inner particles. */
const CAP_RUN = /\b\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|van|von|al|bin|da|del|la|le)\s+)?(?:\p{Lu}[\p{L}'’.-]*|\d+(?=\s+\p{Lu})))*/gu;
// (Also opening prepositions, quantifiers and sentence adverbs: "About 12% said", "None indicated", "Unfortunately, … suggesting".)
const NOT_NAME =
  /^(?:The|A|An|Another|Other|In|On|At|But|And|This|That|These|Those|It|He|She|They|We|I|You|Let|Well|So|Yes|No|Okay|Oh|Now|Then|Here|There|What|Why|How|Who|Where|His|Her|Their|Its|According|Following|After|Before|When|While|However|Meanwhile|Also|Shortly|Recently|Currently|Previously|Initially|Finally|Additionally|Subsequently|Eventually|Ultimately|Reportedly|Separately|Maybe|Perhaps|Probably|Possibly|Apparently|Allegedly|Later|Earlier|Using|Since|Neither|Nearly|Still|Yet|Instead|Indeed|Nonetheless|Nevertheless|Moreover|Furthermore|Besides|Otherwise|Similarly|Likewise|Afterwards|Thus|Hence|Therefore|For|Multiple|Without|Twenty|Thirty|Forty|Fifty|Hundreds|Thousands|Dozens|As|If|Of|By|Not|More|Part|Citing|Initial|Your|Our|My|Everyone|Everybody|Nobody|Someone|Because|Although|Though|Both|All|Some|Many|Most|Several|Each|Every|Few|Others|People|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|About|Over|Under|Approximately|Almost|Roughly|Around|Despite|Whether|Whenever|Wherever|Whatever|Whoever|Whereas|None|Even|Do|Does|Did|Never|Always|Once|Until|Unless|Upon|Overall|\p{Lu}\p{Ll}{2,}(?:ately|ously|ently|antly|estly|ically|ingly|edly))$/u;
/** A run that is only a title ("Senate Majority Leader", "Detective Inspector") names no one. */
function onlyTitles(run: string): boolean {
  return run
    .split(/\s+/)
    .every(
      (w) =>
        PERSON_TITLES.has(w) ||
        ORG_WORDS.has(w) ||
        /^(?:Majority|Minority|Senate|House|State|Foreign|Special|Representative|Inspector|Detective|Interior|National|Security|Advisor|Adviser|Affairs|General|Attorney|District|Federal|Chief|Executive|Officer|US|U\.S\.|UK)$/.test(
          w,
        ),
    );
}

export function toSpeaker(e: Entity, mention?: { text: string; start: number; end: number }): SpeakerRef {
  return {
    name: e.name,
    text: mention?.text ?? e.text,
    start: mention?.start ?? e.start,
    end: mention?.end ?? e.end,
    country: e.country ?? null,
    sector: e.sector ?? null,
  };
}

const SPEAKER_TYPES = new Set(["PER", "ORG", "GPE"]);

/** Entities that can speak, inside [a, b). */
export function entitiesIn(entities: Entity[], a: number, b: number): Entity[] {
  return entities.filter((e) => e.start >= a && e.end <= b && SPEAKER_TYPES.has(e.type));
}

/** An initial or a short title ending just before a full stop ("J. Smith", "Mr. Smith"). */
const INITIAL_OR_TITLE_END = /(?:^|\s)(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Col|Lt|Sgt|Jr|Sr|No|U\.S|U\.N)\.$/u;
/** Where the sentences before `a` begin (latest first, the current sentence included), scanning the raw text. */
function sentenceStartsBefore(text: string, a: number, n: number): number[] {
  const out: number[] = [];
  let k = a;
  while (out.length < n && k > 0) {
    k--;
    const c = text[k];
    if (c === "\n" || ((c === " " || c === "\u00a0") && /[.!?]["”’]?$/.test(text.slice(Math.max(0, k - 2), k)))) {
      // Not after an initial or a short title ("J. Smith", "Mr. Smith").
      if (c !== "\n" && INITIAL_OR_TITLE_END.test(text.slice(Math.max(0, k - 6), k))) continue;
      let j = k + 1;
      while (j < a && /[\s"“]/.test(text[j] as string)) j++;
      if (j <= a && !out.includes(j)) out.push(j);
    }
  }
  if (out.length < n && !out.includes(0)) out.push(0);
  return out;
}

const SUBJECT_PRONOUN = /^(?:he|she|i)$/i;
/** Words after a comma that do not open a subject noun phrase: a verb, an adverb, a conjunction or a relative. */
const SEGMENT_NOT_SUBJECT =
  /^\s+(?:\p{Ll}+ly|\p{Ll}+ed|and|but|or|who|which|that|also|then|later|however|meanwhile|though|too|not|in|on|at|for|with|from|by|of|to|as|according|you|your|i|we|it|this|these|those)\b|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|do|does|did|to|and|but|or|\p{Ll}+ed|\p{Ll}+n['’]t)\b/u;

/** A capitalised word, possibly with a possessive. */
const CAP_WORD = /^\p{Lu}[\p{L}.-]*(?:['’]s)?$/u;
/**
 * A person pronoun in subject position refers to the subject of the current or a recent sentence: a person
 * named at its start (after at most a few title words), or a pronoun there already resolved to a speaker.
 */
function subjectAntecedent(text: string, entities: Entity[], history: SpeakerRef[], a: number, word = ""): SpeakerRef | null {
  const starts = sentenceStartsBefore(text, a, 4);
  // Only a pronoun that opens its sentence ("She spoke …", "He added …").
  if (starts[0] === undefined || /\S/.test(text.slice(starts[0], a))) return null;
  const same = word ? new RegExp(`\\b${word}\\b`, "i") : null;
  for (const [i, k] of starts.entries()) {
    if (i === 0) continue;
    const said = history.find((h) => h.start >= k && h.start < k + 4 && SUBJECT_PRONOUN.test(h.text));
    if (said) return said;
    // The same pronoun earlier in that sentence continues the chain: the person named before it there ("…
    // after Spanton smoked a cigarette; she departed …"), else the sentences before ("In between, she
    // testified, she was raped by Quirin …" → further back).
    const at = same ? text.slice(k, starts[i - 1]).search(same) : -1;
    if (at >= 0) {
      // (The person heading that sentence first; a possessor is not the antecedent: "Biden praised Warren's …, stating he".)
      const before =
        sentenceSubject(text, entities, k, k + at) ??
        entities.filter((e) => e.type === "PER" && e.start >= k && e.end <= k + at && !possessive(text, e.end)).at(-1);
      if (before) return toSpeaker(before);
      continue;
    }
    const first = entities.find((e) => e.start >= k && e.end <= a && e.type === "PER");
    // "One of the victims decided to allow her name to be made public. She said …": an unnamed person heading
    // the sentence before is the antecedent, not someone named further back.
    const unnamed =
      i === 1 && person(word) && !entities.some((e) => e.type === "PER" && e.start >= k && e.end <= (starts[0] ?? a))
        ? text.slice(k, starts[0]).match(UNNAMED_PERSON_SUBJECT)
        : null;
    if (unnamed?.[1]) return { name: unnamed[1], text: unnamed[1], start: k, end: k + unnamed[1].length, country: null, sector: null };
    if (!first) continue;
    const prefix = text.slice(k, first.start).split(/\s+/).filter(Boolean);
    if (prefix.length <= 5 && prefix.every((w) => CAP_WORD.test(w) || PERSON_TITLES.has(w) || SUBJECT_WORDS.test(w)))
      return toSpeaker(first);
    // A person named later in that sentence (not its subject): leave it to the nearest-mention rule.
    return null;
  }
  return null;
}
/** "he" or "she". */
function person(word: string): boolean {
  return /^(?:he|she)$/i.test(word);
}
/** An indefinite noun phrase heading a sentence, then its verb: "One of the victims decided", "A witness told". */
const UNNAMED_PERSON_SUBJECT =
  /^\s*((?:One|Another|A|An)\s+(?:of\s+(?:the|his|her|their)\s+)?(?:[\p{Ll}\d-]+\s+){0,2}?\p{Ll}[\p{Ll}-]+)\s+(?:\p{Ll}+ly\s+|also\s+|later\s+)?(?:\p{Ll}+ed|was|is|had|has|said|told|says|wrote|spoke|gave|took|made|went|came)\b/u;

/** A person named at the start of the sentence from `k` (after at most a few title words), before `b`. */
function sentenceSubject(text: string, entities: Entity[], k: number, b: number): Entity | null {
  const first = entities.find((e) => e.start >= k && e.end <= b && e.type === "PER");
  if (!first) return null;
  const prefix = text.slice(k, first.start).split(/\s+/).filter(Boolean);
  return prefix.length <= 5 && prefix.every((w) => CAP_WORD.test(w) || PERSON_TITLES.has(w) || SUBJECT_WORDS.test(w)) ? first : null;
}

/** A determiner or a capitalised word. */
const DET_OR_CAP_WORD = /^(?:the|a|an|\p{Lu}[\p{L}.-]*)$/u;
/**
 * "They"/"It" opening a sentence: the speaker of a report in the sentence before that is not a person, else
 * an organisation or country at that sentence's head ("The NBA did not …. They did say …").
 */
function groupAntecedent(text: string, entities: Entity[], history: SpeakerRef[], a: number): SpeakerRef | null {
  const [here, k] = sentenceStartsBefore(text, a, 2);
  if (here === undefined || k === undefined || /\S/.test(text.slice(here, a))) return null;
  const person = (h: SpeakerRef) => entities.some((e) => e.type === "PER" && e.name === h.name) || SUBJECT_PRONOUN.test(h.text);
  const said = history.find((h) => h.start >= k && h.start < here && !person(h));
  if (said) return said;
  const first = entities.find((e) => e.start >= k && e.end <= here && SPEAKER_TYPES.has(e.type));
  if (!first || first.type === "PER") return null;
  const prefix = text.slice(k, first.start).split(/\s+/).filter(Boolean);
  return prefix.length <= 3 && prefix.every((w) => DET_OR_CAP_WORD.test(w)) ? toSpeaker(first) : null;
}

/** An unnamed group heading a sentence: "The researchers", "The Australian scientists". */
const GROUP_HEAD =
  /^(?:The|These)\s+(?:[\p{L}-]+\s+){0,2}?(?:researchers|scientists|authors|investigators|archaeologists|astronomers|economists|analysts|experts|doctors|organi[sz]ers)\b(?=\s+(?:\p{Ll}+ly\s+|also\s+)?\p{Ll}+(?:ed|s)?\b)/u;

const SUBJECT_WORDS =
  /^(?:the|a|an|former|then|chief|deputy|acting|constable|spokes(?:man|woman|person)|minister|secretary|leader|director|commissioner|judge)$/;

/**
 * He/she agree with the person they stand for: a person the article itself calls "she" (or "Mrs", "Queen") is
 * not the antecedent of "he"; the latest earlier person who may be is taken instead.
 */
function resolvePronoun(
  text: string,
  entities: Entity[],
  history: SpeakerRef[],
  a: number,
  word: string,
  mention: { text: string; start: number; end: number },
): SpeakerRef | null {
  const r = resolvePronounAny(text, entities, history, a, word, mention);
  const w = word.toLowerCase();
  if (!r || (w !== "he" && w !== "she")) return r;
  const other = w === "he" ? "f" : "m";
  const g = genders(text, entities);
  if (g.get(r.name) !== other) return r;
  const alt = [...entities]
    .reverse()
    .find((e) => e.type === "PER" && e.end <= mention.start && e.name !== r.name && g.get(e.name) !== other);
  return alt ? toSpeaker(alt, mention) : r;
}

let genderText = "";
let genderMemo = new Map<string, "m" | "f">();
/**
 * The gender the article gives each person: the pronoun opening the sentence after one the person heads (when
 * no one else is named in between), and gendered titles before the name ("Mr", "Mrs", "Queen").
 */
function genders(text: string, entities: Entity[]): Map<string, "m" | "f"> {
  if (text === genderText) return genderMemo;
  const tally = new Map<string, [number, number]>();
  const people = entities.filter((e) => e.type === "PER");
  people.forEach((e) => {
    const t = tally.get(e.name) ?? [0, 0];
    tally.set(e.name, t);
    const title = text.slice(Math.max(0, e.start - 12), e.start);
    if (/\b(?:Mr|Sir|King|Prince|Lord)\.?\s+$/.test(title)) t[0] += 2;
    if (/\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess)\.?\s+$/.test(title)) t[1] += 2;
    const starts = sentenceStartsBefore(text, e.start, 1);
    const k = starts[0] ?? 0;
    if (sentenceSubject(text, entities, k, e.end) !== e) return; // not the person heading its sentence
    // The next sentence opens with a pronoun and names no one before it: it continues this subject.
    const m = /[.!?]["”]?\s+(He|She)\b/.exec(text.slice(e.end));
    if (!m || people.some((p) => p.start > e.end && p.start < e.end + m.index)) return;
    if (/[.!?]["”]?\s/.test(text.slice(e.end, e.end + m.index))) return;
    if (m[1] === "He") t[0]++;
    else t[1]++;
  });
  genderMemo = new Map();
  for (const [name, [m, f]] of tally) {
    if (m > 0 && m >= 2 * f) genderMemo.set(name, "m");
    else if (f > 0 && f >= 2 * m) genderMemo.set(name, "f");
  }
  genderText = text;
  return genderMemo;
}

function resolvePronounAny(
  text: string,
  entities: Entity[],
  history: SpeakerRef[],
  a: number,
  word: string,
  mention: { text: string; start: number; end: number },
): SpeakerRef | null {
  const w = word.toLowerCase();
  // In an interview transcript "I"/"we" is whoever's turn it is ("((Thomas Rivinius)) … we thought …").
  if (w === "i" || w === "we") {
    const turn = [...text.slice(Math.max(0, mention.start - 4000), mention.start).matchAll(/\(\(([^()\n]{3,60})\)\)/g)].at(-1)?.[1];
    if (turn && UPPER_FIRST.test(turn)) {
      const ent = entities.find((e) => e.type === "PER" && (e.name === turn || e.text === turn));
      return ent ? toSpeaker(ent, mention) : { name: turn, ...mention, country: null, sector: null };
    }
  }
  const person = w === "he" || w === "she" || w === "i";
  if (person && w !== "i") {
    const subj = subjectAntecedent(text, entities, history, mention.start, w);
    if (subj) return { ...subj, ...mention };
    // The person heading the pronoun's own sentence ("John Rhys-Davies broke news when he revealed …").
    const [here, before] = sentenceStartsBefore(text, mention.start, 2);
    const head = sentenceSubject(text, entities, here ?? 0, mention.start);
    if (head) return toSpeaker(head, mention);
    // The same pronoun already resolved in this or the sentence before ("In between, she testified, … She told …").
    const chain = history.findLast((h) => h.text.toLowerCase() === w && h.start >= (before ?? here ?? 0) && h.start < mention.start);
    if (chain) return { ...chain, ...mention };
  }
  if (w === "they") {
    // "The researchers used satellite imagery …, which, they observed, …", "… From this, they concluded": an
    // unnamed group heading the pronoun's sentence, or the one before.
    const [here, before] = sentenceStartsBefore(text, mention.start, 2);
    for (const k of [here, before]) {
      if (k === undefined || k >= mention.start) continue;
      const g = text.slice(k, Math.min(mention.start, k + 80)).match(GROUP_HEAD);
      if (g) return { name: g[0], text: mention.text, start: mention.start, end: mention.end, country: null, sector: null };
    }
  }
  if (w === "they" || w === "it") {
    const group = groupAntecedent(text, entities, history, mention.start);
    if (group) return { ...group, ...mention };
  }
  // "They" stands for people or an organisation, not a place named last ("… in Mumbai. They told me …").
  const group = (e: Entity) => e.type === "ORG" || (w === "it" && e.type === "GPE");
  // (A pronoun in the narration does not stand for a name only inside a quotation before it: "“I called a very
  // talented friend of mine on Martha’s Vineyard …” she said.")
  const narrated = !insideQuote(text, mention.start);
  let ent = [...entities]
    .reverse()
    .find((e) => e.end <= a && (person ? e.type === "PER" : group(e)) && !(narrated && insideQuote(text, e.start)));
  if (ent && person && text) {
    // Prefer the subject: the first person named in the sentence of the latest person mention.
    let k = ent.start;
    while (k > 0 && !/[.!?]["”]?\s$|\n$/.test(text.slice(Math.max(0, k - 3), k))) k--;
    // (Not a name inside a prepositional phrase: "Speaking on al-Masirah TV, … spokesperson Yahya Sarea said".)
    // (Nor a name inside a quotation: "With "Abe, I wanted to go for accuracy over comfort," Chapman told Wikinews".)
    const first = entities.find(
      (e) =>
        e.type === "PER" &&
        e.start >= k &&
        e.end <= (ent as Entity).end &&
        !(narrated && insideQuote(text, e.start)) &&
        !/\b(?:on|in|at|from|with|to|by|for|of|about|against)\s+(?:the\s+|al-)?$/i.test(text.slice(Math.max(k, e.start - 14), e.start)),
    );
    if (first) ent = first;
  }
  const prev = [...history].reverse().find((s) => s.start < a);
  // A recent speaker wins over an entity named earlier than that speaker's mention.
  // A person pronoun never stands for a place that spoke earlier ("Mumbai" resolved for a "They" before).
  const place = (s: SpeakerRef) => entities.some((e) => (e.type === "GPE" || e.type === "LOC") && e.name === s.name);
  if (prev && person && place(prev)) return ent ? toSpeaker(ent, mention) : null;
  if (prev && (!ent || prev.end >= ent.end) && (person ? prev.name.split(" ").length > 1 || !prev.sector : true))
    return { ...prev, ...mention };
  if (ent) return toSpeaker(ent, mention);
  return prev ? { ...prev, ...mention } : null;
}

/** Whether `pos` lies inside quotation marks opened earlier in its paragraph (curly marks by direction, straight ones by parity). */
function insideQuote(text: string, pos: number): boolean {
  const from = text.lastIndexOf("\n", pos) + 1;
  const para = text.slice(from, pos);
  if (para.lastIndexOf("“") > para.lastIndexOf("”")) return true;
  return (para.match(/"/g)?.length ?? 0) % 2 === 1;
}

const UNNAMED_ROLES = /^(?:officials|police|statement|prosecutors?|government)$/;
/** Roles that stand for the organisation named last whose name holds the word ("the federation" → Iranian Chess Federation). */
const NAMED_ORG_ROLES = /^(?:court|ministry|agency|embassy|department|commission|federation|academy|council|committee|service|party)$/;
const MEDIA_ROLES = /^(?:publication|outlet|magazine|website)$/;
/** "the company", "the network", "the industry publication", "the website": the business or media organisation named last. */
const BUSINESS_ROLES = /^(?:company|firm|airline|network|newspaper|broadcaster|publication|outlet|magazine|website)$/;
const NOT_BUSINESS = new Set(["GOV", "LEG", "JUD", "MIL", "COP", "IGO", "NGO", "PTY", "REB", "EDU", "REL"]);

/**
 * "The spokesperson" refers back to the latest named one: "an Interpol spokesperson" (the entity before the
 * role), "Kremlin spokesman Dmitry Peskov" (the person right after it), "a spokesman for the ministry".
 */
function roleAntecedent(text: string, entities: Entity[], at: number, role: string): Entity | null {
  if (UNNAMED_ROLES.test(role)) return null;
  // "the court", "the ministry": the organisation named last whose name holds the word ("Supreme Court").
  // "the Marine Traffic website … the website": a media word the article attached to a name first.
  if (MEDIA_ROLES.test(role)) {
    const named = attachedName(text, entities, at, role);
    if (named) return named;
  }
  if (BUSINESS_ROLES.test(role)) {
    // ("the company", "the industry publication", "the news website": not "the hotel's website".)
    if (!/\bthe\s+(?:(?:industry|news|online|trade|investigative|local|state|business)\s+)?$/i.test(text.slice(Math.max(0, at - 20), at)))
      return null;
    return (
      [...entities].reverse().find((e) => e.end <= at && at - e.end < 3000 && e.type === "ORG" && !NOT_BUSINESS.has(e.sector ?? "")) ?? null
    );
  }
  if (
    NAMED_ORG_ROLES.test(role) &&
    !/^\s+(?:clerk|officials?|spokes\w+|sources?|documents?|filings?|records|staff|officers?|papers|employees?|workers?)\b/.test(
      text.slice(at + role.length, at + role.length + 20),
    )
  ) {
    const word = new RegExp(`\\b${role}\\b`, "i");
    const org = [...entities].reverse().find((e) => e.end <= at && at - e.end < 3000 && e.type === "ORG" && word.test(e.name));
    // "the party" only when the article has named one party so far (with several it could be any of them).
    const parties = new Set(entities.filter((e) => e.end <= at && e.type === "ORG" && word.test(e.name)).map((e) => e.name.toLowerCase()));
    if (org && (role !== "party" || parties.size === 1)) return org;
    if (role === "party") return null;
  }
  const attached = attachedName(text, entities, at, role);
  // (Only after "the": "our organisation had told us" is the speaker's own.)
  if (attached || !ORG_DESCRIPTIONS.test(role) || !/\bthe\s+$/i.test(text.slice(Math.max(0, at - 5), at))) return attached;
  // "The National Highway Traffic Safety Administration (NHTSA) has opened an investigation into Tesla …. The agency
  // said …": the organisation heading one of the two sentences before, whatever its name (not one named later in it).
  const starts = sentenceStartsBefore(text, at, 3);
  for (let i = 1; i < starts.length; i++) {
    const k = starts[i] as number;
    const head = entities.find((e) => e.start >= k && e.start < (starts[i - 1] as number) && SPEAKER_TYPES.has(e.type));
    // ("In August, CBP announced that it would not be vaccinating …. At the time, the agency said …": after an opening
    // phrase of time.)
    if (head?.type === "ORG" && ORG_HEAD_GAP.test(text.slice(k, head.start))) return head;
  }
  return null;
}

/** Before the organisation heading a sentence: an opening phrase of time, an article and at most two capitalised words. */
const ORG_HEAD_GAP =
  /^(?:(?:In|On|At|By|After|Before|During|Since|Until|Last|Earlier|Later|Yesterday|Today|Meanwhile)\b[^,;:"“”]{0,40},\s+)?(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
/** Descriptions of an organisation that stand for the one named just before ("the agency" → Interpol). */
const ORG_DESCRIPTIONS = /^(?:agency|organi[sz]ation|regulator|watchdog)$/;

/** A possessive and at most one capitalised word. */
const POSSESSIVE_GAP = /^(?:['’]s)?\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

// Hoisted out of attachedName: tsx compiles a `\p{…}` literal inside a function anew at every call.
const SPOKES_WORD = /^spokes\p{L}*/u;
/** ", who serves as the", ", who is a senior": a relative clause giving a person the role that follows. */
const WHO_IS_ROLE =
  /^,\s+who\s+(?:is|was|serves\s+as|served\s+as|works\s+as|worked\s+as|acts\s+as)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:of|for|and|or|in|who|which)\s)[\p{L}'’.-]+\s+){0,4}$/u;
/** The role's "for/of/at" phrase, then a comma before a name: " for the ministry, ". */
const ROLE_OF_THEN_NAME = /^\s+(?:for|of|at|with)\s+(?:the\s+)?[^,;:.!?"“”]{1,60},\s+$/u;
const COMMA_DETERMINER_PHRASE = /^,\s+(?:the|a|an)\s+(?:(?!(?:of|for|and|or|in|who|which)\s)[\p{L}'’.-]+\s+){0,4}$/u;

/** The role word earlier in the text with a name attached: after it, before it, or in an "of/for" phrase after it. */
function attachedName(text: string, entities: Entity[], at: number, role: string): Entity | null {
  const lower = lowerOf(text);
  // "Police spokesperson Jane Doe … The spokeswoman added": the three spokes- words are one role.
  const key = role.startsWith("spokes") ? "spokes" : role;
  let k = lower.lastIndexOf(key, at - 1);
  for (let n = 0; k >= 0 && n < 4 && at - k < 4000; n++, k = lower.lastIndexOf(key, k - 1)) {
    // Another office ("Deputy Governor Oleg Klimov" is not "the governor").
    if (/\b(?:deputy|vice|former|ex|acting|assistant|lieutenant)[\s-]+$/.test(lower.slice(Math.max(0, k - 15), k))) continue;
    const end = key === role ? k + role.length : k + (lower.slice(k).match(SPOKES_WORD)?.[0].length ?? key.length);
    const speakers = entities.filter((e) => SPEAKER_TYPES.has(e.type));
    // ("archbishop Monsenor Jorge Eduardo Scheinig": an honorific may stand between the role and the name.)
    const after = speakers.find(
      (e) =>
        e.type === "PER" &&
        e.start >= end &&
        /^,?\s+(?:(?:Monse[nñ]or|Monsignor|Msgr\.|Father|Fr\.|Rev\.|Reverend|Cardinal|Dr\.)\s+)?$/.test(text.slice(end, e.start)),
    );
    if (after) return after;
    // "Gáspár Maróth, the Hungarian Government commissioner responsible for …": a person with the role in apposition
    // (before the organisation inside it: "Ivan Petrov, a senior Foreign Ministry official" is Petrov); "…, who serves
    // as spokesman for …" too.
    const appos = speakers.find(
      (e) =>
        e.type === "PER" &&
        e.end <= k &&
        k - e.end < 80 &&
        (COMMA_DETERMINER_PHRASE.test(text.slice(e.end, k)) || WHO_IS_ROLE.test(text.slice(e.end, k))),
    );
    if (appos) return appos;
    const before = speakers.find((e) => e.end <= k && POSSESSIVE_GAP.test(text.slice(e.end, k)));
    if (before) return before;
    // "A spokesman for the ministry, Ivan Petrov, …": the person named after the role's "for/of" phrase.
    const named = speakers.find(
      (e) => e.type === "PER" && e.start > end && e.start - end < 80 && ROLE_OF_THEN_NAME.test(text.slice(end, e.start)),
    );
    if (named) return named;
    const of = speakers.find((e) => e.start >= end && /^\s+(?:for|of|at)\s+(?:the\s+)?$/.test(text.slice(end, e.start)));
    if (of) return of;
  }
  return null;
}

let lastText = "";
let lastLower = "";
/** The lower-cased text, computed once per article. */
function lowerOf(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}

let usedText = "";
let used = new Map<string, boolean>();
/**
 * Whether the text has a word in lower case and never capitalised after a space (a sentence-initial common
 * word), remembered per article: each test reads the whole text, and the same names come up for every quote.
 */
function onlyLower(text: string, word: string): boolean {
  if (text !== usedText) {
    usedText = text;
    used = new Map();
  }
  let v = used.get(word);
  if (v === undefined) {
    v = lowerOf(text).includes(` ${word.toLowerCase()} `) && !text.includes(` ${word} `);
    used.set(word, v);
  }
  return v;
}

/** A group or office that speaks for the place named after it. */
const GROUP_OF =
  /\b(?:representatives|officials|authorities|spokes(?:man|woman|person)|members|leaders|government|ministry|embassy|president|leader)\s+(?:of|from)\s+(?:the\s+)?$/i;
const PREP_BEFORE = /\b(?:of|in|for|from|at|to|with|by|near|against)\s+(?:the\s+)?$/i;
/** A preposition and a possessor before a name: "in China's ". */
const PREP_POSSESSOR_BEFORE =
  /\b(?:of|in|for|from|at|to|with|by|near|against)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?['’]s\s+$/u;

interface Cand {
  start: number;
  end: number;
  rank: number;
  ref: SpeakerRef;
}

/** A social-media account after a possessor: "'s Twitter account", "’s official Facebook page". */
const SOCIAL_ACCOUNT =
  /^['’]s?\s+(?:official\s+|verified\s+)?(?:Twitter|Facebook|Instagram|YouTube|Weibo|Telegram|TikTok)\s+(?:account|page|feed|channel)\b/;

/** A plural possessive apostrophe, then a lower-case word. */
const S_APOSTROPHE_LOWER = /^['’]\s+\p{Ll}/u;
/** A possessive ending at `end`: "Trump's lawyer", "Windsor Locks' first selectman". */
function possessive(text: string, end: number): boolean {
  return /^['’]s\s/.test(text.slice(end, end + 3)) || (text[end - 1] === "s" && S_APOSTROPHE_LOWER.test(text.slice(end, end + 4)));
}

/** A name written as an interview transcript's turn label: "((WN))", "((Zara Kay))". */
function turnLabel(text: string, start: number, end: number): boolean {
  return text.slice(Math.max(0, start - 2), start) === "((" && text.slice(end, end + 2) === "))";
}

/**
 * A person named by surname alone, or by a title and surname ("Cruz", "Captain Rochester"), is the latest
 * person named in full with that surname before it.
 */
export function fullPerson(entities: Entity[], e: Entity): SpeakerRef {
  const words = e.name.split(/\s+/);
  if (e.type !== "PER" || words.length > 2 || (words.length === 2 && !PERSON_TITLES.has(words[0] as string))) return toSpeaker(e);
  const last = words.at(-1);
  const full = entities.findLast(
    (x) =>
      x.type === "PER" &&
      x.end <= e.start &&
      x.name !== e.name &&
      x.name.split(/\s+/).length >= 2 &&
      x.name.split(/\s+/).at(-1) === last &&
      !PERSON_TITLES.has(x.name.split(/\s+/)[0] as string),
  );
  return full ? toSpeaker(full, { text: e.text, start: e.start, end: e.end }) : toSpeaker(e);
}

/** The head of a longer organisation name before its "of/on/for" tail ("the Commission on Presidential Debates"). */
const LONG_NAME_HEAD =
  /(?:(?!The\s)\p{Lu}[\p{L}&'’.-]*\s+)*(?:Commission|Conference|Centers?|Centres?|Directorate General|Institute|Department|Ministry|Bureau|Council|Committee|Association|Union|Federation|Agency|Board|League|Society|Foundation|Organi[sz]ation|Corporation|Authority|Office|Academy)\s+(?:of|on|for)\s+(?:the\s+)?$/u;

// Hoisted out of candidates: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ONE_LOWER_WORD = /^\s+\p{Ll}[\p{L}-]*\s*$/u;
const ADVERB_OR_AUXILIARY_ONLY = /^\s+(?:also|then|later|further|again|still|now|has|had|have|was|is|were|are|will|would|\p{Ll}+ly)\s*$/u;

/** Names in [a, b): entities (not inside a prepositional phrase) and capitalised runs the tagger missed. */
function candidates(text: string, entities: Entity[], a: number, b: number): Cand[] {
  const out: Cand[] = [];
  const all = entitiesIn(entities, a, b);
  for (const e of all) {
    // An interview's turn label ("((WN)) You mentioned …") is not the subject of the sentence it heads.
    if (turnLabel(text, e.start, e.end)) continue;
    // A possessor is not the speaker ("Northamptonshire's chief constable Nick Adderley", "Trump's lawyer") —
    // except of the account a post came from ("A tweet sent from Biden's Twitter account … saying").
    if (possessive(text, e.end) && !SOCIAL_ACCOUNT.test(text.slice(e.end, e.end + 40))) continue;
    // Places inside a prepositional phrase ("in Scotland", "for Iran") are not the subject.
    // ("representatives from Iran", "the government of Iraq" speak for the place).
    // ("scientists studying patients in Zhuhai in China's Guangdong Province": after a place's possessive too.)
    if (
      (e.type === "GPE" || e.type === "LOC") &&
      (PREP_BEFORE.test(text.slice(Math.max(a, e.start - 12), e.start)) ||
        PREP_POSSESSOR_BEFORE.test(text.slice(Math.max(a, e.start - 40), e.start))) &&
      !GROUP_OF.test(text.slice(Math.max(a, e.start - 40), e.start))
    )
      continue;
    // A bare title the tagger took for an organisation ("Senate Majority Leader") names no one.
    if (!e.ref && onlyTitles(e.text.replace(/^(?:the|Republican|Democratic|Democrat)\s+/i, ""))) continue;
    // The tail of a longer name the tagger cut ("the Commission on Presidential Debates"): that name.
    const head =
      e.type === "PER" || !/\s(?:of|on|for)\s+(?:the\s+)?$/.test(text.slice(Math.max(a, e.start - 9), e.start))
        ? null
        : text.slice(Math.max(a, e.start - 60), e.start).match(LONG_NAME_HEAD);
    if (head && !NOT_NAME.test(head[0].split(/\s+/)[0] ?? "")) {
      const hs = e.start - head[0].length;
      const full = text.slice(hs, e.end);
      out.push({
        start: hs,
        end: e.end,
        rank: 1,
        ref: { name: full, text: full, start: hs, end: e.end, country: e.country ?? null, sector: e.sector ?? null },
      });
      continue;
    }
    out.push({ start: e.start, end: e.end, rank: e.type === "PER" ? 0 : 1, ref: fullPerson(entities, e) });
  }
  const win = text.slice(a, b);
  for (const m of win.matchAll(CAP_RUN)) {
    if (m.index === undefined) continue;
    let st = a + m.index;
    let name = m[0].replace(/[.,]$/, "");
    // A place name heading a longer name ("USA Today", "New York Times") is part of that name.
    const place = all.find((c) => c.type === "GPE" && c.start === st && c.end < st + name.length);
    const restRun = place ? text.slice(place.end, st + name.length).trim() : "";
    if (
      place &&
      // (Not a possessive: "Critics from across Britain's political spectrum have claimed".)
      LETTER_FIRST.test(restRun) &&
      restRun.split(/\s+/).length <= 2 &&
      !onlyTitles(restRun.split(/\s+/)[0] ?? "") &&
      !NOT_NAME.test(restRun.split(/\s+/)[0] ?? "") &&
      !all.some((c) => c !== place && c.start < st + name.length && st < c.end)
    ) {
      const i = out.findIndex((c) => c.start === place.start && c.end === place.end);
      if (i >= 0) out.splice(i, 1);
      out.push({
        start: st,
        end: st + name.length,
        rank: 1,
        ref: { name, text: name, start: st, end: st + name.length, country: null, sector: null },
      });
      continue;
    }
    // Keep the part of the run after any entity it overlaps ("Amnesty International Man-kei Tam").
    const runStart = st;
    for (const c of all) {
      if (c.start < st + name.length && st < c.end && c.end < st + name.length) {
        name = text.slice(c.end, st + name.length).trim();
        st = st + name.length > 0 ? text.indexOf(name, c.end) : st;
      }
    }
    name = name.replace(/^(?:['’]s\s+|the\s+|of\s+)+/i, "");
    st = text.indexOf(name, st);
    const words = name.split(/\s+/);
    while (words.length > 1 && (NOT_NAME.test(words[0] ?? "") || onlyTitles(words[0] ?? ""))) words.shift();
    name = words.join(" ");
    st = text.indexOf(name, st);
    if (!UPPER_FIRST.test(name) || NOT_NAME.test(name) || onlyTitles(name) || st < 0) continue;
    // A word opening a quotation is capitalised as quoted speech, not as a name ("True justice takes time").
    if (!name.includes(" ") && /["“‘]$/.test(text.slice(Math.max(0, st - 1), st))) continue;
    // The tail of a longer name ("the Commission on Presidential Debates", "National Conference of State
    // Legislatures") is that name; after any other preposition the run is an object ("during World War II").
    const head = text.slice(Math.max(0, st - 60), st).match(LONG_NAME_HEAD);
    if (head && !NOT_NAME.test(head[0].split(/\s+/)[0] ?? "")) {
      const hs = st - head[0].length;
      if (hs >= a) {
        for (let i = out.length - 1; i >= 0; i--)
          if ((out[i] as Cand).start >= hs && (out[i] as Cand).end <= st + name.length) out.splice(i, 1);
        const full = text.slice(hs, st + name.length);
        out.push({
          start: hs,
          end: st + name.length,
          rank: 1,
          ref: { name: full, text: full, start: hs, end: st + name.length, country: null, sector: null },
        });
        continue;
      }
    }
    // (A run right before the cue is its subject whatever precedes it: "director of Amnesty International Man-kei Tam said".)
    // (But not a place: "a federal judge in Texas ruled" — the judge rules, not Texas.)
    if (
      st === runStart &&
      (/\S/.test(text.slice(st + name.length, b)) ||
        entities.some((e) => (e.type === "GPE" || e.type === "LOC") && e.start === st && e.end === st + name.length)) &&
      /\b(?:during|under|in|of|for|from|at|with|near|against|on|into|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, st - 12), st))
    )
      continue;
    // (Nor a place after a preposition and its country's possessive: "scientists studying patients in Zhuhai in
    // China's Guangdong Province reported".)
    if (PREP_POSSESSOR_BEFORE.test(text.slice(Math.max(a, st - 40), st))) continue;
    // A capitalised modifier of the common noun right before the cue ("Emergency services say"): the noun
    // phrase speaks, not a name.
    if (
      !name.includes(" ") &&
      !all.length &&
      ONE_LOWER_WORD.test(text.slice(st + name.length, b)) &&
      !ADVERB_OR_AUXILIARY_ONLY.test(text.slice(st + name.length, b))
    )
      continue;
    // A possessor is not the speaker ("Chelyabinsk's governor", "Windsor Locks' first selectman").
    if (/['’]s?$/.test(name)) continue;
    // A pronoun's contraction ("I'm", "I've") names no one.
    if (/^(?:I|You|We|They|He|She|It)['’]/.test(name)) continue;
    // A capitalised modifier of a group noun ("German officials", "Local authorities", "Initial reports"): the
    // group speaks, and it is left to the role or noun-phrase rules.
    if (!name.includes(" ") && GROUP_NOUN.test(text.slice(st + name.length, st + name.length + 30))) continue;
    // A single capitalised word that the text also uses in lower case is a sentence-initial common word.
    if (!name.includes(" ") && onlyLower(text, name)) continue;
    const en = st + name.length;
    if (possessive(text, en) || turnLabel(text, st, en)) continue;
    if (out.some((c) => c.start < en && st < c.end)) continue;
    if (all.some((c) => c.start < en && st < c.end)) continue;
    // A bare surname is the latest person of that name mentioned before.
    const full = entities.findLast((e) => e.type === "PER" && e.end <= a && e.name.split(" ").at(-1) === name.split(" ").at(-1));
    const ref: SpeakerRef = full
      ? toSpeaker(full, { text: name, start: st, end: en })
      : { name, text: name, start: st, end: en, country: null, sector: null };
    out.push({ start: st, end: en, rank: 2, ref });
  }
  return out;
}

/**
 * An apposition or relative clause between commas at the end of a window ("Mitch McConnell, the Senate Majority
 * Leader, has"; "Adrian Wojnarowski, US sport columnist from ESPN,": capitalised modifiers before a common noun).
 */
// (A US legislator's party and state is one too: "Sen. Ted Cruz, R-Texas, said".)
const APPOSITION_END =
  /,\s+(?:the|a|an|who|which|\p{Ll}|\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*)?['’]s\s+\p{Ll}|(?:\p{Lu}[\p{L}.&-]*\s+){1,2}(?!(?:and|or|of)\b)\p{Ll}|(?:CEO|Chief|Head|Director|President|Chair|Chairman|Chairwoman|Founder|Leader|Spokes\w+|Member|Minister|Secretary|Governor|Mayor|Professor|Dean|Lecturer|Fellow)\b|[RDI]-\p{Lu})[^,]*,\s*(?:(?:has|had|have|also|then|later|again|previously)\s+)*$/u;
/**
 * A name, then a description opened by an article up to the cue, with no verb, relative word or clause break in it
 * (see pickName): ", a research analyst at the Delhi-based Council on Energy, Environment and Water think tank ".
 */
const APPOSITION_NO_CLOSE = /^[\s,]*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:a|an|the)\s+\p{Ll}[^;:"“”()]{10,160}$/u;
/** A verb, a relative word or a clause break inside such a description (an -ed word after a hyphen is a modifier: "Delhi-based"). */
export const DESCRIPTION_VERB =
  /\b(?:who|which|that|is|are|was|were|has|have|had|will|would|said|says|told)\b|,\s+(?:and|but)\s|(?<![-\p{L}])\p{Ll}{2,}ed\b/u;
/** A preposition (and a modifier) just before a candidate ("of the", "from Texas-"). */
const OF_BEFORE = /\b(?:of|from|at|for|in)\s+(?:the\s+)?(?:\p{Ll}+-|\p{Ll}+['’]s\s+)?$/iu;

// Hoisted out of pickName: tsx compiles a `\p{…}` literal inside a function anew at every call.
const DESCRIPTION_NAME_PLACE =
  /,\s+(?:the|a|an)\s+[^,]*?\s(?:of|in)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*,\s*(?:(?:has|had|have|also|then|later|again|previously)\s+)*$/u;
const VERB_AFTER_NAME =
  /^\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?(?:\p{Ll}{2,}ed|made|said|told|took|gave|wrote|spoke|is|are|was|were|has|have|had)\b/u;

function pickName(text: string, entities: Entity[], a: number, b: number, side: "before-cue" | "after-cue"): SpeakerRef | null {
  if (side === "before-cue") {
    let cs = candidates(text, entities, a, b);
    // "Mitch McConnell, the Senate Majority Leader, has indicated", "The United States, which has …, has
    // stated": the apposition or relative clause does not speak.
    const app = text
      .slice(a, b)
      // ("Dave Lewis, CEO of Tesco, stated": a capitalised title opens the apposition too; "Thomas Zurbuchen, NASA's
      // associate administrator of the Science Mission Directorate, said": so does a possessor and a title.)
      .match(APPOSITION_END);
    if (app?.index !== undefined) {
      const head = cs.filter((c) => c.end <= a + (app.index as number));
      if (head.length) cs = head.some((c) => c.rank === 0) ? head.filter((c) => c.rank === 0) : head;
      // "The group's leader, in an interview with Al Jazeera, said": a name inside an adverbial phrase does not speak.
      else if (/^,\s+(?:in|on|at|during|via|through|speaking|according|after|before|following)\s/.test(app[0])) cs = [];
    } else if (
      // "“…,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think
      // tank told CBS News.": a person opening the subject, then a description opened by an article that runs to
      // the cue with no verb of its own (its closing comma left out, or commas inside a name in it) — the person
      // speaks, not a name inside the description.
      cs.some((c) => c.rank === 0 && c.start === a + (text.slice(a, b).match(/^[\s,]*/)?.[0].length ?? 0)) &&
      APPOSITION_NO_CLOSE.test(text.slice(a, b)) &&
      !DESCRIPTION_VERB.test(text.slice(a, b).replace(/^[^,]*,/, ""))
    ) {
      cs = cs.filter((c) => c.rank === 0 && c.start === a + (text.slice(a, b).match(/^[\s,]*/)?.[0].length ?? 0));
    } else {
      // "Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat, announced": a person, then a title
      // "of" a place and its province (after an organisation the name after the title is the person: "ISNA,
      // the prosecutor general of Tehran, Ali Alghasi Mehr, said").
      const win = text.slice(a, b);
      const place = (win.match(/,/g)?.length ?? 0) < 3 ? null : win.match(DESCRIPTION_NAME_PLACE);
      const head = place?.index !== undefined ? cs.filter((c) => c.end <= a + (place.index as number) && c.rank === 0) : [];
      if (head.length) cs = head;
    }
    const sorted = cs.sort((x, y) => y.end - x.end || x.rank - y.rank);
    const c = sorted[0];
    // "Suman Haripriya of the Hajo assembly said": a name inside a prepositional phrase after a person ("Regina Ip
    // from the pro-Beijing camp said": after a prefix too).
    // ("Arnel dela Vega of the army's Western Mindanao Command said": after a possessor too.)
    // ("Peter Iseley of worldwide victim group Ending Clergy Abuse said", "Mike Ryan of the World Health Organization
    // (WHO) told", "Jennifer Daskal of American University and contributor to Slate wrote": the phrase after the
    // person may hold modifiers, a bracketed abbreviation and a coordinated title before the name that ends it.)
    if (c && (OF_BEFORE.test(text.slice(Math.max(a, c.start - 30), c.start)) || personBeforePhrase(text, sorted, c))) {
      const person = sorted.find(
        // (A tagged person after "of" is no prepositional object of an untagged run: "Montana Secretary of State Corey Stapleton".)
        (x) =>
          (x.rank === 0 || (x.rank === 2 && c.rank !== 0 && x.ref.name.includes(" "))) &&
          x.end <= c.start &&
          !/[,;]/.test(text.slice(x.end, c.start)),
      );
      if (person) return person.ref;
    }
    return c ? c.ref : null;
  }
  // After an inverted cue: the first name up to the first comma or preposition; else the apposition after it.
  const win = text.slice(a, b);
  // An opening adverbial ("In a statement posted to her Twitter account, …") holds no subject — unless nothing
  // follows it but the cue ("In the filing itself Ford also made this point, writing …").
  const opener = win.match(
    /^\s*(?:In|On|At|After|Before|During|Following|Despite|Since|While|When|As|Earlier|Later|Meanwhile|However|Yesterday|Today|Within|Around|About|Over|Under|Throughout|Until|By|Amid|Ahead)\b[^,]*,/,
  );
  const after = firstName(text, entities, a, b, opener ? a + opener[0].length : a);
  if (after || !opener) return after;
  // The "opener" was the main clause: its subject is a name followed by a verb.
  const head = firstName(text, entities, a, b, a);
  return head && VERB_AFTER_NAME.test(text.slice(head.end, b)) ? head : null;
}

/** A prepositional phrase right after a person, up to a later name: " of worldwide victim group ", " of the ". */
// (A colon inside an organisation's name: "of UH Mānoa's Center for Microbial Oceanography: Research and Education".)
const PERSON_PHRASE_LINK = /^\s+(?:of|from|at)\s(?:[^,;:"“”.!?]|:(?=\s\p{Lu})){0,80}$/u;
/**
 * Whether a person named before `c` heads the subject and `c` lies in a prepositional phrase after them ("Mike Ryan
 * of the World Health Organization (WHO)"): the text from the person to `c` is one such phrase, and the person is
 * not inside one ("a friend of John Smith of Acme": no).
 */
function personBeforePhrase(text: string, cs: Cand[], c: Cand): boolean {
  return cs.some(
    (x) =>
      x.rank === 0 &&
      x.end <= c.start &&
      PERSON_PHRASE_LINK.test(text.slice(x.end, c.start).replace(/\([^()]{1,80}$/, "")) &&
      !OF_BEFORE.test(text.slice(Math.max(0, x.start - 30), x.start)),
  );
}

/** Between an organisation and a person: "(, San Diego)'s chancellor, ". */
const ROLE_OF_ORG_THEN_NAME =
  /^(?:,\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?['’]s\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*,?\s+$/u;
/** Before an organisation: "the chancellor of ", "the head of the ". */
const ROLE_OF_LEAD = /^\s*the\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}of\s+(?:the\s+)?$/u;

/** An indefinite or definite article and at most three words before a name: "a Republican", "the US envoy". */
const DESCRIPTION_LEAD = /^\s*(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

// Hoisted out of firstName: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ONE_OR_TWO_LOWER_WORDS = /^\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+$/u;
const VERB_OR_FUNCTION_WORD = /\p{Ll}+(?:ed|ing)\b|\b(?:said|says|told|tells|and|or|to|of|for|with|by|from|in|on|at)\b/u;

/** The first name in [from, b) up to a comma or preposition, moving past each comma (see pickName). */
function firstName(text: string, entities: Entity[], a: number, b: number, from: number): SpeakerRef | null {
  const win = text.slice(a, b);
  const cuts = [...win.matchAll(/,|\b(?:in|to|on|at|during|after|before|from|via)\b/g)].map((m) => m.index ?? 0).filter((i) => i > 0);
  for (const cut of [...cuts, win.length]) {
    if (a + cut < from) continue;
    const cs = candidates(text, entities, from, a + cut);
    const c = cs.find((x) => x.rank === 0) ?? cs.sort((x, y) => x.start - y.start || x.rank - y.rank)[0];
    // "NASA administrator Jim Bridenstine": an organisation, a title, then the person's name.
    const titled =
      c && c.rank <= 1
        ? cs.find(
            (x) =>
              x.start > c.end &&
              (x.rank === 0 || (x.rank === 2 && x.ref.name.includes(" "))) &&
              ONE_OR_TWO_LOWER_WORDS.test(text.slice(c.end, x.start)) &&
              !VERB_OR_FUNCTION_WORD.test(text.slice(c.end, x.start)),
          )
        : undefined;
    if (titled) return titled.ref;
    // "Since then, a Republican, Mark Amodei, has … voiced support …, telling …": a description heading the
    // segment, then the person's name set off by commas; the name speaks, not the word the description holds.
    if (
      c &&
      c.rank > 0 &&
      text[a + cut] === "," &&
      DESCRIPTION_LEAD.test(text.slice(from, c.start)) &&
      !/\S/.test(text.slice(c.end, a + cut))
    ) {
      const named = candidates(text, entities, a + cut + 1, b).find(
        (x) => x.rank === 0 && !/\S/.test(text.slice(a + cut + 1, x.start)) && /^,/.test(text.slice(x.end, b)),
      );
      if (named) return named.ref;
    }
    // "said University of California, San Diego's chancellor, Pradeep Khosla", "said the chancellor of Stanford
    // University, Pradeep Khosla": an organisation's role, then the person holding it.
    if (c && c.rank === 1) {
      const lead = text.slice(from, c.start);
      const holder = candidates(text, entities, c.end, b).find(
        (x) =>
          x.rank === 0 &&
          (ROLE_OF_ORG_THEN_NAME.test(text.slice(c.end, x.start)) ||
            (/^,\s+$/.test(text.slice(c.end, x.start)) && ROLE_OF_LEAD.test(lead))) &&
          /^\s*(?:,|[.!?]?\s*$)/.test(text.slice(x.end, b)),
      );
      if (holder) return holder.ref;
    }
    if (c) return c.ref;
    if (text[a + cut] !== ",") {
      if (cut === win.length) break;
      continue;
    }
    from = a + cut + 1;
  }
  return null;
}

/** A subject pronoun and a lower-case word opening a window. */
// (After an opening sentence adverb: "Still, she points to the high cost …, noting that …".)
const PRONOUN_LEAD =
  /^\s*(?:(?:Still|Yet|Now|Instead|Indeed|However|Meanwhile|Nonetheless|Nevertheless|Moreover|Furthermore|Besides|Similarly|Likewise|Later|Then|Again|Also|Finally|In fact|Of course|For example|For instance|In addition),\s+)?(He|She|They|We|It(?=\s+(?!(?:is|was|has\s+been|had\s+been|will|would|could|may|might|seems|seemed|appears|appeared|remains|remained|takes|took|means|meant)\b)))\s+\p{Ll}/u;
/** A determiner, a lower-case word or a possessive name opening the words after a comma. */
const MODIFIER_THEN_WORD = /^\s+(?:the|a|an|his|her|their|its|\p{Ll}+|\p{Lu}[\p{L}.-]*['’]s)\s/u;
/** A capitalised modifier of a group noun ("Chinese officials"). */
const CAP_GROUP_NOUN =
  /^\s+\p{Lu}[\p{L}-]*\s+(?:officials|authorities|media|police|sources|investigators|prosecutors|experts|lawmakers|researchers|scientists|residents|witnesses)\s*$/u;
/** A non-restrictive relative clause between commas at the end ("The government statement, which was posted on Twitter,"). */
const RELATIVE_AT_END = /(?<=\p{L})\s*,\s+(?:which|who)\b[^,]*,\s*$/u;
/** A parenthetical phrase between commas at the end ("The ministry, in a statement,"). */
const PARENTHETICAL_AT_END = /(?<=\p{L})\s*,\s+(?:in|on|at|during|via|through|speaking)\b[^,]{1,60},\s*$/u;
/** A short prepositional phrase of capitalised words or numbers before a lower-case word ("State media on Saturday"). */
const PLACE_OR_DAY_PHRASE = /^(?:on|in|at|by|since|until|during|after|before)\s+(?:[\p{Lu}\d][\p{L}\d,]*\s+){1,3}(?=\p{Ll})/u;
/**
 * A capitalised opening phrase of time with no comma before the subject: "On Thursday officials", "At about 5:17 p.m.
 * his daughter" (a day, a month, a year or a clock time; the subject opens with a determiner or is a plural noun).
 */
const TIME_OPENING =
  /^(?:On|In|At|By|Since|Until|During|After|Before)\s+(?:(?:about|around|approximately|roughly)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d{1,4}(?::\d\d)?(?:\s*[ap]\.m\.)?),?\s+){1,3}(?=(?:the|a|an|his|her|its|their|\p{Ll}{3,}s)\b)/u;
/** A report and who issued it ("Another report from"). */
const REPORT_FROM = /^(?:another|a|an|the|one)\s+(?:\p{Ll}+\s+)?(?:report|statement|release|announcement)\s+(?:from|by)\s+(?=\S)/iu;
/** A noun phrase, then a relative clause on it ("The public officials who ordered that change"). */
const HEAD_BEFORE_WHO = /^((?:the|a|an|some|many)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}\p{Ll}[\p{L}-]*)\s+who\s.*$/iu;
/** Everything up to a relative pronoun before a word. */
const UP_TO_RELATIVE = /^.*\b(?:which|that|whom)\s+(?=\p{L})/u;
/** Trailing auxiliaries, adverbs and time phrases ("The US has further"). */
const TRAILING_AUXILIARIES =
  /(?:\s+(?:(?:on|as of|in|at|by)\s+(?:\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+ \d{1,2}|\d{4}|the time)|also|had|has|have|then|now|still|already|earlier|recently|later|previously|again|reportedly|reportedly also|specifically|publicly|officially|repeatedly|initially|separately|subsequently|further))+$/u;
/** A document and its issuing ("an arrest warrant issued"). */
const DOCUMENT_ISSUED =
  /^((?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:issued|released|published|filed|posted|dated|obtained|seen)$/iu;
/** A country's government ("the Chinese government"). */
const NAMED_GOVERNMENT = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+government$/iu;
/** A pronoun with a contraction ("He's"). */
/** One lower-case word ending in -ly. */
const LONE_ADVERB = /^\p{Ll}+ly$/u;
const PRONOUN_CONTRACTION = /^(?:I|You|We|They|He|She|It)['’]\p{L}+$/u;
/**
 * The speaker named in a window of text. Before a cue ("X said") the subject is the words right before the
 * cue: a pronoun there is resolved (to the latest speaker or person), else the last person in the window,
 * else the last organisation or country, else a capitalised name the tagger missed, else a role noun
 * ("the spokesman") or, when `np` is set, the noun phrase itself (an unnamed source). After an inverted cue
 * ("said X") the first such name counts.
 */
export function speakerIn(
  text: string,
  entities: Entity[],
  a: number,
  b: number,
  side: "before-cue" | "after-cue",
  history: SpeakerRef[],
  np = false,
): SpeakerRef | null {
  const win = text.slice(a, b);
  // "According to him, …": an object pronoun as the whole source.
  const obj = win.match(/^\s*(him|her|them)\s*$/i);
  if (obj?.[1]) {
    const at = a + win.indexOf(obj[1]);
    const w = ({ him: "he", her: "she", them: "they" } as Record<string, string>)[obj[1].toLowerCase()] ?? "he";
    return resolvePronoun(text, entities, history, at, w, { text: obj[1], start: at, end: at + obj[1].length });
  }
  // "… by the Federal Aviation Administration and the National Transportation Safety Board, with the latter …
  // confirming": the second (or first) of the pair named last before.
  const lf = win.match(LATTER);
  if (lf?.[1] && lf.index !== undefined) {
    const at = a + lf.index;
    const pair = pairBefore(text, entities, at);
    const e = pair ? (lf[1].toLowerCase() === "latter" ? pair[1] : pair[0]) : null;
    if (e) return toSpeaker(e, { text: lf[0], start: at, end: at + lf[0].length });
  }
  if (side === "before-cue") {
    const pm = win.match(/\b(he|she|they|it|we|I)(?:\s+(?:also|then|later|again|further|previously|had|has|have|was|is|would|will))*\s*$/i);
    if (pm && pm.index !== undefined && pm[1]) {
      const r = resolvePronoun(text, entities, history, a, pm[1], { text: pm[1], start: a + pm.index, end: a + pm.index + pm[1].length });
      if (r) return r;
    }
  }
  if (side === "after-cue") {
    // A coordinated cue whose sentence opens with a pronoun ("She spoke about … and promised …").
    const lead = win.match(PRONOUN_LEAD);
    if (lead?.[1]) {
      const at = a + win.indexOf(lead[1]);
      const r = resolvePronoun(text, entities, history, at, lead[1], { text: lead[1], start: at, end: at + lead[1].length });
      if (r) return r;
    }
  }
  if (side === "before-cue") {
    // "…, scientists studying patients in Zhuhai in China's Guangdong Province reported": a group noun heading the
    // subject, then a participle phrase on it; the group speaks, not a name inside the phrase.
    const gp = win.slice(win.lastIndexOf(",") + 1).match(GROUP_THEN_PARTICIPLE);
    if (gp?.[1] && gp.index !== undefined) {
      const at = a + win.lastIndexOf(",") + 1 + gp.index + gp[0].indexOf(gp[1]);
      return { name: gp[1], text: gp[1], start: at, end: at + gp[1].length, country: null, sector: null };
    }
  }
  if (side === "before-cue") {
    // "According to The Washington Post, intelligence officials warned", "while there was no suggestion of
    // sabotage, local activists claimed": after an opening phrase, the noun phrase after the last comma is
    // the subject.
    const cut = win.lastIndexOf(",");
    const seg = cut >= 0 ? win.slice(cut + 1) : "";
    if (
      (MODIFIER_THEN_WORD.test(seg) ||
        // "As of today, Chinese officials confirmed": a capitalised modifier of a group noun.
        CAP_GROUP_NOUN.test(seg)) &&
      seg.trim().split(/\s+/).length <= 5 &&
      !SEGMENT_NOT_SUBJECT.test(seg) &&
      // "Jane Smith, chief executive said": a bare title after a person is an apposition.
      (/^\s+(?:the|a|an|his|her|their|its)\s/i.test(seg) || !entitiesIn(entities, a, a + cut).some((e) => e.type === "PER"))
    ) {
      const r = speakerIn(text, entities, a + cut + 1, b, side, history, true);
      if (r) return r;
    }
  }
  // "… in what the police declared": an unnamed source right before the cue, after a relative or a conjunction,
  // is the subject (not a name earlier in the sentence).
  const near = side === "before-cue" ? win.match(TRAILING_SOURCE) : null;
  if (
    near?.[1] &&
    near.index !== undefined &&
    /(?:\b(?:what|which|that|whom|while)|[,;])\s*$/.test(win.slice(0, near.index + near[0].indexOf(near[1])))
  ) {
    const at = a + near.index + near[0].indexOf(near[1]);
    return { name: near[1], text: near[1], start: at, end: at + near[1].length, country: null, sector: null };
  }
  // "The pontiff said", "The Wooster professor added": an epithet for the person (or organisation) who spoke or
  // headed the sentence just before.
  const ep = win.match(EPITHET);
  if (ep?.[1] && ep.index !== undefined) {
    const at = a + ep.index + (ep[0].length - ep[0].trimStart().length);
    const e = epithetAntecedent(text, entities, history, at, ORG_EPITHET.test(ep[1].toLowerCase()) ? "ORG" : "PER");
    if (e) return { ...e, text: ep[0].trim(), start: at, end: at + ep[0].trim().length };
  }
  const pick = pickName(text, entities, a, b, side);
  if (pick) return pick;
  const pm = win.match(PRONOUN);
  if (pm && pm.index !== undefined && pm[1]) {
    const r = resolvePronoun(text, entities, history, a, pm[1], { text: pm[1], start: a + pm.index, end: a + pm.index + pm[1].length });
    if (r) return r;
  }
  // "…, reported officials, with 25 others injured.": a trailing "with" phrase after an inverted cue is no part of the source.
  const own = side === "after-cue" ? win.replace(/,\s+with\s[\s\S]*$/, "") : win;
  const rm = own.match(ROLE);
  const phrase0 = own
    // "The government statement, which was posted on Twitter,": the noun before the non-restrictive clause.
    .replace(RELATIVE_AT_END, "")
    // "The ministry, in a statement,": a parenthetical phrase after the noun.
    .replace(PARENTHETICAL_AT_END, "")
    .replace(/^[\s,]+|[\s,.]+$/g, "")
    // "however, its website", "State media on Saturday", "Reports as of Wednesday": the noun phrase alone.
    // ("Now, if the people", "For example,": a sentence adverb, then no noun phrase of its own.)
    .replace(
      /^(?:(?:however|but|and|while|although|though|that|when|as|so|then|also|once|until|unless|whereas|including|(?:after|before|because|since)(?![^,]*,)|meanwhile|instead|now|still|yet|indeed|nonetheless|nevertheless|moreover|furthermore|besides|otherwise|similarly|likewise|for\s+(?:example|instance)|in\s+fact|of\s+course)\b,?\s*)+/i,
      "",
    )
    .replace(PLACE_OR_DAY_PHRASE, "")
    .replace(TIME_OPENING, "")
    // "either way, at some point, Ford’s now-deceased father": opening adverbials of time and concession.
    .replace(
      /^(?:(?:either\s+way|in\s+any\s+case|at\s+(?:some|one)\s+point|at\s+the\s+time|in\s+the\s+end|after\s+all|by\s+then),\s*)+/i,
      "",
    )
    // "In an official statement, the commission", "Since the announcement was made, many people": an opening
    // phrase; "proclamations which analysts": the subject of the relative clause.
    .replace(
      /^(?:In|On|At|After|Before|During|Following|Since|While|When|As|Although|Because|Without|Despite|Amid|Citing)\b[^,]{0,80},\s*(?=\S)/u,
      "",
    )
    // "A few days later the administration": a time phrase before the subject.
    .replace(
      /^(?:(?:a\s+few|a|one|two|three|four|five|several|some|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)|(?:the\s+)?(?:next|following)\s+(?:day|week|month|morning|evening))\s*,?\s+(?=the\s)/i,
      "",
    )
    // "47-year-old Matovič's government office": an age before the noun phrase.
    .replace(/^\d+-year-old\s+/, "")
    // "Another report from the Mexican government during the weekend": who issued the report.
    .replace(REPORT_FROM, "")
    .replace(/\s+during\s+the\s+(?:weekend|week|day|night|morning|afternoon|evening)$/, "")
    // "The public officials who ordered that change": the head noun before a relative clause on it.
    .replace(HEAD_BEFORE_WHO, "$1")
    .replace(UP_TO_RELATIVE, "")
    // (Repeated: "The US has further" → "The US".)
    .replace(TRAILING_AUXILIARIES, "");
  // ("according to an arrest warrant issued on Tuesday": the document, not its issuing.)
  const phrase = phrase0.replace(DOCUMENT_ISSUED, "$1");
  // "The US has further indicated …": a country that is the whole subject, once the auxiliary and adverb are gone
  // (a bare "US" is passed over by the candidates as a title word: "US Secretary of State …").
  const country = /^(?:the\s+)?\S+$/i.test(phrase)
    ? entities.find((e) => e.type === "GPE" && e.start >= a && e.end <= b && e.text === phrase.replace(/^the\s+/i, ""))
    : undefined;
  if (country) return toSpeaker(country);
  // "its website notes …", "according to its polling": the organisation "it" stands for (not "its source": an
  // unnamed source of the organisation's) ("According to its press release,
  // the NBA was …": the organisation heading the clause after the source).
  const its = phrase.match(/^[Ii]ts\s+(?:(?:own|official|anonymous|latest)\s+)?(?:statement|press\s+release|website|polling)$/u);
  if (its) {
    const at = a + win.indexOf(phrase);
    const mention = { text: phrase, start: at, end: at + phrase.length };
    const next =
      /^\s*,\s+(?:the\s+)?$/.test(text.slice(b, b + 2)) || /^,\s/.test(text.slice(b))
        ? entities.find((e) => e.start >= b && e.start < b + 8 && e.type === "ORG")
        : undefined;
    if (next) return toSpeaker(next, mention);
    const r = resolvePronoun(text, entities, history, at, "it", mention);
    if (r && entities.some((e) => e.name === r.name && e.type === "ORG")) return r;
  }
  // "Stardom's official statement yesterday read", "the WHO's press release said": an organisation's or person's
  // statement speaks for them.
  const ownStatement = phrase.match(OWN_STATEMENT);
  if (ownStatement) {
    const at = a + win.indexOf(phrase);
    const e = entities.find(
      (x) => SPEAKER_TYPES.has(x.type) && x.start >= at && x.start < at + 12 && /^['’]s?\s/.test(text.slice(x.end, x.end + 3)),
    );
    if (e) return { ...(e.type === "PER" ? fullPerson(entities, e) : toSpeaker(e)), text: phrase, start: at, end: at + phrase.length };
  }
  // "The statement also said …": whoever made the statement the article mentioned last (see statementMaker).
  // ("According to a 1989 report from the National Transportation Safety Board (NTSB), …. The report said …": who
  // issued the report, the same way.)
  // ("Their statement also read …": the statement just mentioned, whoever "their" stands for.)
  const doc = phrase.match(/^(?:the|this|that|their|his|her)\s+(statement|report)$/i);
  if (doc?.[1]) {
    const at = a + win.indexOf(phrase);
    const maker = statementMaker(text, entities, history, at, doc[1].toLowerCase());
    if (maker) return { ...maker, text: phrase, start: at, end: at + phrase.length };
  }
  // "his office said", "a statement released by Erdogan's office": a person's office speaks for that person.
  const office = phrase.match(OFFICE_OF);
  if (office) {
    const at = a + win.indexOf(phrase);
    const mention = { text: phrase, start: at, end: at + phrase.length };
    if (office[1]) {
      const r = resolvePronoun(text, entities, history, at, office[1].toLowerCase() === "his" ? "he" : "she", mention);
      if (r) return r;
    } else {
      const e = entities.find(
        (x) => x.type === "PER" && x.start >= at && x.end <= at + phrase.length && /^['’]s?\s/.test(text.slice(x.end)),
      );
      if (e) return { ...fullPerson(entities, e), ...mention };
    }
  }
  // "the German government", "the Saudi government": the government of the country the adjective names.
  const gov = phrase.match(NAMED_GOVERNMENT);
  if (gov?.[1]) {
    const at = a + win.indexOf(phrase);
    const adj = entities.find((e) => e.type === "NORP" && e.start >= at && e.end <= at + phrase.length && e.text === gov[1]);
    if (adj?.country && adj.name !== adj.text)
      return { name: `Government of ${adj.name}`, text: phrase, start: at, end: at + phrase.length, country: adj.country, sector: "GOV" };
  }
  if (rm && rm.index !== undefined) {
    const role = rm[0].toLowerCase();
    // "the local health minister": a modifier the antecedent's title must share (not "Civil Aviation Minister …").
    const mods = PERSON_ROLE.test(role) ? roleModifiers(own.slice(0, rm.index)) : [];
    const fits = (e: Entity) => mods.every((w) => modifierNear(text, entities, e, w));
    // "Morrison's lawyer said", "his spokesman said": a person's lawyer is someone else, not whoever was last
    // given that title ("Hunter Biden", a lawyer by training); a country's or a body's minister may be (see PERSONAL_POSSESSOR).
    const owned = personalPossessor(text, entities, a, a + rm.index);
    const fit = owned
      ? undefined
      : [...entities].reverse().find((e) => e.end <= a && (e.office ?? "").toLowerCase().includes(role) && fits(e));
    const mention = { text: rm[0], start: a + rm.index, end: a + rm.index + rm[0].length };
    const named = roleAntecedent(text, entities, a + rm.index, role);
    // The nearer of the two: "Italian economic development minister Stefano Patuanelli sent …, but the minister
    // said" is Patuanelli, not a prime minister named paragraphs before.
    // "Local authorities, according to Maritime Bulletin, have noted … The website yesterday suggested …": a media
    // word right after an organisation was cited as a source is that source.
    if (MEDIA_ROLES.test(role)) {
      const from = sentenceStartsBefore(text, a, 2).at(-1) ?? a;
      const cited = entities
        .filter(
          (e) =>
            e.type === "ORG" && e.start >= from && e.end <= a && /\baccording to\s+(?:the\s+)?$/i.test(text.slice(e.start - 20, e.start)),
        )
        .at(-1);
      if (cited && (!named || cited.end > named.end)) return toSpeaker(cited, mention);
    }
    const best = fit && named && fits(named) ? (named.end > fit.end ? named : fit) : (fit ?? (named && fits(named) ? named : null));
    if (best) return toSpeaker(best, mention);
  }
  // "The summary of the decision read", "the ruling said": a court's decision speaks for the court named last.
  if (phrase && /^(?:the\s+)?(?:(?:summary|text)\s+of\s+the\s+)?(?:decision|ruling|judge?ment|verdict|opinion)$/i.test(phrase)) {
    const court = [...entities]
      .reverse()
      .find((e) => e.end <= a && a - e.end < 3000 && (e.type === "ORG" || e.type === "GPE") && /\bCourt\b/.test(e.name));
    const at = a + win.indexOf(phrase);
    if (court) return toSpeaker(court, { text: phrase, start: at, end: at + phrase.length });
  }
  if (
    (np || rm) &&
    phrase &&
    LETTER_FIRST.test(phrase) &&
    // ("the head of the country's main opposition party in parliament": a role and what it is of may run longer.)
    phrase.split(/\s+/).length <= (side === "after-cue" && ROLE_OF_PHRASE.test(phrase) ? 14 : 8) &&
    !NOT_NAME.test(phrase) &&
    !PRONOUN_CONTRACTION.test(phrase) &&
    !/^(?:not|no|it|this|that|there)$/i.test(phrase) &&
    // (A lone adverb is no noun phrase: "…, and publicly expressed their willingness to help each other".)
    !LONE_ADVERB.test(phrase) &&
    // A noun phrase, not a clause or an opener ("the situation was better handled", "if you do", "Turns").
    !/\b(?:is|are|was|were|do|does|did|will|would|can|could|should|must|just)\b/i.test(phrase) &&
    !/^(?:if|how|of|is|when|what|why|where|whether|because|you|your)\b/i.test(phrase)
  ) {
    const at = a + win.indexOf(phrase);
    return { name: phrase, text: phrase, start: at, end: at + phrase.length, country: null, sector: null };
  }
  // "… and on Friday the government announced", "… were evacuated and local police warned": an unnamed source
  // right before the cue, after the narrative that opens the sentence.
  const tail = side === "before-cue" && np ? win.match(TRAILING_SOURCE) : null;
  if (tail?.[1] && tail.index !== undefined) {
    const at = a + tail.index + tail[0].indexOf(tail[1]);
    return { name: tail[1], text: tail[1], start: at, end: at + tail[1].length, country: null, sector: null };
  }
  return null;
}

/** A determiner, a role and what it is of: "the head of …", "a spokesman for …", "the chief executive of …". */
const ROLE_OF_PHRASE =
  /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:head|chief|leader|director|president|chairman|chairwoman|chair|spokes(?:man|woman|person)|minister|secretary|lawyer|attorney|commander|mayor|governor|manager|founder|executive|professor|researcher|scientist|economist|officials?)\s+(?:of|for|at|with|in)\s(?:(?!(?:is|are|was|were|has|have|had|\p{Ll}+ed)\b)[^,;:"“”])*$/u;

/** A person's possessive right before a role word (with at most one modifier): "Morrison's ", "his personal ". */
const PERSONAL_POSSESSOR = /(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|(\p{Lu}[\p{L}'’-]*)['’]s?)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

/** Whether the words before a role (from a to at) make it a person's own: "Morrison's lawyer" (no country or body). */
function personalPossessor(text: string, entities: Entity[], a: number, at: number): boolean {
  const m = text.slice(a, at).match(PERSONAL_POSSESSOR);
  if (!m || m.index === undefined) return false;
  if (!m[1]) return true;
  const p = a + m.index;
  const e = entities.find((x) => x.start <= p && x.end > p);
  return !e || e.type === "PER";
}

/** A group noun opening a subject, then a participle phrase on it: "scientists studying patients in …". */
const GROUP_THEN_PARTICIPLE =
  /^\s*((?:[Tt]he\s+|[Ss]ome\s+|[Mm]any\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?:researchers|scientists|experts|doctors|officials|authorities|investigators|analysts|economists|astronomers|engineers|physicians|epidemiologists|prosecutors|rescuers|firefighters)|(?:Researchers|Scientists|Experts|Doctors|Officials|Authorities|Investigators|Analysts|Economists|Astronomers|Engineers|Physicians|Epidemiologists|Prosecutors|Rescuers|Firefighters))\s+\p{Ll}{3,}ing\s[^,;:"“”]*$/u;

/** Epithets standing for a person or an organisation named just before (not roles an office names: see ROLE). */
const PERSON_EPITHET =
  "pontiff|singer|actor|actress|musician|rapper|player|striker|lawmaker|politician|billionaire|businessman|businesswoman|tycoon|professor|scientist|researcher|co-author|author|astronaut|cosmonaut|economist|historian|entrepreneur|athlete";
const ORG_EPITHETS = "giant|carmaker|automaker|retailer|insurer|lender|conglomerate|manufacturer";
const ORG_EPITHET = new RegExp(`^(?:${ORG_EPITHETS})$`);
/** The whole window is "the (Capitalised) (modifier) EPITHET", optionally before an adverb or auxiliary. */
const EPITHET = new RegExp(
  `^\\s*[Tt]he\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?(${PERSON_EPITHET}|${ORG_EPITHETS})(?=(?:\\s+(?:also|then|later|further|has|had|have|\\p{Ll}+ly))*\\s*$)`,
  "u",
);

/** A determiner and up to three capitalised words. */
const CAP_WORDS_GAP = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/** Who an epithet stands for: a speaker of the sentence before, else the entity heading one of the two sentences before. */
function epithetAntecedent(text: string, entities: Entity[], history: SpeakerRef[], at: number, type: "PER" | "ORG"): SpeakerRef | null {
  const starts = sentenceStartsBefore(text, at, 3);
  const cur = starts[0] ?? at;
  const prev = starts[1] ?? cur;
  const typed = (name: string) => entities.some((e) => e.name === name && e.type === type);
  const spoke = history.filter((h) => h.start >= prev && h.start < cur && typed(h.name)).sort((x, y) => y.start - x.start)[0];
  if (spoke) return spoke;
  for (let i = 1; i < starts.length; i++) {
    const k = starts[i] as number;
    const head = entities.find((e) => e.start >= k && e.start < (starts[i - 1] as number) && SPEAKER_TYPES.has(e.type));
    if (head?.type === type && CAP_WORDS_GAP.test(text.slice(k, head.start)))
      return type === "PER" ? fullPerson(entities, head) : toSpeaker(head);
  }
  return null;
}

const LATTER = /\b[Tt]he\s+(latter|former)\b/;

/** The last two speakers named as a pair ("X and Y", "both X and Y") in the sentence of `at` or the one before. */
function pairBefore(text: string, entities: Entity[], at: number): [Entity, Entity] | null {
  const from = sentenceStartsBefore(text, at, 2).at(-1) ?? 0;
  const es = entities.filter((e) => e.start >= from && e.end <= at && SPEAKER_TYPES.has(e.type));
  for (let i = es.length - 1; i > 0; i--) {
    const x = es[i - 1] as Entity;
    const y = es[i] as Entity;
    if (/^,?\s+and\s+(?:the\s+)?$/.test(text.slice(x.end, y.start))) return [x, y];
  }
  return null;
}

/** Modifiers that narrow nothing down: "the local minister" may be any minister named before. */
const PLAIN_MODIFIER =
  /^(?:the|a|an|this|that|his|her|its|their|local|state|national|federal|regional|provincial|senior|top|new|current|then|former|same|other|also|deputy|acting|chief|its|government|official|spokes\p{L}*)$/u;

/** Roles a person holds (not an organisation's or a publication's: "the industry publication", "the fire service"). */
const PERSON_ROLE =
  /^(?:minister|president|premier|chancellor|prime minister|secretary|ambassador|governor|mayor|judge|commissioner|professor|director|chief|leader|senator|general|commander|envoy|representative|lawyer|attorney|chairman|chairwoman|spokes\p{L}+)$/u;

/** The lower-case modifiers of a role noun: "The local health " → ["health"]. */
function roleModifiers(before: string): string[] {
  const np = before.match(ROLE_MODIFIERS);
  // ("The opinion of the court": a noun phrase of its own before the role, no modifier of it.)
  if (!np?.[1] || /\b(?:of|for|in|at|by|from|with|and|or|to|on)\s/.test(np[1])) return [];
  return np[1]
    .trim()
    .split(/\s+/)
    .filter((w) => !PLAIN_MODIFIER.test(w) && w.length > 2);
}
// ("Germany’s economy minister": after a possessive name too.)
const ROLE_MODIFIERS = /(?:^|\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s?)\s+((?:\p{Ll}[\p{L}-]*\s+){1,3})$/u;

/** A modifier word in the entity's office or right before one of its mentions ("Italian economic development minister Stefano Patuanelli"). */
function modifierNear(text: string, entities: Entity[], e: Entity, word: string): boolean {
  const re = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i");
  if (re.test(e.office ?? "") || re.test(e.name)) return true;
  return entities.some((x) => x.name === e.name && re.test(text.slice(Math.max(0, x.start - 60), x.start)));
}

// Hoisted out of statementMaker: tsx compiles a `\p{…}` literal inside a function anew at every call.
const POSSESSIVE_THEN_WORD = /^['’]s?\s+(?:\p{L}+\s+)?$/u;

/**
 * The maker of the statement mentioned last before `at` (within a few sentences): a speaker already found in
 * that sentence ("Trump, in a statement delivered via the press secretary, announced …"), or the name in "a
 * statement from/by X" or "X's statement".
 */
function statementMaker(text: string, entities: Entity[], history: SpeakerRef[], at: number, word = "statement"): SpeakerRef | null {
  // (The noun, not "reported" or "reportedly".)
  const from0 = Math.max(0, at - 1500);
  const hit = [
    ...lowerOf(text)
      .slice(from0, at)
      .matchAll(word === "report" ? REPORT_NOUN : STATEMENT_NOUN),
  ].at(-1);
  if (hit?.index === undefined) return null;
  const k = from0 + hit.index;
  const [from] = sentenceStartsBefore(text, k, 1);
  const rest = text.slice(k);
  const end = k + (rest.search(/[.!?]["”]?\s|\n/) < 0 ? rest.length : rest.search(/[.!?]["”]?\s|\n/));
  const said = history.find((h) => h.start >= (from ?? 0) && h.start < end && h.start < at);
  if (said) return said;
  const by = text.slice(k, end).match(/^(?:statement|report)s?\s+(?:from|by|issued by|released by)\s+(?:the\s+)?/);
  const named = by
    ? entities.find((e) => e.start === k + by[0].length && SPEAKER_TYPES.has(e.type))
    : entities.find((e) => SPEAKER_TYPES.has(e.type) && e.end <= k && POSSESSIVE_THEN_WORD.test(text.slice(e.end, k)));
  if (named) return toSpeaker(named);
  // "…, the US military said in a statement on Wednesday. "…," the statement said.", "On Monday, Big Machine
  // Records issued a statement …": the subject of the clause that made the statement (not yet in the history
  // when the quotation is read before the reports).
  const made = word === "statement" ? text.slice(from ?? 0, k).match(MADE_STATEMENT) : null;
  if (made?.[1] && made.index !== undefined && !/statement/.test(made[1])) {
    const s0 = (from ?? 0) + made.index + made[0].indexOf(made[1]);
    const r = speakerIn(text, entities, s0, s0 + made[1].length, "before-cue", history, true);
    if (r && r.start >= s0) return r;
  }
  return null;
}

/** The subject and verb that made a statement, right before the noun: "the US military said in a", "Big Machine Records issued a". */
const MADE_STATEMENT =
  /(?:^|,\s+|;\s+)((?:(?:the|a|an)\s+)?[\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,5}?)\s+(?:(?:also|later|then)\s+)?(?:(?:said|announced|wrote|added|confirmed)\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?in|(?:issued|released|published|posted|put\s+out))\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+)?$/u;

const STATEMENT_NOUN = /statement/g;
const REPORT_NOUN = /\breports?\b/g;

/** "Stardom's official statement yesterday": a name's statement, release or post as a whole noun phrase. */
const OWN_STATEMENT =
  /^(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}['’]s?\s+(?:(?:official|latest|new|own|initial|brief|joint|formal|written)\s+)*(?:statement|press\s+release|announcement|news\s+release|communiqu[eé])(?:\s+(?:yesterday|today|on\s+\p{Lu}\p{Ll}+day))?$/u;

/** A person's office as a whole noun phrase: "his office", "Matovič's government office", "a statement released by Erdogan's office". */
const OFFICE_OF =
  /^(?:(?:a|the)\s+statement\s+(?:released|issued)\s+by\s+)?(?:(his|her)|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*['’]s?)\s+(?:(?:government|press|private)\s+)?office$/iu;

/** An unnamed source noun phrase ending a window, not inside a prepositional phrase ("for the police"). */
const TRAILING_SOURCE =
  /(?:^|(?<!\b(?:of|for|from|by|with|in|on|at|to|about|against))\s)((?:(?:the|a|an)\s+)?(?:(?:local|state|national|foreign|federal|provincial|regional|military|government|police|health|senior|other|news|emergency|public|city|county)\s+)*(?:army|military|police|officials|authorities|media|sources|investigators|prosecutors|ministry|agency|government|spokes(?:man|woman|person)|statement|witnesses|doctors|organi[sz]ers|administration))(?:\s+(?:also|later|then|previously|again|has|have|had|reportedly|\p{Ll}+ly))*\s*$/iu;

/** A noun phrase, then "who" and an auxiliary at the end of a window. */
const WHO_CLAUSE_END = /([^,;:()"“”]{2,90}?),?\s+who\s+(?:(?:also|later|then|had|has|have|previously|\p{Ll}+ly)\s+)*$/u;
/** A determiner and a lower-case word. */
const DET_LOWER = /^(?:a|an|the)\s+\p{Ll}/u;

// Hoisted out of relativeAntecedent: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANTECEDENT_HEAD_NOUN =
  /^(?:the|a|an|his|her|their|its)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?\p{Ll}[\p{L}'’-]*(?=\s+(?:of|for|from|at|in|with)\b)/u;

/**
 * The speaker of a cue in a relative clause is the clause's antecedent: "according to police, who said …",
 * "Prime Minister Tuilaepa, who told the press …", "a woman, a niece of … O'Donnell, who claimed …" (the head
 * noun, not the name inside its "of" phrase).
 */
export function relativeAntecedent(
  text: string,
  entities: Entity[],
  history: SpeakerRef[],
  a: number,
  cueStart: number,
): SpeakerRef | null {
  const win = text.slice(a, cueStart);
  if (!win.includes("who")) return null;
  const m = win.match(WHO_CLAUSE_END);
  if (m?.index === undefined || !m[1]) return null;
  const at = a + m.index;
  // The noun phrase after the last preposition or conjunction ("… hurricanes according to CNN who reported").
  const np = (m[1].split(/\b(?:according to|by|from|with|to|for|in|on|at|about|and|but)\s+/i).at(-1) ?? "").trim();
  if (!np) return null;
  const start = at + m[1].lastIndexOf(np);
  // "Mark Hay, a marine ecologist and Regents Professor at GT, who said": the apposition describes the person before it.
  if (DET_LOWER.test(m[1].trim())) {
    const person = entities.find((e) => e.type === "PER" && e.end <= at && /^\s*,\s*$/.test(text.slice(e.end, at)));
    if (person) return toSpeaker(person);
  }
  // "a niece of Biden's opponent Christine O'Donnell": an unnamed head noun with a modifier.
  const head = np.match(ANTECEDENT_HEAD_NOUN);
  if (head) return { name: head[0], text: head[0], start, end: start + head[0].length, country: null, sector: null };
  return speakerIn(text, entities, start, start + np.length, "after-cue", history, true);
}
