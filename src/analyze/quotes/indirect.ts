import type { Quote, SpeakerRef } from "../../model/index.js";
import { type QuoteContext, type QuoteRule, saidOn } from "./context.js";
import {
  APPEAL_CUES,
  AS_CUES,
  BASE_CUES,
  CUE_RE,
  CUE_VERBS,
  DIRECTIVES,
  INVERTED_CUES,
  NAMED_PARTICIPLE_CUES,
  OBJECT_CUES,
  PARTICIPLE_CUES,
  REPORT_CUE_RE,
  THAT_ONLY_CUES,
  TO_OBJECT_CUES,
  WEAK_CUES,
} from "./cues.js";
import { IRREGULAR_PAST_ALTERNATION } from "./finite.js";
import { relativeAntecedent, speakerIn } from "./speaker.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const ANY_LETTER = /\p{L}/u;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Words between a cue and its clause that are not part of what was said ("said Thursday that"; not a
 * possessive: "reports said Wednesday's quake affected …"; a compound noun: "said in a video statement released in
 * conjunction with a visit …" is no clause "statement released …"; "said in a statement emailed to NBC News that …").
 */
const SKIP_AFTER_CUE =
  /^(?:\s+(?:on\s+)?(?:(?:late|early)\s+(?:yesterday|today|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?|in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4})|(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|weekend|night)|via\s+(?:Twitter|Facebook|Instagram|e-?mail|a\s+statement)|earlier|later|also|again|repeatedly|previously|in (?:a|an|its|his|her|their|the) (?:[\w-]+\s+){0,2}?(?:statement|press release|filing|release|letter|report|speech|address|announcement|post|tweet|call|briefing|interview|message|video)(?:\s+(?:statement|release|message|address|interview|call|post))?(?:(?:\s+(?:sent|e-?mailed|released|issued|posted|published|given|provided))?\s+(?:with|to|on|for)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|for|&)\s+)?\p{Lu}[\p{L}'’.-]*)*)?|regarding [^,;"“]{1,60}|on (?:Twitter|Facebook|television)|at a (?:press conference|news conference|briefing))\b(?!['’]))*/u;
const CLAUSE_START =
  /^\s+(?:that\s+)?(?=(?:the|a|an|it|he|she|they|we|I|there|this|these|those|his|her|its|their|our|no|some|all|more|most|many|both|one|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands|at least|more than|[A-Z]|\d))/;
/** A short adverbial after a cue, set off by commas, then the opening of a clause. */
const ADVERBIAL_THEN_CLAUSE =
  /^\s*,?\s*((?:in|on|at|by(?=\s+(?:\d|mid|early|late|the\s+end|way\s+of))|as of|for example|for instance|around|via|during|after|before|since|until|earlier|later|last|this|late|early|citing)\s(?:[^,;:"“”()]|(?<=\d):(?=\d)){1,50}?(?:\s\([^()]{1,20}\))?),\s+(?=["“]?[\p{L}\d])(?!(?:and|or|but|which|who|whom|whose|when|where|while|as|if|so|then|to|in|on|at|for|with|by|from|of|about|\p{Ll}+ing)\b)/u;
const FRONTED_THEN_PRONOUN =
  /^\s+(?:as|when|while|after|before|since|during|in|at|on|by|until)\s+(?:(?!(?:when|while|that|which|who|and|or|but|if|because|where)\s)[\p{L}\d'’-]+\s+){1,6}?(?:he|she|they|we|it|I)\s+(?:was|were|is|are|had|has|have|would|will|could|should|must|can|did|\p{Ll}{3,}ed)\b/u;
/** The finite verb of a clause whose subject is a gerund phrase (not another -ing form or a bare -ed participle). */
const GERUND_CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|violated|constituted|caused|led|made|meant|helped|remains|requires|violates|constitutes)\b/;
const SUBJUNCTIVE =
  /^\s+(?:the|a|an|his|her|its|their|all|\p{Lu}[\p{L}'’.-]*)\s+(?:(?!(?:and|or|but|that|which|who)\s)[\p{L}'’.-]+\s+){0,6}?(?:not\s+)?(?:withdraw|leave|resign|step down|be|stop|end|return|remain|stay|pay|release|receive|halt|cease|abandon|reconsider|apologi[sz]e|comply|pull out)\b/u;
/** A passive subjunctive after a request: "requested monarch butterflies be given … protections". */
const PASSIVE_SUBJUNCTIVE =
  /^\s+(?:(?!(?:and|or|but|that|which|who|to)\s)[\p{L}'’.-]+\s+){1,6}?(?:not\s+)?be\s+(?:\p{Ll}{2,}ed|given|taken|made|held|kept|paid|sent|shown|told|brought|granted|allowed|withdrawn|struck)\b/u;
// (After an opening conjunction too: "And once the man mentioned that …, Dempsey quickly came up with …".)
const SUBORDINATE =
  /^\s*["“]?(?:(?:And|But|So|Yet)\s+)?(?:[Aa]fter|[Ww]hen|[Ww]hile|[Bb]efore|[Aa]lthough|[Tt]hough|[Ii]f|[Aa]s|[Bb]ecause|[Ss]ince|[Oo]nce|[Uu]ntil|[Uu]nless|[Ww]hereas)\b/;
/** A finite verb early in the words after a cue: they form a clause, not an object ("denied the claims"). */
const FINITE = new RegExp(
  `\\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|did|does|do|won't|can't|isn't|wasn't|aren't|weren't|hasn't|haven't|didn't|doesn't|don't|remains|intends|${IRREGULAR_PAST_ALTERNATION}|\\p{Ll}{2,}ed)\\b`,
  "u",
);
/** The addressee of "told": a pronoun ("told them Trump prepared …"), a name, or the press ("reporters", "local media", "the BBC"). */
const TOLD_OBJECT =
  /^\s+(?:(?:him|her|them|me|us)\s+(?=(?:the|a|an|he|she|it|they|we|I|there|this|these|those|his|its|their|our)\b|\p{Lu}|\d)|(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:,?\s+|$)){1,4}|(?:the\s+|local\s+|foreign\s+|state\s+|national\s+)?(?:media|reporters|journalists|press|lawmakers|parliament|police|investigators|officials|officers|court|judges?|jury|jurors|committee|congress|audience|supporters|crowd|(?:broadcaster|newspaper|paper|agency|station|network|channel|magazine|website|outlet)(?:\s+(?!(?:the|a|an|he|she|it|they|we|there)\b)\S+)?)\s+|(?:our|a|the)\s+(?:correspondent|reporter|interviewer)\s+|(?:(?:the|his|her|their|its)\s+)?(?:(?:\p{Ll}+|\p{Lu}[\p{L}-]*)\s+){0,2}\p{Ll}{3,}s\s+(?=(?:the|a|an|it|he|she|they|we|there|this|these|his|her|its|their)\s))(?=\S)/u;
// ("told Anadolu Agency, a local news outlet, that one of the deceased was …": a description of the addressee between commas,
// and maybe when: "told investors of New Media, the GateHouse parent, on Oct. 31 that the merger would …".)
// ("told a few thousand teachers who covered the Statehouse lawn that the Legislature should …": a relative clause on
// the addressee.)
/** A determiner phrase, then a present-tense verb and a lower-case word: "no evidence supports anything …". */
const DETERMINER_PRESENT_CLAUSE =
  /^(?:the|a|an|no|his|her|its|their|this|these|those|our)\s+(?:[\p{L}'’-]+\s+){0,3}?\p{Ll}{3,}s\s+(?!(?:of|for|in|on|at|to|and|or|with|from|by|that|which|who|are|is|were|was)\b)\p{Ll}/u;
const OBJECT_THEN_THAT =
  /^\s+(?:[\w'’.-]+\s+){1,6}?that\s+|^\s+(?:[\w'’.-]+\s+){0,4}[\w'’.-]+,\s+(?:the|a|an)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+,\s+(?:(?:on|in|at|last|this)\s+(?:[\w'’.-]+\s+){1,3})?that\s+|^\s+(?:[\w'’.-]+\s+){1,5}?(?:who|whom)\s+(?:[\w'’.-]+\s+){1,6}?that\s+/;

/** An unnamed source before a trailing cue: "…, the army said.", "…, local media reported." */
const UNNAMED_SOURCE =
  /^\s*(?:the\s+|a\s+|an\s+)?(?:(?:local|state|national|foreign|military|government|police|hospital|company|federal|senior|other|news|industry|emergency)\s+)*(?:army|military|police|officials?|authorities|media|reports?|sources?|witnesses|investigators|prosecutors|spokes(?:man|woman|person)|ministry|agency|government|company|statement|publication|broadcaster|newspaper|hospital|doctors|residents|experts|scientists|researchers|study|research|report|paper|survey|analysis)(?:\s+(?:have|has|had))?\s*$/i;

/**
 * A bare plural source with its own modifiers before a trailing cue: "…, trade experts say.", "…, people familiar
 * with the talks say." (a plural head of people who report, up to two lower-case words before it, and an optional
 * "familiar with / close to / briefed on …" after it; not a quantifier, which opens a clause of its own: "To avoid
 * sleep disturbances, both experts suggest drinking coffee earlier in the day.").
 */
const BARE_PLURAL_SOURCE =
  /^\s*(?:(?!(?:both|all|some|many|most|several|few|two|three|the|a|an|these|those|and|but|or)\s)[\p{Ll}-]+\s+){0,2}(?:officials|experts|analysts|sources|economists|scientists|researchers|investigators|prosecutors|diplomats|insiders|observers|people|residents|witnesses)(?:\s+(?:familiar\s+with|close\s+to|briefed\s+on|with\s+knowledge\s+of)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)?\s*$/u;

/**
 * A determiner phrase, then a present-tense verb and its complement ("noted the commission's scope allows
 * it …", "said the matter "currently focuses on …""): a clause after cues that rarely take a plain object.
 */
const PRESENT_VERB =
  /^(?:(?:the|a|an|his|her|its|their|this|these|those|our)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,2})?|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})["“]?(?:(?:\p{Ll}+ly|no\s+longer|still)\s+\p{Ll}{3,}(?:s|es)\s+|\p{Ll}{3,}(?:s|es)\s+(?!(?:of|for|in|on|at|to|and|or|with|from|by|that|which|who|are|is|were|was)\b))["“]?[\p{Ll}\d]/u;
const PRESENT_CUES = new Set([
  "said",
  "says",
  "noted",
  "notes",
  "stated",
  "added",
  "argued",
  "claimed",
  "warned",
  "explained",
  "insisted",
  "wrote",
  "told",
  "reported",
  // Present forms ("The United States government claims Mahan flies fighters … to Syria", "Airfleets, a database
  // detailing the aircraft operated by commercial carriers, states the aircraft uses the A300 and 747 …").
  "claims",
  "states",
  "reports",
  "explains",
  "adds",
  "tells",
  "argues",
  "warns",
  "insists",
  "writes",
  "believes",
]);

/** A short noun phrase as the whole subject of a trailing cue ("…, his family reported."). */
// ("…, a third aide at the office told impeachment investigators": a prepositional phrase on the head noun.)
const SHORT_NP =
  /^\s*(?:the|a|an|his|her|their|its|one|some|several|many|other|local|state)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?:\s+(?:at|of|in|for|from|with|on|close\s+to|familiar\s+with)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)?\s*$/iu;

/** A short subject, then a phrase set off by commas before an auxiliary: " piracy, perhaps to obtain the cargo, is now …". */
const SET_OFF_AFTER_SUBJECT =
  /^(\s+(?:(?:the|a|an|his|her|its|their|this|these|those)\s+)?(?!(?:and|or|but|as|in|on|at|to|for|with|by|from|of|which|who|that)\b)[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,3}),\s+[^,;:"“”]{3,80},(?=\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|not\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b)/u;
/** An auxiliary among the first words (see SET_OFF_AFTER_SUBJECT). */
const FINITE_START = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should)\b/;

/**
 * A clause with a bare noun phrase as its subject after a cue: "said executives tend to struggle with …", "said
 * candidates in consulting tend to get …" (a plural noun, an optional "in/of/at" and a word, then a common verb's
 * base form), "said homestead gardening fosters self-sufficiency …" (up to three words, then a verb in -s and a
 * lower-case word that is not a preposition). Not an object: "said goodbye to", "said things like", "said prayers for".
 */
