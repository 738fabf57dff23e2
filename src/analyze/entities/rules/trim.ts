import { lookupPlace } from "../../../dict/places.js";
import { PERSON_TITLES } from "../gazetteer.js";
import type { EntityRule } from "../mention.js";
import { makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";

// Module-level: tsx compiles a `\p{…}` literal inside a function anew at every call.
const UPPER_FIRST = /^\p{Lu}/u;

const EDGE = /^(?:['’]s|['’"“”(),.:;\-–—]|--)$/;
/** Capitalised function words that are never a name on their own (sentence-initial "The", "Let"). */
export const NEVER_ALONE = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "His",
  "Her",
  "Their",
  "Its",
  "Our",
  "Let",
  "But",
  "And",
  "Or",
  "If",
  "In",
  "On",
  "At",
  "As",
  "For",
  "With",
  "From",
  "By",
  "After",
  "Before",
  "When",
  "While",
  "There",
  "Here",
  "What",
  "Who",
  "Why",
  "How",
  "Some",
  "Many",
  "Most",
  "All",
  "No",
  "Not",
  "Yes",
  "Mr",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Dr.",
  "According",
  "However",
  "Meanwhile",
  "Since",
  "During",
  "Although",
  "Though",
  "Because",
  "Under",
  "Until",
  "Despite",
  "Following",
  "Last",
  "Next",
  "Every",
  "Each",
  "Both",
  "Several",
  "Along",
  "Among",
  "Across",
  "Through",
  "Within",
  "Without",
  "Between",
  "Into",
  "Over",
  "About",
  "Then",
  "Now",
  "Today",
  "Yesterday",
]);

/** Lower-case words that join a name's parts but never end it ("Bank of", "Procter &"). */
const NEVER_LAST = new Set(["of", "and", "&", "the", "in", "at", "for", "on", "de", "du", "da", "del", "van", "von", "der", "-"]);
/** A count before a name ("Two Palestinian", "Three Britons") counts it; it is not part of it. */
const COUNT = new Set(["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Dozens", "Hundreds", "Thousands"]);
/** Days and months that end a clause after a name ("Omar El Bashir on Thursday"); May, June, April and August are also names. */
const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|July|September|October|November|December)$/;
const DATE_PREP = /^(?:on|since|by|until|from|in|last|next|this)$/;
/**
 * Titles that end an organisation's or a place's run only as the role of the person after it ("Ryanair CEO,
 * Michael O'Leary", "Chrysler Chief Executive", "a former United Farmers of Ontario MPP"): not part of the name.
 */
const TRAILING_TITLE =
  /^(?:CEO|CFO|COO|MP|MPs|MPP|MPPs|MLA|MLAs|MEP|MEPs|MSP|MSPs|Chief|Chairman|Chairwoman|Chairperson|President|Spokesman|Spokeswoman|Spokesperson|Director|Commissioner|Secretary|Minister|Senator|Governor|Mayor|Ambassador)$/;
const ROLE_PART = /^(?:Prime|Vice|Deputy|Executive|Foreign|General|Managing)$/;
/**
 * Words before a person's name that are not part of it, besides the gazetteer's titles (which are also tagger
 * features and stay as trained): elected roles ("Assemblywoman Selena Torres"), the part of a two-word title
 * that is no title alone ("Crown Prince", "First Lady"), and a party ("Republican Kevin McCarthy").
 */
const MORE_TITLES = new Set([
  "Assemblyman",
  "Assemblywoman",
  "Congressman",
  "Congresswoman",
  "Councilman",
  "Councilwoman",
  "Councillor",
  "Councilor",
  "Manager",
  "Fr.",
  "Fr",
]);
/** A student's year, a title only before a name ("Senior Kory Lichtensteiger and Juniors Erique Dozier"). */
const CLASS_YEAR = /^(?:Freshman|Freshmen|Sophomore|Sophomores|Junior|Juniors|Senior|Seniors)$/;
const TITLE_PART = /^(?:Crown|First|Deputy|Vice|Acting|Prime|Chief|Foreign)$/;
const PARTY = /^(?:Republican|Democrat|Democratic|Labour|Conservative|Liberal|Tory)$/;

/** Whether token i (of a mention ending at b) is a title or the first word of one ("Crown Prince", "Democrat Chuck"). */
function isTitleAt(t: { text: string }[], i: number, b: number): boolean {
  const w = t[i]!.text;
  if (PERSON_TITLES.has(w) || MORE_TITLES.has(w)) return true;
  if (i < b && TITLE_PART.test(w)) return PERSON_TITLES.has(t[i + 1]!.text) || /^Lady$/.test(t[i + 1]!.text);
  if (i < b && PARTY.test(w)) return UPPER_FIRST.test(t[i + 1]!.text);
  // Before a given name, or before a name of two words or more ("Juniors Erique Dozier"; "Junior Seau" stays).
  if (i < b && CLASS_YEAR.test(w)) return isGiven(t[i + 1]!.text) || (i + 1 < b && UPPER_FIRST.test(t[i + 1]!.text));
  return false;
}

