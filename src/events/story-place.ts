/**
 * Where a sentence and a story happen: the place a sentence names (and whether words were only said there),
 * the story's home country (dateline, lede, else the country its actors name most), and which unplaced names
 * take it.
 */
import type { Article } from "../model/index.js";
import type { ActorMention } from "./actors/mention.js";
import { countryOfPlace, placeAt } from "./actors/places.js";
import { isSpeechWord } from "./clause.js";
import type { Tok } from "./text/tokens.js";

const UPPER_FIRST = /^\p{Lu}/u;
/** A word's first letter and the rest (to case a place name as a title). Global: replace() starts it at 0. */
const WORD_CASE = /\b(\p{L})(\p{L}*)/gu;

/** Codes that stand for no country: international and transnational actors. */
export const NOT_A_COUNTRY = new Set(["IGO", "NGO", "INT", "MNC", "IMG"]);

/** Kinds of places named "the <kind> of X". */
const PLACE_KIND = /^(town|city|village|province|region|district|port|capital|state|island|governorate|county|township|camp)$/;
/** Words that may stand between a preposition of place and the place: directions and the like ("in southern
 * Iraq", "the restive southern province of Helmand", "the northern Iraqi town of Tal Afar"), in lower case
 * only ("the Northern District of Georgia" is a name). */
const PLACE_MODIFIER =
  /^((north|south|east|west)(ern)?|(north|south)-?(east|west)(ern)?|central|far|remote|restive|volatile|troubled|border|coastal|mountainous|tribal|rural|northernmost|southernmost|neighbou?ring|port|main|key|strategic|besieged|embattled|disputed|occupied|breakaway|separatist|rebel-held|predominantly|mainly|largely|kurdish|shiite|sunni|muslim|christian)$/;

/** Where a sentence happens: the first country or city it names after in/at/near … (for bare agents: "students staged …"). */
export function sentencePlace(toks: Tok[]): string | null {
  return sentencePlaceAt(toks)?.country ?? null;
}

/** Words of speaking besides the verbs of saying (isSpeechWord): a place in their clause is where words were said
 * ("Speaking on al-Masirah TV in Yemen, …", "told reporters in Ankara"), not where a reported act happened. */
const SPEAKING =
  /^(speaking|spoke|telling|addressing|addressed|talking|interview|wrote|writing|announcing|speech|statement|briefing|conference)$/;

/** Whether the place at token i stands in a clause of speaking (back to the clause's comma or the start). */
export function placeOfSpeaking(toks: Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = toks[k]!.low;
    if (w === "," || w === ";" || w === ":") return false;
    if (isSpeechWord(w) || SPEAKING.test(w)) return true;
  }
  return false;
}

/** The country of the sentence's first place after a preposition of place, with the place's token index. */
export function sentencePlaceAt(toks: Tok[]): { country: string; at: number } | null {
  const words = toks.map((t) => t.text);
  for (let i = 1; i < toks.length; i++) {
    if (!UPPER_FIRST.test(words[i]!)) continue;
    // "at the Croydon, South London custody centre", "in Antioch, Illinois": a town the places data lacks,
    // then after a comma (and a direction) the place it lies in.
    if (toks[i - 1]?.low === ",") {
      const at = /^(North|South|East|West|Central)$/.test(words[i]!) && UPPER_FIRST.test(words[i + 1] ?? "") ? i + 1 : i;
      let m = i - 2;
      for (let n = 0; n < 3 && m > 0 && UPPER_FIRST.test(words[m]!) && !placeAt(words, m); n++) m--;
      if (m < i - 2) {
        if (toks[m]?.low === "the") m--;
        const h = /^(in|at|near|outside|inside)$/.test(toks[m]?.low ?? "") ? placeAt(words, at) : null;
        if (h && h.kind !== "demonym") return { country: h.country, at };
      }
    }
    // The preposition before the place, over "the", modifiers ("in southern Iraq") and "the <modifiers> <kind>
    // of" ("in the city of Mosul", "in the southern port city of Basra", "near the northern Iraqi town of …").
    let k = i - 1;
    let demonym: string | null = null;
    if (toks[k]?.low === "of" && PLACE_KIND.test(words[k - 1] ?? "")) {
      k -= 2;
      while (k > 0 && PLACE_KIND.test(words[k]!)) k--;
      for (let n = 0; n < 4 && k > 0 && toks[k]!.low !== "the"; n++, k--) {
        const h = UPPER_FIRST.test(words[k]!) ? placeAt(words, k) : null;
        if ((h?.kind === "demonym" || h?.kind === "country") && h.length === 1) demonym ??= h.country;
        else if (!PLACE_MODIFIER.test(words[k]!)) break;
      }
      if (toks[k]?.low !== "the") continue;
      k--;
    } else {
      for (let n = 0; n < 2 && k > 0 && PLACE_MODIFIER.test(words[k]!); n++) k--;
      if (toks[k]?.low === "the") k--;
    }
    if (!/^(in|at|near|throughout|across|outside|inside|around)$/.test(toks[k]?.low ?? "")) continue;
    const h = placeAt(words, i);
    if (h && h.kind !== "demonym") return { country: h.country, at: i };
    if (demonym) return { country: demonym, at: i };
  }
  return null;
}

