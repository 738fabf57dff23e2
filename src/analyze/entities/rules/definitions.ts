import { lookupPlace } from "../../../dict/places.js";
import type { Entity } from "../../../model/index.js";
import { capRatio } from "../features.js";
import { PERSON_TITLES } from "../gazetteer.js";
import { type EntityContext, type EntityRule, type Mention, makeMention } from "../mention.js";
import { isGiven } from "./split-title.js";
import { NEVER_ALONE } from "./trim.js";

/**
 * Class nouns that say what a name is when a sentence defines it ("Mahan Air is an Iranian airline", "Aisby is
 * a village", "Candie Payne is an English singer-songwriter"). Only nouns whose class is plain: "group",
 * "network" or "chain" of islands, "mall" and "airport" (organisations or places by who writes) are left out.
 */
const CLASS_NOUNS: Map<string, Entity["type"]> = new Map([
  ...(
    "politician player footballer cricketer boxer wrestler athlete cyclist swimmer jockey golfer coach singer singer-songwriter songwriter " +
    "actor actress comedian rapper musician guitarist drummer bassist pianist violinist composer conductor poet playwright novelist writer " +
    "author journalist reporter broadcaster presenter painter sculptor artist photographer architect engineer inventor mathematician " +
    "physicist chemist biologist scientist economist historian philosopher psychologist physician surgeon lecturer professor teacher " +
    "businessman businesswoman entrepreneur lawyer attorney judge diplomat activist soldier officer colonel priest bishop cleric monk " +
    "spokesman spokeswoman spokesperson senator congressman congresswoman governor mayor nobleman"
  )
    .split(" ")
    .map((w) => [w, "PER"] as [string, Entity["type"]]),
  ...(
    "company corporation manufacturer maker firm retailer airline bank band label broadcaster newspaper magazine publisher club team " +
    "party union university college school academy institute agency organisation organization charity ngo foundation association " +
    "federation council committee consultancy provider operator alliance coalition militia subsidiary ministry orchestra choir duo trio " +
    "quartet ensemble league station service conglomerate cooperative regiment battalion brigade squadron"
  )
    .split(" ")
    .map((w) => [w, "ORG"] as [string, Entity["type"]]),
  ...(
    "village town city municipality commune suburb hamlet parish county province region neighbourhood neighborhood borough island " +
    "river lake mountain valley peninsula capital settlement locality township park stadium arena facility venue"
  )
    .split(" ")
    .map((w) => [w, "LOC"] as [string, Entity["type"]]),
  ...(
    "album single song film movie novel book game series tournament festival holiday language dialect car aircraft train locomotive opera " +
    "musical serial sitcom documentary poem anthem ballet symphony"
  )
    .split(" ")
    .map((w) => [w, "MISC"] as [string, Entity["type"]]),
]);
/** Plural class nouns ("bands", "companies", "cities") and their type. */
const PLURALS: Map<string, Entity["type"]> = new Map(
  [...CLASS_NOUNS].map(([w, t]) => [/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`, t]),
);
/** Verbs of a player and his club ("played for", "signed with"). */
const SPORT_VERB = new Set(["played", "plays", "playing", "signed", "signs"]);
/** Nouns of a place named after "of" ("the village of Cliddesden", "the parish of Heydour"). */
const PLACE_OF = new Set(
  "village town city municipality commune suburb hamlet parish county province region borough island township locality".split(" "),
);
/** Words before a class noun used as a verb ("to service", "will father"). */
const VERB_BEFORE = new Set("to will would can could may might must should shall not".split(" "));
/**
 * Lower-case words that may follow a name after a class noun; any other one makes the name a modifier ("service
 * Melbourne residents") or the subject of a clause about the noun ("the company Musk founded").
 */
const FUNCTION_AFTER = new Set(
  (
    "who which whose that in on at of for from with and or but is was are were has had have as by to since until after " +
    "before when where while also"
  ).split(" "),
);
/** Class nouns of businesses ("airline Mahan Air" is a business). */
const BUSINESS = new Set(
  "company corporation manufacturer maker firm retailer airline bank label publisher conglomerate subsidiary".split(" "),
);
/** A "school district" is a body, not a place. */
const ORG_COMPOUND = new Set(["school district"]);
const COPULA = new Set(["is", "was", "are", "were"]);
const DETERMINER = new Set(["a", "an", "the"]);
/** Words that end the description's head phrase ("a village in …", "a company that …", "a band, …"). */
const STOP =
  /^(?:of|that|which|who|whose|in|on|at|from|based|founded|formed|located|for|and|or|with|by|to|since|where|when|operated|owned|run|,|\.|;|:|\(|\)|"|“|”)$/;
/** A capitalised word that may open a sentence's subject name. */
const UPPER_FIRST = /^\p{Lu}/u;

/** The class noun's type after the copula at token k ("is a Danish chain" → ORG), or null. */
function classAfter(words: string[], k: number): Entity["type"] | null {
  if (!DETERMINER.has(words[k] ?? "")) return null;
  let head = -1;
  for (let j = k + 1; j < words.length && j <= k + 7; j++) {
    if (STOP.test(words[j]!)) break;
    // A participle after a class noun opens its modifier ("a public bus service provided by the county").
    if (head > k && CLASS_NOUNS.has(words[head]!) && /(?:ed|ing)$/.test(words[j]!)) break;
    head = j;
  }
  if (head < 0) return null;
  const noun = words[head]!;
  if (head > k + 1 && ORG_COMPOUND.has(`${words[head - 1]} ${noun}`)) return "ORG";
  return CLASS_NOUNS.get(noun) ?? null;
}

/**
 * A token lower-cased. Most tokens are ASCII with no capital and are kept as they are: lower-casing a slice of a
 * text with curly quotes (a two-byte string) always makes a copy, one per token of every article.
 */
function lowerWord(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return w.toLowerCase();
  }
  return w;
}

// Hoisted out of definitions: tsx compiles a `\p{…}` literal inside a function anew at every call.
const LOWER_FIRST = /^\p{Ll}/u;
const LETTER_OR_DIGIT_FIRST = /^[\p{L}\d]/u;

/** What listedItem reads of the article, and where it puts the names it makes. */
interface ListContext {
  ctx: EntityContext;
  /** The tokens lower-cased (see lowerWord). */
  words: string[];
  /** The mentions by their first token. */
  byFirst: Map<number, Mention>;
  mentions: Mention[];
  added: Mention[];
}

/**
 * The item at token j of a list after a plural class noun of the given type at token i (see definitions): the
 * mention there, or a name the tagger missed, made of the listed kind when its words are capitalised up to a comma,
 * "and", "or" or the end of the sentence ("bands like The Ramones, The Stooges and Captain Beefheart"). (A function
 * of its own: a closure in the token loop's body would make every token's pass allocate a scope for it.)
 */
function listedItem(list: ListContext, i: number, type: Entity["type"], j: number): Mention | undefined {
  const { ctx, words, byFirst, mentions, added } = list;
  const { tokens, sentenceOf, stats } = ctx.prep;
  const found = byFirst.get(j);
  if (found || sentenceOf[j] !== sentenceOf[i] || !UPPER_FIRST.test(tokens[j]?.text ?? "")) return found;
  let e = j;
  while (e + 1 < tokens.length && sentenceOf[e + 1] === sentenceOf[j] && UPPER_FIRST.test(tokens[e + 1]!.text) && e - j < 4) e++;
  const next = words[e + 1] ?? ".";
  if (!/^(?:,|and|or|&|\.|;|\))$/.test(next) || mentions.some((o) => o.first <= e && o.last >= j)) return undefined;
  // One capitalised word alone must be no common word of the article ("like Yes, Gentle Giant" keeps "Yes" out).
  if (e === j && (stats.lower.has(words[j]!) || NEVER_ALONE.has(tokens[j]!.text))) return undefined;
  const n = makeMention(ctx, j, e, type, "class-noun");
  added.push(n);
  return n;
}

/**
 * A name that opens a sentence defining it ("CALOI is a major Brazilian manufacturer", "Bank Hey (also Sunny
 * Bower) is a suburb", "Sea-Eye is a German NGO") takes the type of the class noun, and so do its other
 * mentions the tagger typed in the article. A subject the tagger missed ("Champdor is a commune") becomes a
 * mention when its words are capitalised in news (not "It", "This"). A class noun right before a name ("the
 * Mexican company Cultura Colectiva") or a place noun and "of" ("the city of São Paulo") types it the same way,
 * and so do a plural class noun and "such as", "like" or "including" the names listed after them ("streaming
 * services such as YouTube"). Names a dictionary linked keep their type.
 */
export const definitions: EntityRule = (ctx, mentions) => {
  const { tokens, sentenceStart, sentenceOf, stats } = ctx.prep;
  const words = tokens.map((t) => lowerWord(t.text));
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) byFirst.set(m.first, m);
  const typed = new Map<string, Entity["type"]>();
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!sentenceStart[i]) continue;
    // The subject opens the sentence, after "The" at most.
    const first = words[i] === "the" ? i + 1 : i;
    const m = byFirst.get(first);
    let last = m ? m.last : -1;
    if (!m) {
      // An untagged subject: capitalised words up to the copula or a bracket.
      let j = first;
      while (j < tokens.length && sentenceOf[j] === sentenceOf[first] && UPPER_FIRST.test(tokens[j]!.text) && j - first < 5) j++;
      if (j === first || (j - first === 1 && (stats.lower.has(words[first]!) || /^[rf][01]$/.test(capRatio(words[first]!))))) continue;
      last = j - 1;
    }
    let k = last + 1;
    // A bracket after the name ("(born 1983)", "(BWF)", "(also Sunnybower)") and a comma.
    if (tokens[k]?.text === "(") {
      while (k < tokens.length && sentenceOf[k] === sentenceOf[first] && tokens[k]!.text !== ")") k++;
      k++;
    }
    if (tokens[k]?.text === ",") k++;
    if (sentenceOf[k] !== sentenceOf[first] || !COPULA.has(words[k]!)) continue;
    const type = classAfter(words, k + 1);
    if (!type) continue;
    if (m) {
      if (!m.ref && m.type !== "GPE" && m.type !== "NORP") typed.set(m.text, type);
    } else {
      const n = makeMention(ctx, first, last, type, "definition");
      added.push(n);
      typed.set(n.text, type);
    }
  }
  // An apposition after a name the tagger found ("Sea-Eye, a German NGO,"): the same class nouns.
  for (const m of mentions) {
    if (m.ref || m.type === "GPE" || m.type === "NORP" || typed.has(m.text)) continue;
    const k = m.last + 1;
    if (tokens[k]?.text !== "," || sentenceOf[k] !== sentenceOf[m.last] || !/^an?$/.test(words[k + 1] ?? "")) continue;
    const type = classAfter(words, k + 1);
    if (type) typed.set(m.text, type);
  }
  // A class noun in lower case right before a name ("the band Deadsy", "South Korean company Amuseworld",
  // "nature park Kopački Rit"), or a place noun and "of" ("the parish of Heydour"). Not a name that opens a
  // clause about the noun ("the company Musk founded"), a title ("the company Chairman …") or a person's full name.
  for (const m of mentions) {
    if (m.ref || m.type === "GPE" || m.type === "NORP" || typed.has(m.text)) continue;
    let k = m.first - 1;
    const placeOf = tokens[k]?.text === "of" && PLACE_OF.has(tokens[k - 1]?.text ?? "");
    const type = placeOf ? "LOC" : CLASS_NOUNS.get(tokens[k]?.text ?? "");
    if (placeOf) k--;
    if (!type || sentenceOf[k] !== sentenceOf[m.first] || PERSON_TITLES.has(tokens[m.first]!.text)) continue;
    // Not a noun used as a verb ("to service Melbourne residents") or a name that modifies a noun after it.
    if (VERB_BEFORE.has(tokens[k - 1]?.text.toLowerCase() ?? "")) continue;
    const after = tokens[m.last + 1]?.text ?? "";
    if (LOWER_FIRST.test(after) && !FUNCTION_AFTER.has(after)) continue;
    if (type !== "PER" && m.type === "PER" && m.last > m.first && isGiven(tokens[m.first]!.text)) continue;
    typed.set(m.text, type);
  }
  // The same class noun before capitalised words the tagger left out ("Iranian airline Mahan Air from …", "CBS
  // station KDKA-TV that …", "newspaper Star of Mysore, …", "independent label Food later …"): they are a name of
  // the class, under the same guards, when they run to a function word or punctuation; an organisation takes the
  // country of a demonym before its class noun.
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const shortOrg = new Map<string, Mention>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    const type = CLASS_NOUNS.get(tokens[k]!.text);
    const j = k + 1;
    if (!type || covered[j] || sentenceOf[j] !== sentenceOf[k] || !UPPER_FIRST.test(tokens[j]!.text)) continue;
    if (PERSON_TITLES.has(tokens[j]!.text) || NEVER_ALONE.has(tokens[j]!.text) || VERB_BEFORE.has(words[k - 1]!)) continue;
    // Capitalised words, and "of"/"and"/"&" between two of them ("Star of Mysore"), up to five words.
    let e = j;
    while (
      e - j < 4 &&
      sentenceOf[e + 1] === sentenceOf[j] &&
      !covered[e + 1] &&
      (UPPER_FIRST.test(tokens[e + 1]?.text ?? "") ||
        (/^(?:of|and|&)$/.test(tokens[e + 1]?.text ?? "") && UPPER_FIRST.test(tokens[e + 2]?.text ?? "") && !covered[e + 2]))
    )
      e += UPPER_FIRST.test(tokens[e + 1]!.text) ? 1 : 2;
    const after = tokens[e + 1]?.text ?? ".";
    if (LOWER_FIRST.test(after) && !FUNCTION_AFTER.has(after)) continue;
    if (LETTER_OR_DIGIT_FIRST.test(after) && !LOWER_FIRST.test(after)) continue;
    // Not the first part of a word with a hyphen ("charity Sea-Eye").
    if (tokens[e + 1] && tokens[e + 1]!.start === tokens[e]!.end && /^[-–]$/.test(after)) continue;
    // One word alone must be no common word of the article.
    if (e === j && (stats.lower.has(words[j]!) || /^[rf][01]$/.test(capRatio(words[j]!)))) continue;
    const n = makeMention(ctx, j, e, type, "definition");
    // A demonym before the class noun says whose it is ("Iranian airline Mahan Air").
    const owner = type === "ORG" ? lookupPlace(tokens[k - 1]!.text) : undefined;
    if (owner && (owner.kind === "demonym" || owner.kind === "country")) n.country = owner.country;
    if (BUSINESS.has(tokens[k]!.text)) n.sector = "BUS";
    added.push(n);
    for (let i = j; i <= e; i++) covered[i] = 1;
    if (type === "ORG" && e > j && !isGiven(tokens[j]!.text)) shortOrg.set(tokens[j]!.text, n);
  }
  // The organisation's first word alone, which the tagger typed otherwise, is that organisation ("Mahan has been
  // the subject of United States sanctions" after "Iranian airline Mahan Air").
  for (const m of mentions) {
    const full = m.first === m.last && m.method === "tagger" && !m.ref ? shortOrg.get(m.text) : undefined;
    if (!full || m.type === "ORG" || m.type === "GPE" || m.type === "NORP") continue;
    m.type = "ORG";
    m.name = full.name;
    m.country = full.country;
    m.sector = full.sector;
    m.method = "definition";
  }
  // Names listed after a plural class noun and "like", "such as" or "including" ("bands like New Order,
  // Interpol or Joy Division"; "guitarists such as Tohpati, Ridho and Abdee Negara").
  const list: ListContext = { ctx, words, byFirst, mentions, added };
  for (let i = 0; i + 2 < tokens.length; i++) {
    const type = PLURALS.get(tokens[i]!.text);
    if (!type) continue;
    let k = i + 1;
    if (tokens[k]?.text === ",") k++;
    if (words[k] === "such" && words[k + 1] === "as") k += 2;
    else if (words[k] === "like" || words[k] === "including") k++;
    else continue;
    // Not a possessor ("big bands, including Rudy Vallee's").
    for (
      let m = listedItem(list, i, type, k);
      m && sentenceOf[m.first] === sentenceOf[i] && !/^['’]s$/.test(tokens[m.last + 1]?.text ?? "");
    ) {
      if (!m.ref && m.type !== "GPE" && m.type !== "NORP" && !typed.has(m.text)) typed.set(m.text, type);
      let j = m.last + 1;
      if (tokens[j]?.text === ",") j++;
      if (/^(?:and|or|&)$/.test(words[j] ?? "")) j++;
      if (j === m.last + 1) break;
      m = listedItem(list, i, type, j);
    }
  }
  // A place name a player plays for, signs with or coaches is its club ("played with Footscray and North
  // Melbourne", "signed with Coburg"); not a country ("played for England").
  for (let i = 1; i < tokens.length; i++) {
    const w = words[i - 1]!;
    const start = w === "coached" ? i : SPORT_VERB.has(w) && /^(?:for|with)$/.test(words[i]!) ? i + 1 : -1;
    for (let m = byFirst.get(start); m && m.type === "LOC" && !m.ref && sentenceOf[m.first] === sentenceOf[i - 1]; ) {
      if (lookupPlace(m.text)?.kind !== "country" && !typed.has(m.text)) typed.set(m.text, "ORG");
      let j = m.last + 1;
      if (tokens[j]?.text === ",") j++;
      if (/^(?:and|or)$/.test(words[j] ?? "")) j++;
      if (j === m.last + 1) break;
      m = byFirst.get(j);
    }
  }
  if (!typed.size) return mentions;
  for (const m of mentions) {
    const type = typed.get(m.text);
    if (!type || m.ref || m.type === type || m.type === "GPE" || m.type === "NORP") continue;
    m.type = type;
    m.method = "definition";
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
};
