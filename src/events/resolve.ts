/** Mention → event Actor: dictionary roles resolve by the event's date; IGOs take the code `IGO`. */
import { readFileSync } from "node:fs";
import { getActor, nearestRole, roleAt } from "../dict/actors.js";
import type { Actor } from "../model/index.js";
import type { ActorMention } from "./actors/mention.js";
import { placeAt } from "./actors/places.js";

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
  const words = m.text.match(/(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  const hit = words.length > 0 ? placeAt(words, 0) : null;
  return hit && hit.length === words.length && (hit.kind === "city" || hit.kind === "metonym") ? s.before : country;
}

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
