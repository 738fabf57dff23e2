/**
 * Photo credits → entities: the agencies and photographers a credit names.
 * "Reuters Photo" → Reuters; "AP Photo/Evan Vucci" → Associated Press + Evan Vucci;
 * "AFP PHOTO / Yuri KADOBNOV" → Agence France-Presse + Yuri Kadobnov; "Xinhua/Bai Xueqi";
 * "AFP via Getty Images". A credit is a list of names, not prose, so it is read by its own rules
 * rather than the sentence tagger. Offsets point into the credit string. Pure.
 */
import { lookupActor } from "../dict/actors.js";
import type { Entity } from "../model/index.js";
import { FIRST_NAMES, ORG_WORDS } from "./entities/gazetteer.js";
import { findEntities } from "./entities/index.js";
import { splitSentences } from "./sentences/split.js";

/** Separators between the names of a credit. */
const PARTS = /[^/|;,]+/g;
/** Words that say what the credit is for, not whose it is (at either end of a part). */
const NOISE =
  "photo(?:graph)?s?|photography|pictures?|images?|files?|foto|video|illustration|handout|pool|credit|courtesy(?: of)?|by|staff";
const LEADING_NOISE = new RegExp(`^(?:(?:${NOISE})\\b[\\s:.-]*)+`, "i");
const TRAILING_NOISE = new RegExp(`(?:[\\s:.-]*\\b(?:${NOISE}))+$`, "i");
const VIA = /\s+(?:via|for)\s+/i;
/** A word of a person's name: capitalised or all capitals, with inner apostrophes or hyphens. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.)$/u;

/** Entities named by one credit; `media` is the index of the picture in Article.media. */
export function creditEntities(credit: string, media: number): Entity[] {
  const out: Entity[] = [];
  for (const m of credit.matchAll(PARTS)) {
    let at = m.index ?? 0;
    for (const piece of m[0].split(VIA)) {
      const start = credit.indexOf(piece, at);
      at = start + piece.length;
      const e = creditName(piece, start);
      if (e) out.push({ ...e, inCaption: true, inCredit: true, media });
    }
  }
  return out;
}

function creditName(piece: string, offset: number): Omit<Entity, "inCaption" | "media"> | null {
  let s = 0;
  let e = piece.length;
  const trim = (): void => {
    while (s < e && /[\s([]/.test(piece[s]!)) s++;
    while (e > s && /[\s)\]]/.test(piece[e - 1]!)) e--;
  };
  trim();
  const whole = agency(piece.slice(s, e), offset + s);
  if (whole) return whole;
  s += piece.slice(s, e).match(LEADING_NOISE)?.[0].length ?? 0;
  e -= piece.slice(s, e).match(TRAILING_NOISE)?.[0].length ?? 0;
  trim();
  if (s >= e) return null;
  const core = piece.slice(s, e);
  return agency(core, offset + s) ?? person(core, offset + s);
}

/** A news or picture agency of the actor dictionary. */
function agency(surface: string, start: number): Omit<Entity, "inCaption" | "media"> | null {
  if (!surface) return null;
  const entry = lookupActor(surface).find((a) => a.type === "ORG" && a.roles.some((r) => r.sector === "JRN" || r.sector === "BUS"));
  if (!entry) return null;
  const role = entry.roles.find((r) => r.sector === "JRN" || r.sector === "BUS")!;
  return {
    text: surface,
    start,
    end: start + surface.length,
    type: "ORG",
    name: entry.name,
    country: role.country,
    sector: role.sector,
    ref: entry.id,
    method: "credit",
  };
}

// Hoisted out of person: tsx compiles a `\p{…}` literal inside a function anew at every call.
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

/**
 * A photographer: two to four name words ("Evan Vucci", "Yuri KADOBNOV", "Bai Xueqi") that start with a
 * known given name or that the tagger reads as one person ("Kumamoto Castle", "Serious Eats" are not).
 */
function person(surface: string, start: number): Omit<Entity, "inCaption" | "media"> | null {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > 4 || words[0] === "The" || !words.every((w) => NAME_WORD.test(w))) return null;
  // "US Navy", "UN Photo": an acronym or a known organisation is not a photographer.
  if (words.some((w) => SHORT_ACRONYM.test(w) || ORG_WORDS.has(w)) || lookupActor(surface).some((a) => a.type === "ORG")) return null;
  const name = words.map((w) => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(" ");
  if (!FIRST_NAMES.has(name.split(" ")[0]!) && !readAsPerson(name)) return null;
  return { text: surface, start, end: start + surface.length, type: "PER", name, method: "credit" };
}

function readAsPerson(name: string): boolean {
  const found = findEntities(name, splitSentences(name), null);
  return found.length === 1 && found[0]!.type === "PER" && found[0]!.start === 0 && found[0]!.end === name.length;
}