/** Whether the tokens a..b are all titles, parts of titles or parties. */
function onlyTitles(t: { text: string }[], a: number, b: number): boolean {
  for (let i = a; i <= b; i++)
    if (!(PERSON_TITLES.has(t[i]!.text) || MORE_TITLES.has(t[i]!.text) || TITLE_PART.test(t[i]!.text) || PARTY.test(t[i]!.text)))
      return false;
  return true;
}

/**
 * Where a person's name starts inside the mention a..b: after its titles ("Dr Toni Harthoorn", "Foreign
 * Minister Sergei Lavrov", "Crown Prince Mohammad bin Salman"), a party ("Democrat Chuck Schumer"), and the
 * rest of a title "… of X" ("Secretary of State Mike Pompeo", "President of France Emmanuel Macron": the
 * tagger starts the name at "State"/"France"). Returns b + 1 when the mention is only titles ("Prime
 * Minister" typed PER, "every Democrat"): a role is not a name.
 */
function personStart(t: { text: string }[], a: number, b: number): number {
  if (onlyTitles(t, a, b)) return b + 1;
  while (a < b && isTitleAt(t, a, b)) a++;
  // "Secretary of State Mike Pompeo": the words between "TITLE of" and a given name belong to the title.
  if (a > 1 && t[a - 1]!.text === "of" && PERSON_TITLES.has(t[a - 2]!.text)) {
    // The first given name after the first word ("State" is in the given-names list too).
    let g = a + 1;
    while (g < b && !isGiven(t[g]!.text)) g++;
    if (g < b) a = g;
  }
  return a;
}

/** A year before a name ("2007 Bowling Green Falcons", "1896 Atlantic City") dates it; it is not part of it. */
const YEAR = /^(?:1[5-9]|20)\d\d$/;

/** Whether token i opens its sentence, or a quotation at the start of its sentence. */
function opensSentence(sentenceStart: boolean[], t: { text: string }[], i: number): boolean {
  return !!(sentenceStart[i] || (i > 0 && sentenceStart[i - 1] && /^["“‘'(]$/.test(t[i - 1]!.text)));
}

/**
 * Names never start or end with a possessive, a quote or punctuation ("Boeing's" → "Boeing"), never end
 * with a connector ("Deccan Plateau of") or a day ("on Thursday"), never start with a year, a count or a
 * sentence-initial function word; a
 * person's name starts after its titles.
 */
export const trim: EntityRule = (ctx, mentions) => {
  const t = ctx.prep.tokens;
  const out = [];
  for (const m of mentions) {
    let a = m.first;
    let b = m.last;
    while (a <= b && EDGE.test(t[a]!.text)) a++;
    while (b >= a && ((EDGE.test(t[b]!.text) && !(t[b]!.text === "." && b > a)) || NEVER_LAST.has(t[b]!.text))) b--;
    if (a > b) continue;
    while (a < b && YEAR.test(t[a]!.text)) a++;
    // "Two Palestinian": a count before a demonym ("One Nation" stays whole).
    if (a < b && COUNT.has(t[a]!.text) && lookupPlace(t[a + 1]!.text)?.kind === "demonym") a++;
    // "… Bashir on Thursday": a day after a preposition is the time of the clause ("Ruby Tuesday" stays whole).
    while (b > a + 1 && DATE_WORD.test(t[b]!.text) && DATE_PREP.test(t[b - 1]!.text)) b -= 2;
    // "Perth Glory From 2006": a capitalised function word after a name opens the next phrase.
    while (b > a && NEVER_ALONE.has(t[b]!.text) && !/^(?:I|A|Who|What|Why|How|It|He|She|We|You|They|Yes|No)$/.test(t[b]!.text)) b--;
    if (a === b && NEVER_ALONE.has(t[a]?.text ?? "")) continue;
    if ((m.type === "ORG" || m.type === "LOC" || m.type === "GPE") && b > a && TRAILING_TITLE.test(t[b]!.text)) {
      // "Prime Minister", "Vice President": the words of the role go with it.
      while (b >= a && (TRAILING_TITLE.test(t[b]!.text) || ROLE_PART.test(t[b]!.text))) b--;
      if (b < a) continue;
    }
    // A sentence's first word that is a function word ("The", "Since", "In") does not start a name, nor does
    // one that opens a quotation at the start of a sentence ("“The American people deserve …").
    while (a < b && opensSentence(ctx.prep.sentenceStart, t, a) && (NEVER_ALONE.has(t[a]!.text) || t[a]!.text === "the")) a++;
    // A person's name without the titles before it ("Dr Toni Harthoorn", "Foreign Minister Sergei Lavrov").
    if (m.type === "PER") a = personStart(t, a, b);
    if (a > b) continue;
    if (a === m.first && b === m.last) out.push(m);
    else out.push({ ...makeMention(ctx, a, b, m.type, m.method ?? "tagger") });
  }
  return out;
};
