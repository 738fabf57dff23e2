/**
 * Actor mentions of one sentence: linked entities from the analysis, countries and metonyms, agents
 * with their country ("Russian officials", "Russia's foreign ministry", "his U.S. counterpart"),
 * appositions merged ("Kremlin spokesman Dmitry Peskov" → Peskov with RUS), pronouns kept for later.
 */

import { namesOwner } from "../../analyze/entities/rules/org-country.js";
import { isGiven } from "../../analyze/entities/rules/split-title.js";
import { type ActorEntry, isLeaderOffice, lookupActor, lookupSurname } from "../../dict/actors.js";
import type { Entity } from "../../model/index.js";
import type { Tok } from "../text/tokens.js";
import { agentAt, institutionSector, publicBodySector, seatCountry } from "./agents.js";
import { type ActorMention, fullShape } from "./mention.js";
import { type PlaceHit, placeAt } from "./places.js";

/** A capital letter alone or with a full stop: an initial ("P Wilson", "J. Smith"). */
const INITIAL_WORD = /^\p{Lu}\.?$/u;

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
/** Nouns for a person's followers ("Trump supporters", "a Trump supporter"). */
const FOLLOWERS = /^(supporters?|loyalists?|followers?|backers?|fans?|voters?|opponents?|critics?|detractors?)$/;
const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const LOWER_HYPHENED = /^\p{Ll}[\p{Ll}-]*$/u;
const LETTER_FIRST = /^\p{L}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const CAPITALISED_LONG = /^\p{Lu}\p{Ll}{3,}$/u;
const LOWER_WORD = /^\p{Ll}+$/u;
/** A capitalised abbreviation of up to ten letters ("NATO", "UNSC", "AT&T"). */
const ABBREVIATION = /^\p{Lu}[\p{L}&]{1,9}$/u;
/** Every letter but capitals. Global: replace() starts it at 0. */
const NOT_UPPER = /[^\p{Lu}]/gu;
/** "Saudi-led", "London-based". */
const LED_OR_BASED = /^(\p{Lu}[\p{L}.]*)-(led|based)$/u;
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+s$/u;
/** Adjectives of the two parties a capitalised word before a noun names ("Democratic leaders", "Republican leadership"). */
const PARTY_ADJ = /^(Democratic|Republican)$/;
/** Nouns of those who lead a party, after its adjective. */
const PARTY_LED = /^(leaders?|leadership)$/;
const PARTY_LEADERS = { sector: "PTY", length: 1 };
const ADJECTIVE_TITLE = /^\p{Lu}\p{Ll}+(ic|an|al|ist)$/u;
const INTERNATIONAL = /^(International|World|Global|Inter-\p{L}+)$/u;
const CAPITALISED_DOTTED = /^\p{Lu}\p{Ll}+\.?$/u;

const PRONOUNS = new Set(["he", "she", "they", "him", "her", "them", "it"]);
/** Nouns for a person that stand right before their name ("Ohio man James Alex Fields"). */
const PERSON_NOUN = /^(man|woman|boy|girl|teenager|resident|suspect|gunman|driver|father|mother|son|daughter|husband|wife)$/;
/** Agent nouns that name a place where people live or learn ("the neighborhood", "a village", "the school"). */
const PLACE_AGENT =
  /^(?:neighbou?rhoods?|villages?|settlements?|towns?|schools?|colleges?|universit(?:y|ies)|kindergartens?|monaster(?:y|ies))$/;
const ACCUSED = { sector: "CVL", length: 1 };
/** Prepositions of place before such a noun: "in the neighborhood", "near a village". */
const PLACE_PREP = /^(?:in|at|near|inside|around|across|throughout|within)$/;
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "its",
  "their",
  "some",
  "several",
  "many",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "dozens",
  "hundreds",
  "thousands",
]);
/** A capital that names a place, not its government, when it qualifies the capitalised name after it
 * ("the Paris Agreement", "a Berlin non-profit"), or any noun after an indefinite article ("a Kabul car bombing":
 * no government is "a Kabul"). */
const placeOnly = (words: string[], low: string[], i: number, n: number): boolean =>
  UPPER_FIRST.test(words[i + n] ?? "") ||
  low[i + n] === "non-profit" ||
  (/^(a|an)$/.test(low[i - 1] ?? "") && /^\p{Ll}/u.test(words[i + n] ?? ""));
const NUMBERS = /^(two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|\d+)$/;
/** Count words before a noun besides NUMBERS ("twelve people", "one person"). */
const COUNT_WORDS =
  /^(one|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)$/;
/**
 * A plural agent noun or "police" names a group of people wherever it stands: after a verb ("arrested
 * protesters", "noted authorities seized"), a preposition ("clashed with police") or a noun modifier
 * ("intelligence officials"). A singular one there is mostly another sense ("in government", "for security").
 */
function groupNoun(low: string[], i: number, n: number): boolean {
  const w = low[i + n - 1]!;
  return w === "police" || /[^s]s$/.test(w);
}

/** Online platforms, and the words that make one the medium of a message rather than an actor. */
const PLATFORM =
  /^(Twitter|Facebook|Instagram|YouTube|Telegram|WhatsApp|Weibo|WeChat|TikTok|Reddit|Snapchat|LinkedIn|Parler|Gab|VKontakte|8chan|4chan)$/;
const MEDIUM_BEFORE = /^(on|via|through|over|across)$/;
const MEDIUM_AFTER =
  /^(messages?|posts?|page|pages|account|accounts|video|videos|live|channel|chats?|groups?|feed|users?|followers|thread|story|stories)$/;

/** Adjectives that may stand between a country and an agent noun: "Russian senior officials". */
const AGENT_ADJ = new Set([
  "senior",
  "top",
  "high-ranking",
  "government",
  "military",
  "security",
  "local",
  "federal",
  "state",
  "national",
  "foreign",
  "former",
  "new",
  "anti-government",
  "opposition",
  "armed",
  "riot",
  "special",
  "elite",
  "unidentified",
  "unknown",
  "suspected",
  // "the central government are hiding …", "the provincial government".
  "central",
  "provincial",
  "regional",
  "interim",
  "transitional",
  // "a single police officer surrounded by protesters", "a lone gunman", "an off-duty officer".
  "single",
  "lone",
  "off-duty",
  "plainclothes",
  "uniformed",
  "masked",
]);

/** Verbs in -s that follow a subject noun ("an official says", "an official confirms"). */
const THIRD_PERSON_VERB =
  /^(says|adds|tells|notes|explains|claims|warns|insists|confirms|denies|argues|believes|thinks|reports|states|stresses|acknowledges|admits|agrees|estimates|suggests|expects|hopes|wants|calls|urges|describes|reveals|announces)$/;

/** Head nouns of public international bodies ("… Labor Office", "… Monetary Fund", "… Criminal Court"). */
const INTERGOVERNMENTAL_HEADS =
  /^(Organi[sz]ation|Office|Agency|Bank|Fund|Court|Tribunal|Commission|Council|Union|Conference|Force|Authority|Assembly)$/;

/** Head nouns of blocs of states ("… Free Trade Area", "East African Community"). */
const BLOC_HEADS = /^(Area|Community|Parliament|Bloc)$/;

/** Words naming a continent or a body of several of its states ("African", "Pan-African", "Continental"). */
const CONTINENTAL = /^(Africa|African|Pan-African|Europe|European|Pan-European|Asia|Asian|Eurasian|Continental|Caribbean)$/;

/** The words of a name of two or more capitalised words of which one names a continent, else null. */
function continentalName(words: string[]): string[] | null {
  return words.length >= 2 && words.some((w) => CONTINENTAL.test(w)) ? words : null;
}

