/** Mention → event Actor: dictionary roles resolve by the event's date; IGOs take the code `IGO`. */
import { readFileSync } from "node:fs";
import { dateSpan, getActor, nearestRole, roleAt } from "../dict/actors.js";
import type { Actor } from "../model/index.js";
import type { ActorMention } from "./actors/mention.js";
import { NAME_WORDS, placeAt } from "./actors/places.js";

interface Succession {
  country: string;
  from: string;
  before: string;
}
const SUCCESSIONS: Succession[] = (() => {
  try {
    const raw = readFileSync(new URL("../../data/places/successions.json", import.meta.url), "utf8");
    return (JSON.parse(raw) as { successions: Succession[] }).successions;
  } catch {
    return [];
  }
})();

/**
 * A town or capital named as an actor belongs to the state that held it at the event's date ("Sudanese
 * rebels shelled Juba" before 2011 → SDN). A state's own name or demonym is kept: the text names it.
 */
export function countryAtDate(m: ActorMention, country: string, date: string | null): string {
  if (!date || m.ref) return country;
  const s = SUCCESSIONS.find((x) => x.country === country && date < x.from);
  if (!s) return country;
  const words = m.text.match(NAME_WORDS) ?? [];
  const hit = words.length > 0 ? placeAt(words, 0) : null;
  return hit && hit.length === words.length && (hit.kind === "city" || hit.kind === "metonym") ? s.before : country;
}

/** Sectors of an office of the state (its holder leaves it). */
const STATE_SECTOR = /^(GOV|LEG|JUD|MIL)$/;
/** How long after leaving office an act must be to be a former official's (a background act told after a
 * death or a departure may take a later date than its own). */
const LEFT_OFFICE_DAYS = 90;

export function toActor(m: ActorMention, date: string | null): Actor {
  let country = m.country;
  let sector = m.sector;
  if (m.ref) {
    const entry = getActor(m.ref);
    const current = entry ? roleAt(entry, date) : null;
    const role = current ?? (entry ? nearestRole(entry, date) : null);
    if (role) {
      country = role.country ?? country;
      // The office the text gives the person ("President Buhari") outranks a role of another time or an
      // undated fallback role.
      const dated = current !== null && Boolean(current.from || current.to);
      sector = !dated && m.title ? m.title : (role.sector ?? sector);
      // A state office the person left months before the act, and no office the text gives them now: a former
      // official, one of the elite, no longer the government ("former New York City Mayor Michael Bloomberg
      // endorsed …" in 2020, his mayoralty over in 2013), as the dictionary's own "former president" roles.
      // Only by a dictionary kept up to date: Phoenix's offices stop where its data stops (a foreign minister
      // still in office reads as out of it since 2014).
      const span = date ? dateSpan(date) : null;
      if (
        !current &&
        !m.title &&
        entry?.origin !== "phoenix" &&
        role.to &&
        span &&
        Date.parse(span[0]) - Date.parse(role.to) > LEFT_OFFICE_DAYS * 86_400_000 &&
        STATE_SECTOR.test(role.sector ?? "")
      )
        sector = "ELI";
    }
  }
  // Phoenix codes transnational groups "INT": the coder places them where the story happens.
  if (country === "INT") country = null;
  if (country) country = countryAtDate(m, country, date);
  if (!country && (sector === "IGO" || sector === "NGO")) country = sector;
  const a: Actor = { name: m.name, country: country ?? null, sector: sector ?? null, start: m.start, end: m.end };
  if (m.ref) a.ref = m.ref;
  return a;
}
