import { lookupActor, lookupSurname, rolesDuring } from "../../../dict/actors.js";
import { lookupPlace } from "../../../dict/places.js";
import type { ActorEntry } from "../../../dict/types.js";
import { CUE_SET } from "../../quotes/cues.js";
import { CAP_COUNTS, FIRST_NAMES } from "../gazetteer.js";
import { type EntityRule, makeMention } from "../mention.js";
import { applyActor } from "./actors.js";
import { TYPED_NAMES } from "./typed-names.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
/** One capitalised word of letters, four or more ("Schiff", "Khatami"; not "May", "Can", "Key"). */
const NAME_WORD = /^\p{Lu}\p{Ll}{3,}$/u;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** Sectors of office holders: a public figure the news names by surname alone. */
const OFFICE_SECTORS = new Set(["GOV", "LEG", "MIL", "JUD", "IGO"]);
/** Finite verbs that open a predicate without the -ed or -s of most ("Netanyahu met …", "Putin will …"). */
const FINITE = new Set([
  "is",
  "was",
  "has",
  "had",
  "will",
  "would",
  "can",
  "could",
  "should",
  "must",
  "may",
  "might",
  "met",
  "told",
  "said",
  "spoke",
  "wrote",
  "made",
  "took",
  "gave",
  "sent",
  "left",
  "led",
  "won",
  "lost",
  "went",
  "came",
  "saw",
  "held",
  "paid",
  "sought",
  "began",
  "flew",
  "stood",
  "also",
  "then",
  "later",
]);

/** A word that opens a finite predicate: a speech verb, a past or present form, an auxiliary. */
function verbAt(w: string | undefined): boolean {
  if (!w || !LOWER_WORD.test(w)) return false;
  return CUE_SET.has(w) || FINITE.has(w) || /(?:ed|[^s]s)$/.test(w);
}

/** Words before a name that say it is anyone's ("a student named Wong said"). */
const NAMED = /^(named|called|surnamed|nicknamed|dubbed|alias|mr|mrs|ms|dr)\.?$/i;

/**
 * A public figure named by surname alone with no full mention in the article ("Schiff asked.", "Khatami
 * visited France"): the tagger reads a lone capitalised word at the start of a sentence as no name. Such a
 * word is the one person of the actor dictionary with that surname who holds an office (government,
 * legislature, army, court, intergovernmental body) at the article's date when: it stands alone (no
 * capitalised word beside it, not after "named" or a courtesy title), a finite verb follows it; news never
 * writes it in lower case (data/ner/cap-ratio.tsv) nor does the article; it is no given name
 * (data/ner/first-names.txt), place, dictionary name of its own ("Meta", "Ford") or typed name ("Islam");
 * no other name of the article holds it ("Ford Motor", "Boris Johnson"); and no one else of that surname
 * holds a dated role then.
 */
export const loneSurname: EntityRule = (ctx, mentions) => {
  if (!ctx.date) return mentions;
  const { tokens, sentenceOf, stats } = ctx.prep;
  const covered = new Uint8Array(tokens.length);
  const inNames = new Set<string>();
  for (const m of mentions)
    for (let i = m.first; i <= m.last; i++) {
      covered[i] = 1;
      if (m.last > m.first) inNames.add(tokens[i]!.text);
    }
  const added = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text;
    if (covered[i] || !NAME_WORD.test(w) || inNames.has(w)) continue;
    const prev = sameSentence(sentenceOf, tokens.length, i, i - 1) ? tokens[i - 1]!.text : "";
    const next = sameSentence(sentenceOf, tokens.length, i, i + 1) ? tokens[i + 1]!.text : undefined;
    if (UPPER_FIRST.test(prev) || NAMED.test(prev) || !verbAt(next)) continue;
    const low = w.toLowerCase();
    const counts = CAP_COUNTS.get(low);
    if ((counts && counts[1] > 0) || stats.lower.has(low)) continue;
    if (FIRST_NAMES.has(w) || FIRST_NAMES.has(w.toUpperCase()) || TYPED_NAMES.has(w) || lookupPlace(w) || lookupActor(w).length > 0)
      continue;
    const person = officeHolder(w, ctx.date);
    if (!person) continue;
    const m = makeMention(ctx, i, i, "PER", "lone-surname");
    applyActor(ctx, m, person, "dictionary-surname");
    m.method = "lone-surname";
    added.push(m);
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};

/**
 * Whether token k of the n exists and is in token i's sentence. (Not a closure in loneSurname's token loop: one
 * that reads the loop's index makes every token's pass allocate a scope for it.)
 */
function sameSentence(sentenceOf: number[], n: number, i: number, k: number): boolean {
  return k >= 0 && k < n && sentenceOf[k] === sentenceOf[i];
}

/** The one person of this surname with a dated role at the date, when that role is an office. */
function officeHolder(surname: string, date: string): ActorEntry | undefined {
  const dated = lookupSurname(surname, date).filter((p) => p.type === "PER" && rolesDuring(p, date).length > 0);
  if (dated.length !== 1) return undefined;
  const person = dated[0]!;
  return rolesDuring(person, date).some((r) => OFFICE_SECTORS.has(r.sector ?? "")) ? person : undefined;
}