/** The abbreviations the AP gives US states in datelines ("BUFFALO, N.Y.", "HAYWARD, Calif.", "SIOUX FALLS, S.D."). */
const US_STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Vt|Va|Wash|Wis|Wyo|N\.[CDHJMY]|R\.I|S\.[CD]|W\.Va|D\.C)\.?$/;

/**
 * The country of a dateline's place: the place itself ("BERLIN"), else, for a place given with its country or
 * state after a comma, that country ("HANOI, Vietnam", "DUBAI, United Arab Emirates", "CLEVELAND, Ohio",
 * "BUFFALO, N.Y."), else the country of its first part.
 */
export function datelineCountry(place: string): string | null {
  const cased = place.replace(WORD_CASE, (_, a: string, b: string) => a + b.toLowerCase());
  const whole = countryOfPlace(cased);
  if (whole) return whole;
  const parts = cased.split(/\s*,\s*/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!;
  if (US_STATE_ABBREVIATION.test(last)) return "USA";
  return countryOfPlace(last) ?? countryOfPlace(parts[0]!);
}

/**
 * Where the story happens: the dateline's place, else the place its lede sentence names ("a gunman shot
 * shoppers … in the U.S. border city of El Paso"), else the country its actors name most often.
 */
export function homeCountry(
  article: Article,
  mentions: ActorMention[][],
  lede: Tok[] | undefined,
): { home: string | null; byCount: boolean } {
  const place = article.dateline?.place;
  const c = place ? datelineCountry(place) : null;
  if (c) return { home: c, byCount: false };
  const ledePlace = lede ? sentencePlace(lede) : null;
  if (ledePlace) return { home: ledePlace, byCount: false };
  const counts = new Map<string, number>();
  for (const ms of mentions)
    for (const m of ms)
      if (m.country && m.country.length === 3 && !NOT_A_COUNTRY.has(m.country)) counts.set(m.country, (counts.get(m.country) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of counts) if (k > n) [best, n] = [c, k];
  return { home: best, byCount: best !== null };
}

/** The one country all of `ms` are given by the text (a nationality, a name placed), if any. */
export function sharedCountry(ms: ActorMention[]): string | null {
  const cs = new Set(ms.map((m) => (m.kind === "pronoun" || m.unplaced ? null : m.country)));
  const [c] = cs;
  return cs.size === 1 && c && /^[A-Z]{3}$/.test(c) && !NOT_A_COUNTRY.has(c) ? c : null;
}

/**
 * Whether a name the text does not place (`m`, unplaced) takes the country `home` where the sentence happens,
 * as a person does ("Judge Marrero dismissed …"). An organisation dealing with a state the text names by that
 * same country's name does not: the text sets it against that state, and giving it the state's country would
 * make the act an internal one no word of the text tells ("Hungary … agreed with Airbus to …", "Wikileaks
 * welcomed the Swedish move to drop the investigation" in a story placed in Sweden). It stays without a country.
 */
export function placedByStory(m: ActorMention | undefined, other: ActorMention[], home: string | null): boolean {
  if (!m?.unplaced) return false;
  return m.person === true || !other.some((o) => o.kind === "country" && o.country === home);
}
