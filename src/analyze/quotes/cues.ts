/**
 * Participles of saying that report only a that-clause right after them (see THAT_ONLY_CUES): "…, with Amazon Web
 * services responding that they would investigate …", "Citrone denied his involvement, indicating that the person
 * responsible was …" (not "observing the rescue mission", "maintaining the status quo", "recalling their first meeting").
 */
const THAT_ONLY_PARTICIPLES = [
  "responding",
  "replying",
  "concluding",
  "indicating",
  "conceding",
  "revealing",
  "recalling",
  "boasting",
  "cautioning",
  "countering",
  "speculating",
  "asserting",
  "contending",
  "complaining",
  "commenting",
  "observing",
  "maintaining",
];

/** Participle cues whose speaker must be named (see NAMED_PARTICIPLE_CUES); also cue verbs. */
const NAMED_PARTICIPLES = [
  "reporting",
  "estimating",
  "telling",
  "confirming",
  "declaring",
  "announcing",
  "stressing",
  "acknowledging",
  "admitting",
  "suggesting",
  "emphasizing",
  "emphasising",
  "reiterating",
  "predicting",
  "urging",
  "alleging",
  // ("…, calling for the killers of Khashoggi to be brought to justice": an appeal, see APPEAL_CUES.)
  "calling for",
  "calling on",
];

/**
 * Finite verbs that report only a that-clause right after them (see THAT_ONLY_CUES): "she shared that she was prone
 * to meltdown in suit", "The authors proposed that in Caudipteryx, … two-legged running automatically induced wing
 * flapping" (not "shared a photo", "proposed legislation", "Pelosi has proposed legislation that would fund …").
 */
const THAT_ONLY_VERBS = [
  "shared",
  "shares",
  "proposed",
  "proposes",
  "speculates",
  // (Not a paper's "we hypothesized that …": its hypotheses, not a report.)
  "retorted",
  "lamented",
  // ("William Conley, a United States District judge, ordered last week that absentee ballots be accepted …".)
  "ordered",
];

/** Appeal and pledge verbs whose content is "(X) to VERB" or a that-clause (also APPEAL_CUES and WEAK_CUES). */
export const DIRECTIVES = ["encouraged", "appealed to", "advised", "reminded", "requested", "pledged", "called for", "demanded"];

/** Base forms that report as a plural present ("Officials believe …") and only when finite (see BASE_CUES). */
const PRESENT_CUES = ["believe", "indicate", "claim", "argue", "warn", "estimate", "allege", "insist", "suggest", "fear", "conclude"];

/** Speech and report verbs that introduce quotes (inflected forms), and the phrase "according to". */
export const CUE_VERBS = [
  "add",
  "remarking",
  "further remarking",
  "said",
  "says",
  "say",
  "told",
  "tells",
  "stated",
  "states",
  "announced",
  "announces",
  "added",
  "adds",
  "claimed",
  "claims",
  "argued",
  "argues",
  "warned",
  "warns",
  "noted",
  "notes",
  "explained",
  "explains",
  "insisted",
  "insists",
  "confirmed",
  "confirms",
  "denied",
  "denies",
  "reported",
  "reports",
  "indicated",
  "indicates",
  "wrote",
  "writes",
  // ("“…,” Howard Gleckman, a senior fellow at the … Tax Policy Center, has written.": the perfect; not the
  // participle alone, "a written statement". Weak, as "wrote": "has written several books" reports nothing.)
  "has written",
  "have written",
  "had written",
  "tweeted",
  "tweets",
  "posted",
  "suggested",
  "suggests",
  "acknowledged",
  "acknowledges",
  "admitted",
  "admits",
  "asserted",
  "asserts",
  "alleged",
  "alleges",
  "maintained",
  "maintains",
  "emphasized",
  "emphasised",
  "stressed",
  "continued",
  "continues",
  "replied",
  "responded",
  "asked",
  "asks",
  "declared",
  "declares",
  "revealed",
  "reveals",
  "estimated",
  "estimates",
  "predicted",
  "believes",
  "believed",
  "recalled",
  // ("“My people had $20 billion done,” Mr. Trump recounted in an Oct. 21 cabinet meeting.": weak, see WEAK_CUES.)
  "recounted",
  "recounts",
  "quipped",
  "joked",
  "concluded",
  // Present forms of feature writing ("“…,” Dan concludes.", "“…,” he confesses.", "“…,” Wilgus clarifies.").
  "concludes",
  "confesses",
  "confessed",
  "clarifies",
  "emphasizes",
  "emphasises",
  "instructs",
  "reiterates",
  "exclaims",
  "points out",
  "stresses",
  "commented",
  "remarked",
  "observed",
  "mentioned",
  "pointed out",
  "adding",
  "arguing",
  "saying",
  "claiming",
  "insisting",
  "noting",
  "warning",
  "stating",
  "explaining",
  "finding",
  "disclosed",
  "testified",
  "urged",
  "read",
  "reads",
  "ruled",
  "rules",
  "found",
  "contended",
  "asking",
  "blaming",
  "accusing",
  "urges",
  "promises",
  "called on",
  "complained",
  "boasted",
  "vowed",
  "promised",
  "recommended",
  "countered",
  "agreed",
  "thinks",
  "thought",
  "hoped",
  "feared",
  "expects",
  "expected",
  "speculated",
  "accused",
  "conceded",
  "clarified",
  "expressed",
  "characterized",
  "characterised",
  "described",
  "cited",
  "informed",
  "quipped",
  "joked",
  "exclaimed",
  "reiterated",
  "affirmed",
  "writing",
  "opined",
  "opines",
  "elaborated",
  "underlined",
  "underscored",
  "cautioned",
  "recalls",
  "reaffirmed",
  "questioned",
  "wondered",
  "hinted",
  "assured",
  "reassured",
  "specified",
  "signalled",
  "signaled",
  "guaranteed",
  // Only with "that" or a clause (see WEAK_CUES): "He holds that if they were …", "An autopsy determined the
  // elephant was pregnant".
  "holds",
  "determined",
  // Appeals and pledges ("encouraged residents to stay indoors", "called for NATO members to increase …").
  ...DIRECTIVES,
  // Participles after a comma or a main clause ("…, telling reporters …", "…, confirming that …").
  ...NAMED_PARTICIPLES,
  // Present plural forms after a plural subject ("Officials believe …", "Experts warn …", "Reports indicate this
  // vehicle may have struck victims …").
  ...PRESENT_CUES,
];