/** The capitalised name an abbreviation stands for where the text defines it ("… Free Trade Area (AfCFTA)"). */
function spelledOut(text: string, abbr: string): string[] {
  if (!ABBREVIATION.test(abbr)) return [];
  const at = text.indexOf(`(${abbr})`);
  if (at < 0) return [];
  const before = text
    .slice(Math.max(0, at - 120), at)
    .trimEnd()
    .split(/\s+/);
  const name: string[] = [];
  for (let k = before.length - 1; k >= 0; k--) {
    const w = before[k]!;
    if (UPPER_FIRST.test(w)) name.unshift(w);
    else if (/^(of|and|for|the|de)$/.test(w) && name.length > 0) name.unshift(w);
    else break;
  }
  while (name.length > 0 && !UPPER_FIRST.test(name[0]!)) name.shift();
  // The abbreviation's capitals are the initials of the name's capitalised words.
  const initials = name.filter((w) => UPPER_FIRST.test(w)).map((w) => w[0]);
  return initials.join("") === abbr.replace(NOT_UPPER, "") ? name : [];
}

/** Head nouns of associations ("… Crisis Group", "… Rescue Committee", "… Wildlife Fund" is a Fund: IGO-headed). */
const NONGOVERNMENTAL_HEADS =
  /^(Committee|Federation|Group|Institute|Foundation|Society|Association|Alliance|Network|Movement|Watch|Centre|Center|Coalition|Forum|International)$/;

/** "Serbs", "Israelis", "Americans": a demonym whose singular is a demonym of the same country ("Swiss" is not). */
function pluralDemonym(words: string[], i: number): boolean {
  const w = words[i];
  if (!w || !CAPITALISED_PLURAL.test(w)) return false;
  const plural = placeAt(words, i);
  if (plural?.kind !== "demonym" || plural.length !== 1) return false;
  return placeAt([w.slice(0, -1)], 0)?.country === plural.country;
}

/** Of several people with one surname, the first of the country most of them belong to ("Bush" → USA, not
 * the one Cayman Islands governor of that name). */
function mostCommonCountry(list: ActorEntry[]): ActorEntry | undefined {
  if (list.length < 2) return list[0];
  const countryOf = (e: ActorEntry) => e.roles[e.roles.length - 1]?.country ?? null;
  const votes = new Map<string | null, number>();
  for (const e of list) votes.set(countryOf(e), (votes.get(countryOf(e)) ?? 0) + 1);
  let best = countryOf(list[0]!);
  for (const [c, n] of votes) if (n > (votes.get(best) ?? 0)) best = c;
  return list.find((e) => countryOf(e) === best);
}

const isLeader = (e: ActorEntry): boolean => e.roles.some((r) => isLeaderOffice(r.office));

/** Name particles that are not a given name or a surname on their own. */
const PARTICLE = /^(al|el|bin|ibn|ben|abu|de|da|del|van|von|der|le|la)$/i;

/** A leader's title right before a name ("Prime Minister Rabin") → the offices that title names. */
function titleBefore(low: string[], ti: number): RegExp | null {
  const w1 = low[ti - 1] ?? "";
  const w2 = `${low[ti - 2] ?? ""} ${w1}`;
  if (w2 === "prime minister" || w1 === "premier") return /prime minister|premier/i;
  if (w1 === "president") return /president/i;
  if (w1 === "king" || w1 === "queen") return /king|queen|monarch/i;
  if (w1 === "emir") return /emir/i;
  if (w1 === "chancellor") return /chancellor/i;
  if (w2 === "foreign minister") return /foreign/i;
  if (w2 === "defense minister" || w2 === "defence minister") return /defen[cs]e/i;
  return null;
}

/** A person of the dictionary for a name the analysis could not link (see findMentions). */
function personByName(text: string, title: RegExp | null): ActorEntry | undefined {
  // A full name as the dictionary spells it (one word alone may be anyone's given name: "Jean").
  const exact = /[\s-]/.test(text.trim()) ? lookupActor(text).find((e) => e.type === "PER") : undefined;
  if (exact) return exact;
  const parts = text.split(/[\s-]+/).filter((w) => UPPER_FIRST.test(w) && !PARTICLE.test(w));
  const last = parts[parts.length - 1];
  if (!last || last.length <= 3 || /\.$/.test(last)) return undefined;
  const bearers = lookupSurname(last);
  // A surname alone is not enough: in articles it mostly refers back to someone named in full ("Emily W.
  // Murphy … Murphy claimed"), and common ones (Martin, Johnson, Harris) have namesakes in every country;
  // after a leader's title it is someone who held that office ("Prime Minister Rabin").
  if (parts.length === 1)
    return title ? mostCommonCountry(bearers.filter((e) => e.roles.some((r) => r.office && title.test(r.office)))) : undefined;
  const first = parts[0]!.toLowerCase();
  const same = bearers.filter((e) => e.name.split(/\s+/)[0]!.toLowerCase() === first);
  return same.length > 0 ? mostCommonCountry(same) : undefined;
}

/**
 * More places joined to a place phrase ending at token k: "… and Gondor", "…, Rohan and Gondor" (the list
 * must close with "and"); each member a country, a metonym or a linked actor with a country, and the whole
 * noun phrase ("and Ukraine's president" is another actor).
 */
function placeList(
  words: string[],
  low: string[],
  found: ActorMention[],
  k: number,
): { countries: string[]; consumed: ActorMention[]; end: number } | null {
  const members: { country: string; actor?: ActorMention; end: number }[] = [];
  for (let n = k; ; ) {
    const joiner = low[n];
    if (joiner !== "and" && joiner !== ",") break;
    let m = n + 1;
    const closes = joiner === "and" || low[m] === "and";
    if (joiner === "," && closes) m++;
    if (low[m] === "the") m++;
    const actor = found.find((x) => x.ti === m && x.country && x.kind !== "pronoun");
    const hit = actor ? null : placeAt(words, m);
    const end = actor ? actor.tj : hit && (hit.kind === "country" || hit.kind === "metonym") ? m + hit.length : -1;
    if (end < 0 || low[end] === "'s" || (LOWER_FIRST.test(words[end] ?? "") && agentAt(low, end, 1))) return null;
    members.push({ country: actor?.country ?? hit!.country, ...(actor ? { actor } : {}), end });
    if (closes) return { countries: members.map((x) => x.country), consumed: members.flatMap((x) => (x.actor ? [x.actor] : [])), end };
    n = end;
  }
  return null;
}

/** "Vietnamese-led forces", "US-led coalition", "London-based group": the place named before -led/-based. */
function ledBy(word: string): PlaceHit | null {
  if (!word.endsWith("-led") && !word.endsWith("-based")) return null;
  const m = LED_OR_BASED.exec(word);
  const hit = m ? placeAt([m[1]!], 0) : null;
  return hit ? { ...hit, kind: hit.kind === "city" ? "city" : "demonym", length: 1 } : null;
}

/** Head nouns of an office held in an intergovernmental body ("UN special envoy", "EU foreign policy chief"). */
const IGO_OFFICE =
  /^(envoy|commissioner|chief|representative|secretary|ambassador|spokesperson|spokesman|spokeswoman|official|director|head|chairman|chairwoman|chair|coordinator|rapporteur|negotiator|mediator|president|secretary-general|director-general|high representative)$/i;

/**
 * The intergovernmental body that opens a person's title right before the name: a mention of sector IGO
 * followed by at most five lower-case title words ending in an office noun, or an IGO name the analysis
 * ran into its title ("UN special envoy").
 */
function igoOfTitle(found: ActorMention[], words: string[], ti: number): ActorMention | null {
  for (const m of found) {
    if (m.sector !== "IGO" || m.tj > ti || ti - m.tj > 5) continue;
    const between = words.slice(m.tj, ti);
    if (!between.every((w) => LOWER_HYPHENED.test(w))) continue;
    const head = between.length ? between[between.length - 1]! : m.tj - m.ti > 1 ? words[m.tj - 1]! : "";
    if (IGO_OFFICE.test(head)) return m;
  }
  return null;
}

/** Words that qualify an office title ("District Judge", "Deputy Prime Minister", "Chief Justice"). */
const TITLE_MODIFIERS = new Set([
  "district",
  "circuit",
  "county",
  "deputy",
  "vice",
  "assistant",
  "acting",
  "chief",
  "interim",
  "associate",
  "lieutenant",
  "supreme",
  "regional",
  "provincial",
  "presiding",
  "us",
  "u.s.",
]);

/**
 * The office title of a person's name, inside the name the analysis found ("District Judge Michael
 * Urbanski") or right before it ("Senator Rand Paul", "Presidents Muhammadu Buhari …"): its agent phrase's
 * sector (Phoenix agents: judge JUD, senator LEG, president GOV, general MIL) and whether it is plural. A
 * former office ("former President Carter") gives none.
 */
