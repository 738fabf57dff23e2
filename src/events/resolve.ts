/** Mention → event Actor: dictionary roles resolve by the event's date; IGOs take the code `IGO`. */
import { getActor, roleAt } from "../dict/actors.js";
import type { Actor } from "../model/index.js";
import type { ActorMention } from "./actors/mention.js";

export function toActor(m: ActorMention, date: string | null): Actor {
  let country = m.country;
  let sector = m.sector;
  if (m.ref) {
    const entry = getActor(m.ref);
    const role = entry ? roleAt(entry, date) : null;
    if (role) {
      country = role.country ?? country;
      sector = role.sector ?? sector;
    }
  }
  // Phoenix codes transnational groups "INT": the coder places them where the story happens.
  if (country === "INT") country = null;
  if (!country && (sector === "IGO" || sector === "NGO")) country = sector;
  const a: Actor = { name: m.name, country: country ?? null, sector: sector ?? null, start: m.start, end: m.end };
  if (m.ref) a.ref = m.ref;
  return a;
}