export const CUE_SET = new Set(CUE_VERBS);

/** Cues that only report speech when followed by "that" or a quote (not "found a body", "read a book"). */
export const WEAK_CUES = new Set([
  ...DIRECTIVES,
  "holds",
  "determined",
  "questioned",
  "wondered",
  "hinted",
  "specified",
  "signalled",
  "signaled",
  "guaranteed",
  "reporting",
  "estimating",
  "announcing",
  "confirming",
  "acknowledging",
  "admitting",
  "suggesting",
  "predicting",
  "alleging",
  "believe",
  "fear",
  "affirmed",
  "writing",
  "denied",
  "denies",
  "found",
  "posted",
  "wrote",
  "writes",
  "has written",
  "have written",
  "had written",
  "tweeted",
  "tweets",
  "finding",
  "read",
  "reads",
  "ruled",
  "rules",
  "agreed",
  "believes",
  "believed",
  "thinks",
  "thought",
  "hoped",
  "feared",
  "expects",
  "expected",
  "asked",
  "asks",
  "continued",
  "continues",
  "accused",
  "posted",
  "recommended",
  "promised",
  "vowed",
  "urged",
  // (Not "recounted the events", "joked about it": only with a quotation or "that".)
  "recounted",
  "recounts",
  "quipped",
  "joked",
  // (Not "confessed to the killing", "instructs staff to …" without a quotation or "that".)
  "confesses",
  "confessed",
  "instructs",
  // (Not the noun: "AI inference workloads amplify these stresses"; "Kendale stresses the need to …".)
  "stresses",
]);

const ALT = CUE_VERBS.slice()
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Matches a cue verb as a word. */
export const CUE_RE = new RegExp(`\\b(${ALT})\\b`, "g");

/** Cues whose reported content is an appeal or promise: "urged X to …", "promised to …". */
export const APPEAL_CUES = new Set([
  ...DIRECTIVES,
  "urging",
  "urged",
  "urges",
  "asked",
  "asks",
  "asking",
  "promised",
  "promises",
  "vowed",
  "called on",
  "calling on",
  "calling for",
]);
/** Cues whose object may be followed by an instruction: "told passengers to take …", "warned people to stay inside". */
export const TO_OBJECT_CUES = new Set(["told", "tells", "telling", "warned", "warns", "warning"]);
/** Participles whose speaker must be a name or a known source, not any opening phrase ("In 2014, … suggesting"). */
export const NAMED_PARTICIPLE_CUES = new Set([...NAMED_PARTICIPLES, ...THAT_ONLY_PARTICIPLES]);
/**
 * Participles that report only "that" and a clause right after them (see THAT_ONLY_PARTICIPLES): read by the
 * reported-speech rule only, not as cues of quotations ("placed further emphasis on maintaining "law and order."").
 */
export const THAT_ONLY_CUES = new Set([...THAT_ONLY_PARTICIPLES, ...THAT_ONLY_VERBS]);
/** CUE_RE with the THAT_ONLY_CUES, for reported speech. */
export const REPORT_CUE_RE = new RegExp(
  `\\b(${[...CUE_VERBS, ...THAT_ONLY_PARTICIPLES, ...THAT_ONLY_VERBS].sort((a, b) => b.length - a.length).join("|")})\\b`,
  "g",
);

/** Participle cues after a comma ("…, adding that …"): the speaker is the main clause's subject. */
export const PARTICIPLE_CUES = new Set([
  ...NAMED_PARTICIPLE_CUES,
  "adding",
  "arguing",
  "saying",
  "claiming",
  "insisting",
  "noting",
  "warning",
  "stating",
  "explaining",
  "finding",
  "asking",
  "blaming",
  "accusing",
  "writing",
  // ('"…," further remarking, "…"': the second quotation is the first one's speaker's.)
  "remarking",
  "further remarking",
]);
/** Cues that can follow their clause inverted ("…, said X.", "…, argued the government's lawyer"). */
export const INVERTED_CUES = new Set([
  "said",
  "says",
  "added",
  "adds",
  "argued",
  "explained",
  "noted",
  "stated",
  "continued",
  "wrote",
  "asked",
  "replied",
  "responded",
  "insisted",
  "warned",
  "claimed",
  "told",
  "reported",
  "tweeted",
  "remarked",
  "commented",
  "concluded",
  "countered",
  "declared",
  "recalled",
  "observed",
  "quipped",
  "joked",
  "exclaimed",
  "reiterated",
  "opined",
  "opines",
]);
/** Cues whose object carries what was said: "characterized the attack as …", "cited an audit as …". */
export const AS_CUES = new Set(["characterized", "characterised", "described", "cited"]);
/** Cues whose object is the content itself: "expressed a preference to …", "blaming human error". */
export const OBJECT_CUES = new Set(["expressed", "blaming"]);
/** Base-form cues ("say", "believe") only report when finite: not after "to", a modal, a negation or a determiner. */
export const BASE_CUES = new Set(["say", "add", ...PRESENT_CUES]);