const BARE_SUBJECT_CLAUSE =
  /^\s+(?!(?:that|to|in|on|at|for|with|by|from|of|about|and|or|but|as|if|when|so|nothing|something|anything|everything|goodbye|hello|yes|no|thanks|things|words|sorry|grace|prayers?|more|less|much|little|only|just|very|also|not|never|earlier|later|again|previously|recently|repeatedly|publicly|today|yesterday|tonight|various|several|many|some|few|all|both|your|my|our)\b)(?:(?:\p{Ll}[\p{Ll}-]*s\s+(?:(?:in|of|at)\s+\p{Ll}[\p{Ll}-]*\s+)?(?:tend|need|want|feel|believe|think|seem|remain|continue|expect|hope|fear|plan|prefer|struggle|face|lack)\s+(?:to\s+)?\p{Ll})|(?:(?!(?:and|or|but|your|my|our)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]+\s+\p{Ll}{3,}(?<!ss|us|is|ics|es)s\s+(?!(?:of|for|in|on|at|to|and|or|with|from|by|about|over|into|among|after|before|during|without|between|like|per|under|across|through|than|as|that|which|who|are|is|were|was)\b)\p{Ll})/u;

/** "and"/"but" (and an adverb) right before a verb: the verb is coordinated with what came before. */
const COORDINATED_BEFORE = /\s(?:and|but)\s+(?:\p{Ll}+ly\s+|also\s+|then\s+|later\s+)?$/u;
/** An auxiliary right after a word: that word ends a noun phrase ("the injured and displaced were …"). */
const AUXILIARY_AFTER = /^\s+(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must)\b/;
/** An opening question whose comma has not come yet: "Asked if the Prime Minister thought …". */
const ASKED_OPENER =
  /^\s*(?:When\s+|After\s+being\s+|On\s+being\s+)?[Aa]sked\s+(?:about|if|whether|why|how|what|when|who|where)\b[^,;:"“”]*$/;

/** After "asked": a request not to be named ("who asked not to be named said …"). */
const ANONYMITY = /^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|for\s+anonymity|to\s+remain\s+anonymous)\b/;

/** Weak cues of writing, which report a that-clause after a prepositional phrase like a speech verb. */
const WRITTEN_CUES = new Set(["wrote", "writes", "tweeted", "tweets", "posted"]);

/** A subordinator and a participle closing the sentence after an attribution: " while visiting …", " after meeting …". */
const ADVERBIAL_PARTICIPLE_TAIL = /\s+(?:while|whilst|after|before|when|upon)\s+\p{Ll}{3,}ing\b[^"“”;]*$/u;
/**
 * Where and when the attribution was said, to the sentence's end: "…, Trump said at a rally in Louisiana last week."
 * (a longer tail than SHORT_TAIL's; prepositional phrases and time words only, no verb: see FINITE).
 */
const PLACE_OR_TIME_TAIL =
  /^\s+(?:at|in|on|during|before|after|outside|inside|near|via|through)\s+(?:the|a|an|his|her|its|their|this|last|\p{Lu})[^,;:"“”()]*[.!?]?\s*$/u;
/** A clause inside such a tail: a subject and a present verb with more words after it ("… in Louisiana the president wants more"). */
const TAIL_CLAUSE = /(?:\b(?:the|a|an|his|her|its|their)\s+\p{Ll}+|\p{Lu}\p{L}+)\s+\p{Ll}{2,}s\s+\p{Ll}/u;
/** A participle phrase closing the sentence after an attribution: ", adding …", ", revealing dissent within …". */
const TRAILING_PARTICIPLE = /,\s+(?:adding|saying|noting|\p{Ll}{3,}ing)\b[^"“”]*$/u;
/** The words without a closing participle phrase (not a gerund subject with its own verb: ", containing COVID-19 may require …"). */
function withoutParticiple(words: string): string {
  return words.replace(TRAILING_PARTICIPLE, (m) => (/^,\s+(?:adding|saying|noting)\b/.test(m) || !FINITE.test(m) ? "" : m));
}

/**
 * An unnamed source after an inverted cue, to the sentence's end: " a source close to the negotiations.", " one
 * resident.", " the head of the country's main opposition party in parliament." (a person's role and what it is of
 * may run longer).
 */
const INVERTED_UNNAMED =
  /^\s+(?:a|an|the|one|two|three|some|several|many|other|another)\s+(?:[\p{Ll}-]+\s+){0,2}(?:(?:sources?|witness(?:es)?|residents?|officials?|diplomats?|aides?|insiders?|experts?|analysts?|doctors?|observers?|activists?|employees?|workers?|members?|people|person|man|woman|neighbou?rs?|relatives?)\b[^,;:"“”]{0,50}|(?:head|chief|leader|director|president|chairman|chairwoman|chair|spokes(?:man|woman|person)|minister|secretary|lawyer|attorney|commander|mayor|governor|manager|founder|executive|professor|researcher|scientist|economist)\s+(?:of|for|at|with|in)\s[^,;:"“”]{0,90})[.!?]?\s*$/u;

/**
 * A plural source after an inverted present "say" closing the sentence: "…, say officials.", "…, say experts.", "…,
 * say local residents." ("say" alone is also a discourse marker: "a cheap model, say a basic one" names no one.)
 */
const SAY_SOURCE =
  /^\s+(?:(?:the|some|many|several|other|most|local|senior|top|\p{Lu}[\p{L}.'’-]*)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:officials|experts|analysts|sources|residents|scientists|researchers|doctors|economists|authorities|investigators|witnesses|observers|activists|critics|organi[sz]ers|lawyers|prosecutors|police|people|campaigners|insiders|diplomats|historians)\b[^,;:"“”]{0,50}[.!?]?\s*$/u;
/** A clause after a weak cue: a subject, then an auxiliary or modal (not an infinitive: "continued to write songs he would mail"). */
const WEAK_CLAUSE =
  /^\s+(?!to\s)(?:(?:(?:the|a|an|his|her|its|their|this|these|those)\s+)?(?:(?!(?:who|whom|which|that|and|or|but)\s)[\p{L}'’-]+\s+){0,5}?["“]?(?:was|were|is|are|had|has|have|would|will|could|should|must)|(?:he|she|they|it|we)\s+(?:was|were|is|are|had|has|have|would|will|could|should|must|can|cannot|may|might|did|\p{Ll}+ed))\b/u;

/**
 * A subject, then a past-tense verb and its object: "ruled Evers lacked authority", "believe the crown prince
 * ordered Khashoggi's killing" (not a participle: "confirmed five deaths related to …", "found the strike justified and").
 */
const PAST_CLAUSE =
  /^\s+(?:(?:the|a|an|his|her|its|their|this|these|those)\s+[\p{L}'’-]+\s+(?:(?!(?:and|or|but|that|which|who|would|will|could|should|to|\p{Ll}+ed)\s)[\p{L}'’-]+\s+){0,3}?|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})\p{Ll}{3,}ed\s+(?!(?:by|to|in|on|at|from|with|for|as|of|into|over|under|and|or|after|before|during|that|which|who)\b)(?:the|a|an|his|her|its|their|\p{Lu}|\p{Ll}{3,})/u;

/** "that" as a demonstrative ("that same day", "that point") does not open a clause. */
const NOT_DEMONSTRATIVE = "(?!(?:same|day|time|week|month|year|night|morning|evening|afternoon|moment|point|one|case|matter)\\b)";
const THAT_CLAUSE = new RegExp(`^\\s*,?\\s*that\\s*,?\\s+${NOT_DEMONSTRATIVE}`);
const OBJECT_THAT = new RegExp(`^\\s*(?:[\\w'’.-]+\\s+){0,6}?that\\s+${NOT_DEMONSTRATIVE}`);

/** "…, while/whereas/but SUBJECT CUE …": a clause with its own source and cue ends the report before it. */
const OTHER_SOURCE = new RegExp(
  `(?:,\\s+|\\s+)(?:while|whereas|but)\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?:(?!(?:did|does|do|not|never|would|could|has|had|have|was|were|is|are|also|then)\\b)[\\p{L}'’.-]+\\s+){0,5}?(?:${CUE_VERBS.filter((c) => !DIRECTIVES.includes(c)).join("|")})\\s`,
  "u",
);
/** A cue right after another word ("reports said"), and a coordinated cue ("…, and argued"). */
const CUE_NEXT = new RegExp(`^\\s+(?:${CUE_RE.source.slice(3, -3)})\\b`);
// (Not an appeal verb: "reported Iran issued warrants … and demanded …" goes on reporting Iran's acts.)
const COORD_CUE = new RegExp(
  `,?\\s+(?:and|but)\\s+(?:also\\s+)?(?:${CUE_VERBS.filter((c) => !DIRECTIVES.includes(c))
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
);

/**
 * A source and a cue closing the sentence after a comma: "…, Cyprus Mail reported.", "…, local media said on Friday.",
 * or the cue and then the source: "Studies indicate that coffee drinkers have a minimized risk …, says Klinger.".
 */
const TRAILING_SOURCE =
  /,\s+(?:(?:the|a|an|local|state|police|officials|authorities|sources|witnesses|prosecutors|investigators|\p{Lu}[\p{L}'’.&-]*)\s+)(?:(?!(?:and|or|but|which|who|that|is|are|was|were|has|had|have|he|she|it|they)\s)[\p{L}'’.&-]+\s+){0,4}?(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:reported|said|says|reports|stated|told\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?\s*[.!?]?["”]?\s*$|,\s+(?:said|says|reported|reports|stated|added|adds)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*[.!?]?["”]?\s*$/u;

/**
 * Another source and its cue inside a report's words: ", with local media reporting …", " and the White House
 * claimed …", " and several said …" (a subject of up to four words that opens with a name, a determiner or a
 * quantifier; not a pronoun, which may be the report's own speaker going on).
 */
const ANOTHER_SOURCE =
  /(?:,\s+with\s+(?:[\p{L}'’.-]+\s+){1,5}?(?:reporting|saying|claiming|stating|noting|suggesting|alleging|insisting)|(?:,\s+|\s+)and\s+(?:(?:the|a|an|some|several|many|other|others|local|state)\s+|\p{Lu}[\p{L}'’.-]*\s+)(?:[\p{L}'’.-]+\s+){0,3}?(?:also\s+)?(?:said|says|claimed|claims|reported|reports|told|stated|argued|insisted|denied|warned|noted))\b/u;

/** The sentence opens with a noun phrase (no verb of its own), then a relative pronoun and the cue: "Toronto Police, which …". */
const RELATIVE_ON_SUBJECT =
  /^\s*["“]?(?:(?!(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed)\s)[^,;:"“”\s]+\s+){0,7}?[^,;:"“”\s]+,\s+(?:who|which)\s+(?:\p{Ll}+ly\s+|also\s+|has\s+|had\s+|have\s+)*$/u;
/** The subject's noun phrase and "who" without a comma: "The Texas father who ". */
const RESTRICTIVE_ON_SUBJECT = /^\s*(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}'’-]+\s+who\s+(?:\p{Ll}+ly\s+|also\s+)*$/u;
/** The main clause's auxiliary and cue after a report in a relative clause: " has now told", " had earlier said". */
const MAIN_AUX_CUE =
  /\s+(?:has|have|had)\s+(?:(?:now|also|since|since\s+then|earlier|later|\p{Ll}+ly)\s+)*(?:told|said|claimed|stated|admitted|insisted|reported|testified|confessed)\b/u;
/** A comma, then a lowercase word that is neither a conjunction, a preposition nor a participle: the main verb. */
const MAIN_VERB_AFTER_COMMA =
  /,\s+(?!(?:and|or|but|nor|so|yet|which|who|whom|whose|that|with|as|while|when|where|including|such|after|before|because|if|though|although|in|on|at|for|from|to|by|of|about|than|the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|there|not|also|then|now|just|only|even|still|\p{Ll}+ing|\p{Ll}+ly)\b)\p{Ll}{2,}\b/u;

/**
 * ", adding that …", ", stating "…"": a participle of saying after a comma starts another report by the same
 * speaker (not a judgement: "said it would sanction five Russian entities …, accusing them of …" is one report).
 */
const MORE_BY_SPEAKER =
  /,\s+(?:adding|saying|noting|claiming|arguing|warning|explaining|insisting|blaming|stating|writing|stressing|emphasi[sz]ing|reiterating|acknowledging|admitting|declaring)\b/;

/**
 * ", which Trump denied", ", which Biden opposed as xenophobic": a relative clause closing the span whose subject
 * is a name (not a verb: ", which is …") and whose verb is past.
 */
const ANSWERED =
  /,\s+which\s+(?:the\s+)?(?!(?:I|It|He|She|We|They|In|On|At|By|For|From|With)\s)\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|denied|rejected|disputed)\b[^,;:"“”]*$/u;

/**
 * After an appeal or an expressed object, the next act of the speaker ("and spoke with …", ", and sent …") or an
 * answer to it (", but he declined").
 */
const NEXT_ACT =
  /,?\s+(?:and\s+(?:also\s+|later\s+|then\s+)?(?:\p{Ll}+ed|spoke|said|met|went|made|took|gave|sent|held)|but\s+(?:he|she|they|it|the\s+\p{Ll}+|\p{Lu}[\p{L}'’.-]*)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|refused))\b/u;
/** NEXT_ACT, or another party's stance: "… while La Riva fully endorsed it", "…, and Pierce focused on …". */
const NEXT_ACT_OR_STANCE = new RegExp(
  `${NEXT_ACT.source}|,?\\s+while\\s+(?:the\\s+)?\\p{Lu}|,?\\s+and\\s+\\p{Lu}[\\p{L}'’.-]*\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{2,}ed\\b`,
  "u",
);

/** Cues that state an intention as their object ("stated her intention to …", "announced their plans to …"). */
const INTENTION_CUES = new Set([
  "stated",
  "states",
  "announced",
  "announces",
  "indicated",
  "declared",
  "confirmed",
  "reiterated",
  "signalled",
  "signaled",
  "voiced",
]);
/** A possessive and a noun of intention, then an infinitive. */
const INTENTION =
  /^\s+(?:his|her|its|their|our|my)\s+(?:own\s+|firm\s+|clear\s+)?(?:intention|intent|plans?|desire|wish|willingness|readiness|determination)\s+to\s+\p{Ll}/u;

/** A sentence opening with a group or organisation noun phrase and its verb ("State prosecutors charged …"). */
const GROUP_SUBJECT =
  /^\s*((?:(?:the|a|an)\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}+)\s+){0,3}?(?:officials|authorities|police|prosecutors|investigators|researchers|scientists|officers|doctors|organi[sz]ers|company|ministry|agency|government|army|military))\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|have|has|had|are|were|is|was|will|would)\b/u;

/**
 * An unnamed subject ("the prime minister", "The embassy") and its past verb heading the sentence, maybe after an
 * opening phrase set off by a comma.
 */
const FRONTED_SUBJECT_VERB =
  /^(\s*(?:(?:At|In|On|By|After|Before|During|Later|Earlier|Meanwhile|However|Yesterday|Today)\b[^,;:"“”]{0,40},\s+)?)((?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\p{Ll}'’-]+\s+){0,3}?[\p{Ll}'’-]+)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|spoke|met|made|took|gave|went|held|wrote|said|told)\b/u;
/** A bare quantifier as the whole subject before a cue, opening a sentence or a clause ("…, and several said"). */
const QUANTIFIER_SUBJECT =
  /(?:^\s*|[,;]\s+|\s(?:and|but|while|whereas)\s+)((?:[Ss]ome|[Ss]everal|[Oo]thers|[Mm]any|[Mm]ost|[Aa] few)(?:\s+of\s+(?:them|those|these))?)\s+(?:also\s+)?$/u;
/** The cue pattern as one global regex, rewound for each sentence (built once: it is long). */
const CUE_G = new RegExp(REPORT_CUE_RE.source, "g");

function overlapsAny(a: number, b: number, spans: { start: number; end: number }[]): boolean {
  return spans.some((s) => s.start < b && a < s.end);
}

/** A short tail after a cue: a name or a few words to the sentence's end ("…, he told Wikinews."). Module-level:
 * tsx compiles a `\p{…}` literal inside a function anew at every call. */
/** In a description after an inverted source, a comma and a lower-case word that is no conjunction or preposition. */
const APPOSITION_THEN_VERB =
  /,\s+(?!(?:and|or|but|who|which|whose|where|when|as|the|a|an|in|at|of|for|with|on|by|from|to|including|such)\b)\p{Ll}/u;
/** A name, then a description opened by a determiner, ending the sentence: " Monica de Bolle, a senior fellow at …". */
const APPOSITION_TAIL = /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3},\s+(?:the|a|an)\s[^,;:"“”]{1,90}[.!?]?\s*$/u;
const SHORT_TAIL = /^\s+(?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,5}[.!?]?\s*$/u;

/** A negation just before a cue ("did not say", "never really claimed"). */
// ("And never once told me to go work.", "has not yet confirmed": an adverb of time or degree after the negation too.)
const NEGATED_BEFORE = /\b(?:not|never)\s+(?:(?:\p{Ll}+ly|once|even|ever|yet)\s+)?$/u;
/**
 * A negative subject right before a cue: "no candidate mentioned that …", "nobody said", "none of them told" (what no
 * one said is no one's report).
 */
const NEGATIVE_SUBJECT =
  /(?:^|[,;:]\s*|\b(?:and|but|while|that|because)\s+)["“]?(?:[Nn]o(?:\s+(?:other\s+)?\p{Ll}+){1,2}|[Nn]obody|[Nn]o\s+one|[Nn]one(?:\s+of\s+(?:the|them|us|these|those)(?:\s+\p{Ll}+)?)?)\s+(?:(?:has|had|have|ever|\p{Ll}+ly)\s+)?$/u;
/** A determiner, preposition, possessive or form of "be" just before an -ed cue: an adjective or a passive ("the reported attack", "he was told"). */
const MODIFIER_BEFORE =
  /(?:\b(?:the|a|an|over|of|for|about|on|in|with|from|its|their|his|her|this|these|those|some|several|many|most|other|all|no|two|three|four|five)|\p{L}['’]s|\b(?:is|are|was|were|be|been|being)(?:\s+\p{Ll}+ly)?)\s+$/iu;
/**
 * A determiner and a word of amount, rank or manner before an -ed cue: an adjective ("the total reported casualties",
 * "the first reported case", "the officially confirmed deaths"), not a subject and its verb.
 */
const RANK_BEFORE =
  /\b(?:the|a|an|its|their|his|her|this|these|those)\s+(?:total|overall|current|initial|previous|official|average|combined|only|first|second|third|last|latest|next|highest|lowest|largest|biggest|smallest|greatest|strongest|deadliest|worst|earliest|newest|oldest|most|least|officially|initially|previously|originally|newly|recently|widely|publicly|formally)\s+$/iu;
/** "official" right before a cue ("the official said"): the noun, not the adjective of "the official estimated toll". */
const OFFICIAL_BEFORE = /\bofficial\s+$/i;
/** A floating quantifier after the subject ("Hawkins … and Carroll all argued", "they both said"). */
const SUBJECT_ALL_BOTH = /(?:(?<=\S\s)\p{Lu}[\p{L}'’-]*|\b(?:[Tt]hey|[Ww]e)|\p{Ll}{3,}s)\s+(?:all|both)\s+$/u;
/**
 * A phrase after a cue, then "that" and a clause ("wrote in a Newsweek essay that …", "said in an email to The Associated
 * Press that Carlineo never intended …": a name opens the clause).
 */
const PHRASE_THEN_THAT =
  /^\s+(?:in|on|at|to|during|via|through|(?:late|early|earlier|later)\s+(?:on|in|at|last|this)|(?:released|issued|posted|published|sent|e-?mailed|given|made)\s+(?:on|in|to|at|by|late|early|last|this|yesterday|today))\s+(?:[^.;:"“”]|(?<=\b(?:\p{Lu}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gov|Sen|Rep|Gen|Jr|Inc|Corp|Co|Ltd|No))\.){0,80}?\s+that\s+(?=(?:the|a|an|it|he|she|they|we|I|there|this|these|his|her|its|their|our|no)\b|\p{Lu}|\d|\p{Ll}{3,}\s+(?:\p{Ll}+\s+){0,3}(?:is|are|was|were|had|have|has|would|will|could|might|may|should|must|\p{Ll}+ed)\b)/u;
/** An object then "to be" after a cue ("believed him to be …"). */
const OBJECT_TO_BE = /^\s+(?:them|him|her|it|us|\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,2})\s+to\s+be\b/u;
/** A gerund opening the words after a cue ("said not allowing gay citizens to marry …"). */
const GERUND_SUBJECT = /^\s+(?:not\s+)?\p{Ll}{3,}ing\s+(?:the|a|an|his|her|its|their|\p{L})/u;
/** A few words, then an -ed verb ("says the 14th Amendment phrase \"subject to\" referred …"). */
const ED_AFTER_WORDS = /^\s*(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:["“]?[\p{L}\d'’-]+["”]?\s+){0,5}\p{Ll}+ed\b/u;
/** A name and an apposition between commas ("Hamza bin Laden, son of …,"). */
const NAME_APPOSITION = /^(\s*\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}),[^,]{1,150},/u;
/** A noun phrase and a relative clause or apposition between commas, before a lower-case verb. */
const PHRASE_RELATIVE =
  /^(\s*(?:(?:the|a|an|his|her|its|their|this|these|those)\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,6}),[^,;]{1,150},(?=\s+(?!(?:and|or|but|as|in|on|at|to|for|with|by|from|of|which|who)\b)(?:\p{Ll}+ly\s+|no\s+longer\s+|now\s+|also\s+|not\s+)?\p{Ll})/u;
/** A quoted phrase after a word of the clause (see the subject test of Pattern A). */
const QUOTED_FRAGMENT = /(?<=\p{L}['’]?s?\s)["“][^"“”]{1,200}["”]/gu;
/** A determiner and an -ed word (an adjective, not a finite verb: "the reported attack"). */
const DET_ED_WORD = /\b(?:a|an|the)\s+\p{Ll}+(?<!e)ed\b/gu;
/** A capitalised name, then an -ed verb. */
const NAME_THEN_ED = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s+\w+ed\b/u;
/** "and" or "but" (with an adverb) just before a cue. */
const AND_BEFORE_CUE = /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+|\p{Ll}+ly\s+)?$/u;
/**
 * A subject that opens with a verb phrase ("She criticized …"; a possessive name's office, "China’s ambassador to
 * Britain accused …").
 */
const VERB_PHRASE_SUBJECT =
  /^\s*(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}?(?:\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Ll}{3,}\s+){1,2}(?:(?:to|for|of|in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?)?(?:he\s+|she\s+|they\s+|it\s+|we\s+)?(?:also\s+|then\s+|later\s+|\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|spoke|met|made|took|gave|went|held|wrote|criticized|criticised|said|says|told)\b/u;
/** A fronted subordinate clause ("After Joe Lockhart questioned …"). */
const FRONTED_SUBORDINATE =
  /^\s*["“]?(?:\p{L}+,\s+|(?:and|but|so|yet)\s+)?(?:after|when|while|before|although|though|if|as|because|since|once|until|unless|whereas)\s/iu;
/** An adverb (or none) and a comma. */
const ADVERB_COMMA = /^\s*(?:\p{Ll}+ly|earlier|before|previously|again|above|later)?\s*,/u;
/** A closing comparison with another source (", as the Court of Session found"). */
const AS_OTHER_SOURCE =
  /,\s+as\s+(?:(?:the|a|an|his|her|its|their)\s+|\p{Lu})[^,;"“”]{0,60}?\s(?:had\s+|has\s+|have\s+)?(?:found|said|noted|reported|ruled|argued|stated|explained|claimed|concluded|wrote|suggested|warned|predicted)\b[^,;"“”]{0,40}[.!?]?$/u;
// Hoisted out of indirectQuotes, speakerBeforeCue, late: tsx compiles a `\p{…}` literal inside a function anew at every call.
const MODAL_OR_DETERMINER_BEFORE =
  /(?:\b(?:to|will|would|could|can|may|might|must|should|shall|not|never|I|you|we|the|a|an|this|that|its|his|her|their|our)|n['’]t|['’]s)\s+(?:\p{Ll}+ly\s+)?$/iu;
const POSSESSIVE_OR_HYPHENATED = /['’]s?$|\p{L}-\p{L}/u;
const RELATIVE_BEFORE = /\b(?:who|which|that)\s+(?:\p{Ll}+ly\s+)?$/u;
const COMMA_OR_WITH_PHRASE_BEFORE = /(?:,|\bwith\s+[^,;:"“”]{2,60}?)\s+(?:\p{Ll}+ly\s+)?$/u;
const QUOTED_SUBJECT_THEN_VERB =
  /^\s+["“][^"“”,.;:!?]{1,40}["”]\s+(?:(?:were|was|are|is|had|have|has|will|would|could|should|can|may|might|must)\s+\p{Ll}|\p{Ll}{2,}ed\s)/u;
const OBJECT_THEN_TO_VERB =
  /^\s+(?:(?:the|a|an|his|her|their|its|all|[\p{Lu}][\p{L}\d'’.-]*|[\p{Ll}]+)\s+){0,7}?to\s+["“]?(?!(?:the|a|an|his|her|their|its|this|these|those|our|my|your)\b)\p{Ll}/u;
const PASSIVE_BE_CLAUSE = /^\s+(?:the|a|an|\p{Lu})[^,.;]{0,60}\s+be\s+\w+ed\b/u;
const QUANTIFIED_SUBJECT_CLAUSE = /^\s+(?:each|every|all|no)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:will|would|could|should|must|is|are|was|were)\b/u;
const HEAD_OPENS_NOUN_PHRASE = /^\s+["“]?(?:the|a|an|his|her|its|their|\p{L})/u;
const OBJECT_THEN_OF = /^\s+(?:[^\s,.;]+\s+){1,5}?of\s+(?=\p{Ll})/u;
const FIRST_PERSON_BEFORE = /(?:^|\s)(?:I|[Ww]e)\s+(?:\p{Ll}+\s+)?$/u;
const TRAILING_COMMA_SOURCE =
  /,\s*(?:(?:the|a|an)\s[^,]{0,90}|\p{Lu}[\p{L}&.-]*['’]s?\s[^,]{0,90}|(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}\p{Lu}[\p{L}.'’-]*|[^,]{0,40})[.!?]?\s*$/u;
const PASSIVE_VERB = /\b(?:is|are|was|were|has|have|had|will|would)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u;
const CAPITALISED_NAME_ONLY = /^\s*\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|\d+)){0,3}\s*$/u;
const LOWER_AFTER_SPACE = /^\s+\p{Ll}/u;
const INVERTED_SUBJECT_THEN_COMMA =
  /^(\s+(?:the\s|a\s|an\s|\p{Lu})(?:(?!\b(?:is|are|was|were|be|has|have|had|will|would)\b)[^,;:"“”]){1,50}),\s+\S/u;
const CLAUSE_OPENER =
  /^(?:(?:he|she|they|it|we|I|there|the|a|an|this|these|those|his|her|its|their|our|only|some|all|most|many|no)\b|\p{Lu}|\d)/u;
const PRONOUN_PRESENT_VERB = /^(?:he|she|it|there)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}s\b/u;
/** A clause's own pronoun subject ("it rises above cooler water"): no description of a source. */
const CLAUSE_SUBJECT_PRONOUN = /^(?:he|she|it|they|we|there|this|that)\s/;
const CONJUNCTION_THEN_LOWER = /^(?:and|but|to)\s+\p{Ll}/u;
const SENTENCE_OPENS_SUBJECT = /^\s*["“]?(?:the|a|an|his|her|its|their|this|these|those|he|she|it|they|we|\p{Lu})/u;
const OBJECT_WORDS_TO_BE =
  /^\s+(?!(?:it|this|that|them|him|her)\s)((?:(?!(?:and|or|but|that|which|who|whom|to)\s)[\p{L}\d'’.-]+\s+){2,9}?)to\s+be\s/u;
const COPULA_BEFORE = /\b(?:am|is|are|was|were|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
const FIRST_NOUN_PHRASE = /^(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any)\s+)?[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)*/u;

/**
 * Indirect quotes:
 *  - `X said (that) CLAUSE` (weak cues such as "found", "ruled" need "that"; "told Y that CLAUSE"),
 *  - `CLAUSE, X said.` / `CLAUSE, said X.`
 * The speaker is the subject before the cue (a person first, else an organisation or country, else a
 * pronoun or role noun resolved backwards) or the name after an inverted cue.
 */
export const indirectQuotes: QuoteRule = (ctx, found) => {
  const { text } = ctx;
  const out: Quote[] = [...found];
  for (const s of ctx.sentences) {
    const sent = text.slice(s.start, s.end);
    const re = CUE_G;
    re.lastIndex = 0;
    for (let m = re.exec(sent); m !== null; m = re.exec(sent)) {
      const cueStart = s.start + m.index;
      const cueEnd = cueStart + m[0].length;
      if (ctx.quoted.some((q) => q.start <= cueStart && cueEnd <= q.end)) continue; // inside quotation marks
      // Inside an earlier quote's words, except "According to X, Y said …" and "Znak.com reported its source
      // said …" (a nested attribution is recorded at both levels).
      const host = nestedHost(text, out, cueStart, cueEnd);
      if (!host && out.some((q) => q.cue !== "according to" && q.start < cueEnd && cueStart < q.end)) continue;
      const cue = m[0];
      // "questioned"/"wondered" report only a question ("questioned whether …"), not an object ("questioned his authority").
      if (/^(?:questioned|wondered)$/.test(cue) && !/^\s+(?:whether|if)\s/.test(sent.slice(m.index + cue.length))) continue;
      // "the company had not confirmed what work …", "he never said": a negated cue reports nothing.
      const lead = sent.slice(Math.max(0, m.index - 40), m.index);
      if (!BASE_CUES.has(cue) && NEGATED_BEFORE.test(lead)) continue;
      if (NEGATIVE_SUBJECT.test(sent.slice(0, m.index))) continue;
      // "they might have said that's absurd": what someone would have said was not said.
      if (/\b(?:might|would|could|should|may|must)(?:\s+not)?\s+have\s+$/.test(lead)) continue;
      if (
        BASE_CUES.has(cue) &&
        // "went on to say", "went as far as to say": a finite report after all.
        !/\b(?:went|goes|go|going|proceeded|as far(?: as)?)(?: on)? to\s+$/.test(sent.slice(0, m.index)) &&
        (MODAL_OR_DETERMINER_BEFORE.test(sent.slice(0, m.index)) ||
          // "But with, say, some software package …": a discourse marker after a preposition or conjunction.
          /\b(?:with|for|of|in|on|at|to|from|by|about|like|but|and|or)\s*,\s*$/i.test(sent.slice(0, m.index)))
      )
        continue;
      // "The orange warning issued by …", "a finding", "placards asking the government to …": a noun, or words
      // written on a sign, not a speaker's participle.
      if (
        PARTICIPLE_CUES.has(cue) &&
        /\b(?:a|an|the|this|that|its|his|her|their|orange|red|yellow|amber|storm|flood|tornado|hurricane|weather|travel|tsunami|heat|severe|early|final|official|stern|gale|wind|snow|fire|placards?|banners?|signs?|posters?|t-shirts?)\s+$/i.test(
          sent.slice(0, m.index),
        )
      )
        continue;
      // "(Trump, it's also worth noting, repeatedly sought …)": the narrator's aside names no speaker.
      if (
        /^(?:noting|mentioning|adding|recalling|remembering|stressing|pointing)$/.test(cue) &&
        /\bworth\s+$/i.test(sent.slice(0, m.index))
      )
        continue;
      // "reports said", "the claims": a noun, not a speech verb.
      if (/^(?:reports|claims|states|notes|says|rules|reads|tweets|posts|writes)$/.test(cue)) {
        const prevWord =
          sent
            .slice(0, m.index)
            .match(/(\S+)\s*$/)?.[1]
            ?.toLowerCase() ?? "";
        if (
          // ("disappointment at reports Trump hid …", "amid claims": after a preposition it is a noun.)
          /^(?:the|a|an|at|amid|despite|following|after|over|about|of|on|from|with|to|in|for|by|local|initial|media|news|preliminary|some|other|earlier|these|those|its|their|his|her|our|official|unconfirmed|united|member|several|many|all|both|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|fifty)$/.test(
            prevWord,
          ) ||
          !prevWord
        )
          continue;
        if (CUE_NEXT.test(sent.slice(m.index + cue.length))) continue;
        // "…, according to government reports, 54 small children": the source's noun.
        if (/\baccording to\s+(?:\S+\s+){0,3}$/i.test(sent.slice(0, m.index))) continue;
        // "advocates states' rights": a plural possessive.
        if (/^['’]/.test(sent.slice(m.index + cue.length))) continue;
        // "in FIDE's rules there is …", "in non-swing states where …": after a possessive or a hyphenated modifier,
        // or before a relative word, it is a noun.
        if (POSSESSIVE_OR_HYPHENATED.test(prevWord) || /^\s+(?:where|which|whose|whom)\b/.test(sent.slice(m.index + cue.length))) continue;
      }
      // "Asked if the Prime Minister thought that it was right …, the PMS said …": a cue inside the question reports
      // nothing; the answer's cue after the comma does.
      if (ASKED_OPENER.test(sent.slice(0, m.index))) continue;
      // "…, when asked to condemn them, stating …": a passive participle after a subordinator has no subject of its own;
      // what was asked is no one's report.
      if (/^(?:asked|questioned|pressed|told|urged)$/.test(cue) && /\b(?:when|if|unless|whenever)\s+$/i.test(lead)) continue;
      // "A person … who asked not to be named said …": a request for anonymity reports nothing; the cue after it does.
      if (/^(?:asked|requested|asking|requesting)$/.test(cue) && ANONYMITY.test(sent.slice(m.index + cue.length))) continue;
      // "over alleged hush money", "an estimated 1,000", "the reported attack": an adjective, not a speech verb;
      // "It was initially reported …", "he was told": a passive names no speaker.
      if (
        /(?:ed|told|said|found|thought)$/.test(cue) &&
        (MODIFIER_BEFORE.test(sent.slice(0, m.index)) ||
          // ("The official said …", "an official told …": before "said" or "told", "official" is the noun, the speaker.)
          (RANK_BEFORE.test(sent.slice(0, m.index)) && !(/^(?:said|told)$/.test(cue) && OFFICIAL_BEFORE.test(sent.slice(0, m.index))))) &&
        // "Hawkins, Blankenship, and Carroll all argued", "they both said": a floating quantifier after the subject.
        !SUBJECT_ALL_BOTH.test(sent.slice(0, m.index)) &&
        // "Several said they wanted …": a bare quantifier opening a clause is the subject of "said" (see QUANTIFIER_SUBJECT).
        !(/^(?:said|told)$/.test(cue) && QUANTIFIER_SUBJECT.test(sent.slice(0, m.index)))
      )
        continue;
      const rest = sent.slice(m.index + cue.length);
      // "…, with Amazon Web services responding that …": these participles report only a that-clause, and only as a
      // participle clause after a comma or "with X" ("we have theories indicating that …": the theories' words).
      // ("she shared that she was prone to meltdown", not "Pelosi has proposed legislation that would …", "The public
      // officials who ordered that change claimed …".)
      if (
        THAT_ONLY_CUES.has(cue) &&
        (!THAT_CLAUSE.test(rest.slice(rest.match(SKIP_AFTER_CUE)?.[0].length ?? 0)) ||
          RELATIVE_BEFORE.test(sent.slice(0, m.index)) ||
          (PARTICIPLE_CUES.has(cue) && !COMMA_OR_WITH_PHRASE_BEFORE.test(sent.slice(0, m.index))))
      )
        continue;
      // "Every year I'm asked by a different person when …", "reported by The Guardian as convicted of assaults": a
      // passive participle with its agent reports nothing of the subject's (not "said by phone that …", "estimated by 9
      // pm, there would be …").
      if (
        /(?:ed|told|said|found|thought|asked)$/.test(cue) &&
        /^\s+by\s+(?!(?:phone|telephone|e-?mail|video|videolink|letter|text|radio|satellite|way\s+of|\d|mid|early|late|noon|midnight|tomorrow|tonight|next|this|the\s+(?:end|middle|time)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)\b)/.test(
          rest,
        )
      )
        continue;
      // "CNN Philippines reported the governor said.": a nested cue with nothing after it is left to its host.
      if (host && /^\s*[.!?]?["”]?\s*$/.test(rest)) continue;
      // Direct speech follows: the direct rule owns it (not a short quoted phrase that opens the reported clause:
      // "its source said "three terrorists" were killed …").
      if (
        /^\s*(?:[—–][^—–"“”]{1,120}[—–])?\s*[,:]?\s*["“]/.test(rest) &&
        !QUOTED_SUBJECT_THEN_VERB.test(rest) &&
        (!OBJECT_CUES.has(cue) || out.some((q) => q.start > cueEnd && q.start - cueEnd < 6))
      )
        continue;
      let skipped = rest.match(SKIP_AFTER_CUE)?.[0] ?? "";
      // "said in its report, the western extension …": the comma closes the skipped phrase.
      if (skipped && /^,\s/.test(rest.slice(skipped.length))) skipped += ",";
      let after = rest.slice(skipped.length);
      let offset = m.index + cue.length + skipped.length;
      let hasThat = false;
      let appeal = false;
      if (APPEAL_CUES.has(cue)) {
        const am = /^\s+(?:for|about|after|if|whether)\b/.test(after) ? null : after.match(OBJECT_THEN_TO_VERB);
        const tm = after.match(OBJECT_THAT);
        if (tm) {
          offset += tm[0].length;
          after = after.slice(tm[0].length);
          hasThat = true;
        } else if (am || PASSIVE_BE_CLAUSE.test(after) || PASSIVE_SUBJUNCTIVE.test(after)) appeal = true;
        // "promised each victim will be subject to a payout": a clause with its own modal or auxiliary.
        else if (
          /^(?:promised|promises|vowed|pledged)$/.test(cue) &&
          !/^\s+(?:\S+\s+){0,3}?(?:and|or)\s/.test(after) &&
          (WEAK_CLAUSE.test(after) || QUANTIFIED_SUBJECT_CLAUSE.test(after))
        )
          hasThat = true;
        else continue;
      } else if ((AS_CUES.has(cue) || OBJECT_CUES.has(cue)) && !/^,\s/.test(rest)) {
        // "characterized the attack as …", "expressed a preference to …": the object is what was said.
        // (Not a parenthetical cue: "The accident sequence began, Florida Highway Patrol described, in the northbound
        // lanes …" reports the clause around it, below.)
        const head = after.split(/[.;:]/)[0] ?? "";
        if (
          AS_CUES.has(cue) ? !/^\s+(?:["“][^"“”]{1,150}["”]\s+|[^\s,"“”]+\s+){1,8}as\s+\S/.test(head) : !HEAD_OPENS_NOUN_PHRASE.test(head)
        )
          continue;
        hasThat = true;
      } else if (cue === "accused" || cue === "accusing") {
        // "accused Johnson of misleading the Queen": what was said is the charge.
        const om = after.match(OBJECT_THEN_OF);
        if (!om) continue;
        offset += om[0].length;
        after = after.slice(om[0].length);
        hasThat = true;
      } else if (cue === "told" || cue === "tells" || cue === "informed" || cue === "telling" || cue === "assured" || cue === "reassured") {
        const om = after.match(OBJECT_THEN_THAT);
        if (om) {
          offset += om[0].length;
          after = after.slice(om[0].length);
          hasThat = true;
        } else {
          // "told Agence France-Presse the victim is …", "told reporters he was …": an addressee, then a clause.
          const ob = after.match(TOLD_OBJECT);
          // ("told The Jakarta Post, which also today reported …": a relative clause on the addressee is no clause of the speaker's.)
          const clause = ob && !/^(?:which|who|whom|whose|where|when)\b/.test(after.slice(ob[0].length)) ? after.slice(ob[0].length) : "";
          // (After a pronoun the clause's verb comes soon: "told them Trump prepared …", not "telling us a little
          // about yourself, your background, and what led you …".)
          // (Not in a first-person account — "I told her I was from …" in an interview answer — whose speaker
          // would stand in for the next "she".)
          const pronoun = !!ob && /^\s+(?:him|her|them|me|us)\s/.test(ob[0]);
          const reach = pronoun ? (clause.split(/[,;:]/)[0] ?? "") : clause;
          if (
            ob &&
            !(pronoun && FIRST_PERSON_BEFORE.test(sent.slice(0, m.index))) &&
            (FINITE.test(reach.trim().split(/\s+/).slice(0, 20).join(" ")) ||
              // ("told lawmakers no evidence supports anything other than suicide": a present verb after a determiner phrase.)
              (!pronoun && DETERMINER_PRESENT_CLAUSE.test(reach.trim())))
          ) {
            offset += ob[0].length;
            after = clause;
            hasThat = true;
          } else if (instruction(after)) appeal = true;
          else if (!SHORT_TAIL.test(withoutParticiple(rest))) continue; // else "…, he told Wikinews.", "…, Lavrov told reporters in Moscow on Tuesday."
        }
      } else if (TO_OBJECT_CUES.has(cue) && !THAT_CLAUSE.test(after) && instruction(after)) {
        appeal = true;
      } else {
        // "said that, after …", "said in a filing to the SEC that …".
        const tm =
          after.match(THAT_CLAUSE) ??
          // ("wrote in a Newsweek essay that …", "tweeted on Sunday that …": a written report takes the phrase too.)
          (WEAK_CUES.has(cue) && !WRITTEN_CUES.has(cue) ? null : after.match(PHRASE_THEN_THAT));
        // "reported in mid-2019, 62 Tesco outlets had closed", "claimed, as of Thursday, it was …", "reported, citing
        // Johns Hopkins University data, there were …": a short
        // adverbial set off by commas, then a clause with its own verb.
        // (Not in a fronted subordinate clause: "After Biden attacked … the comment reported in The Atlantic, Trump …".)
        const am =
          tm || WEAK_CUES.has(cue) || (SUBORDINATE.test(sent) && !sent.slice(0, m.index).includes(","))
            ? null
            : after.match(ADVERBIAL_THEN_CLAUSE);
        if (
          am &&
          !FINITE.test(am[1] ?? "") &&
          FINITE.test(
            after
              .slice(am[0].length)
              .split(/[;:]|,(?!\d{3})/)[0]
              ?.split(/\s+/)
              .slice(0, 10)
              .join(" ") ?? "",
          )
        ) {
          hasThat = true;
          offset += am[0].length;
          after = after.slice(am[0].length);
        } else if (tm) {
          hasThat = true;
          offset += tm[0].length;
          after = after.slice(tm[0].length);
        } else if (!WEAK_CUES.has(cue) && FRONTED_THEN_PRONOUN.test(after)) {
          // "she said as a teenager she was forced …": a fronted phrase, then the clause's pronoun subject.
          hasThat = true;
        }
      }
      // "Gillibrand has stated her intention to endorse one of her now-former rivals", "announced their plans to oppose
      // the bill by lawsuit": a stated intention is what was said (as "expressed a preference to proceed …").
      const intention = !hasThat && !appeal && INTENTION_CUES.has(cue) && INTENTION.test(after);
      if (intention) hasThat = true;
      const subjectStart = host ? host.start - s.start : clauseStart(sent, m.index);
      const subject = sent.slice(subjectStart, m.index);
      // Pattern B: "CLAUSE, X said." — the cue ends the sentence.
      const comma = sent.lastIndexOf(",", m.index);
      const between = comma > 0 ? sent.slice(comma + 1, m.index) : "";
      // "…, they said Sunday — murder carrying …": a dash appends a gloss after the attribution.
      // ("…, Cook said while visiting Salesforce's Dreamforce conference in San Francisco.": an adverbial participle
      // clause after the attribution is the narrator's too.)
      const restCore = rest.replace(/\s+[—–]\s[^"“”]*$/, "").replace(ADVERBIAL_PARTICIPLE_TAIL, "");
      // ("…, a third aide at the office told impeachment investigators, revealing dissent within …": a participle
      // phrase after the attribution is the narrator's.)
      const restWords = withoutParticiple(restCore).trim().split(/\s+/).filter(Boolean).length;
      const inverted = comma > 0 && !ANY_LETTER.test(between);
      // "…, say officials.": the plural present inverted, before a plural source only.
      const invertedSay = inverted && cue === "say" && SAY_SOURCE.test(rest);
      const tailOnly =
        comma > 0 &&
        !hasThat &&
        !/^\s*(?:that|to)\b/.test(rest) &&
        // (The description after the source may be long when a determiner or a possessive name opens it: "…, said
        // Monica de Bolle, a senior fellow at the Peterson Institute for International Economics.", "…, said Mark
        // Quinlan, PG&E's senior director of emergency preparedness and response."; or when it is a title and a name.)
        !/[,;:"“”]/.test(withoutParticiple(restCore).replace(TRAILING_COMMA_SOURCE, "")) &&
        (inverted
          ? restWords <= (APPOSITION_TAIL.test(restCore) ? 20 : 14) &&
            // "An official …, who spoke on condition of anonymity, said the ambassador had been recalled": a
            // clause after the cue is what was said, not an inverted speaker.
            // (Nor a subjunctive: "Our expert mechanic and vehicle tester, Jr. Damato, insisted the Kia EV6 be included …".)
            !/\b(?:is|are|was|were|be|has|have|had|will|would|could|should|can|may|might|must|did|does)\b/.test(
              restCore.split(/,\s+(?:who|which|whose)\b/)[0] ?? "",
            ) &&
            (INVERTED_CUES.has(cue) || invertedSay) &&
            // "One senator, Eduardo Bhatia, said he intended to sue": a pronoun after the cue opens the report.
            // ("Jack Scarola, who represents some of Epstein’s accusers, said he's pleased …": a contracted one too.)
            !/^\s+(?:he|she|they|it|we|I|there)(?:\s+\S|['’](?:s|d|ll|re|ve|m)\s)/.test(rest)
          : (restWords <= 6 || (restWords <= 14 && PLACE_OR_TIME_TAIL.test(restCore) && !TAIL_CLAUSE.test(restCore))) &&
            between.trim().split(/\s+/).length <= 8 &&
            !/\b(?:is|are|was|were|be|been)\b/.test(between) &&
            // "In an interview with CNN, Lavrov said he was disappointed": a clause after the cue is what was said.
            !/^\s+(?:that\s+)?(?:he|she|they|it|we|I|there)(?:\s|['’](?:s|d|ll|re|ve|m)\s)/.test(rest) &&
            !FINITE.test(withoutParticiple(restCore))) &&
        !/^\s*(?:as|which|who|and|but|while|when|where|if)\b/i.test(between) &&
        // "In 1962, when fellow drummer Charlie Watts was leaving Blues Incorporated …, Watts recommended Baker to be
        // his replacement.": a subordinate clause after a verbless opener, right before the cue, is no report (but "the
        // quake struck at 3 a.m., when most were asleep, officials said" is).
        !(
          sent.lastIndexOf(",", comma - 1) > 0 &&
          !FINITE.test(sent.slice(0, sent.lastIndexOf(",", comma - 1))) &&
          /^\s*(?:when|while|whereas|as(?!\s+(?:many|much|of|well|far|long|soon|a\s+result)\b)|after|before|if|because|since|although|though|until|unless|once)\s/i.test(
            sent.slice(sent.lastIndexOf(",", comma - 1) + 1, comma),
          )
        ) &&
        sent.slice(0, comma).trim().split(/\s+/).length >= 4 &&
        // "In her Facebook video, Jorgensen confirmed this course of treatment.": an opening phrase is not a report
        // (but "At least 20 people were killed, police said." is a clause: "At least" opens a number, and a
        // verb makes a clause).
        !(
          /^\s*["“]?(?:In|On|At(?!\s+(?:least|most)\b)|During|After|Before|Following|Despite|Since|Earlier|Later|Meanwhile|However|Yesterday|Today|With|Without|By|For|From|Under|Through|Speaking|Writing)\b[^,]*$/.test(
            sent.slice(0, comma),
          ) && !PASSIVE_VERB.test(sent.slice(0, comma))
        );
      // The source between the comma and the cue ("…, the army said", "These orcas, she suggested, …").
      const speakerBeforeCue = () =>
        speakerIn(
          text,
          ctx.entities,
          s.start + comma + 1,
          cueStart,
          "before-cue",
          ctx.history,
          UNNAMED_SOURCE.test(between) ||
            SHORT_NP.test(between) ||
            BARE_PLURAL_SOURCE.test(between) ||
            // "Indeed, News 12 reported, only …": a capitalised name the tagger missed.
            CAPITALISED_NAME_ONLY.test(between),
        );
      // "…, while the communications director for the Trump campaign, Tim Murtaugh, declared victory for Trump.": a
      // comma closing an apposition on a person is no inverted attribution; the cue's object is no report of the clause.
      if (
        tailOnly &&
        inverted &&
        LOWER_AFTER_SPACE.test(rest) &&
        !/^\s+(?:the|a|an|his|her|its|their|one|two|three|some|several|many|other|another|officials|police|witnesses|sources|residents|authorities|investigators|prosecutors|experts|analysts|doctors|reports)\b/.test(
          rest,
        ) &&
        ctx.entities.some(
          (e) => e.type === "PER" && e.end === s.start + comma && /,\s*$/.test(text.slice(Math.max(0, e.start - 3), e.start)),
        )
      )
        continue;
      if (tailOnly) {
        // ("…, said a source close to the negotiations.": an unnamed source after the cue is a noun phrase of its own.)
        let speaker = inverted
          ? speakerIn(
              text,
              ctx.entities,
              cueEnd,
              s.end,
              "after-cue",
              ctx.history,
              INVERTED_UNNAMED.test(text.slice(cueEnd, s.end)) || invertedSay,
            )
          : speakerBeforeCue();
        // "State prosecutors charged the suspect in the shooting with capital murder, they said Sunday": "they"/"it"
        // after the clause is the clause's own subject when that is a group or an organisation.
        const own = speaker && /^(?:they|it)$/i.test(between.trim()) ? sent.match(GROUP_SUBJECT) : null;
        if (own?.[1]) {
          const at = s.start + sent.indexOf(own[1]);
          speaker = speakerIn(text, ctx.entities, at, at + own[1].length, "before-cue", ctx.history, true) ?? speaker;
        }
        let cStart = s.start + (sent.slice(0, comma).match(/^\s*["“]?/)?.[0].length ?? 0);
        // "“The people of this country aren’t buying” impeachment, Trump said …": a quoted fragment that opens the
        // clause and closes inside it keeps its opening mark (the report is mixed).
        const lead = ctx.quoted.find(
          (q) =>
            q.open === cStart - 1 &&
            q.close < s.start + comma &&
            // (Not a whole quotation closed by its own comma or stop: "“…,” Kurinji Selvaraj, a research analyst …".)
            !/[,.!?]\s*$/.test(text.slice(q.start, q.end)) &&
            ANY_LETTER.test(text.slice(q.close + 1, s.start + comma)),
        );
        if (lead) cStart = lead.open;
        const cEnd = s.start + comma;
        // An earlier quote in the same sentence ends where this report's words begin ("… his phone currently
        // off." Park's phone was last active …, The Korea Herald reported).
        // (Only a quote that closes a sentence of its own: "… currently off." — not a fragment inside the report.)
        const prior = out
          .filter((q) => q.end > cStart && q.end < cEnd && (q.start < cStart + 2 || /[.!?]["”]?\s*$/.test(text.slice(q.start, q.end + 1))))
          .sort((x, y) => y.end - x.end)[0];
        if (prior) {
          cStart = prior.end;
          while (cStart < cEnd && /[\s"”.,;:!?)]/.test(text[cStart] as string)) cStart++;
          // ("…," Dylan Nelson, a postdoctoral fellow …, and co-author of the study, said in a statement.": what is
          // left names the quotation's speaker: it is the attribution, not a report.)
          if (prior.speaker && prior.speaker.start >= cStart && prior.speaker.end <= cEnd) continue;
        }
        if (speaker) {
          if (
            cEnd - cStart > 10 &&
            (!overlapsAny(cStart, cEnd, out) || reportsReport(out, cStart, cEnd, speaker) || relayed(out, cStart, cueStart)) &&
            !ctx.quoted.some((q) => q.start <= cStart && cEnd <= q.end + 1)
          ) {
            out.push(quote(ctx, cStart, cEnd, speaker, cue, [[s.start + comma, s.end]]));
            ctx.history.push(speaker);
          }
          continue;
        }
        // No one named after the inverted cue ("…, urged the immunity be waived"): read it as "X cue CLAUSE".
      }
      // "At 2:45 a.m., his office said, he died …": a parenthetical cue reports the clause after it;
      // "These orcas, she suggested, specialize in …", "The data were, the study says, more …": the clause
      // runs around it. "…, says the study, …": the parenthetical may be inverted.
      const invParen =
        // (Not "told": the name after it is the addressee — "Connie Moganedi, a spokeswoman …, told CNN, neighbors …".)
        comma > 0 && !ANY_LETTER.test(between) && INVERTED_CUES.has(cue) && cue !== "told" ? rest.match(INVERTED_SUBJECT_THEN_COMMA) : null;
      // (A verb in the words after the cue makes them the report, not its source: "…, insisted the Kia EV6 be included
      // on this list of Best EVs, and …".)
      // ("\"The situation will worsen …\", said Vasco Cordeiro, the regional president, as …": the cue attributes
      // the quotation before it, not a clause around it.)
      const afterQuote = out.some((q) => q.kind === "direct" && Math.abs(s.start + comma - q.end) <= 2);
      if (
        comma > 0 &&
        !afterQuote &&
        (/^,\s+\S/.test(rest) || invParen) &&
        between.trim().split(/\s+/).length <= 6 &&
        !/^\s*(?:as|which|who|whoever|what|whatever|and|but|while|when|where|if)\b/i.test(between)
      ) {
        const attrEnd = invParen?.[1] ? cueEnd + invParen[1].length : cueEnd;
        const speaker = invParen ? speakerIn(text, ctx.entities, cueEnd, attrEnd, "after-cue", ctx.history, true) : speakerBeforeCue();
        const cStart = attrEnd + (text.slice(attrEnd).match(/^,\s+/)?.[0].length ?? 0);
        let cEnd = s.end;
        // A semicolon starts another clause of the narrative.
        const semi = text.slice(cStart, cEnd).indexOf(";");
        if (semi > 0) cEnd = cStart + semi;
        while (cEnd > cStart && /[\s.!?"”]/.test(text[cEnd - 1] as string)) cEnd--;
        const clause = text.slice(cStart, cEnd);
        const opens = CLAUSE_OPENER.test(clause);
        // (A present verb after a pronoun is a clause too: "…, says the study, it rises above cooler water".)
        const finite = FINITE.test(clause) || PRONOUN_PRESENT_VERB.test(clause);
        // After an inverted source, words opened by a determiner are its description ("…, said Elizabeth Huffaker,
        // an assistant professor of …, and the lead author on the SCALE paper."); the clause goes on only after a
        // comma and a lower-case verb ("This system, says Richard Locksley, an immunologist at the University of
        // California, San Francisco, helps direct …").
        // (So are verbless lower-case words: "…, said Serene Gregg, local president of the prison workers' union.")
        if (
          speaker &&
          invParen &&
          (/^(?:a|an|the)\s/.test(clause) || (LOWER_FIRST.test(clause) && !FINITE.test(clause) && !CLAUSE_SUBJECT_PRONOUN.test(clause)))
        ) {
          const cont = clause.match(APPOSITION_THEN_VERB);
          let hStart = s.start;
          while (hStart < s.start + comma && /[\s"“]/.test(text[hStart] as string)) hStart++;
          const head = text.slice(hStart, s.start + comma);
          const end = cont ? cEnd : s.start + comma;
          const words = cont ? `${head} ${clause.slice((cont.index ?? 0) + cont[0].length - 1)}` : head;
          if (
            !/["“”;:]/.test(head) &&
            !ctx.quoted.some((q) => q.open >= hStart && q.open < end) &&
            !overlapsAny(hStart, end, out) &&
            FINITE.test(head) === !cont &&
            words.split(/\s+/).length >= 4
          ) {
            out.push({ ...quote(ctx, hStart, end, speaker, cue, [[s.start + comma, attrEnd]]), text: words });
            ctx.history.push(speaker);
          }
          continue;
        }
        if (speaker && opens && clause.length > 10 && finite && !overlapsAny(cStart, cEnd, out)) {
          out.push(quote(ctx, cStart, cEnd, speaker, cue, [[s.start + comma, attrEnd]]));
          ctx.history.push(speaker);
        } else if (
          speaker &&
          LOWER_FIRST.test(clause) &&
          (!/^(?:to|and|or|but|as|if|when|while|which|who|in|on|at|for|with|by|from|of)\b/.test(clause) ||
            // "The 737 Max was not airworthy, investigators have said, and should not have taken off": a full
            // clause before the parenthetical goes on after it.
            // ("The interview had been kept secret, he said, at the specific request of the Metropolitan Police": a
            // prepositional phrase goes on too.)
            ((CONJUNCTION_THEN_LOWER.test(clause) || /^(?:at|in|on|for|with|by|from|after|before|because|until|since)\s/.test(clause)) &&
              FINITE.test(sent.slice(0, comma)) &&
              SENTENCE_OPENS_SUBJECT.test(sent) &&
              !/^\s*(?:As|If|When|While|Although|Though|Because|Since|After|Before|Once|Until|Unless)\b/.test(sent)))
        ) {
          // The clause continues after the parenthetical: its head is the words before the first comma.
          // (After a semicolon in the sentence: "…; around 50 gallons of diesel fuel, officials said, spilled".)
          const semiAt = sent.lastIndexOf(";", comma);
          let hStart = s.start + (semiAt >= 0 ? semiAt + 1 : 0);
          while (hStart < s.start + comma && /[\s"“]/.test(text[hStart] as string)) hStart++;
          const head = text.slice(hStart, s.start + comma);
          const joined = `${head} ${clause}`;
          if (
            head.trim().length > 1 &&
            !/["“”;:]/.test(head) &&
            // ("Finding water vapor on Europa, he said, is the “next best thing” to liquid water.": a short quoted
            // fragment inside the clause after the parenthetical is part of the report, which is then mixed.)
            !ctx.quoted.some(
              (q) =>
                q.open >= hStart &&
                q.open < cEnd &&
                !(q.open >= cStart && q.close <= cEnd + 1 && text.slice(q.start, q.end).trim().split(/\s+/).length <= 8),
            ) &&
            !overlapsAny(hStart, cEnd, out) &&
            joined.split(/\s+/).length >= 4
          ) {
            out.push({ ...quote(ctx, hStart, cEnd, speaker, cue, [[s.start + comma, attrEnd]]), text: joined });
            ctx.history.push(speaker);
          }
        }
        continue;
      }
      // Pattern A: "X said (that) CLAUSE".
      // "claiming them to be mercenaries": an object and "to be" make a clause.
      if (!hasThat && !appeal && OBJECT_TO_BE.test(after) && !APPEAL_CUES.has(cue)) hasThat = true;
      // "declared household gun ownership rates within the United States to be "the strongest …"": a longer
      // object before "to be" after a cue of judgement.
      if (!hasThat && !appeal && /^(?:declared|claimed|believed|believes|ruled|estimated)$/.test(cue)) {
        const ob = after.match(OBJECT_WORDS_TO_BE);
        if (ob?.[1] && !FINITE.test(ob[1])) hasThat = true;
      }
      // "Azerbaijan claimed to have killed about 2,300 soldiers": the claim is the infinitive.
      if (!hasThat && /^claim/.test(cue) && /^\s+to\s+(?:have|be)\b/.test(after)) hasThat = true;
      // "said not allowing gay citizens to marry constituted …", "said fixing the island's largest power plant, which
      // was damaged …, may take a year": a gerund subject, then the clause's verb.
      if (
        !hasThat &&
        !appeal &&
        !APPEAL_CUES.has(cue) &&
        (PRESENT_CUES.has(cue) || /^(?:ruled|found|wrote|writes|believes|believed)$/.test(cue)) &&
        GERUND_SUBJECT.test(after) &&
        GERUND_CLAUSE_VERB.test(
          (after.split(/[;:]/)[0] ?? "")
            .replace(/,\s+(?:which|who)\b[^,]*,/g, "")
            .trim()
            .split(/\s+/)
            .slice(1, 14)
            .join(" "),
        )
      )
        hasThat = true;
      // "Shulman said executives tend to struggle with …", "Atanu Sarker said homestead gardening fosters
      // self-sufficiency …": a bare noun phrase, then its present-tense verb (see BARE_SUBJECT_CLAUSE).
      if (
        !hasThat &&
        !appeal &&
        /^(?:said|says|stated|added|noted|argued|explained|warned|claimed|insisted)$/.test(cue) &&
        BARE_SUBJECT_CLAUSE.test(after)
      )
        hasThat = true;
      // A weak cue without "that" still reports a clause that has its own verb right away ("ruled the
      // prorogation was unlawful", "denied he was involved").
      // "recommended the United States troops in Iraq withdraw": a subjunctive clause after a recommendation.
      if (
        !hasThat &&
        !appeal &&
        /^(?:recommended|recommends|demanded|insisted|requested|proposed|suggested)$/.test(cue) &&
        (SUBJUNCTIVE.test(after) || PASSIVE_SUBJUNCTIVE.test(after))
      )
        hasThat = true;
      if (WEAK_CUES.has(cue) && !hasThat && !appeal && !APPEAL_CUES.has(cue) && (WEAK_CLAUSE.test(after) || PAST_CLAUSE.test(after)))
        hasThat = true;
      // "Observers questioned whether coronavirus was the cause of death": a reported question.
      if (!hasThat && /^(?:questioned|wondered|asked|asks|asking)$/.test(cue) && /^\s+(?:whether|if)\s+\S/.test(after)) {
        hasThat = true;
        appeal = false;
      }
      // "announced classes for students ranging from kindergarten to high school, public and private, would be
      // cancelled": a long subject, then the clause's verb.
      // (Not in a restrictive relative clause: "The anonymous insider who wrote … op-eds … was revealed to be …".)
      // (Evaluated only where the other tests reject the words after the cue.)
      const late = () =>
        !appeal &&
        LATE_CUES.has(cue) &&
        !/\b(?:who|which|that)\s+$/.test(sent.slice(Math.max(0, m.index - 10), m.index)) &&
        // (A participle cue, not a progressive: "Now they are announcing plans for crores of rupees -- What is that …".)
        !(/ing$/.test(cue) && COPULA_BEFORE.test(sent.slice(0, m.index))) &&
        lateClause(after);
      if (WEAK_CUES.has(cue) && !hasThat && !appeal) {
        if (late()) hasThat = true;
        else continue;
      }
      if (appeal) hasThat = true;
      // ("suggested piracy, perhaps to obtain the valuable cargo, is now the most prominent theory": a subject, a
      // phrase set off by commas, then the clause's verb.)
      // "declared a state of emergency and deployed the national guard", "announced the schedule in a press release …
      // and followed it up with …": the first finite verb after the cue is coordinated with the cue itself, so the words
      // before it are the cue's object, no clause (not "the injured and displaced were …": an auxiliary after it).
      if (!hasThat) {
        const f = FINITE.exec(after);
        if (f && COORDINATED_BEFORE.test(after.slice(0, f.index)) && !AUXILIARY_AFTER.test(after.slice(f.index + f[0].length))) continue;
      }
      const unset = after.replace(SET_OFF_AFTER_SUBJECT, "$1");
      if (
        !hasThat &&
        !CLAUSE_START.test(` ${after}`) &&
        !FINITE.test(after.trim().split(/\s+/).slice(1, 6).join(" ")) &&
        !(unset !== after && FINITE_START.test(unset.trim().split(/\s+/).slice(1, 4).join(" ")))
      ) {
        if (late()) hasThat = true;
        else continue;
      }
      const edVerb =
        // ("he says the 14th Amendment phrase "subject to" referred …": a quoted fragment inside the subject.)
        ED_AFTER_WORDS.test(after) && /^(?:said|says|reported|reports|told)$/.test(cue);
      const headOf = (words: string) =>
        words
          // "said Hamza bin Laden, son of …, has been killed": the apposition is not the verb phrase.
          .replace(NAME_APPOSITION, "$1")
          // "said the road itself, which is straight …, will be examined": a relative clause or apposition, then the verb.
          .replace(PHRASE_RELATIVE, "$1")
          // ("noted implications for penguin conservation: Gownaris remarked, "…"": a colon ends the object; the
          // verb after it is another clause's.)
          .split(/\b(?:which|who|whom|to)\b|,(?!\d{3})|:/)[0]
          ?.trim()
          .split(/\s+/)
          .slice(0, 12)
          .join(" ") ?? "";
      // ("said the president's “mercurial temperament and predilection to undercutting his own negotiating team” had
      // complicated …": a quoted phrase inside the subject is one word; its "to" or comma does not end the subject.)
      // (The tests that do not read the head come first: the head is cut out only where they all pass.)
      const noClause = (head: string) =>
        // ("revealed an alleged illicit interaction …": an -ed adjective after a determiner makes no clause.)
        !FINITE.test(head.replace(DET_ED_WORD, "")) &&
        !(PRESENT_CUES.has(cue) && PRESENT_VERB.test(head)) &&
        !(/^(?:said|says|reported|told)$/.test(cue) && NAME_THEN_ED.test(after)) &&
        !late();
      if (!hasThat && !/^\s*(?:he|she|they|it|we|I|there)\b/i.test(after) && !edVerb && noClause(headOf(after))) {
        const collapsed = after.replace(QUOTED_FRAGMENT, " X ");
        if (collapsed === after || noClause(headOf(collapsed))) continue;
      }
      // "said if the goal is peace, then …": a conditional opens the reported clause.
      const conditional = /^\s*if\b[^.;]*,/.test(after) && !/^ask/.test(cue) && !WEAK_CUES.has(cue);
      if (
        /^\s*(?:to|in|on|at(?! least| most)|for|with|by|from|about(?! \d)|of|and|or|but|as|if|when)\b/i.test(after) &&
        !hasThat &&
        !conditional
      )
        continue;
      // "The BBC also cited Budi Gunawan, chief of …, as saying …": the one cited speaks.
      const citedAs = PARTICIPLE_CUES.has(cue)
        ? sent.slice(0, m.index).match(/\b(?:cited|quoted|citing|quoting|cites|quotes)\s+([^"“”;:]{2,150}?),?\s+as\s+$/)
        : null;
      const citedAt = citedAs?.[1] ? s.start + (citedAs.index ?? 0) + citedAs[0].indexOf(citedAs[1]) : -1;
      const cited = citedAs?.[1]
        ? speakerIn(text, ctx.entities, citedAt, citedAt + citedAs[1].length, "after-cue", ctx.history, true)
        : null;
      // "…, and argued that …": a coordinated cue shares the sentence's subject.
      // "She criticized the Top Two policy in California and called for …": a verb phrase, then "and" and the cue.
      const verbAnd = AND_BEFORE_CUE.test(subject) && VERB_PHRASE_SUBJECT.test(subject);
      // "At the time, the prime minister called for a 100% immunization rate, and stated …", "The embassy declined the
      // request and said …": an unnamed subject and its verb head the sentence; the cue after "and" is that subject's.
      const head0 = sent.slice(0, m.index);
      const frontedNp = !verbAnd && /,?\sand\s+(?:also\s+|then\s+|later\s+)?$/u.test(head0) ? head0.match(FRONTED_SUBJECT_VERB) : null;
      const frontedAt = frontedNp?.[2] ? s.start + (frontedNp[1]?.length ?? 0) : -1;
      const frontedSpeaker = frontedNp?.[2]
        ? speakerIn(text, ctx.entities, frontedAt, frontedAt + frontedNp[2].length, "before-cue", ctx.history, true)
        : null;
      const coordinated = !ANY_LETTER.test(subject) || /^\s*(?:and|but)\s*$/.test(subject) || verbAnd || !!frontedSpeaker;
      if (coordinated && !verbAnd && !frontedSpeaker && !cited && !/,?\s*(?:and|but)\s*$/.test(sent.slice(0, m.index))) continue;
      const participle = PARTICIPLE_CUES.has(cue) || coordinated;
      // "X said …, adding …": a participle after another cue in the sentence shares that cue's speaker.
      const prevCue = participle
        ? out.filter((q) => q.speaker && q.start >= s.start && q.end <= cueStart).sort((x, y) => y.end - x.end)[0]
        : undefined;
      // "…, with local media reporting no-one was in the houses": the participle has its own subject.
      const withSubj = PARTICIPLE_CUES.has(cue) ? sent.slice(0, m.index).match(/\bwith\s+([^,;"“”]{2,60}?)\s+$/) : null;
      const withAt = withSubj?.[1] ? s.start + m.index - withSubj[0].length + withSubj[0].indexOf(withSubj[1]) : -1;
      const own = withSubj?.[1]
        ? speakerIn(text, ctx.entities, withAt, withAt + withSubj[1].length, "before-cue", ctx.history, true)
        : null;
      // "his death was shadowed by conspiracy theories suggesting he had been murdered": a participle right after a
      // plural noun (no comma) is a relative clause on it, and the noun's referents are the source, not a name before.
      const relHead =
        PARTICIPLE_CUES.has(cue) && !coordinated && !cited && !own && !COMMA_OR_WITH_PHRASE_BEFORE.test(head0)
          ? head0.match(REDUCED_RELATIVE_HEAD)
          : null;
      const relAt = relHead?.[1] ? s.start + m.index - relHead[0].length + relHead[0].indexOf(relHead[1]) : -1;
      const relSpeaker = relHead?.[1]
        ? { name: relHead[1], text: relHead[1], start: relAt, end: relAt + relHead[1].length, country: null, sector: null }
        : null;
      // "It was commencing a journey from Jakarta to Pangkal Pinang and … shortly after asking air traffic control to
      // return": an adverbial participle's subject is the sentence's, here a pronoun; a name in the verb's object
      // or a phrase after it never is.
      const leadPronoun =
        PARTICIPLE_CUES.has(cue) && !coordinated && !relSpeaker && ADVERBIAL_PARTICIPLE_BEFORE.test(head0)
          ? sent.match(/^\s*["“]?(It|He|She|They)\s+(?!(?:said|says|told)\b)\p{Ll}/u)
          : null;
      // "Several said they wanted …", "… and several said …", "some say flight grew up from the ground": a bare
      // quantifier right before the cue is an unnamed source.
      const leadAt = leadPronoun?.[1] ? s.start + (leadPronoun.index ?? 0) + leadPronoun[0].indexOf(leadPronoun[1]) : -1;
      const pronounSpeaker = leadPronoun?.[1]
        ? speakerIn(text, ctx.entities, leadAt, leadAt + leadPronoun[1].length, "before-cue", ctx.history)
        : null;
      const quant = PARTICIPLE_CUES.has(cue) ? null : sent.slice(0, m.index).match(QUANTIFIER_SUBJECT);
      const quantAt = quant?.[1] ? s.start + m.index - quant[0].length + quant[0].indexOf(quant[1]) : -1;
      const found = quant?.[1]
        ? { name: quant[1], text: quant[1], start: quantAt, end: quantAt + quant[1].length, country: null, sector: null }
        : cited
          ? cited
          : own
            ? own
            : prevCue?.speaker
              ? { ...prevCue.speaker }
              : frontedSpeaker
                ? frontedSpeaker
                : leadPronoun?.[1]
                  ? pronounSpeaker
                  : participle
                    ? (speakerIn(text, ctx.entities, s.start, cueStart, "after-cue", ctx.history) ??
                      headSource(text, s.start, cueStart) ??
                      (NAMED_PARTICIPLE_CUES.has(cue)
                        ? null
                        : speakerIn(text, ctx.entities, s.start, cueStart, "after-cue", ctx.history, true)))
                    : host
                      ? // The nested subject without its relative clause ("a German government source, whom they did not name,").
                        speakerIn(
                          text,
                          ctx.entities,
                          host.start,
                          host.start + nestedSubject(text, host.start, cueStart).length,
                          "before-cue",
                          ctx.history,
                          true,
                        )
                      : (restrictiveHead(s.start, sent.slice(0, m.index)) ??
                        relativeAntecedent(text, ctx.entities, ctx.history, s.start + subjectStart, cueStart) ??
                        speakerIn(text, ctx.entities, s.start + subjectStart, cueStart, "before-cue", ctx.history, true));
      // (The relative clause's noun only stands in for a speaker the rules found: "Despite parliamentary reports urging
      // new regulations …, officials in Britain have made …" is no report.)
      const speaker = found && relSpeaker ? relSpeaker : found;
      if (!speaker) continue;
      // (The pronoun must stand for a named organisation or person: "It" for an aircraft asks no one anything.)
      if (
        leadPronoun?.[1] &&
        speaker === pronounSpeaker &&
        !ctx.entities.some((e) => e.name === speaker.name && (leadPronoun[1] === "It" ? e.type === "ORG" : e.type === "PER"))
      )
        continue;
      // An accusation needs a named accuser ("the second [article] accused him of …" is not reported speech).
      if ((cue === "accused" || cue === "accusing") && /^(?:the|a|an)\s/i.test(speaker.name)) continue;
      // (Not, for a coordinated cue, the speaker of an earlier cue in the sentence, already read: "China’s ambassador
      // to Britain accused the UK and the US of meddling … and warned that …" was cut to "China’s".)
      if (
        participle &&
        !speaker.country &&
        speaker.name.split(/\s+/).length > 3 &&
        !(coordinated && prevCue?.speaker && speaker.name === prevCue.speaker.name)
      ) {
        // An unnamed subject of a coordinated cue: the first noun phrase ("The embassy declined … and said").
        const np = speaker.name.match(FIRST_NOUN_PHRASE)?.[0];
        if (np) speaker.name = speaker.text = np;
      }
      let cStart = s.start + offset;
      while (cStart < s.end && /\s/.test(text[cStart] as string)) cStart++;
      let cEnd = s.end;
      // ", adding that …" starts another report by the same speaker.
      const more = text.slice(cStart, s.end).search(MORE_BY_SPEAKER);
      if (more > 0) cEnd = cStart + more;
      // "… renders the EastMed building effort unnecessary, Cyprus Mail reported.": a trailing attribution by
      // another source is not part of the words (it reports this report; see reportsReport).
      const outer = text.slice(cStart, cEnd).search(TRAILING_SOURCE);
      if (outer > 0) cEnd = cStart + outer;
      // "… but would do so if she did succeed to it, according to Reuters.": the same for a closing "according to".
      const accOuter = text.slice(cStart, cEnd).search(/,?\s+according to\s[^,;:"“”]{2,80}$/);
      if (accOuter > 0) cEnd = cStart + accOuter;
      // A semicolon starts another clause of the narrative.
      const semi = text.slice(cStart, cEnd).indexOf(";");
      if (semi > 0) cEnd = cStart + semi;
      // "Toronto Police, which indicated on Monday a "significant development" was likely at Tuesday's hearing, face
      // allegations …": a report in a relative clause on the sentence's subject ends where the main verb comes.
      if (RELATIVE_ON_SUBJECT.test(sent.slice(0, m.index))) {
        const main = text.slice(cStart, cEnd).search(MAIN_VERB_AFTER_COMMA);
        if (main > 0) cEnd = cStart + main;
      }
      // "The Texas father who told police his … daughter disappeared after … has now told police she died …": a report
      // in a restrictive relative clause on the subject ends where the main clause's auxiliary and cue come.
      if (RESTRICTIVE_ON_SUBJECT.test(sent.slice(0, m.index))) {
        const main = text.slice(cStart, cEnd).search(MAIN_AUX_CUE);
        if (main > 0) cEnd = cStart + main;
      }
      // "First, after Joe Lockhart questioned whether …, Trump alleged …": a report in a fronted subordinate
      // clause ends at its comma (not "As I said, CLAUSE": there the clause after the comma is what was said).
      const sub = sent.match(FRONTED_SUBORDINATE);
      if (sub && !sent.slice(sub[0].length, m.index).includes(",") && !ADVERB_COMMA.test(rest)) {
        const comma = text.slice(cStart, cEnd).search(/,\s/);
        if (comma > 0) cEnd = cStart + comma;
      }
      // "…, as the Court of Session found": a closing comparison with another source is not part of the report.
      const asOther = text.slice(cStart, cEnd).search(AS_OTHER_SOURCE);
      if (asOther > 0) cEnd = cStart + asOther;
      // "accused Johnson of misleading the Queen, and argued that …": a coordinated cue starts another report.
      const coord = text.slice(cStart, cEnd).search(COORD_CUE);
      if (coord > 0) cEnd = cStart + coord;
      // "…, with some local press claiming he was …", "… a hoax and the White House claimed it did not …", "…
      // changed their minds and several said …": another source's report begins.
      const another = text.slice(cStart, cEnd).search(ANOTHER_SOURCE);
      if (another > 0 && /\S+\s+\S+\s+\S/.test(text.slice(cStart, cStart + another))) cEnd = cStart + another;
      // "…, while Interior Minister Joachim Brudziński wrote he had …": another source's report begins.
      const span = text.slice(cStart, cEnd);
      const other = /\b(?:while|whereas|but)\s/.test(span) ? span.search(OTHER_SOURCE) : -1;
      if (other > 0) cEnd = cStart + other;
      // (The intention ends at the first comma: "…, but had not yet publicly decided on a candidate", "stated its
      // intention to leave the Polish market altogether, Salling its intention to …".)
      if (intention) {
        const comma = text.slice(cStart, cEnd).search(/[,;]\s/);
        if (comma > 0) cEnd = cStart + comma;
      }
      if (appeal) {
        // "urged the embassy to reconsider and spoke with …": the appeal ends at the next coordinated verb;
        // "asked Judge Miller to delay his ruling until after they made their recommendations, but he declined": at
        // the answer to it.
        const stop = text.slice(cStart, s.end).search(NEXT_ACT);
        if (stop > 0) cEnd = cStart + stop;
      } else if (OBJECT_CUES.has(cue)) {
        // "expressed its support via …, and sent
        // Secretary of State Mike Pompeo …", "expressed opposition to Defund the Police while La Riva fully endorsed
        // it": what was expressed is the object; a coordinated verb or another's stance after it is the narrator's.
        // (Not after a bare noun: "expressed sadness and extended condolences to the family" stays one report.)
        const stop = text.slice(cStart, cEnd).search(NEXT_ACT_OR_STANCE);
        if (stop > 0 && /\S\s+\S+\s+\S/.test(text.slice(cStart, cStart + stop))) cEnd = cStart + stop;
      }
      // Reported speech stops where direct speech begins ("…decision: "While we…").
      // (Not after a fronted phrase with no verb, which the quotation goes on: "reported that with the four-pack
      // restriction in place, "many stores are still selling out …"".)
      const colonQuote = text.slice(cStart, s.end).search(/[:,]\s*["“]/);
      const fronted =
        colonQuote > 0 &&
        text[cStart + colonQuote] === "," &&
        /^(?:with|in|on|at|after|before|during|despite|given|since|under|without|once|by)\s/i.test(text.slice(cStart, cEnd)) &&
        !FINITE.test(text.slice(cStart, cStart + colonQuote)) &&
        !/[,;"“”]/.test(text.slice(cStart, cStart + colonQuote));
      // (Never past an end found before: "said he never used the term "three amigos" and added, "…"" ends at "and".)
      if (colonQuote > 0 && !fronted) cEnd = Math.min(cEnd, cStart + colonQuote);
      else if (fronted) {
        // The report ends with the quotation ("…, and called the demand "unprecedented"" is another act).
        const qq = ctx.quoted.find((q) => q.open > cStart + colonQuote && q.open <= cStart + colonQuote + 3);
        if (qq && qq.close < cEnd) cEnd = qq.close + 1;
      }
      // "… by the results and "...I and we will never …": a quotation that opens at the end and runs past the
      // sentence (split inside it) is part of the report.
      while (cEnd > cStart && /[\s.!?"”]/.test(text[cEnd - 1] as string)) cEnd--;
      const runOn = ctx.quoted.find((q) => q.open >= cEnd && q.open <= cEnd + 2 && q.close > s.end);
      if (runOn && /\s(?:and|or|but|that)$/.test(text.slice(cStart, cEnd))) {
        cEnd = runOn.end;
        while (cEnd > cStart && /[\s.!?"”]/.test(text[cEnd - 1] as string)) cEnd--;
      }
      if (/^[:;,.]/.test(text.slice(cStart, cStart + 1))) continue;
      // "the first planet they found was 51 Pegasi b": the cue sits in a relative clause; a verb follows, not a clause.
      if (/^(?:is|was|were|are|has|have|had|will|would)\b/.test(text.slice(cStart, cEnd))) continue;
      if (cEnd - cStart < 8 || (text.slice(cStart, cEnd).match(/\s+/g)?.length ?? 0) < 2) continue;
      // A direct quote already holds most of these words ("telling Wikinews the company "extends …"").
      if (out.some((q) => q.kind === "direct" && q.start >= cStart && q.end <= cEnd + 1 && (q.end - q.start) * 2 > cEnd - cStart)) continue;
      // What follows the cue is another attribution ("found. According to local news sources, …").
      if (/^according to\b/i.test(text.slice(cStart, cEnd))) continue;
      // "… and "does not involve the use of defeat devices" which were an issue with another automaker previously": a
      // relative clause after a quotation that the report ends on is the narrator's gloss.
      const glossed = ctx.quoted.find(
        (q) => q.open > cStart && q.close < cEnd && /^["”]?,?\s+(?:which|whose|who)\s/.test(text.slice(q.close, cEnd)),
      );
      if (glossed && !/["“”]/.test(text.slice(glossed.close + 1, cEnd))) cEnd = glossed.close;
      // "claims Trump asked Xi Jinping for help in the 2020 election, which Trump denied", "said he banned travel
      // from China in January, which Biden opposed as xenophobic": a closing relative clause in which a named
      // party answers the report is the narrator's.
      const answered = text.slice(cStart, cEnd).search(ANSWERED);
      if (answered > 0) cEnd = cStart + answered;
      out.push(quote(ctx, cStart, cEnd, speaker, cue, [[s.start + subjectStart, cStart]]));
      ctx.history.push(speaker);
    }
  }
  return out;
};

/** Cues that take a reported clause without "that" (not "told": its addressee comes first). */
const LATE_CUES = new Set([
  "ruled",
  "said",
  "says",
  "announced",
  "announces",
  "reported",
  "reports",
  "stated",
  "states",
  "noted",
  "notes",
  "added",
  "adds",
  "warned",
  "warns",
  "remarked",
  "claimed",
  "claims",
  "argued",
  "argues",
  "explained",
  "insisted",
  "believes",
  "believed",
  "estimated",
  "suggested",
  "wrote",
  "writes",
  // Present plural forms after a plural subject ("Aid agencies say populations with … have …").
  "say",
  "believe",
  "claim",
  "argue",
  "warn",
  "estimate",
  "suggest",
  // Participles of these (weak cues: "posted findings estimating the number of people infected with a new coronavirus
  // may considerably exceed 1000").
  "estimating",
  "reporting",
  "announcing",
  "suggesting",
]);
/** The verb of a reported clause: an auxiliary or modal, a copula-like verb, or "no longer"/"still" and a present verb. */
const LATE_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|could|should|can|may|might|must|remain|remains|appear|appears|seem|seems)\b|\b(?:no\s+longer|still|now)\s+\p{Ll}{3,}s\b|\b(?:still|often|usually|increasingly|already|generally|typically|rarely|always|never)\s+(?!(?:in|on|at|for|with|from|under|over|into|after|before|than|the|a|an|and|or|but|as|to|not|more|less|very|too|so|being|been)\b)\p{Ll}{3,}\b/u;
/** Words that never open a subject noun phrase, or that mark a clause of its own inside it. */
const NOT_SUBJECT_START =
  /^(?:to|in|on|at|for|with|by|from|of|about|and|or|but|as|if|when|while|after|before|during|since|until|over|into|up|out|off|down|back|so|then|not|also|goodbye|thanks|sorry|yes|no|it|he|she|they|we|I|there|what|what['’]s|how|why|where|who|which|\p{Ll}+ly|\p{Ll}+ing|\p{Ll}+ed)$/u;
// Hoisted out of lateClause: tsx compiles a `\p{…}` literal inside a function anew at every call.
/** Before an adverbial participle: a comma or a subordinator ("…, noting", "shortly after asking"). */
const ADVERBIAL_PARTICIPLE_BEFORE = /(?:,|\b(?:after|before|while|whilst|when|upon|by|without))\s+(?:\p{Ll}+ly\s+)?$/u;
/**
 * A plural noun phrase ending right before a participle cue, opening the sentence or after a preposition:
 * "by conspiracy theories ", "Several conservative groups " (not a verb's object: "posted findings estimating …",
 * "spent 45 seconds explaining …").
 */
const REDUCED_RELATIVE_HEAD =
  /(?:^\s*["“]?|\b(?:by|from|of|with|among|amid|in|on|to|for|about)\s+)((?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther|[Tt]hese|[Tt]hose)\s+)?(?:(?!(?:the|a|an|and|or|of|to|in|on|by|for|with)\s)\p{Ll}[\p{L}-]*\s+)?(?!(?:is|was|has|does|says|as|thus|this|his|its|us|plus|always|perhaps|unless|less|across|news|series|yes|whereas)\s)\p{Ll}{3,}s)\s+$/u;
const ING_WORD = /^\p{Ll}{3,}ing$/u;
const PLURAL_WORD = /^\p{Ll}{3,}s$/u;

/**
 * The words after a cue make a clause whose verb comes late, after a long subject: "said questions remain how
 * much …", "announced classes for students ranging from kindergarten to high school, public and private, would
 * be cancelled", "reported Netflix Japan due to Kimura's death have delayed …". The subject is a noun phrase of
 * 2–25 words with no verb, relative word or conjunction of its own (parentheticals set off by commas aside).
 */
/** A that-clause in apposition to the subject's noun, before a lower-case word (see lateClause). Global: replace() starts it at 0. */
const APPOSED_THAT = /,\s+that\s[^,;]{1,100},(?=\s+(?:\p{Ll}+ly\s+|no\s+longer\s+|still\s+|now\s+)?\p{Ll})/gu;

function lateClause(after: string): boolean {
  const span = (after.split(/[;:"“”]|,\s+(?:while|whereas|but|and|citing|adding|saying)\b|[.!?](?:\s|$)/)[0] ?? "")
    .replace(/,\s+(?:which|who)\b[^,]{1,120},/g, " ")
    // ("said the rationale for difference … from a previous Supreme Court ruling, that women were ineligible to serve in
    // combat, no longer applies": a that-clause in apposition to the subject's noun.)
    .replace(APPOSED_THAT, " ")
    .replace(/,\s[^,]{1,40},/g, " ");
  const v = LATE_VERB.exec(span);
  if (!v) return false;
  const subject = span.slice(0, v.index).trim();
  const words = subject.split(/\s+/);
  // (One word only as a plural noun: "said questions remain …".)
  // ("reported warming seas appear to decrease …": an -ing word before a plural noun modifies it.)
  const participleModifier = ING_WORD.test(words[0] ?? "") && PLURAL_WORD.test(words[1] ?? "");
  if (
    (words.length < 2 && !PLURAL_WORD.test(subject)) ||
    words.length > 25 ||
    (NOT_SUBJECT_START.test(words[0] ?? "") && !participleModifier)
  )
    return false;
  if (/,/.test(subject) || /\b(?:to|and|or|but|not|never)$/.test(subject)) return false;
  if (/\b(?:that|which|who|whom|whose|where|when|while|because|if|whether|than|he|she|they|we|it|I)\b/.test(subject)) return false;
  // A finite verb in the subject makes a clause of its own (an -ed participle before a preposition does not).
  return !words.some(
    (w, i) => FINITE.test(w) && !(/ed$/.test(w) && /^(?:by|for|in|on|at|from|to|with|as|into|under|over)$/.test(words[i + 1] ?? "")),
  );
}

// Hoisted out of nestedHost: tsx compiles a `\p{…}` literal inside a function anew at every call.
const DETERMINER_NOUN_PHRASE =
  /^(?:(?:the|a|an|its|his|her|their|some|several|two|three|many|other|\p{Lu}[\p{L}'’.-]*)\s+)(?:[\p{L}'’.-]+\s+){0,4}$/u;

/**
 * The report whose words open with the subject of the cue at [a, b): "reported its source said …", "reported
 * a German government source, whom they did not name, said …" — a short noun phrase with no verb of its own.
 */
function nestedHost(text: string, found: Quote[], a: number, b: number): Quote | undefined {
  const host = found.find((q) => q.kind !== "direct" && q.cue !== "according to" && q.start < a && b <= q.end);
  if (!host || found.some((q) => q !== host && q.cue !== "according to" && q.start < b && a < q.end)) return undefined;
  // (An auxiliary or adverb before the cue is not part of the subject: "said her husband had told her …".)
  const subject = nestedSubject(text, host.start, a).replace(/(?<=\S\s+)(?:(?:had|has|have|also|later|then|reportedly)\s+)+$/, "");
  // ("noted local news reports said …", "reported officials, following an investigation, stated …": an unnamed source.)
  if (UNNAMED_SOURCE.test(subject)) return host;
  return subject.trim().split(/\s+/).length <= 6 &&
    DETERMINER_NOUN_PHRASE.test(subject) &&
    !FINITE.test(subject) &&
    !/\b(?:and|or|but|that|which|who|of|to|in|on|at|for|with|from|by)\s/.test(subject)
    ? host
    : undefined;
}

/**
 * "In December, a Turkish official said that …, Cyprus Mail reported.": the clause before a trailing cue holds
 * a whole report of someone else's (its speaker named inside the clause), so the outer source reports it too —
 * a nested attribution is recorded at both levels.
 */
function reportsReport(found: Quote[], a: number, b: number, speaker: SpeakerRef): boolean {
  const inner = found.filter((q) => q.start < b && a < q.end);
  return (
    inner.length > 0 &&
    inner.every(
      (q) => q.kind !== "direct" && q.start > a && q.end <= b && !!q.speaker && q.speaker.start >= a && q.speaker.name !== speaker.name,
    )
  );
}

/** A noun phrase, a restrictive relative clause, then an auxiliary at the end. */
const RESTRICTIVE_HEAD =
  /^(\s*(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}'’-]+)\s+who\s[^;:"“”]+\s(?:has|have|had)\s+(?:(?:now|also|since|earlier|later|\p{Ll}+ly)\s+)*$/u;
/**
 * The subject heading a restrictive relative clause before the main clause's auxiliary and cue ("The Texas father
 * who told police … milk has now told …": the father, not Texas).
 */
function restrictiveHead(start: number, head: string): SpeakerRef | null {
  const m = head.match(RESTRICTIVE_HEAD);
  if (!m?.[1]) return null;
  const np = m[1].trim();
  const at = start + head.indexOf(np);
  return { name: np, text: np, start: at, end: at + np.length, country: null, sector: null };
}

/**
 * Whether every quote overlapping [a, cue) is an "according to" report holding this attribution too ("…, Bijan
 * Zanganeh said on Wednesday, according to SHANA, …": SHANA relays his report; both levels are kept).
 */
function relayed(found: Quote[], a: number, cue: number): boolean {
  const over = found.filter((q) => q.start < cue && a < q.end);
  return over.length > 0 && over.every((q) => q.cue === "according to" && q.start <= a && q.end >= cue);
}

// Hoisted out of nestedSubject: tsx compiles a `\p{…}` literal inside a function anew at every call.
const NAME_THEN_APPOSITIVE = /(?<=\p{Lu}[\p{L}'’.-]*),\s+(?:the|a|an)\s[^,;]{1,60},\s*$/u;

/** The words from `a` to a cue at `b`, without a relative clause set off by commas before the cue. */
function nestedSubject(text: string, a: number, b: number): string {
  // (… "whom they did not name," or an apposition "Adil Abdul-Mahdi, the caretaker Prime Minister,".)
  return text
    .slice(a, b)
    .replace(/,\s+(?:who|whom|which)\b[^,;]{1,60},\s*$/, " ")
    .replace(/,\s+(?:following|after|in|citing|according to)\s[^,;]{1,60},\s*$/, " ")
    .replace(NAME_THEN_APPOSITIVE, " ");
}

// Hoisted out of instruction: tsx compiles a `\p{…}` literal inside a function anew at every call.
const INSTRUCTION_TO_VERB =
  /^\s+((?:[\p{L}'’.-]+\s+){1,6}?)(?:not\s+)?to\s+["“]?(?!(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)\b)\p{Ll}{2,}/u;

/** An addressee, then an instruction: " morning rush-hour passengers to take a longer way", " people not to travel". */
function instruction(after: string): boolean {
  const m = after.match(INSTRUCTION_TO_VERB);
  return (
    !!m?.[1] &&
    !FINITE.test(m[1]) &&
    !/\b(?:he|she|they|we|it|I|you|that|which|who|and|or|but|is|are|was|were|going|want|wants|wanted|plan|plans|planned|order)\b/i.test(
      m[1],
    )
  );
}

// Hoisted out of headSource: tsx compiles a `\p{…}` literal inside a function anew at every call.
const HEAD_NOUN_PHRASE = /^\s*((?:(?:the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)(?=\s)/iu;

/** "The agency did not mention …, but said …": an unnamed source heading the sentence. */
function headSource(text: string, a: number, b: number): SpeakerRef | null {
  const m = text.slice(a, b).match(HEAD_NOUN_PHRASE);
  const np = m?.[1];
  if (!np || !UNNAMED_SOURCE.test(np)) return null;
  const at = a + text.slice(a, b).indexOf(np);
  return { name: np, text: np, start: at, end: at + np.length, country: null, sector: null };
}

/** Where the subject of a cue at `at` begins: after the last clause break (";", a closing quote, ", but"). */
function clauseStart(sent: string, at: number): number {
  const head = sent.slice(0, at);
  let k = -1;
  for (const re of [/;/g, /["”]\s/g, /,\s+(?:but|and|while|although|as)\s+/g, /:\s/g]) {
    for (const m of head.matchAll(re)) k = Math.max(k, m.index + m[0].length);
  }
  return Math.max(k, 0);
}

function quote(ctx: QuoteContext, start: number, end: number, speaker: SpeakerRef, cue: string, attribution: [number, number][]): Quote {
  // (The closing mark may sit after the trimmed end: `… is unlawful."`.)
  const inner = ctx.quoted.some((q) => q.open >= start && q.open < end && q.close <= end + 2);
  return { kind: inner ? "mixed" : "indirect", text: ctx.text.slice(start, end), start, end, speaker, cue, date: saidOn(ctx, attribution) };
}
