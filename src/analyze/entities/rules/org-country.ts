import { lookupPlace } from "../../../dict/places.js";
import type { EntityRule } from "../mention.js";

const SECTORS: [RegExp, string][] = [
  [/\b(Army|Navy|Air Force|Marines?|Military|Armed Forces|Defen[cs]e Forces|Coast Guard)\b/, "MIL"],
  [/\b(Police|Border Guard|Gendarmerie|FBI|Security Service)\b/, "COP"],
  [/\b(Court|Tribunal|Judiciary)\b/, "JUD"],
  [/\b(Parliament|Congress|Senate|House of Representatives|Assembly|Duma|Knesset)\b/, "LEG"],
  [/\b(Party)\b/, "PTY"],
  [/\b(Ministry|Department|Government|Treasury|Cabinet|Office|Agency|Embassy|Administration)\b/, "GOV"],
  [/\b(University|College|School)\b/, "EDU"],
  [/\b(Times|Post|News|Journal|Broadcasting|Television|Radio|Press)\b/, "MED"],
  [/\b(Inc\.?|Corp\.?|Ltd\.?|LLC|PLC|Company|Airlines|Airways|Bank|Group)\b/, "BUS"],
];

/** Heads of government bodies, which belong to the country named after them ("Federal Aviation Office of Germany"). */
const GOV_BODY = /\b(?:Ministry|Department|Office|Agency|Authority|Government|Administration|Embassy) of\b/;

/** A body named for or against a cause ("Iraq Veterans Against the War", "Friends of Syria for Peace"). */
const ADVOCACY = /\b(?:Against|For)\b/;

/**
 * A campaign named for what it wants done to someone, a verb and its object ("Defund the Police", "Abolish the
 * Police", "Save the Children", "Stop the War Coalition"): the body it names is its object, not what it is.
 */
const CAMPAIGN = /^\p{Lu}\p{Ll}+ the\b/u;

/**
 * Whether a country named inside an organisation's name says whose it is: a demonym does ("Russian Foreign
 * Ministry", "Americans for Prosperity"), and so does a country's name, except in a body named for or against
 * a cause, where the country is the cause's ("Iraq Veterans Against the War" is an American group).
 */
export function namesOwner(kind: string, name: string): boolean {
  return kind === "demonym" || (kind === "country" && !ADVOCACY.test(name));
}

/** Organisations named after their country ("U.S. Treasury Department", "Russian Foreign Ministry"). */
export const orgCountry: EntityRule = (ctx, mentions) => {
  const { tokens } = ctx.prep;
  for (const m of mentions) {
    if (m.type !== "ORG" || m.ref || m.method === "metonym") continue;
    let country = m.country;
    if (!country) {
      for (let j = Math.min(m.last - 1, m.first + 3); j >= m.first; j--) {
        const hit = lookupPlace(ctx.text.slice(tokens[m.first]!.start, tokens[j]!.end).replace(/^the /i, ""));
        if (hit && namesOwner(hit.kind, m.text)) {
          country = hit.country;
          break;
        }
      }
    }
    // A government body named after its country at the end ("Federal Aviation Office of Germany").
    if (!country && m.last - m.first >= 3 && tokens[m.last - 1]!.text === "of" && GOV_BODY.test(m.text)) {
      const hit = lookupPlace(tokens[m.last]!.text);
      if (hit?.kind === "country") country = hit.country;
    }
    if (country) m.country = country;
    if (!m.sector && !CAMPAIGN.test(m.text))
      for (const [re, s] of SECTORS)
        if (re.test(m.text)) {
          m.sector = s;
          break;
        }
  }
  return mentions;
};