/** The armed services an officer's rank may follow ("Army captain", "naval captain"). */
const ARMED_SERVICE = /^(army|navy|naval|military|marine|marines|air|force|guard)$/;

/**
 * "England captain Harry Kane", "club captain Jordan Henderson", "Spurs captain": a captain in lower case, after
 * no armed service, leads a team, no armed force; an officer's rank is written as a title ("Captain James Cook")
 * or after the service ("Army captain").
 */
function teamCaptain(words: string[], low: string[], k: number): boolean {
  return words[k] === "captain" && !ARMED_SERVICE.test(low[k - 1] ?? "");
}

function titleOf(words: string[], low: string[], ti: number, tj: number, orgEnds: Set<number>): { sector: string; plural: boolean } | null {
  let found: { sector: string; plural: boolean } | null = null;
  const take = (k: number, n: number, sector: string) => {
    const before = [low[k - 1], low[k - 2]];
    if (sector === "SAME" || before.some((w) => /^(former|ex|ex-|then|late|outgoing)$/.test(w ?? ""))) return;
    if (sector === "MIL" && n === 1 && teamCaptain(words, low, k)) return;
    found = { sector, plural: /s$/.test(low[k + n - 1]!) };
  };
  for (let k = ti; k < tj - 1; ) {
    const place = placeAt(words, k);
    if (place && (place.kind === "country" || place.kind === "demonym") && k + place.length < tj) {
      k += place.length + (low[k + place.length] === "'s" ? 1 : 0);
      continue;
    }
    const ag = agentAt(low, k);
    if (ag && k + ag.length < tj) {
      take(k, ag.length, ag.sector);
      k += ag.length;
    } else if (AGENT_ADJ.has(low[k]!) || TITLE_MODIFIERS.has(low[k]!)) k++;
    else break;
  }
  if (found) return found;
  // A title may be followed by its expansion in parentheses: "Labour MP (Member of Parliament) Tom Watson".
  let end = ti;
  if (words[ti - 1] === ")") {
    const open = words.lastIndexOf("(", ti - 1);
    if (open > 0 && ti - open <= 6) end = open;
  }
  for (let n = Math.min(3, end); n >= 1; n--) {
    const ag = agentAt(low, end - n, n);
    if (ag?.length === n && LETTER_FIRST.test(words[end - n]!)) {
      if (titleOpens(words, low, end - n) || orgEnds.has(end - n)) take(end - n, n, ag.sector);
      break;
    }
  }
  return found;
}

const DAY_OR_MONTH =
  /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/**
 * The title at word k is the whole title, not the tail of a longer one we do not know ("Secretary-General",
 * "Surgeon General" are no generals): the word before it is no part of a hyphenated compound, and if
 * capitalised inside the sentence it is a place ("Wisconsin Governor") or a qualifier ("Federal District Judge").
 */
function titleOpens(words: string[], low: string[], k: number): boolean {
  const w = words[k - 1];
  if (w === undefined || k - 1 === 0) return w !== "-";
  if (w === "-") return false;
  if (!UPPER_FIRST.test(w) || DAY_OR_MONTH.test(w)) return true;
  if (AGENT_ADJ.has(low[k - 1]!) || TITLE_MODIFIERS.has(low[k - 1]!)) return true;
  // A capitalised adjective of a party or body ("Democratic Congressman", "Republican Senator"), not a
  // title noun of the same shape ("Admiral", "General").
  if (ADJECTIVE_TITLE.test(w) && !agentAt(low, k - 1, 1)) return true;
  for (let j = Math.max(0, k - 4); j < k; j++) if ((placeAt(words, j)?.length ?? 0) === k - j) return true;
  return false;
}

/** Verbs of saying and believing after which a reported clause (and its subject) starts. */
const SPEECH_BEFORE =
  /^(said|says|say|saying|reported|reports|added|adds|stated|states|announced|announces|claimed|claims|confirmed|confirms|believed|believe|believes|feared|fears|insisted|insists|noted|notes|warned|warns|told)$/;

function overlaps(a: { ti: number; tj: number }, ti: number, tj: number): boolean {
  return a.ti < tj && ti < a.tj;
}

export function findMentions(text: string, toks: Tok[], entities: Entity[]): ActorMention[] {
  const out: ActorMention[] = [];
  const words = toks.map((t) => t.text);
  const low = toks.map((t) => t.low);
  linkedMentions(text, toks, entities, words, low, out);
  dictionaryNames(text, toks, entities, words, low, out);
  tokenMentions(text, toks, words, low, out);

  out.sort((a, b) => a.ti - b.ti || b.tj - a.tj);
  // Drop mentions nested in a longer one.
  const flat = out.filter(
    (m, k) => !out.some((o, l) => l !== k && o.ti <= m.ti && m.tj <= o.tj && o.tj - o.ti > m.tj - m.ti) && !notAnActor(toks, m),
  );
  return markModifiers(
    headOfAfter(officeAfter(mergeAppositions(shareHeadNoun(joinNameParts(flat, toks, text), toks, words), toks), toks), toks),
    toks,
  ).map(fullShape);
}

const LOWER_LETTERS = /^\p{Ll}+$/u;
/**
 * A country between a possessive and a lower-case word modifies a noun ("each of Chan’s Hong Kong action
 * movies as they arrived in the U.S."): weak, so it is no subject and no antecedent of "they".
 */
function markModifiers(ms: ActorMention[], toks: Tok[]): ActorMention[] {
  for (const m of ms)
    if (m.kind === "country" && /^['’]s$/.test(toks[m.ti - 1]?.low ?? "") && LOWER_LETTERS.test(toks[m.tj]?.text ?? "")) m.weak = true;
  return ms;
}

// findMentions runs in three functions of its own, one per step: V8 recompiles a function whole each time one
// of its assumptions about object shapes fails, and one function of 12 KB bytecode was recompiled some twenty
// times in a run over the corpus.

/** The first token that ends after offset `off` (-1: none). */
function tokenEndingAfter(toks: Tok[], off: number): number {
  // Tokens do not overlap and come in order, so their ends rise: a binary search finds the first.
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end > off) hi = mid;
    else lo = mid + 1;
  }
  return lo < toks.length ? lo : -1;
}

