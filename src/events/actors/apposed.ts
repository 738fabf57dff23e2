/**
 * Names the text introduces right after a description that places them ("Germany on Monday banned Iranian
 * airline Mahan Air from flying …"), when the analysis found no name there: a later mention of that name, or of
 * its first word ("The Federal Aviation Office of Germany has suspended Mahan's permit"), that the analysis
 * could not place is the described body or person, of the description's country and sector — not of the
 * country where the story happens.
 */
import type { Tok } from "../text/tokens.js";
import type { ActorMention } from "./mention.js";

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

export function placeApposedNames(input: { toks: Tok[]; ms: ActorMention[] }[]): ActorMention[][] {
  /** Name (space-joined words) and its first word → the description's country and sector. */
  const named = new Map<string, { country: string; sector: string | null } | null>();
  const note = (key: string, v: { country: string; sector: string | null }) => {
    const had = named.get(key);
    if (had === undefined) named.set(key, v);
    else if (had && had.country !== v.country) named.set(key, null); // two descriptions disagree: no guess
  };
  return input.map(({ toks, ms }) => {
    const out = ms.map((m) => {
      if (!m.unplaced || m.kind !== "entity") return m;
      const words = m.name.trim().split(/\s+/);
      const hit = named.get(words.join(" ")) ?? (words.length === 1 ? named.get(words[0]!) : undefined);
      if (!hit) return m;
      const { unplaced: _u, person: _p, ...rest } = m;
      return { ...rest, country: hit.country, sector: m.sector ?? hit.sector };
    });
    const starts = new Set(ms.map((m) => m.ti));
    for (const m of ms) {
      // A description of a country and a sector, then capitalised words no mention covers, then no more
      // capitalised word: "Iranian airline Mahan Air from …".
      if (m.kind !== "agent" || !m.country || !m.sector || starts.has(m.tj)) continue;
      let k = m.tj;
      while (k < toks.length && k - m.tj < 4 && NAME_WORD.test(toks[k]!.text) && !starts.has(k)) k++;
      if (k === m.tj || k - m.tj > 3 || ms.some((o) => o.ti > m.tj && o.ti < k)) continue;
      const words = toks.slice(m.tj, k).map((t) => t.text);
      const v = { country: m.country, sector: m.sector };
      note(words.join(" "), v);
      if (words.length > 1) note(words[0]!, v);
    }
    return out;
  });
}