/** Step 1 of findMentions: the linked entities. */
function linkedMentions(text: string, toks: Tok[], entities: Entity[], words: string[], low: string[], out: ActorMention[]): void {
  // 1. Linked entities (PER/ORG/GPE/NORP). Cities are places, not actors.
  let pluralTitle: { sector: string; tj: number } | null = null;
  // Where organisation names end: a title after one is its office ("Labour MP Tom Watson").
  const orgEnds = new Set(entities.filter((e) => e.type === "ORG").map((e) => tokenEndingAfter(toks, e.end - 1) + 1));
  for (const e of entities) {
    // A place is no actor, nor is a law, war, treaty or prize the analysis typed by its head word ("the Iraq
    // War", "the U.S. Constitution"), whatever country its name begins with.
    if (e.type === "LOC" || e.method === "misc-heads") continue;
    const ti = tokenEndingAfter(toks, e.start);
    if (ti < 0) continue;
    let tj = ti;
    while (tj < toks.length && toks[tj]!.start < e.end) tj++;
    if (tj === ti) continue;
    // A name the analysis began with a number ("Two Palestinian") is a noun phrase: the
    // country and agent rules below read it.
    if (e.type !== "PER" && !e.country && NUMBERS.test(low[ti]!)) continue;
    // An online platform named as the medium ("said on Twitter", "posted via Facebook", "the Telegram
    // messages") is where something was said, not who was addressed; as a company it still acts
    // ("Twitter suspended the account").
    if (tj - ti === 1 && PLATFORM.test(words[ti]!) && (MEDIUM_BEFORE.test(low[ti - 1] ?? "") || MEDIUM_AFTER.test(low[tj] ?? ""))) continue;
    let country = e.country ?? null;
    let sector = e.sector ?? null;
    let ref = e.ref;
    // "King Hassan of Morocco": a person's title names the country they belong to (a dictionary entry
    // of another country is someone else).
    let end = e.end;
    let text_ = e.text;
    if (e.type === "PER" && low[tj] === "of") {
      // "Prime Minister Igor Matovič of the Slovak Republic": a country's article may stand before its name
      const art = low[tj + 1] === "the" && UPPER_FIRST.test(words[tj + 2] ?? "") ? 1 : 0;
      const of = placeAt(words, tj + 1 + art);
      if (of && (of.kind === "country" || of.kind === "metonym") && of.country !== country) {
        country = of.country;
        ref = undefined;
      } else if (of && !country && !ref) country = of.country; // "Senator Amy Klobuchar of Minnesota"
      // The place is part of the person's mention ("Presidents Muhammadu Buhari of Nigeria and …"): no
      // actor of its own.
      if (of && of.kind !== "demonym" && !UPPER_FIRST.test(words[tj + 1 + art + of.length] ?? "")) {
        tj += 1 + art + of.length;
        end = toks[tj - 1]!.end;
        text_ = text.slice(e.start, end);
      }
    }
    // An organisation named after its country ("Belarusian KGB", "Iranian Red Crescent") belongs to it,
    // whatever type the analysis gave the name; an organisation (typed so) named after a city, to the
    // city's country ("Baghdad University Medical School").
    if ((e.type === "MISC" || e.type === "ORG") && !country) {
      const hit = placeAt(words, ti);
      const cityOk = e.type === "ORG" || (hit?.kind !== "city" && hit?.kind !== "metonym");
      // (Not a country's name in a body named for or against a cause: "Iraq Veterans Against the War".)
      const owner = hit?.kind !== "country" || namesOwner(hit.kind, e.text);
      if (hit && cityOk && owner && hit.length < tj - ti && UPPER_FIRST.test(words[ti + hit.length]!)) country = hit.country;
    }
    if (!country && tj - ti === 1) country = ledBy(words[ti]!)?.country ?? null;
    if (e.type === "MISC" && !country) continue;
    if (e.type === "GPE" || e.type === "NORP") {
      const hit = placeAt(words, ti);
      if (hit?.kind === "city" && !sector) continue;
      if (hit && hit.kind === "metonym" && !sector && placeOnly(words, low, ti, tj - ti)) continue;
      if (hit && hit.kind === "metonym" && !sector) sector = "GOV";
      // Our places (with their corrections) decide the country of a place name the analysis typed.
      if (hit && hit.length === tj - ti && hit.kind !== "city") country = hit.country;
      else if (!country && hit) country = hit.country;
    }
    // An organisation name run into a title ("Arab League Secretary"): its longest leading part that is a
    // known actor ("Arab League").
    if (e.type === "ORG" && !country && !sector && !ref && tj - ti > 1) {
      for (let n = tj - ti - 1; n >= 1; n--) {
        const hit = lookupActor(text.slice(toks[ti]!.start, toks[ti + n - 1]!.end))[0];
        const role = hit?.roles.find((r) => !r.from && !r.to) ?? hit?.roles[hit.roles.length - 1];
        if (!hit || !role || (!role.country && !role.sector)) continue;
        country = role.country ?? null;
        sector = role.sector ?? null;
        ref = hit.id;
        break;
      }
    }
    // An organisation the dictionary does not know whose name says it is international ("International
    // Labor Office", "International Crisis Group") belongs to no country: intergovernmental when its head
    // noun is that of a public body, non-governmental when it is that of an association; other names
    // ("International Women's Day") are left alone.
    if (e.type === "ORG" && !country && !ref && (!sector || sector === "GOV") && words.slice(ti, tj).some((w) => INTERNATIONAL.test(w))) {
      const head = words[tj - 1]!;
      sector = INTERGOVERNMENTAL_HEADS.test(head) ? "IGO" : NONGOVERNMENTAL_HEADS.test(head) ? "NGO" : sector;
    }
    // "African Continental Free Trade Area" (and its abbreviation, "the AfCFTA"): an organisation the
    // dictionary does not know that is named after a continent belongs to no one country — intergovernmental
    // when its head noun is that of a public body or a bloc, otherwise left without a country (not given the
    // country where the story happens).
    let regional = false;
    if (e.type === "ORG" && !country && !ref && (!sector || sector === "GOV")) {
      const full = continentalName(words.slice(ti, tj)) ?? continentalName(spelledOut(text, e.text));
      if (full) {
        regional = true;
        const head = full[full.length - 1]!;
        sector = INTERGOVERNMENTAL_HEADS.test(head) || BLOC_HEADS.test(head) ? "IGO" : sector;
      }
    }
    // A person the analysis did not link: the dictionary person with that surname and, when the name has
    // one, that first name ("Omar El Bashir" → Omar Hassan Ahmad al Bashir, not a Jordanian Bashir).
    if (e.type === "PER" && !country && !ref) {
      // "West German Chancellor Helmut Kohl" taken whole as a name: the country and title before the name
      // say whose it is, and the rest is the name to look up.
      let k = ti;
      let from: string | null = null;
      let titled = false;
      for (;;) {
        const place = placeAt(words, k);
        if (place && (place.kind === "country" || place.kind === "demonym") && k + place.length < tj) {
          from = from ?? place.country;
          k += place.length;
          if (low[k] === "'s") k++;
        } else if (k < tj - 1 && (AGENT_ADJ.has(low[k]!) || agentAt(low, k, 1))) {
          k++;
          titled = true;
        } else break;
      }
      // A place before one word that is no known name is not a person's origin ("Bermuda Wednesday").
      if (!titled && tj - k < 2) from = null;
      const rest = k > ti ? text.slice(toks[k]!.start, e.end) : e.text;
      const hit = personByName(rest, titleBefore(low, k));
      // The country the text gives wins over a dictionary namesake of another country.
      if (from) country = from;
      if (hit) {
        const role = hit.roles.find((r) => !r.from && !r.to) ?? hit.roles[hit.roles.length - 1];
        if (role?.country && (!from || role.country === from)) {
          country = role.country;
          sector = sector ?? role.sector ?? null;
          ref = hit.id;
        }
      }
    }
    // An office title gives the person its sector; after a plural title ("Presidents X of Gondor and Y
    // of Rohan") the persons joined by "and" share it.
    let titleSector: string | undefined;
    if (e.type === "PER") {
      const title = titleOf(words, low, ti, tj, orgEnds);
      if (title) {
        if (!sector && !ref) sector = title.sector;
        titleSector = title.sector;
        pluralTitle = title.plural ? { sector: title.sector, tj } : null;
      } else if (pluralTitle && low[ti - 1] === "and" && ti - 1 === pluralTitle.tj) {
        if (!sector && !ref) sector = pluralTitle.sector;
        titleSector = pluralTitle.sector;
        pluralTitle = null;
      } else pluralTitle = null;
    }
    // "UN special envoy Martin Griffiths", "AU trade and industry commissioner Albert Muchanga": a person
    // whose title opens with an intergovernmental body serves that body.
    if (e.type === "PER" && !country && !ref) {
      const igo = igoOfTitle(out, words, ti);
      if (igo) {
        country = igo.country;
        sector = "IGO";
      }
    }
    // A legislature or court named by its common name ("the House", "Congress", "the Supreme Court") is
    // that of the country where the story happens (as "police"), unless the analysis placed it.
    if (e.type === "ORG" && !country && !sector && !ref && UPPER_FIRST.test(words[ti]!)) {
      sector = institutionSector(low.slice(ti, tj));
    }
    // A public body whose name says what it is ("Wisconsin Elections Commission", "Hampshire County Council").
    if (e.type === "ORG" && !sector && !ref) sector = publicBodySector(low.slice(ti, tj));
    // A person with no known country is still an actor ("Judge Marrero dismissed …"); the coder gives
    // them the country where the sentence happens.
    const unplaced = !country && !sector && (e.type === "PER" || e.type === "ORG") && !ref && !regional;
    // (A person the dictionary knows whose roles all lie at other dates, "Senator Kennedy" for Robert F.
    // Kennedy in 2019, stays that person: the event's date picks the nearest role. Dropped, the bare surname
    // went to a namesake who held office, John F. Kennedy.)
    if (!country && !sector && !unplaced && !(ref && e.type === "PER")) continue;
    // "Trump supporters", "Morales loyalists": the person's followers are a group of civilians of the
    // person's country, not the person.
    if (e.type === "PER" && FOLLOWERS.test(low[tj] ?? "")) {
      out.push({
        start: e.start,
        end: toks[tj]!.end,
        ti,
        tj: tj + 1,
        text: text.slice(e.start, toks[tj]!.end),
        name: `${e.name} ${low[tj]}`,
        country,
        sector: "CVL",
        kind: "agent",
      });
      continue;
    }
    // "Ohio man James Alex Fields": a name of two to four capitalised words right after a person noun is a
    // person, whatever the tagger typed it.
    const named = words.slice(ti, tj);
    const person =
      e.type === "PER" ||
      (!ref && PERSON_NOUN.test(low[ti - 1] ?? "") && named.length >= 2 && named.length <= 4 && named.every((w) => CAPITALISED.test(w)));
    // "The 48-year-old Australian was evicted …": a singular demonym after an article or an age, standing as a
    // noun (a verb, a comma or "who" follows), is a person of that country, not the country.
    const plural = e.type === "NORP" && tj - ti === 1 && pluralDemonym(words, ti);
    const demonymPerson =
      e.type === "NORP" &&
      tj - ti === 1 &&
      !plural &&
      (/^(the|a|an)$/.test(low[ti - 1] ?? "") || /^years?-old$/.test(low[ti - 1] ?? "")) &&
      /^(was|is|had|has|who|said|told|,)$/.test(low[tj] ?? "");
    out.push({
      ...(unplaced ? { unplaced: true } : {}),
      ...(person || demonymPerson ? { person: true } : {}),
      ...(titleSector ? { title: titleSector } : {}),
      start: e.start,
      end,
      ti,
      tj,
      text: text_,
      // "thousands of Swedes": a people named by its plural demonym is those people, not the state the
      // analysis links the demonym to ("Sweden"); so is one person named by a singular demonym standing as a noun.
      name: plural || demonymPerson ? text_ : e.name,
      country,
      sector,
      ref,
      kind: e.type === "PER" || e.type === "ORG" || demonymPerson ? "entity" : "country",
    });
  }
}

/** Step 1b of findMentions: dictionary names the analysis did not link. */
function dictionaryNames(text: string, toks: Tok[], entities: Entity[], words: string[], low: string[], out: ActorMention[]): void {
  // 1b. Names the analysis did not link: the longest capitalised run (up to 5 words) that is in the actor dictionary.
  // A word the analysis typed a name of another kind (MISC: "restrictions on free speech in Islam") is no
  // leader's surname.
  const misc = new Set<number>();
  for (const e of entities)
    if (e.type === "MISC")
      for (let k = tokenEndingAfter(toks, e.start); k >= 0 && k < toks.length && toks[k]!.start < e.end; k++) misc.add(k);
  for (let i = 0; i < toks.length; i++) {
    if (!UPPER_FIRST.test(words[i]!) || out.some((m) => overlaps(m, i, i + 1))) continue;
    let run = i;
    while (
      run < toks.length &&
      run - i < 5 &&
      (UPPER_FIRST.test(words[run]!) || (run > i && /^(of|the|al|bin|de|von|van)$/.test(low[run]!)))
    )
      run++;
    for (let j = run; j > i; j--) {
      if (out.some((m) => overlaps(m, i, j))) continue;
      const surface = text.slice(toks[i]!.start, toks[j - 1]!.end);
      if (placeAt(words, i)?.length === j - i) break; // places are the analysis stage's
      const hit =
        lookupActor(surface)[0] ??
        // A surname alone, not a given name followed by another name ("Victor Marrero"), not after an initial
        // or a given name (someone else's surname: 'identified only as "P Wilson"'), not the first part of a
        // compound ("Franco-German"), not a group word ("Christian", "Islamic"), not a sentence's first word
        // ("Some", "During"), and only a head of state's or government's: in running text the other dictionary
        // namesakes (Hall, Long, Black) are someone else.
        (j - i === 1 &&
        run === i + 1 &&
        i > 0 &&
        !INITIAL_WORD.test(words[i - 1]!) &&
        !isGiven(words[i - 1]!) &&
        !misc.has(i) &&
        CAPITALISED_LONG.test(words[i]!) &&
        low[i + 1] !== "-" &&
        !agentAt(low, i, 1)
          ? mostCommonCountry(lookupSurname(surface).filter(isLeader))
          : undefined);
      if (!hit) continue;
      const role = hit.roles.find((r) => !r.from && !r.to) ?? hit.roles[hit.roles.length - 1];
      out.push({
        start: toks[i]!.start,
        end: toks[j - 1]!.end,
        ti: i,
        tj: j,
        text: surface,
        name: hit.name,
        country: role?.country ?? null,
        sector: role?.sector ?? null,
        ref: hit.id,
        kind: "entity",
      });
      i = j - 1;
      break;
    }
  }
}

/** A mention of the single word i ("US-led", "he"). */
function wordMention(toks: Tok[], words: string[], i: number, country: string | null, kind: ActorMention["kind"]): ActorMention {
  return {
    start: toks[i]!.start,
    end: toks[i]!.end,
    ti: i,
    tj: i + 1,
    text: words[i]!,
    name: words[i]!,
    country,
    sector: null,
    kind,
  };
}

/** Step 2 of findMentions: countries, demonyms, metonyms, agents and pronouns in the tokens. */
function tokenMentions(text: string, toks: Tok[], words: string[], low: string[], out: ActorMention[]): void {
  // 2. Countries, demonyms, metonyms and agents found in the tokens.
  // The names found so far, by first token; tokens inside a longer name.
  const byTi = new Map<number, ActorMention>();
  const inLongName = new Uint8Array(toks.length);
  for (const m of out) {
    if (!byTi.has(m.ti)) byTi.set(m.ti, m);
    if (m.kind === "entity" && m.tj - m.ti > 1) inLongName.fill(1, m.ti + 1, m.tj);
  }
  for (let i = 0; i < toks.length; i++) {
    if (inLongName[i]) continue;
    const covering = byTi.get(i);
    const hit = covering ? null : (placeAt(words, i, low) ?? ledBy(words[i]!));
    const country: string | null = covering?.country ?? hit?.country ?? null;
    let j = covering ? covering.tj : hit ? i + hit.length : i;
    if (country !== null) {
      if (low[j] === "'s") j++;
      let k = j;
      while (k < toks.length && AGENT_ADJ.has(low[k]!) && k - j < 2) k++;
      let ag = k < toks.length && LETTER_FIRST.test(words[k]!) ? agentAt(low, k) : null;
      // "Gondor's government", "the Quibbler government newspaper": an agent phrase may start with one of
      // the adjectives; the phrase reaching furthest wins (the longer one on a tie).
      const agJ = k > j && LETTER_FIRST.test(words[j] ?? "") ? agentAt(low, j) : null;
      if (agJ && (!ag || j + agJ.length >= k + ag.length)) {
        k = j;
        ag = agJ;
      }
      if (ag?.sector === "MIL" && ag.length === 1 && teamCaptain(words, low, k)) ag = null;
      // "pro-Iranian militants", "anti-Israeli demonstrators": a stance, not a nationality; the group is
      // of the place where the sentence happens (the coder places agents without a country). "post-Soviet
      // states", "non-Russian speakers": an era or an exclusion, no actor of that country either.
      const stance = (!covering || covering.kind === "country") && low[i - 1] === "-" && /^(pro|anti|post|pre|non)$/.test(low[i - 2] ?? "");
      if (ag) {
        const tj = k + ag.length;
        const start = covering?.start ?? toks[i]!.start;
        // Replace the covering country mention by the agent.
        if (covering) out.splice(out.indexOf(covering), 1);
        out.push({
          start,
          end: toks[tj - 1]!.end,
          ti: i,
          tj,
          text: text.slice(start, toks[tj - 1]!.end),
          name: text.slice(start, toks[tj - 1]!.end),
          country: stance ? null : country,
          sector: ag.sector === "SAME" ? null : ag.sector,
          kind: "agent",
          counterpart: ag.sector === "SAME",
        });
        i = tj - 1;
        continue;
      }
      // "the pro-Beijing camp": no actor of that country either.
      if (stance && covering) {
        out.splice(out.indexOf(covering), 1);
        i = j - 1;
        continue;
      }
      if (hit && hit.kind === "metonym" && placeOnly(words, low, i, hit.length)) {
        i += hit.length - 1;
        continue;
      } else if (hit && hit.kind !== "city" && hit.kind !== "demonym" && !stance) {
        out.push({
          start: toks[i]!.start,
          end: toks[j - 1]!.end,
          ti: i,
          tj: hit.length + i,
          text: words.slice(i, i + hit.length).join(" "),
          name: words.slice(i, i + hit.length).join(" "),
          country: hit.country,
          sector: hit.kind === "metonym" ? "GOV" : null,
          kind: "country",
        });
      } else if (hit?.kind === "demonym") {
        // A plural demonym is a noun ("the Russians", "Israelis said"); after another demonym the first
        // names the country ("Bosnian Serbs" → BIH).
        const end = i + hit.length;
        const nextPlural = pluralDemonym(words, end) ? end + 1 : 0;
        const tj = nextPlural || (pluralDemonym(words, end - 1) ? end : 0);
        if (tj) {
          out.push({
            start: toks[i]!.start,
            end: toks[tj - 1]!.end,
            ti: i,
            tj,
            text: words.slice(i, tj).join(" "),
            name: words.slice(i, tj).join(" "),
            country: hit.country,
            sector: null,
            kind: "country",
            // "ethnic Albanians" in Serbia are of the country where they live.
            ...(low[i - 1] === "ethnic" ? { ethnic: true } : {}),
          });
          i = tj - 1;
          continue;
        }
        // "the US-led war", "a Saudi-led coalition": what a country leads stands for it ("-based" does not).
        if (hit.length === 1 && low[i]!.endsWith("-led") && !stance) {
          out.push(wordMention(toks, words, i, hit.country, "country"));
          continue;
        }
      }
      if (hit) i += hit.length - 1;
      continue;
    }
    // An international organisation's agents ("U.N. helicopters", "NATO troops") are the organisation's.
    // … also its officials and organs named with its possessive ("NATO's top commander", "The U.N.'s special
    // envoy", "The European Union's top court"), over one or two of the agent adjectives.
    if (covering && !covering.country && (covering.sector === "IGO" || covering.sector === "NGO")) {
      let k = j;
      if (/^['’]s?$/.test(low[k] ?? "")) {
        // ("The U.N.'s": the abbreviation's full stop splits its possessive in two.)
        k += /^['’]$/.test(low[k]!) && low[k + 1] === "s" ? 2 : 1;
        while (k < toks.length && AGENT_ADJ.has(low[k]!) && k - j < 3) k++;
      }
      const ag = agentAt(low, k);
      const after = k + (ag?.length ?? 0);
      const nounAfter =
        (LOWER_FIRST.test(words[after] ?? "") && agentAt(low, after, 1)) ||
        // "the United Nations' official position": an adjective before a noun, not an official.
        (k > j &&
          ag?.length === 1 &&
          /^(official|military)$/.test(low[k]!) &&
          LOWER_WORD.test(words[after] ?? "") &&
          !/(ed|s)$/.test(low[after]!));
      if (ag && ag.sector !== "SAME" && LOWER_FIRST.test(words[k] ?? "") && !nounAfter) {
        const tj = k + ag.length;
        out.splice(out.indexOf(covering), 1, {
          ...covering,
          end: toks[tj - 1]!.end,
          tj,
          text: text.slice(covering.start, toks[tj - 1]!.end),
        });
        i = tj - 1;
        continue;
      }
    }
    if (covering) continue;
    // Bare agents: "police", "the government", "protesters" (lower case, after a determiner or at a clause
    // start; capitalised only as the sentence's first word: "Police arrested …").
    const bareCase = LOWER_FIRST.test(words[i]!) || (i === 0 && CAPITALISED.test(words[i]!)) || capitalisedOffice(words, low, i);
    // "the accused" is a person (kept out of the agent list, where "Pelosi accused Trump" would read as a title).
    // "Democratic leaders", "Republican leadership": the leaders a party adjective names lead the party.
    const partyLed = PARTY_ADJ.test(words[i - 1] ?? "") && PARTY_LED.test(low[i]!);
    const ag = partyLed
      ? PARTY_LEADERS
      : bareCase
        ? (agentAt(low, i, 3) ?? (low[i] === "accused" && DETERMINERS.has(low[i - 1] ?? "") ? ACCUSED : null))
        : null;
    if (ag && !out.some((m) => overlaps(m, i, i + 1))) {
      if (ag.sector !== "SAME") {
        const prev = low[i - 1] ?? "";
        const okPrev =
          i === 0 ||
          prev === "of" ||
          DETERMINERS.has(prev) ||
          AGENT_ADJ.has(prev) ||
          /^[,;:("]$/.test(prev) ||
          prev === "and" ||
          // "Iraqi police said gunmen ambushed a convoy": the subject of a reported clause.
          SPEECH_BEFORE.test(prev) ||
          groupNoun(low, i, ag.length) ||
          UPPER_FIRST.test(words[i - 1] ?? "") ||
          /^\d/.test(prev) ||
          // "arrested twelve people", "one person".
          NUMBERS.test(prev) ||
          COUNT_WORDS.test(prev);
        const nextWord = low[i + ag.length] ?? "";
        const nextIsNoun =
          (LOWER_FIRST.test(words[i + ag.length] ?? "") && agentAt(low, i + ag.length, 1)) ||
          // "derided the two party system", "the government system": the noun qualifies a system, no actor.
          /^systems?$/.test(nextWord) ||
          // "an official protest": an adjective before a noun, not an official.
          // A preposition, conjunction or auxiliary after it ("an official in Washington", "an official who …")
          // makes it the noun.
          // "overturned the criminal convictions of Bridget Anne Kelly": "criminal" qualifies the convictions.
          ((low[i] === "official" || low[i] === "military" || low[i] === "criminal") &&
            LOWER_WORD.test(nextWord) &&
            !/ed$/.test(nextWord) &&
            // A plural noun after it ("the official winners", "official statements") is what is official; a
            // verb in -s ("an official says") makes it the noun.
            !THIRD_PERSON_VERB.test(nextWord) &&
            !/^(said|told|says|in|of|from|at|with|for|on|to|and|or|but|who|whom|whose|that|which|close|familiar|speaking|involved|would|will|could|can|may|might|should|must|had|did|does|do|is|was)$/.test(
              nextWord,
            ));
        // "world leaders", "international observers": people of no one country, so not the story's.
        const ofNoCountry = /^(world|international|global)$/.test(prev);
        // "Police arrested the accused in the neighborhood of Strickland Street": a place noun of the agent
        // list after a preposition of place is where something happened, not who took part.
        const wherePlace = PLACE_AGENT.test(low[i]!) && DETERMINERS.has(prev) && PLACE_PREP.test(low[i - 2] ?? "");
        // "Russia and Syria joined forces", "joining forces to compete with Amazon": an idiom of working together.
        const joinedForces = low[i] === "forces" && /^join(s|ed|ing)?$/.test(prev);
        // ("Spurs captain": after a name.)
        const ledTeam = UPPER_FIRST.test(words[i - 1] ?? "") && teamCaptain(words, low, i);
        if (okPrev && !nextIsNoun && !ofNoCountry && !joinedForces && !wherePlace && !ledTeam) {
          const tj = i + ag.length;
          // "the president of Armenia", "the government of Sudan".
          // "doctors from two American aid groups": where they come from; "officials in Moscow": where they serve.
          const prep = low[tj] ?? "";
          // "the Pope in Rome" serves his seat, not the place after it.
          const seat = seatCountry(low.slice(i, tj).join(" "));
          // "the spokesperson for the German government": who speaks for a body belongs to it.
          const speaksFor = prep === "for" && /^(spokes(?:man|woman|person)|representatives?)$/.test(low[tj - 1] ?? "");
          const skip = !seat && (/^(of|from|in)$/.test(prep) || speaksFor) ? (DETERMINERS.has(low[tj + 1] ?? "") ? 2 : 1) : 0;
          const placed = skip ? placeAt(words, tj + skip) : null;
          const of =
            placed &&
            (prep === "of" ||
              placed.kind === "country" ||
              ((prep === "from" || speaksFor) && placed.kind === "demonym") ||
              (prep === "in" && placed.kind === "metonym"))
              ? placed
              : null;
          // "the government of Gondor", "soldiers from Gondor": a linked actor there gives its country.
          const actor = skip && !of ? out.find((m) => m.ti === tj + skip && m.country && m.kind !== "pronoun") : undefined;
          let k = -1;
          const countries: string[] = [];
          const consumed: ActorMention[] = [];
          if (actor) {
            consumed.push(actor);
            countries.push(actor.country!);
            k = actor.tj;
          } else if (of && of.kind !== "city") {
            countries.push(of.country);
            k = tj + skip + of.length;
            // The demonym's own noun belongs to the phrase ("from two American aid groups").
            if (of.kind === "demonym") k += agentAt(low, k)?.length ?? 0;
          }
          if (k >= 0) {
            // "officials in Fornost and Gondor", "the governments of Russia and China": one actor per place.
            if (of?.kind !== "demonym") {
              const more = placeList(words, low, out, k);
              if (more) {
                countries.push(...more.countries);
                consumed.push(...more.consumed);
                k = more.end;
              }
            }
            for (const m of consumed) out.splice(out.indexOf(m), 1);
            const span = {
              start: toks[i]!.start,
              end: toks[k - 1]!.end,
              ti: i,
              tj: k,
              text: text.slice(toks[i]!.start, toks[k - 1]!.end),
              name: text.slice(toks[i]!.start, toks[k - 1]!.end),
            };
            // "Representatives from the UAE, Bahrain, and Israel held a special signing": the envoys of a
            // country (or of its government: "representatives of the Afghan government") act for its
            // government, not a legislature, the reading the agent list gives "representatives" alone.
            const envoys = /^representatives?$/.test(low[tj - 1] ?? "") && (of?.kind === "country" || actor?.sector === "GOV");
            // "a spokesman for the Taliban" speaks for a body of no state: its sector, not a government's.
            const bodySector = speaksFor && actor?.sector && !/^(GOV|JUD|LEG|MIL|COP|SPY)$/.test(actor.sector) ? actor.sector : null;
            for (const c of countries) out.push({ ...span, country: c, sector: envoys ? "GOV" : (bodySector ?? ag.sector), kind: "agent" });
            // "Lawmakers and officials in Fornost": the agents joined before share the place.
            const partner = low[i - 1] === "and" ? out.filter((m) => m.kind === "agent" && !m.country && m.sector && m.tj === i - 1) : [];
            for (const m of partner) {
              out.splice(out.indexOf(m), 1);
              for (const c of countries) out.push({ ...m, country: c });
            }
            i = k - 1;
            continue;
          }
          out.push({
            start: toks[i]!.start,
            end: toks[tj - 1]!.end,
            ti: i,
            tj,
            text: words.slice(i, tj).join(" "),
            name: words.slice(i, tj).join(" "),
            // "the Pope": an office that serves one state wherever the story happens.
            country: seat,
            sector: ag.sector,
            kind: "agent",
          });
          i = tj - 1;
          continue;
        }
      }
    }
    // ("an IT worker": "IT" in capitals inside a sentence is information technology, not the pronoun.)
    if (PRONOUNS.has(low[i]!) && !(i > 0 && words[i] === "IT")) out.push(wordMention(toks, words, i, null, "pronoun"));
  }
  countedVictims(toks, words, low, out);
}

/** Verbs of harm and custody whose object may be a bare count of people ("killing four", "injured twelve more"). */
const COUNTED_HARM =
  /^(kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded|wounding|hurt|hurting|arrest|arrests|arrested|arresting|detain|detains|detained|detaining|abduct|abducts|abducted|abducting|kidnap|kidnaps|kidnapped|kidnapping)$/;
/** Words of quantity before a count ("at least 20", "more than 50"). */
const COUNT_QUANTIFIER =
  /^(at|least|more|than|some|about|nearly|over|around|almost|roughly|approximately|another|a|further|up|to|as|many)$/;
/** What may follow a bare count that is the whole object: the clause's end, a conjunction or a preposition. */
const AFTER_BARE_COUNT =
  /^([,.;:!?)]|and|or|but|in|on|at|during|while|when|after|before|as|including|near|across|inside|outside|since|with|—|–)$/;

/**
 * A bare count as the object of a verb of harm or custody is a count of people: "an IT worker went on a stabbing
 * spree, killing four", "the attack had killed twelve and injured twelve more", "a car bombing killed five and
 * wounded 110". The count (with "more" or "others" after it) becomes an agent mention of civilians, as "four
 * people" is; not a count of things ("killed 12 years ago") nor a part ("killed two of the attackers").
 */
function countedVictims(toks: Tok[], words: string[], low: string[], out: ActorMention[]): void {
  for (let v = 0; v < toks.length - 1; v++) {
    if (!COUNTED_HARM.test(low[v]!)) continue;
    let i = v + 1;
    while (i < v + 5 && COUNT_QUANTIFIER.test(low[i] ?? "") && !NUMBERS.test(low[i] ?? "")) i++;
    const w = low[i] ?? "";
    if (!(NUMBERS.test(w) || COUNT_WORDS.test(w) || /^\d{1,3}(,\d{3})*$/.test(w))) continue;
    let tj = i + 1;
    if (/^(more|others|other)$/.test(low[tj] ?? "")) tj++;
    if (tj < toks.length && !AFTER_BARE_COUNT.test(low[tj]!)) continue;
    if (out.some((m) => m.ti < tj && i < m.tj)) continue;
    out.push({
      start: toks[i]!.start,
      end: toks[tj - 1]!.end,
      ti: i,
      tj,
      text: words.slice(i, tj).join(" "),
      name: "people",
      country: null,
      sector: "CVL",
      kind: "agent",
    });
  }
}

/**
 * Words that look like an actor and are not one: a currency's country prefix run into its sign ("US$400
 * million", "C$20"), a country naming a war, a law or a currency, and an interview's speaker tag ("((WN)) Your younger brother …").
 */
function notAnActor(toks: Tok[], m: ActorMention): boolean {
  const next = toks[m.tj];
  if (next?.text === "$" && next.start === toks[m.tj - 1]!.end) return true;
  // A country naming a war, a law or a currency ("voted against the Iraq War", "violated the Fourteenth
  // Amendment to the United States Constitution", "17 U.S. Code", "a one million US dollar reward").
  if (m.kind === "country" && /^(War|Wars|Constitution|Code|dollars?)$/.test(next?.text ?? "")) return true;
  return toks[m.ti - 1]?.text === "(" && toks[m.ti - 2]?.text === "(" && toks[m.tj]?.text === ")";
}

/**
 * "Kurt Volker, the United States special envoy for …": a person followed by ", the <office>" holds it and
 * takes its country and sector (the office stays a mention of its own). Only with an article: a bare
 * agent after a comma is mostly the next member of a list ("Smith, police and …").
 */
function officeAfter(ms: ActorMention[], toks: Tok[]): ActorMention[] {
  return ms.map((m, k) => {
    const next = ms[k + 1];
    if (!m.person || (m.country && m.sector) || m.ref || next?.kind !== "agent" || !next.sector || next.counterpart) return m;
    const gap = toks.slice(m.tj, next.ti).map((t) => t.low);
    // … also with no article when the office is a spokesperson's for a body ("Kerri Kupec, spokeswoman for the
    // Trump administration's Department of Justice, sharply criticized …"): a list has no "spokeswoman for".
    const spokes =
      gap.length === 1 && gap[0] === "," && /^spokes(man|woman|person)$/.test(toks[next.ti]!.low) && toks[next.ti + 1]?.low === "for";
    if (!spokes && (gap.length !== 2 || gap[0] !== "," || !/^(the|a|an)$/.test(gap[1]!))) return m;
    if (/s$/.test(toks[next.tj - 1]!.low)) return m;
    // "a spokesman for the PMF": the office is that organisation's, whose sector the title does not say.
    const after = ms[k + 2];
    const at = next.tj + (toks[next.tj + 1]?.low === "the" ? 2 : 1);
    if (after?.kind === "entity" && /^(for|of|at)$/.test(toks[next.tj]?.low ?? "") && after.ti === at) return m;
    const { unplaced: _u, ...person } = m;
    return { ...person, country: m.country ?? next.country, sector: m.sector ?? next.sector };
  });
}

/** Offices named "<office> of <body>" after a person's name. */
const HEAD_OF =
  /^(head|chief|leader|commander|director|chairman|chairwoman|chair|founder|secretary-general|president|spokesman|spokeswoman|spokesperson)$/;

/**
 * "Qasem Soleimani, head of Iran's Quds Force", "X, the leader of the Taliban": a person the analysis did
 * not place who heads a body placed in the text takes its country (its sector stays what the text gives).
 */
function headOfAfter(ms: ActorMention[], toks: Tok[]): ActorMention[] {
  return ms.map((m, k) => {
    const next = ms[k + 1];
    if (!m.person || m.country || m.ref || !next?.country || next.kind === "pronoun" || /^(IGO|NGO|INT|MNC)$/.test(next.country)) return m;
    const gap = toks.slice(m.tj, next.ti).map((t) => t.low);
    const at = gap[1] === "the" ? 2 : 1;
    if (gap[0] !== "," || !HEAD_OF.test(gap[at] ?? "") || gap[at + 1] !== "of" || gap.length > at + 3) return m;
    // "of the Islamic Revolutionary Guard Corps": only an article may stand between "of" and the body.
    if (gap.length === at + 3 && gap[at + 2] !== "the") return m;
    const { unplaced: _u, ...person } = m;
    return { ...person, country: next.country };
  });
}

/**
 * "U.S. and Russian negotiators", "French and Egyptian warships": a country named as a modifier before
 * "and" shares the agent noun of the next conjunct.
 */
function shareHeadNoun(ms: ActorMention[], toks: Tok[], words: string[]): ActorMention[] {
  return ms.map((m, k) => {
    const next = ms[k + 1];
    if (m.kind !== "country" || m.sector || !next || next.kind !== "agent" || !next.sector || next.ti !== m.tj + 1) return m;
    if (toks[m.tj]?.low !== "and" || /s$/.test(words[m.tj - 1] ?? "")) return m;
    const lead = placeAt(words, next.ti);
    if (!lead || (lead.kind !== "demonym" && lead.kind !== "country")) return m;
    return { ...m, kind: "agent" as const, sector: next.sector };
  });
}

/** Particles inside Arabic and other names: "Hamad bin Khalifa al-Thani". */
const NAME_PARTICLES = /^(bin|ibn|bint|ben|al|el|abu|abd|-|de|da|van|von)$/;

/**
 * Parts of one person's name the analysis split ("Hamad", "Khalifa", "Thani" of "Sheikh Hamad bin Khalifa
 * al-Thani"): unplaced person names separated only by name particles are one person.
 */
function joinNameParts(ms: ActorMention[], toks: Tok[], text: string): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    // "The International Labor Office (ILO)": the acronym in parentheses is the organisation just named.
    // The one the dictionary or the analysis placed lends its country and sector to the other.
    if (
      prev?.kind === "entity" &&
      m.kind === "entity" &&
      m.ti === prev.tj + 1 &&
      toks[prev.tj]?.text === "(" &&
      /^[A-Z]{2,6}$/.test(m.text)
    ) {
      const known = (x: ActorMention) => Boolean(x.ref || x.country || x.sector === "IGO" || x.sector === "NGO");
      if (known(m) && !known(prev)) {
        const { unplaced: _u, ...placed } = prev;
        out[out.length - 1] = { ...placed, country: m.country, sector: m.sector, ...(m.ref ? { ref: m.ref } : {}) };
        out.push(m);
      } else if (known(prev) && !known(m)) {
        const { unplaced: _u, ...named } = m;
        out.push({ ...named, country: prev.country, sector: prev.sector, ...(prev.ref ? { ref: prev.ref } : {}) });
      } else if (prev.sector && !m.sector && !known(m)) {
        // "The National Telecommunications Commission (NTC)": a body the words of its name make a state organ
        // lends that sector to its acronym, though neither is placed.
        out.push({ ...m, sector: prev.sector });
      } else out.push(m);
      continue;
    }
    const between = prev ? toks.slice(prev.tj, m.ti) : [];
    if (
      prev?.person &&
      m.person &&
      (prev.unplaced || m.unplaced) &&
      between.length > 0 &&
      between.every((t) => NAME_PARTICLES.test(t.low))
    ) {
      // The whole name ("Jean-Bertrand Aristide", "Omar Hassan al-Bashir"): the dictionary's person for it,
      // else the last part if the analysis placed it
      const name = text.slice(prev.start, m.end);
      // (the surname's: a given name alone — "John" of "John de Graaf" — says nothing of the person).
      const placed = m.unplaced ? null : m;
      const hit = personByName(name, null);
      const role = hit ? (hit.roles.find((r) => !r.from && !r.to) ?? hit.roles[hit.roles.length - 1]) : undefined;
      const { unplaced: _u, ref: _r, ...base } = prev;
      const joined: ActorMention = { ...base, country: null, sector: null, end: m.end, tj: m.tj, text: name, name };
      if (hit && role?.country) Object.assign(joined, { country: role.country, sector: role.sector ?? null, ref: hit.id });
      else if (placed)
        Object.assign(joined, { country: placed.country, sector: placed.sector, ...(placed.ref ? { ref: placed.ref } : {}) });
      else joined.unplaced = true;
      out[out.length - 1] = joined;
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * "Kremlin spokesman Dmitry Peskov", "Russian President Vladimir Putin", "his U.S. counterpart Donald Trump";
 * a role with its country and, after a comma, a person the analysis could not place: "Quatar's emir, Sheikh
 * Hamad bin Khalifa al-Thani" (the person holds the role).
 */
function mergeAppositions(ms: ActorMention[], toks: Tok[]): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (prev?.kind === "agent" && prev.country && prev.sector && m.person && m.unplaced && toks[prev.tj]?.low === ",") {
      const titles = toks.slice(prev.tj + 1, m.ti);
      if (titles.length <= 2 && titles.every((t) => CAPITALISED_DOTTED.test(t.text))) {
        const { unplaced: _u, ...person } = m;
        // The person keeps its own span (the comma begins the clause the verb reads its subject in); the
        // role stays a mention of its own.
        out.push({ ...person, country: prev.country, sector: prev.sector });
        continue;
      }
    }
    if (prev && m.kind === "entity" && prev.kind !== "pronoun" && m.ti - prev.tj <= 3) {
      const gap = toks.slice(prev.tj, m.ti);
      const titleGap = gap.every((t) => UPPER_FIRST.test(t.text) || t.low === "'s" || t.low === "-" || agentAt([t.low], 0, 1) !== null);
      const isPer = !m.ref || m.sector !== null || m.country !== null;
      if (titleGap && isPer && (prev.kind !== "entity" || gap.length > 0)) {
        out.pop();
        out.push({
          ...m,
          country: m.country ?? prev.country,
          sector: m.sector ?? prev.sector,
          start: prev.start,
          ti: prev.ti,
          text: m.text,
        });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** Government offices written with a capital when they stand for the holder: "the President", "the Prime Minister". */
const CAPITALISED_OFFICES = new Set([
  "president",
  "prime minister",
  "premier",
  "chancellor",
  "governor",
  "foreign minister",
  "pope",
  "pontiff",
]);

/**
 * "the President insisted …": an office capitalised after "the" with no name after it names its holder,
 * as "the police" names the police (the country comes from where the story happens).
 */
function capitalisedOffice(words: string[], low: string[], i: number): boolean {
  if (low[i - 1] !== "the" || !CAPITALISED.test(words[i]!)) return false;
  const two = `${low[i]} ${low[i + 1] ?? ""}`;
  const n = CAPITALISED_OFFICES.has(two) ? 2 : CAPITALISED_OFFICES.has(low[i]!) ? 1 : 0;
  return n > 0 && !UPPER_FIRST.test(words[i + n] ?? "");
}
